"""A fake Binance USD-M futures API (/fapi/...), as ccxt's binanceusdm calls it.

Private calls carry X-MBX-APIKEY and a `signature` = HMAC-SHA256(secret, totalParams) where
totalParams is the query string (GET/DELETE) or the form body (POST). Errors are
{"code": -NNNN, "msg": ...} with HTTP 400 (429 for -1003). Conditional orders (STOP_MARKET) go
to the algo order API (/fapi/v1/algoOrder) since Binance moved them there. The user data stream
(listenKey and its websocket) is in binance_ws.py.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from tests.fakes.binance_errors import ERRORS as _ERRORS
from tests.fakes.binance_errors import FATE_UNKNOWN
from tests.fakes.binance_klines import BinanceKlines
from tests.fakes.binance_trailing import algo_fields, arm, follow, trailing_extra
from tests.fakes.binance_ws import BinanceUserData
from tests.fakes.core import FakeMarket, FakeOrder, FakeReject, Fill, now_ms
from tests.fakes.server import FakeExchangeServer

F1, F2, F3 = "/fapi/v1", "/fapi/v2", "/fapi/v3"
_CLIENT_ID = re.compile(r"[\.A-Z\:/a-z0-9_-]{1,36}")


def binance_markets() -> list[FakeMarket]:
    return [
        FakeMarket(
            "BTCUSDT",
            "BTC",
            price_step=Decimal("0.1"),
            qty_step=Decimal("0.001"),
            min_qty=Decimal("0.001"),
            min_notional=Decimal(100),
            max_leverage=125,
            max_qty=Decimal(1000),
            market_max_qty=Decimal(120),
        ),
        FakeMarket(
            "ETHUSDT",
            "ETH",
            price_step=Decimal("0.01"),
            qty_step=Decimal("0.001"),
            min_qty=Decimal("0.001"),
            min_notional=Decimal(20),
            max_leverage=100,
        ),
        FakeMarket(
            "1000PEPEUSDT",
            "1000PEPE",
            price_step=Decimal("0.0000001"),
            qty_step=Decimal(1),
            min_qty=Decimal(1),
            min_notional=Decimal(5),
            max_leverage=50,
        ),
    ]


class FakeBinance(FakeExchangeServer):
    """Binance USD-M futures on loopback."""

    order_paths = (f"{F1}/order", f"{F1}/algoOrder")
    fate_unknown = FATE_UNKNOWN

    def __init__(self, markets: list[FakeMarket] | None = None, wallet: Decimal = Decimal(10_000)):
        super().__init__(markets or binance_markets(), wallet)
        self.dual_side = False  # hedge mode (dualSidePosition)
        # The asset commissions are paid in (userTrades commissionAsset): BNB when the account
        # pays fees in BNB for the discount; then `bnb_price` converts them.
        self.commission_asset = "USDT"
        self.trade_reads: list[dict[str, str]] = []  # the userTrades queries, as received
        self.bnb_price = Decimal(600)
        # GET /sapi/v1/account/apiRestrictions: what the key may do (tests change these). The
        # fields and shape of https://developers.binance.com/docs/wallet/account/api-key-permission
        self.api_restrictions: dict[str, Any] = {
            "ipRestrict": True,
            "createTime": 1700000000000,
            "enableReading": True,
            "enableSpotAndMarginTrading": False,
            "enableWithdrawals": False,
            "enableInternalTransfer": False,
            "enableMargin": False,
            "enableFutures": True,
            "permitsUniversalTransfer": False,
            "enableVanillaOptions": False,
            "enablePortfolioMarginTrading": False,
        }

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_get(f"{F1}/exchangeInfo", self.exchange_info)
        r.add_get(f"{F1}/ticker/24hr", self.ticker)
        r.add_get(f"{F1}/ping", lambda _: web.json_response({}))
        r.add_get(f"{F1}/time", lambda _: web.json_response({"serverTime": self.server_ms()}))
        r.add_get(f"{F3}/account", self.account)
        r.add_get(f"{F2}/account", self.account)
        r.add_get(f"{F3}/positionRisk", self.position_risk)
        r.add_get(f"{F2}/positionRisk", self.position_risk)
        r.add_get(f"{F1}/leverageBracket", self.leverage_bracket)
        r.add_post(f"{F1}/leverage", self.leverage)
        r.add_post(f"{F1}/marginType", self.margin_type)
        r.add_post(f"{F1}/order", self.create)
        r.add_get(f"{F1}/order", self.get_order)
        r.add_delete(f"{F1}/order", self.cancel)
        r.add_get(f"{F1}/openOrders", self.open_orders)
        r.add_get(f"{F1}/allOrders", self.all_orders)
        r.add_get(f"{F1}/userTrades", self.user_trades)
        r.add_post(f"{F1}/algoOrder", self.algo_create)
        r.add_get(f"{F1}/algoOrder", self.algo_get)
        r.add_delete(f"{F1}/algoOrder", self.algo_cancel)
        r.add_get(f"{F1}/openAlgoOrders", self.algo_open)
        r.add_get(f"{F1}/allAlgoOrders", self.algo_all)
        r.add_get(f"{F1}/positionSide/dual", self.get_dual)
        r.add_post(f"{F1}/positionSide/dual", self.set_dual)
        r.add_get("/sapi/v1/account/apiRestrictions", self.restrictions)
        self.user_data = BinanceUserData(self)
        self.user_data.add_routes(r)
        self.candles = BinanceKlines(self.book.markets)  # GET /fapi/v1/klines
        self.candles.add_routes(r, F1)

    def stream_events(self, o: FakeOrder, event: str, fill: Fill | None) -> list[dict[str, Any]]:
        return self.user_data.events(o, event, fill)

    # -- envelopes and auth --------------------------------------------------------------
    def render_reject(self, exc: FakeReject) -> web.Response:
        status, code, msg = _ERRORS.get(exc.kind, (400, -1000, str(exc)))
        if exc.kind == "echo":  # -1102 quotes what it was sent
            status, code, msg = 400, -1102, f"Illegal parameter in {exc}"
        if exc.kind == "api_key":
            msg += str(exc).removeprefix("api_key")
        if code is None:  # a 503 told by its message alone (binance_errors.py)
            return web.json_response({"timestamp": now_ms(), "msg": msg}, status=status)
        return web.json_response({"code": code, "msg": msg}, status=status)

    def render_rate_limit(self, status: int, seconds: float, until_ms: int) -> web.Response:
        """-1003 with HTTP 429 (and Retry-After), or 418 once the client did not back off: an IP
        ban, "from 2 minutes to 3 days" (https://developers.binance.com/docs/derivatives/
        usds-margined-futures/general-info, Limits; texts as Binance words them)."""
        msg = (
            "Too many requests; current limit of IP(127.0.0.1) is 2400 requests per minute."
            " Please use the websocket for live updates to avoid polling the API."
            if status == 429
            else f"Way too many requests; IP(127.0.0.1) banned until {until_ms}."
            " Please use the websocket for live updates to avoid bans."
        )
        return web.json_response(
            {"code": -1003, "msg": msg}, status=status, headers={"Retry-After": str(int(seconds))}
        )

    def render_maintenance(self) -> web.Response:
        return web.json_response(
            {"code": -1001, "msg": "Internal error; system maintenance."}, status=503
        )

    async def _auth(self, request: web.Request) -> dict[str, str]:
        raw = request.query_string if request.method in ("GET", "DELETE") else await request.text()
        head, _, sig = raw.rpartition("&signature=")
        key = request.headers.get("X-MBX-APIKEY", "")
        secret = self.secret_for(key)
        if secret is None:
            raise FakeReject("api_key", self.refused_key_text(key))
        want = hmac.new(secret.encode(), head.encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(want, sig):
            self.bad_signatures += 1
            raise FakeReject("auth")
        params = dict(parse_qsl(head, keep_blank_values=True))
        if "timestamp" not in params:
            raise FakeReject("bad_request")
        # Timing security: accepted when timestamp < serverTime + 1000 and serverTime -
        # timestamp <= recvWindow (default 5000), else -1021. https://developers.binance.com/
        # docs/derivatives/usds-margined-futures/general-info#timing-security
        ts, server = int(params["timestamp"]), self.server_ms()
        if ts >= server + 1000 or server - ts > int(params.get("recvWindow") or 5000):
            raise FakeReject("timestamp")
        self.signers.append((request.path, key))
        return params

    # -- public --------------------------------------------------------------------------
    async def exchange_info(self, request: web.Request) -> web.Response:
        symbols = []
        for m in self.book.markets.values():
            symbols.append(
                {
                    "symbol": m.id,
                    "pair": m.id,
                    "contractType": "PERPETUAL",
                    "deliveryDate": 4133404800000,
                    "onboardDate": 1569398400000,
                    "status": "TRADING",
                    "baseAsset": m.base,
                    "quoteAsset": m.quote,
                    "marginAsset": m.quote,
                    "pricePrecision": -m.price_step.as_tuple().exponent,
                    "quantityPrecision": max(0, -m.qty_step.as_tuple().exponent),
                    "baseAssetPrecision": 8,
                    "quotePrecision": 8,
                    "underlyingType": "COIN",
                    "triggerProtect": "0.0500",
                    "liquidationFee": "0.012500",
                    "marketTakeBound": "0.05",
                    "filters": [
                        {
                            "filterType": "PRICE_FILTER",
                            "minPrice": str(m.price_step),
                            "maxPrice": "4529764",
                            "tickSize": str(m.price_step),
                        },
                        {
                            "filterType": "LOT_SIZE",
                            "minQty": str(m.min_qty),
                            "maxQty": str(m.max_qty),
                            "stepSize": str(m.qty_step),
                        },
                        {
                            "filterType": "MARKET_LOT_SIZE",
                            "minQty": str(m.min_qty),
                            "maxQty": str(m.market_max_qty),
                            "stepSize": str(m.qty_step),
                        },
                        {"filterType": "MAX_NUM_ORDERS", "limit": 200},
                        {"filterType": "MAX_NUM_ALGO_ORDERS", "limit": 10},
                        {"filterType": "MIN_NOTIONAL", "notional": str(m.min_notional)},
                        {
                            "filterType": "PERCENT_PRICE",
                            "multiplierUp": str(m.percent_up),
                            "multiplierDown": str(m.percent_down),
                            "multiplierDecimal": "4",
                        },
                    ],
                    "orderTypes": [
                        "LIMIT",
                        "MARKET",
                        "STOP",
                        "STOP_MARKET",
                        "TAKE_PROFIT",
                        "TAKE_PROFIT_MARKET",
                        "TRAILING_STOP_MARKET",
                    ],
                    "timeInForce": ["GTC", "IOC", "FOK", "GTX"],
                }
            )
        return web.json_response(
            {"timezone": "UTC", "serverTime": now_ms(), "assets": [], "symbols": symbols}
        )

    async def ticker(self, request: web.Request) -> web.Response:
        sym = request.query.get("symbol", "")
        if sym not in self.book.markets:
            raise FakeReject("bad_symbol")
        px = str(self.book.prices.get(sym, 0))
        return web.json_response(
            {
                "symbol": sym,
                "lastPrice": px,
                "openPrice": px,
                "highPrice": px,
                "lowPrice": px,
                "volume": "1",
                "quoteVolume": px,
                "closeTime": now_ms(),
                "count": 1,
            }
        )

    # -- account -------------------------------------------------------------------------
    async def account(self, request: web.Request) -> web.Response:
        await self._auth(request)
        b = self.book
        usdt = {
            "asset": "USDT",
            "walletBalance": str(b.wallet),
            "unrealizedProfit": str(b.equity() - b.wallet),
            "marginBalance": str(b.equity()),
            "initialMargin": str(b.used_margin()),
            "availableBalance": str(b.free()),
            "maxWithdrawAmount": str(b.free()),
            "updateTime": now_ms(),
        }
        return web.json_response(
            {
                "totalWalletBalance": str(b.wallet),
                "availableBalance": str(b.free()),
                "assets": [usdt],
                "positions": [],
            }
        )

    async def restrictions(self, request: web.Request) -> web.Response:
        await self._auth(request)
        return web.json_response(self.api_restrictions)

    async def position_risk(self, request: web.Request) -> web.Response:
        await self._auth(request)
        b = self.book
        out = []
        for sym, pos in b.positions.items():
            if pos == 0:
                continue
            px = b.prices[sym]
            out.append(
                {
                    "symbol": sym,
                    "positionSide": ("LONG" if pos > 0 else "SHORT") if self.dual_side else "BOTH",
                    "positionAmt": str(pos),
                    "entryPrice": str(b.entry[sym]),
                    "breakEvenPrice": str(b.entry[sym]),
                    "markPrice": str(px),
                    "unRealizedProfit": str(b.unrealized(sym)),
                    "liquidationPrice": "0",
                    "isolatedMargin": "0",
                    "notional": str(pos * px),
                    "marginAsset": "USDT",
                    "isolatedWallet": "0",
                    "initialMargin": "0",
                    "maintMargin": "0",
                    "updateTime": now_ms(),
                }
            )
        return web.json_response(out)

    async def leverage_bracket(self, request: web.Request) -> web.Response:
        await self._auth(request)
        return web.json_response(
            [
                {
                    "symbol": m.id,
                    "brackets": [
                        {
                            "bracket": 1,
                            "initialLeverage": m.max_leverage,
                            "notionalCap": 50000,
                            "notionalFloor": 0,
                            "maintMarginRatio": 0.004,
                            "cum": 0,
                        }
                    ],
                }
                for m in self.book.markets.values()
            ]
        )

    async def leverage(self, request: web.Request) -> web.Response:
        p = await self._auth(request)
        m = self.book.markets.get(p.get("symbol", ""))
        if m is None:
            raise FakeReject("bad_symbol")
        lev = int(p["leverage"])
        if not 1 <= lev <= m.max_leverage:
            raise FakeReject("leverage")
        self.book.leverage[m.id] = lev
        return web.json_response({"leverage": lev, "maxNotionalValue": "1000000", "symbol": m.id})

    async def margin_type(self, request: web.Request) -> web.Response:
        p = await self._auth(request)
        sym = p.get("symbol", "")
        if sym not in self.book.markets:
            raise FakeReject("bad_symbol")
        mode = "isolated" if p.get("marginType") == "ISOLATED" else "cross"
        if self.book.margin_mode.get(sym, "cross") == mode:
            raise FakeReject("margin_same")
        self.book.margin_mode[sym] = mode
        return web.json_response({"code": 200, "msg": "success"})

    # -- orders --------------------------------------------------------------------------
    def _order_json(self, o: FakeOrder) -> dict[str, Any]:
        return {
            "orderId": int(o.id),
            "symbol": o.symbol,
            "status": o.status,
            "clientOrderId": o.client_id,
            "price": str(o.price or 0),
            "avgPrice": str(o.avg),
            "origQty": str(o.qty),
            "executedQty": str(o.filled),
            "cumQuote": str(o.cost),
            "timeInForce": "GTC",
            "type": o.kind.upper(),
            "reduceOnly": o.reduce_only,
            "closePosition": False,
            "side": o.side.upper(),
            "positionSide": o.extra.get("positionSide", "BOTH"),
            "stopPrice": "0",
            "workingType": "CONTRACT_PRICE",
            "priceProtect": False,
            "origType": o.kind.upper(),
            "time": o.created,
            "updateTime": o.updated,
        }

    def _algo_json(self, o: FakeOrder) -> dict[str, Any]:
        # algoStatus (New-Algo-Order, Query-Algo-Order): once triggered the algo order is
        # FINISHED whatever its actual order did; that order's own status says what filled.
        # https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Query-Algo-Order
        actual = o.extra.get("actual_id")
        status = (
            "FINISHED"
            if actual and not o.live
            else {
                "NEW": "NEW",
                "CANCELED": "CANCELED",
                "EXPIRED": "EXPIRED",
                "FILLED": "FINISHED",
                "TRIGGERED": "FINISHED",
                "PARTIALLY_FILLED": "FINISHED",
                "REJECTED": "REJECTED",
            }[o.status]
        )
        return {
            "algoId": int(o.id),
            "clientAlgoId": o.client_id,
            "algoType": "CONDITIONAL",
            "symbol": o.symbol,
            "side": o.side.upper(),
            "positionSide": "BOTH",
            "timeInForce": "GTC",
            "quantity": str(o.qty),
            "algoStatus": status,
            "triggerPrice": str(o.trigger),
            "price": "0",
            "actualOrderId": actual or "",
            "actualPrice": str(o.avg) if o.filled else "0",
            "workingType": "CONTRACT_PRICE",
            "priceMatch": "NONE",
            "closePosition": False,
            "priceProtect": False,
            "reduceOnly": o.reduce_only,
            "createTime": o.created,
            "updateTime": o.updated,
            "triggerTime": o.updated if o.filled else 0,
            "goodTillDate": 0,
        } | algo_fields(o)

    # -- position mode (Change-Position-Mode / Get-Current-Position-Mode) -------------------
    async def get_dual(self, request: web.Request) -> web.Response:
        await self._auth(request)
        return web.json_response({"dualSidePosition": self.dual_side})

    async def set_dual(self, request: web.Request) -> web.Response:
        p = await self._auth(request)
        want = p.get("dualSidePosition") == "true"
        if want == self.dual_side:
            raise FakeReject("no_need_position_side")
        if any(self.book.positions.values()):
            raise FakeReject("position_side_position")
        if self.book.open_orders():
            raise FakeReject("position_side_orders")
        self.dual_side = want
        return web.json_response({"code": 200, "msg": "success"})

    def _position_side(self, p: dict[str, str]) -> bool:
        """reduce_only as the position side says it. One-way: positionSide absent or BOTH;
        hedge: LONG or SHORT, and reduceOnly refused (-1106); a mismatch is -4061 (New-Order:
        "positionSide ... must be sent with Hedge Mode"). The fake keeps one net position
        per symbol: hedge-mode tests hold one side at a time."""
        ps = p.get("positionSide", "BOTH")
        if not self.dual_side:
            if ps != "BOTH":
                raise FakeReject("position_side")
            return p.get("reduceOnly") == "true"
        if ps not in ("LONG", "SHORT"):
            raise FakeReject("position_side")
        if "reduceOnly" in p:
            raise FakeReject("reduce_only_param")
        return (ps == "LONG") == (p["side"] == "SELL")

    def _new(self, p: dict[str, str], algo: bool) -> FakeOrder:
        cid = p.get("clientAlgoId" if algo else "newClientOrderId")
        # New Order / New Algo Order: newClientOrderId (clientAlgoId) is "A unique id among open
        # orders ... Can only be string following the rule: ^[\.A-Z\:/a-z0-9_-]{1,36}$"
        # (https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api);
        # -4015 and -4116 from https://developers.binance.com/docs/derivatives/usds-margined-
        # futures/error-code. An ended order's id may be used again: only open ones clash.
        if cid is not None and not _CLIENT_ID.fullmatch(cid):
            raise FakeReject("client_id_invalid")
        if cid and any(o.live and o.client_id == cid for o in self.book.orders.values()):
            raise FakeReject("client_id_duplicated")
        otype = p.get("type", "")
        kinds = {
            "MARKET": "market",
            "LIMIT": "limit",
            "STOP_MARKET": "stop",
            "TRAILING_STOP_MARKET": "stop",
        }
        if otype not in kinds or (kinds[otype] == "stop") != algo:
            raise FakeReject("bad_request")
        if otype == "LIMIT" and p.get("timeInForce") not in ("GTC", "IOC", "FOK", "GTX", "GTD"):
            # New Order: a LIMIT order's mandatory parameters are "timeInForce, quantity, price"
            # (https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-
            # api/New-Order); -1102 "Mandatory parameter ... was not sent, was empty/null, or
            # malformed." (error-code page).
            raise FakeReject("bad_request")
        trailing = otype == "TRAILING_STOP_MARKET"
        extra: dict[str, Any] = {"algo": algo, "positionSide": p.get("positionSide", "BOTH")}
        if trailing:
            mark = self.book.prices.get(p.get("symbol", ""))
            extra |= {"trail": trailing_extra(p, mark), "follow": follow}
        try:
            qty = Decimal(p["quantity"])
            price = Decimal(p["price"]) if otype == "LIMIT" else None
            trig = Decimal(p["triggerPrice"]) if algo and not trailing else None
        except KeyError as exc:
            raise FakeReject("bad_request") from exc
        return FakeOrder(
            self.book.next_id(),
            cid,
            p.get("symbol", ""),
            p["side"].lower(),
            kinds[otype],
            qty,
            price=price,
            trigger=trig,
            reduce_only=self._position_side(p),
            extra=extra,
        )

    async def create(self, request: web.Request) -> web.Response:
        p = await self._auth(request)
        o = self._new(p, algo=False)
        self._filters(o)
        o = self.book.submit(o)
        return web.json_response(self._order_json(o))

    def _filters(self, o: FakeOrder) -> None:
        """The symbol filters Binance applies before the order book (MIN_NOTIONAL: -4164, in
        Book.submit). https://developers.binance.com/docs/derivatives/usds-margined-futures/
        common-definition#filters and .../error-code (-4005, -4016, -4024)."""
        m = self.book.markets.get(o.symbol)
        mark = self.book.prices.get(o.symbol)
        if m is None or mark is None:
            return
        if o.kind == "market" and o.qty > m.market_max_qty:
            raise FakeReject("market_lot_size")
        if o.kind == "limit" and o.price is not None:
            if o.side == "buy" and o.price > mark * m.percent_up:
                raise FakeReject("percent_price_up")
            if o.side == "sell" and o.price < mark * m.percent_down:
                raise FakeReject("percent_price_down")

    def _actual_of(self, order_id: str) -> FakeOrder | None:
        """The market order a triggered conditional order placed, as Binance lists it."""
        o = self.book.triggered_order(order_id)
        if o is not None:
            o.client_id = f"algo_{o.extra['trigger_of']}"
        return o

    def _lookup(self, p: dict[str, str], algo: bool, missing: str = "order_not_found") -> FakeOrder:
        """The order a query or cancel names; `missing`: the answer when there is none (a
        query's -2013, a cancel's -2011: binance_errors.py)."""
        if p.get("symbol") not in self.book.markets:
            raise FakeReject("bad_symbol")
        if not algo and "orderId" in p and (actual := self._actual_of(p["orderId"])):
            return actual
        o: FakeOrder | None
        cid = p.get("clientAlgoId" if algo else "origClientOrderId")
        if cid:
            o = self.book.find_client(cid)
        else:
            o = self.book.orders.get(p.get("algoId" if algo else "orderId", ""))
        if o is None or (o.kind == "stop") != algo or o.symbol != p.get("symbol", o.symbol):
            raise FakeReject(missing)
        return o

    async def get_order(self, request: web.Request) -> web.Response:
        return web.json_response(self._order_json(self._lookup(await self._auth(request), False)))

    async def cancel(self, request: web.Request) -> web.Response:
        o = self._lookup(await self._auth(request), False, missing="order_final")
        if not o.live:
            raise FakeReject("order_final")
        self.book.cancel(o.id)
        return web.json_response(self._order_json(o))

    async def open_orders(self, request: web.Request) -> web.Response:
        p = await self._auth(request)
        out = self.book.open_orders(p.get("symbol"), stops=False)
        return web.json_response([self._order_json(o) for o in out])

    async def all_orders(self, request: web.Request) -> web.Response:
        p = await self._auth(request)
        out = [
            o
            for o in self.book.orders.values()
            if o.kind != "stop" and o.symbol == p.get("symbol") and not o.by_hand
        ]
        return web.json_response([self._order_json(o) for o in out])

    async def user_trades(self, request: web.Request) -> web.Response:
        """GET /fapi/v1/userTrades (Account Trade List): the account's executions of a symbol,
        with their commission; `orderId` (only with `symbol`) keeps one order's. Fields and
        example (commission negative, as paid): https://developers.binance.com/docs/
        derivatives/usds-margined-futures/trade/rest-api/Account-Trade-List. Its rules: without
        startTime and endTime the last 7 days; startTime alone: the 7 days from it; endTime
        alone: the 7 days before it; at most 7 days between them (-1127); fromId not with
        either (-1128); limit 500 by default, at most 1000; the oldest first."""
        p = await self._auth(request)
        sym = p.get("symbol", "")
        if sym not in self.book.markets:
            raise FakeReject("bad_symbol")
        want = p.get("orderId")
        lo, hi, from_id, newest = self._trade_window(p)
        out = []
        for o in self.book.orders.values():
            listed = o.extra.get("actual_id") if o.kind == "stop" else o.id
            if o.symbol != sym or listed is None or want not in (None, listed):
                continue
            for f in self.book.fills.get(o.id, []):
                if want is None and not (lo <= f.time_ms <= hi and f.trade_id >= from_id):
                    continue
                fee = f.fee if self.commission_asset == "USDT" else f.fee / self.bnb_price
                out.append(
                    {
                        "buyer": o.side == "buy",
                        "commission": str(-fee),
                        "commissionAsset": self.commission_asset,
                        "id": f.trade_id,
                        "maker": o.kind == "limit",
                        "orderId": int(listed),
                        "price": str(f.price),
                        "qty": str(f.qty),
                        "quoteQty": str(f.qty * f.price),
                        "realizedPnl": "0",
                        "side": o.side.upper(),
                        "positionSide": o.extra.get("positionSide", "BOTH"),
                        "symbol": sym,
                        "time": f.time_ms,
                    }
                )
        out.sort(key=lambda t: t["id"])
        limit = min(int(p.get("limit") or 500), 1000)
        self.trade_reads.append(dict(p))
        # The most recent when neither a time nor fromId says where to start.
        return web.json_response(out[-limit:] if newest else out[:limit])

    def _trade_window(self, p: dict[str, str]) -> tuple[int, int, int, bool]:
        """(startTime, endTime, fromId, the most recent) of a userTrades query, as Binance
        reads them."""
        start, end = p.get("startTime"), p.get("endTime")
        if "fromId" in p:
            if start or end:
                raise FakeReject("bad_combo")
            return 0, 2**63, int(p["fromId"]), False
        week = 7 * 24 * 3600 * 1000
        if not start and not end:
            now = self.book.now_ms()
            return now - week, now, 0, True
        if start and end:
            lo, hi = int(start), int(end)
            if hi - lo > week:
                raise FakeReject("interval_too_big")
        elif start:
            lo, hi = int(start), int(start) + week
        else:
            lo, hi = int(end or 0) - week, int(end or 0)
        return lo, hi, 0, False

    async def algo_create(self, request: web.Request) -> web.Response:
        p = await self._auth(request)
        if p.get("algoType") != "CONDITIONAL":
            raise FakeReject("bad_request")
        new = self._new(p, algo=True)
        self._not_triggered_yet(new)
        o = self.book.submit(new)
        if "trail" in o.extra and o.live:
            arm(o, self.book.prices[o.symbol])
        return web.json_response(self._algo_json(o))

    def _not_triggered_yet(self, o: FakeOrder) -> None:
        """A STOP_MARKET whose condition already holds is refused, not placed: -2021 "Order
        would immediately trigger." (https://developers.binance.com/docs/derivatives/usds-
        margined-futures/error-code). The condition, from New Order (https://developers.binance.
        com/docs/derivatives/usds-margined-futures/trade/rest-api): STOP_MARKET BUY when the
        latest price >= stopPrice, SELL when <= (workingType CONTRACT_PRICE, the default, which
        sigcopy sends; the fake has one price). A trailing stop's own check: binance_trailing."""
        mark = self.book.prices.get(o.symbol)
        if o.trigger is None or mark is None or "trail" in o.extra:
            return
        if (o.side == "sell" and mark <= o.trigger) or (o.side == "buy" and mark >= o.trigger):
            raise FakeReject("stop_rejected")

    async def algo_get(self, request: web.Request) -> web.Response:
        p = await self._auth(request)
        o = self._lookup_any_algo(p)
        return web.json_response(self._algo_json(o))

    def _lookup_any_algo(self, p: dict[str, str]) -> FakeOrder:
        cid, aid = p.get("clientAlgoId"), p.get("algoId")
        for o in self.book.orders.values():
            if o.kind == "stop" and ((cid and o.client_id == cid) or (aid and o.id == aid)):
                return o
        raise FakeReject("order_not_found")

    async def algo_cancel(self, request: web.Request) -> web.Response:
        p = await self._auth(request)
        o = self._lookup_any_algo(p)
        if not o.live:
            raise FakeReject("order_final")
        self.book.cancel(o.id)
        return web.json_response(
            {"algoId": int(o.id), "clientAlgoId": o.client_id, "code": "200", "msg": "success"}
        )

    async def algo_open(self, request: web.Request) -> web.Response:
        p = await self._auth(request)
        out = self.book.open_orders(p.get("symbol"), stops=True)
        return web.json_response([self._algo_json(o) for o in out])

    async def algo_all(self, request: web.Request) -> web.Response:
        p = await self._auth(request)
        out = [
            o for o in self.book.orders.values() if o.kind == "stop" and o.symbol == p.get("symbol")
        ]
        return web.json_response([self._algo_json(o) for o in out])
