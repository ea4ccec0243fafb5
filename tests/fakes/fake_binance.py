"""A fake Binance USD-M futures API (/fapi/...), as ccxt's binanceusdm calls it.

Private calls carry X-MBX-APIKEY and a `signature` = HMAC-SHA256(secret, totalParams) where
totalParams is the query string (GET/DELETE) or the form body (POST). Errors are
{"code": -NNNN, "msg": ...} with HTTP 400 (429 for -1003). Conditional orders (STOP_MARKET) go
to the algo order API (/fapi/v1/algoOrder) since Binance moved them there. The user data stream
(listenKey and its websocket) is in binance_ws.py. Here: the envelopes, the signatures and the
regular orders (/fapi/v1/order); its parts, one concept a module: the public market data
(binance_public.py), the account and positions (binance_account.py), the algo orders
(binance_algo.py, trailing stops in binance_trailing.py), the trade list (binance_trades.py),
candles (binance_klines.py), the error answers (binance_errors.py).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from tests.fakes.binance_account import BinanceAccount
from tests.fakes.binance_algo import BinanceAlgo
from tests.fakes.binance_errors import ERRORS as _ERRORS
from tests.fakes.binance_errors import FATE_UNKNOWN
from tests.fakes.binance_klines import BinanceKlines
from tests.fakes.binance_paths import F1
from tests.fakes.binance_public import BinancePublic, binance_markets
from tests.fakes.binance_trades import BinanceTrades
from tests.fakes.binance_trailing import follow, trailing_extra
from tests.fakes.binance_ws import BinanceUserData
from tests.fakes.orders import FakeMarket, FakeOrder, FakeReject, Fill, now_ms
from tests.fakes.refusals import Refusals
from tests.fakes.server import FakeExchangeServer

__all__ = ["FakeBinance", "binance_markets"]
_CLIENT_ID = re.compile(r"[\.A-Z\:/a-z0-9_-]{1,36}")


class FakeBinance(FakeExchangeServer):
    """Binance USD-M futures on loopback."""

    order_paths = (f"{F1}/order", f"{F1}/algoOrder")
    fate_unknown = FATE_UNKNOWN

    def __init__(self, markets: list[FakeMarket] | None = None, wallet: Decimal = Decimal(10_000)):
        super().__init__(markets or binance_markets(), wallet)
        self.refusals = Refusals("Binance", _ERRORS, "tests/fakes/binance_errors.py")
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
        self.public = BinancePublic(self)
        self.account = BinanceAccount(self)
        self.algo = BinanceAlgo(self)
        self.trades = BinanceTrades(self)
        for part in (self.public, self.account, self.algo, self.trades):
            part.add_routes(r)
        r.add_post(f"{F1}/order", self.create)
        r.add_get(f"{F1}/order", self.get_order)
        r.add_delete(f"{F1}/order", self.cancel)
        r.add_get(f"{F1}/openOrders", self.open_orders)
        r.add_get(f"{F1}/allOrders", self.all_orders)
        self.user_data = BinanceUserData(self)
        self.user_data.add_routes(r)
        self.candles = BinanceKlines(self.book.markets)  # GET /fapi/v1/klines
        self.candles.add_routes(r, F1)

    def stream_events(self, o: FakeOrder, event: str, fill: Fill | None) -> list[dict[str, Any]]:
        return self.user_data.events(o, event, fill)

    async def stop(self) -> None:
        await super().stop()
        self.refusals.check()

    # -- envelopes and auth --------------------------------------------------------------
    def render_reject(self, exc: FakeReject) -> web.Response:
        if exc.kind == "echo":  # -1102 quotes what it was sent
            status, code, msg = 400, -1102, f"Illegal parameter in {exc}"
        else:  # an unlisted kind is a test bug (refusals.py), never a code of the fake's choosing
            status, code, msg = self.refusals.answer(exc.kind)
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
