"""A fake MEXC: the contract (futures) API /api/v1/... and the spot API /api/v3/....

Built from MEXC's API documentation and what ccxt's mexc.py sends: contract private calls carry
ApiKey, Request-Time and Signature = HMAC-SHA256(secret, apiKey + Request-Time + params) where
params is the JSON body (POST) or the sorted query string (GET); spot private calls carry
X-MEXC-APIKEY and a `signature` query parameter over the query string. Contract answers are
{"success": true, "code": 0, "data": ...}; errors {"success": false, "code": N, "message": ...}.
Amounts on the contract API are in contracts (BTC_USDT: 1 contract = 0.0001 BTC). The contract
websocket (login, push.personal.order) is in mexc_ws.py.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from decimal import Decimal
from typing import Any

from aiohttp import web

from tests.fakes.core import FakeMarket, FakeOrder, FakeReject, Fill, now_ms
from tests.fakes.mexc_tpsl import MexcTpsl, is_leg
from tests.fakes.mexc_ws import MexcContractStream
from tests.fakes.server import FakeExchangeServer

CONTRACT = "/api/v1/contract"
PRIVATE = "/api/v1/private"
SPOT = "/api/v3"

# side: 1 open long, 2 close short, 3 open short, 4 close long
_SIDES = {1: ("buy", False), 2: ("buy", True), 3: ("sell", False), 4: ("sell", True)}
# Codes from https://mexcdevelop.github.io/apidocs/contract_v1_en/#error-code-example
_ERRORS = {  # kind -> (code, message); ccxt maps these codes/messages
    "bad_symbol": (1001, "Contract does not exist"),
    "api_not_allowed": (1002, "Contract not allow place order!"),
    "insufficient": (2005, "Insufficient balance!"),
    "bad_price": (2015, "Price or quantity accuracy error"),
    "bad_qty": (2011, "Order quantity error, please try to modify."),
    "min_notional": (30002, "The minimum transaction volume cannot be less than 5USDT"),
    "reduce_only": (2009, "Position is not exists or closed."),
    "stop_rejected": (2003, "Bid price is great than max allow price"),
    "order_not_found": (2040, "Order does not exist"),
    "order_final": (2041, "Order state cannot be cancelled"),
    "no_price": (30010, "no valid trade price"),
    "auth": (602, "Signature verification failed!"),
    "bad_request": (600, "Param error!"),
    "echo": (600, "Param error!"),
    "position_open": (2019, "There is an active open position"),
    # An order whose positionMode is not the account's (the table names no code of its own:
    # 2022 is the documented one that says so; see engine/adapters/position_mode.py).
    "position_mode": (2022, "Wrong position type"),
    "timestamp": (513, "Invalid request(for open api serves time more or less than 10 seconds)"),
    "access_read": (701, "Account read permission is required"),
    "access_trade": (704, "Transaction information modify permission is required"),
    "not_activated": (1002, "Contract not activated"),
    # The exchange busy, answering a request - a cancel (POST private/order/cancel,
    # https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/cancel-order) among
    # them - with nothing done: {"success": false, "code": 501, "message": ...} (the table above).
    "busy": (501, "System busy"),
    # Over the rate limit: code 510 "Excessive frequency of requests" (the table above), with
    # nothing done. Its HTTP status is not documented: answered as every refusal here, HTTP 200
    # {"success": false, ...}; nor a Retry-After (none is sent).
    "too_frequent": (510, "Excessive frequency of requests"),
    # A plan order's trend (the price it watches: 1 latest, 2 fair, 3 index) or triggerType
    # (1: more than or equal, 2: less than or equal) out of range (the table above).
    "trigger_price_type": (3001, "Trigger price type error"),
    "trigger_type": (3002, "Trigger type error"),
    "oid_too_long": (2030, "External order ID is too long (Max. 32 bits )"),
}


_CYCLE_HOURS = {1: 24, 2: 24 * 7}  # planorder/place executeCycle -> hours the order is valid


def mexc_markets() -> list[FakeMarket]:
    """Contract markets as MEXC lists them (steps in contracts)."""
    return [
        FakeMarket(
            "BTC_USDT",
            "BTC",
            contract_size=Decimal("0.0001"),
            price_step=Decimal("0.1"),
            qty_step=Decimal(1),
            min_qty=Decimal(1),
            max_leverage=125,
        ),
        FakeMarket(
            "ETH_USDT",
            "ETH",
            contract_size=Decimal("0.01"),
            price_step=Decimal("0.01"),
            qty_step=Decimal(1),
            min_qty=Decimal(1),
            max_leverage=100,
        ),
        FakeMarket(
            "SOL_USDT",
            "SOL",
            contract_size=Decimal("0.1"),
            price_step=Decimal("0.001"),
            qty_step=Decimal(1),
            min_qty=Decimal(1),
            max_leverage=50,
            api_allowed=False,
        ),
        FakeMarket(
            "BTCUSDT",
            "BTC",
            price_step=Decimal("0.01"),
            qty_step=Decimal("0.000001"),
            min_qty=Decimal("0.000001"),
            spot=True,
        ),
    ]


def _f(v: Decimal | None) -> float | None:
    return None if v is None else float(v)


class FakeMexc(FakeExchangeServer):
    """MEXC contract + spot API on loopback."""

    order_paths = (f"{PRIVATE}/order/create", f"{PRIVATE}/planorder/place", f"{SPOT}/order")

    def __init__(self, markets: list[FakeMarket] | None = None, wallet: Decimal = Decimal(10_000)):
        super().__init__(markets or mexc_markets(), wallet)
        self.position_mode = 2  # 1 hedge, 2 one-way
        # order/create answers {"orderId", "ts"} only; the order is matched after the answer
        # (https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/place-order:
        # the response carries no state or fill; a query shows state 2 before 3).
        self.book.defer_market_fills = True
        # A plan order is a condition on the price, "triggerType: 1: more than or equal, 2: less
        # than or equal" the trigger price (https://www.mexc.com/api-docs/futures/account-and-
        # trading-endpoints/place-plan-order; ccxt mexc.py sends it as given, default 1). MEXC
        # documents no refusal for one whose condition already holds (Binance's -2021 "Order
        # would immediately trigger" has no MEXC counterpart in the error table above; 3004
        # "Trigger price error" names no cause), and its trigger stage is "the market price
        # meets the trigger condition, the system activates the order" (MEXC Futures Trigger
        # Order FAQs, https://www.mexc.co/hi-IN/support/article/mexc-futures-trigger-order-faqs-
        # 318924677761021952). So a stop sent past the price is accepted and fires at once: the
        # fake used to rest it there until the next price move, which never came back to it.
        self.book.fire_on_arrival = True

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_get(f"{CONTRACT}/detail", self.detail)
        r.add_get(f"{CONTRACT}/ticker", self.ticker)
        r.add_get(f"{CONTRACT}/ping", lambda _: self.ok(self.server_ms()))
        r.add_get(f"{PRIVATE}/account/assets", self.assets)
        r.add_get(f"{PRIVATE}/position/open_positions", self.positions)
        r.add_post(f"{PRIVATE}/position/change_leverage", self.change_leverage)
        r.add_get(f"{PRIVATE}/position/position_mode", self.get_position_mode)
        r.add_post(f"{PRIVATE}/position/change_position_mode", self.change_position_mode)
        r.add_post(f"{PRIVATE}/order/create", self.create)
        r.add_post(f"{PRIVATE}/order/submit", self.create)
        r.add_post(f"{PRIVATE}/planorder/place", self.plan_place)
        r.add_get(f"{PRIVATE}/order/get/{{order_id}}", self.get_order)
        r.add_get(f"{PRIVATE}/order/external/{{symbol}}/{{external_oid}}", self.get_external)
        r.add_get(f"{PRIVATE}/order/list/open_orders", self.open_orders)
        r.add_get(f"{PRIVATE}/order/list/open_orders/{{symbol}}", self.open_orders)
        r.add_get(f"{PRIVATE}/order/list/history_orders", self.history)
        r.add_get(f"{PRIVATE}/planorder/list/orders", self.plan_list)
        r.add_post(f"{PRIVATE}/order/cancel", self.cancel)
        r.add_post(f"{PRIVATE}/planorder/cancel", self.plan_cancel)
        r.add_get(f"{SPOT}/exchangeInfo", self.spot_info)
        r.add_get(f"{SPOT}/ticker/24hr", self.spot_ticker)
        r.add_get(f"{SPOT}/capital/config/getall", self.spot_currencies)
        r.add_get(f"{SPOT}/account", self.spot_account)
        r.add_post(f"{SPOT}/order", self.spot_create)
        r.add_get(f"{SPOT}/order", self.spot_get)
        r.add_delete(f"{SPOT}/order", self.spot_cancel)
        r.add_get(f"{SPOT}/openOrders", self.spot_open)
        r.add_get(f"{SPOT}/allOrders", self.spot_all)
        self.contract_ws = MexcContractStream(self)
        self.contract_ws.add_routes(r)
        self.tpsl = MexcTpsl(self)  # position TP/SL: GET stoporder/open_orders
        self.tpsl.add_routes(r)

    def stream_events(self, o: FakeOrder, event: str, fill: Fill | None) -> list[dict[str, Any]]:
        return self.contract_ws.events(o, event)

    # -- envelopes and auth --------------------------------------------------------------
    def ok(self, data: Any) -> web.Response:
        return web.json_response({"success": True, "code": 0, "data": data})

    def render_reject(self, exc: FakeReject) -> web.Response:
        code, msg = _ERRORS.get(exc.kind, (600, str(exc)))
        if str(exc) != exc.kind:
            msg = f"{msg} {exc}"
        return web.json_response({"success": False, "code": code, "message": msg})

    def render_maintenance(self) -> web.Response:
        return web.json_response(
            {"code": 500, "message": "Under maintenance, please try again later"}
        )

    async def _contract_auth(self, request: web.Request) -> None:
        key = request.headers.get("ApiKey", "")
        ts = request.headers.get("Request-Time", "")
        body = await request.text()
        params = body if request.method == "POST" else request.query_string
        if request.method != "POST" and request.query:
            keys = [k for k in request.query]
            if keys != sorted(keys):
                raise FakeReject("auth", "params not sorted")
        secret = self.secret_for(key)
        if secret is None:
            self.bad_signatures += 1
            raise FakeReject("auth", self.refused_key_text(key).strip())
        want = hmac.new(secret.encode(), (key + ts + params).encode(), hashlib.sha256)
        if not hmac.compare_digest(want.hexdigest(), request.headers.get("Signature", "")):
            self.bad_signatures += 1
            raise FakeReject("auth")
        # Request-Time must be within the window (Recv-Window header, 10 s when absent) of
        # the server's time, else 513 (contract API "Access to private interfaces" and error
        # codes: https://mexcdevelop.github.io/apidocs/contract_v1_en/#access-to-url).
        window = int(request.headers.get("Recv-Window") or 10) * 1000
        if not ts.isdigit() or abs(self.server_ms() - int(ts)) > window:
            raise FakeReject("timestamp")
        self.signers.append((request.path, key))

    def _spot_auth(self, request: web.Request) -> None:
        qs = request.query_string
        head, _, sig = qs.rpartition("&signature=")
        key = request.headers.get("X-MEXC-APIKEY", "")
        secret = self.secret_for(key)
        want = hmac.new((secret or "").encode(), head.encode(), hashlib.sha256).hexdigest()
        if secret is None or not hmac.compare_digest(want, sig):
            self.bad_signatures += 1
            raise FakeReject("auth")
        self.signers.append((request.path, key))

    # -- public --------------------------------------------------------------------------
    async def detail(self, request: web.Request) -> web.Response:
        data = []
        for m in self.book.markets.values():
            if m.spot:
                continue
            data.append(
                {
                    "symbol": m.id,
                    "displayNameEn": f"{m.id} PERPETUAL",
                    "positionOpenType": 3,
                    "baseCoin": m.base,
                    "quoteCoin": m.quote,
                    "settleCoin": m.quote,
                    "contractSize": _f(m.contract_size),
                    "minLeverage": 1,
                    "maxLeverage": m.max_leverage,
                    "priceScale": -m.price_step.as_tuple().exponent,
                    "volScale": 0,
                    "amountScale": 4,
                    "priceUnit": _f(m.price_step),
                    "volUnit": _f(m.qty_step),
                    "minVol": _f(m.min_qty),
                    "maxVol": _f(m.max_qty),
                    "takerFeeRate": 0.0002,
                    "makerFeeRate": 0.0,
                    "state": 0,
                    "apiAllowed": m.api_allowed,
                    "isHidden": False,
                }
            )
        return self.ok(data)

    def _ticker(self, sym: str) -> dict[str, Any]:
        px = self.book.prices.get(sym, Decimal(0))
        return {
            "symbol": sym,
            "lastPrice": _f(px),
            "bid1": _f(px),
            "ask1": _f(px),
            "fairPrice": _f(px),
            "indexPrice": _f(px),
            "volume24": 1000,
            "amount24": 1000,
            "timestamp": now_ms(),
            "riseFallRate": 0,
        }

    async def ticker(self, request: web.Request) -> web.Response:
        sym = request.query.get("symbol")
        if sym is None:
            return self.ok([self._ticker(s) for s in self.book.prices])
        if sym not in self.book.markets:
            raise FakeReject("bad_symbol")
        return self.ok(self._ticker(sym))

    # -- contract account ----------------------------------------------------------------
    async def assets(self, request: web.Request) -> web.Response:
        await self._contract_auth(request)
        b = self.book
        return self.ok(
            [
                {
                    "currency": "USDT",
                    "positionMargin": _f(b.used_margin()),
                    "availableBalance": _f(b.free()),
                    "cashBalance": _f(b.wallet),
                    "frozenBalance": 0,
                    "equity": _f(b.equity()),
                    "unrealized": _f(b.equity() - b.wallet),
                    "bonus": 0,
                }
            ]
        )

    async def positions(self, request: web.Request) -> web.Response:
        await self._contract_auth(request)
        b = self.book
        out = []
        for sym, pos in b.positions.items():
            if pos == 0:
                continue
            out.append(
                {
                    "positionId": abs(hash(sym)) % 10**9,
                    "symbol": sym,
                    "positionType": 1 if pos > 0 else 2,
                    "openType": 1,
                    "state": 1,
                    "holdVol": _f(abs(pos)),
                    "frozenVol": 0,
                    "closeVol": 0,
                    "holdAvgPrice": _f(b.entry[sym]),
                    "openAvgPrice": _f(b.entry[sym]),
                    "closeAvgPrice": 0,
                    "liquidatePrice": 0,
                    "oim": 0,
                    "im": 0,
                    "holdFee": 0,
                    "realised": 0,
                    "leverage": b.leverage.get(sym, 1),
                    "createTime": now_ms(),
                    "updateTime": now_ms(),
                    "autoAddIm": False,
                }
            )
        return self.ok(out)

    async def change_leverage(self, request: web.Request) -> web.Response:
        await self._contract_auth(request)
        body = json.loads(await request.text())
        sym = body.get("symbol")
        if sym not in self.book.markets:
            raise FakeReject("bad_symbol")
        if body.get("openType") not in (1, 2) or body.get("positionType") not in (1, 2):
            raise FakeReject("bad_request", "openType and positionType are required")
        lev = int(body["leverage"])
        if lev > self.book.markets[sym].max_leverage:
            raise FakeReject("bad_request", "leverage too high")
        self.book.leverage[sym] = lev
        self.book.margin_mode[sym] = "isolated" if body["openType"] == 1 else "cross"
        return web.json_response({"success": True, "code": 0})

    # -- position mode: 1 hedge, 2 one-way (position/position_mode) ----------------------
    async def get_position_mode(self, request: web.Request) -> web.Response:
        await self._contract_auth(request)
        return self.ok(self.position_mode)

    async def change_position_mode(self, request: web.Request) -> web.Response:
        await self._contract_auth(request)
        mode = json.loads(await request.text()).get("positionMode")
        if mode not in (1, 2):
            raise FakeReject("bad_request", "positionMode must be 1 or 2")
        if any(self.book.positions.values()) or self.book.open_orders():
            # ccxt's note on setPositionMode: no active orders, plan orders or positions.
            raise FakeReject("position_open")
        self.position_mode = mode
        return web.json_response({"success": True, "code": 0})

    # -- contract orders -----------------------------------------------------------------
    def _order_json(self, o: FakeOrder) -> dict[str, Any]:
        state = {
            "NEW": 2,
            "PARTIALLY_FILLED": 2,
            "FILLED": 3,
            "CANCELED": 4,
            "EXPIRED": 4,
            "REJECTED": 5,
        }[o.status]
        return {
            "orderId": o.id,
            "symbol": o.symbol,
            "positionId": "0",
            "price": _f(o.price or 0),
            "vol": _f(o.qty),
            "leverage": o.leverage,
            # An order placed by hand in the web page closes the position at market.
            "side": o.extra.get("side", 4 if o.side == "sell" else 2),
            "category": 1,
            "orderType": o.extra.get("type", 5),
            "dealAvgPrice": _f(o.avg),
            "dealVol": _f(o.filled),
            "orderMargin": 0,
            "takerFee": _f(o.fee),
            "makerFee": 0,
            "profit": 0,
            "feeCurrency": "USDT",
            "openType": o.extra.get("openType", 1),
            "state": state,
            "externalOid": o.client_id or "",
            "errorCode": 0,
            "usedMargin": 0,
            "createTime": o.created,
            "updateTime": o.updated,
            "positionMode": o.extra.get("positionMode", self.position_mode),
        }

    def _plan_json(self, o: FakeOrder) -> dict[str, Any]:
        state = {
            "NEW": 1,
            "CANCELED": 2,
            "FILLED": 3,
            "EXPIRED": 4,
            "REJECTED": 5,
            "PARTIALLY_FILLED": 3,
        }[o.status]
        # A triggered plan order is "executed" (3) whatever its market order filled: a stop that
        # could reduce only part of its size (the rest of the position was gone) is executed
        # too, not "invalidated" (4); what filled is the placed order's. Status list: "1:
        # untriggered, 2: canceled, 3: executed, 4: invalidated, 5: execution failed"
        # (https://www.mexc.fm/api-docs/futures/account-and-trading-endpoints/get-plan-order-list).
        if o.extra.get("actual_id") and o.filled > 0:
            state = 3
        # orderId: "Order id, returned when execution succeeds" - the market order the trigger
        # placed, whose fill (dealAvgPrice, dealVol, fees) order/get/{order_id} shows; the plan
        # order itself reports none. https://www.mexc.com/api-docs/futures/account-and-trading-
        # endpoints/get-plan-order-list (and get-order-by-order-id).
        placed = o.extra.get("actual_id") if state == 3 else None
        return {
            "id": o.id,
            **({"orderId": placed} if placed else {}),
            "symbol": o.symbol,
            "leverage": o.leverage,
            "side": o.extra["side"],
            "triggerPrice": _f(o.trigger),
            "price": 0,
            "vol": _f(o.qty),
            "openType": o.extra.get("openType", 1),
            "triggerType": o.extra["triggerType"],
            "state": state,
            "executeCycle": o.extra.get("executeCycle", 1),
            "trend": 1,
            "orderType": 5,
            "errorCode": 0,
            "createTime": o.created,
            "updateTime": o.updated,
        }

    def _parse_new(self, body: dict[str, Any], kind: str) -> FakeOrder:
        try:
            side, reduce = _SIDES[int(body["side"])]
            qty = Decimal(str(body["vol"]))
            otype = int(body.get("type") or body.get("orderType") or 0)
            open_type = int(body["openType"])
        except (KeyError, ValueError, TypeError) as exc:
            raise FakeReject("bad_request", f"missing {exc}") from exc
        if open_type == 1 and "leverage" not in body and not reduce:
            raise FakeReject("bad_request", "leverage required for isolated")
        if kind == "order" and otype == 1 and body.get("price") is None:
            raise FakeReject("bad_request", "price required")
        mode = body.get("positionMode")
        if mode is not None and mode != self.position_mode:
            # positionMode is optional ("default: the user's current config"); one that names
            # the other mode is refused (the account's mode was changed under the client).
            raise FakeReject("position_mode")
        cid = body.get("externalOid")
        if cid is not None and len(str(cid)) > 32:  # 2030 in the error table above
            raise FakeReject("oid_too_long")
        # MEXC's order page lists externalOid as "external order ID" and says nothing of its
        # uniqueness (https://mexcdevelop.github.io/apidocs/contract_v1_en/#order-under-
        # maintenance); its look-up by it (order/external/{symbol}/{external_oid}) answers one
        # order. The fake refuses any id used before, open or ended: stricter than Binance's
        # "unique among open orders", so a client that ever repeats an id fails here.
        if cid and self.book.find_client(cid):
            raise FakeReject("bad_request", "externalOid repeated")
        price = Decimal(str(body["price"])) if (kind == "order" and otype in (1, 2)) else None
        return FakeOrder(
            self.book.next_id(),
            cid if kind == "order" else None,
            body.get("symbol", ""),
            side,
            "limit" if price is not None else ("stop" if kind == "plan" else "market"),
            qty,
            price=price,
            reduce_only=reduce,
            trigger=Decimal(str(body["triggerPrice"])) if kind == "plan" else None,
            extra={
                "side": int(body["side"]),
                "type": otype,
                "openType": open_type,
                "triggerType": int(body.get("triggerType", 1)),
                # ccxt sends externalOid with a plan order too; MEXC neither lists it with plan
                # orders nor finds one by it. Kept here out of every answer, as the truth the
                # crash harness checks the store's exchange ids against.
                "sent_oid": body.get("externalOid"),
            },
        )

    async def create(self, request: web.Request) -> web.Response:
        await self._contract_auth(request)
        o = self.book.submit(self._parse_new(json.loads(await request.text()), "order"))
        return self.ok({"orderId": o.id, "ts": o.created})

    async def plan_place(self, request: web.Request) -> web.Response:
        await self._contract_auth(request)
        body = json.loads(await request.text())
        # executeCycle, required: 1 = valid 24 hours, 2 = valid 7 days; afterwards the trigger
        # order is invalid (state 4). https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/place-plan-order
        # (and https://www.mexc.com/learn/article/17827791510988: "24-Hour Validity ... 7-Day").
        cycle = body.get("executeCycle")
        if cycle not in _CYCLE_HOURS:
            raise FakeReject("bad_request", "executeCycle must be 1 or 2")
        if body.get("trend") not in (1, 2, 3):
            raise FakeReject("trigger_price_type")
        if body.get("triggerType") not in (1, 2):
            raise FakeReject("trigger_type")
        o = self._parse_new(body, "plan")
        o.extra["executeCycle"] = cycle
        o.extra["above"] = body["triggerType"] == 1  # fires on the price >= trigger, else <=
        o = self.book.submit(o)
        o.extra["expires_ms"] = o.created + _CYCLE_HOURS[cycle] * 3_600_000
        return self.ok(o.id)

    def _regular(self, o: FakeOrder | None) -> FakeOrder:
        if o is None or o.kind == "stop":
            raise FakeReject("order_not_found")
        return o

    async def get_order(self, request: web.Request) -> web.Response:
        await self._contract_auth(request)
        oid = request.match_info["order_id"]
        o = self._regular(self.book.orders.get(oid) or self.book.triggered_order(oid))
        return self.ok(self._order_json(o))

    async def get_external(self, request: web.Request) -> web.Response:
        await self._contract_auth(request)
        o = self._regular(self.book.find_client(request.match_info["external_oid"]))
        return self.ok(self._order_json(o))

    async def open_orders(self, request: web.Request) -> web.Response:
        await self._contract_auth(request)
        sym = request.match_info.get("symbol") or request.query.get("symbol")
        out = [self._order_json(o) for o in self.book.open_orders(sym, stops=False)]
        return self.ok(out)

    async def history(self, request: web.Request) -> web.Response:
        await self._contract_auth(request)
        sym = request.query.get("symbol")
        out = [
            self._order_json(o)
            for o in self._regular_orders()
            if sym in (None, o.symbol) and not o.by_hand
        ]
        return self.ok(out)

    def _regular_orders(self) -> list[FakeOrder]:
        """The regular orders, those the plan orders' triggers placed among them."""
        out = []
        for o in self.book.orders.values():
            placed = o.extra.get("actual_id")
            if o.kind != "stop":
                out.append(o)
            elif placed and (found := self.book.triggered_order(placed)) is not None:
                out.append(found)
        return out

    async def plan_list(self, request: web.Request) -> web.Response:
        """One page of plan orders, newest first: page_num (default 1) and page_size (default
        20, at most 100), created within start_time..end_time when given (ms). From
        https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/get-plan-order-list
        ("page_size: Page size, default 20, max 100"); an older order is on a later page."""
        await self._contract_auth(request)
        q = request.query
        sym = q.get("symbol")
        states = q.get("states")
        try:
            page = int(q.get("page_num", 1))
            size = int(q.get("page_size", 20))
            start, end = int(q.get("start_time", 0)), int(q.get("end_time", 2**62))
        except ValueError as exc:
            raise FakeReject("bad_request", str(exc)) from exc
        if page < 1 or not 1 <= size <= 100:
            raise FakeReject("bad_request", "page_num >= 1, page_size 1-100")
        plans = [
            o
            for o in self.book.orders.values()
            if o.kind == "stop"
            and not is_leg(o)  # (a position TP/SL is no plan order)
            and sym in (None, o.symbol)
            and start <= o.created <= end
        ]
        plans.sort(key=lambda o: (o.created, int(o.id)), reverse=True)
        out = [self._plan_json(o) for o in plans]
        if states:
            wanted = {int(s) for s in states.split(",")}
            out = [p for p in out if p["state"] in wanted]
        return self.ok(out[(page - 1) * size : page * size])

    async def cancel(self, request: web.Request) -> web.Response:
        await self._contract_auth(request)
        ids = json.loads(await request.text())
        out = []
        for oid in ids:
            try:
                self._regular(self.book.orders.get(str(oid)))
                self.book.cancel(str(oid))
                out.append({"orderId": str(oid), "errorCode": 0, "errorMsg": "success"})
            except FakeReject as exc:
                code, msg = _ERRORS[exc.kind]
                out.append({"orderId": str(oid), "errorCode": code, "errorMsg": msg})
        return self.ok(out)

    async def plan_cancel(self, request: web.Request) -> web.Response:
        await self._contract_auth(request)
        for item in json.loads(await request.text()):
            o = self.book.orders.get(str(item.get("orderId")))
            if o is None or o.kind != "stop" or is_leg(o):
                raise FakeReject("order_not_found")
            self.book.cancel(o.id)
        return web.json_response({"success": True, "code": 0})

    # -- spot ----------------------------------------------------------------------------
    async def spot_info(self, request: web.Request) -> web.Response:
        symbols = []
        for m in self.book.markets.values():
            if not m.spot:
                continue
            symbols.append(
                {
                    "symbol": m.id,
                    "status": "1",
                    "baseAsset": m.base,
                    "quoteAsset": m.quote,
                    "baseAssetPrecision": -m.qty_step.as_tuple().exponent,
                    "quoteAssetPrecision": -m.price_step.as_tuple().exponent,
                    "baseSizePrecision": str(m.min_qty),
                    "quoteAmountPrecision": str(m.min_notional),
                    "isSpotTradingAllowed": True,
                    "isMarginTradingAllowed": False,
                    "makerCommission": "0",
                    "takerCommission": "0.0005",
                    "orderTypes": ["LIMIT", "MARKET"],
                    "permissions": ["SPOT"],
                    "maxQuoteAmount": "2000000",
                }
            )
        return web.json_response({"timezone": "CST", "serverTime": now_ms(), "symbols": symbols})

    async def spot_ticker(self, request: web.Request) -> web.Response:
        sym = request.query.get("symbol", "")
        if sym not in self.book.markets:
            return web.json_response({"code": -1121, "msg": "Invalid symbol."}, status=400)
        px = str(self.book.prices.get(sym, 0))
        return web.json_response(
            {
                "symbol": sym,
                "lastPrice": px,
                "bidPrice": px,
                "askPrice": px,
                "closeTime": now_ms(),
                "volume": "1",
            }
        )

    async def spot_currencies(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        coins = {m.base for m in self.book.markets.values()} | {"USDT"}
        return web.json_response([{"coin": c, "name": c, "networkList": []} for c in coins])

    async def spot_account(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        return web.json_response(
            {"balances": [{"asset": "USDT", "free": str(self.book.wallet), "locked": "0"}]}
        )

    def _spot_json(self, o: FakeOrder) -> dict[str, Any]:
        return {
            "symbol": o.symbol,
            "orderId": o.id,
            "clientOrderId": o.client_id,
            "price": str(o.price or 0),
            "origQty": str(o.qty),
            "executedQty": str(o.filled),
            "cummulativeQuoteQty": str(o.cost),
            "status": o.status,
            "type": o.kind.upper(),
            "side": o.side.upper(),
            "time": o.created,
            "updateTime": o.updated,
        }

    async def spot_create(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        q = request.query
        price = Decimal(q["price"]) if "price" in q else None
        o = FakeOrder(
            self.book.next_id(),
            q.get("newClientOrderId"),
            q["symbol"],
            q["side"].lower(),
            q["type"].lower(),
            Decimal(q.get("quantity", "0")),
            price=price,
        )
        self.book.submit(o)
        return web.json_response(self._spot_json(o))

    async def spot_get(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        q = request.query
        o = (
            self.book.find_client(q["origClientOrderId"])
            if "origClientOrderId" in q
            else self.book.orders.get(q.get("orderId", ""))
        )
        if o is None:
            return web.json_response({"code": -2013, "msg": "Order does not exist."}, status=400)
        return web.json_response(self._spot_json(o))

    async def spot_cancel(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        o = self.book.cancel(request.query.get("orderId", ""))
        return web.json_response(self._spot_json(o))

    async def spot_open(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        sym = request.query.get("symbol")
        return web.json_response([self._spot_json(o) for o in self.book.open_orders(sym)])

    async def spot_all(self, request: web.Request) -> web.Response:
        self._spot_auth(request)
        sym = request.query.get("symbol")
        return web.json_response(
            [self._spot_json(o) for o in self.book.orders.values() if o.symbol == sym]
        )
