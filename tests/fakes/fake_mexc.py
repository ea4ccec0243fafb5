"""A fake MEXC: the contract (futures) API /api/v1/... and the spot API /api/v3/....

Built from MEXC's API documentation and what ccxt's mexc.py sends: contract private calls carry
ApiKey, Request-Time and Signature = HMAC-SHA256(secret, apiKey + Request-Time + params) where
params is the JSON body (POST) or the sorted query string (GET); spot private calls carry
X-MEXC-APIKEY and a `signature` query parameter over the query string. Contract answers are
{"success": true, "code": 0, "data": ...}; errors {"success": false, "code": N, "message": ...}.
Amounts on the contract API are in contracts (BTC_USDT: 1 contract = 0.0001 BTC). Here: the
envelopes, the signatures and the contract's regular orders; its parts, one concept a module:
the public market data (mexc_public.py), the account and positions (mexc_account.py), plan
orders (mexc_plans.py), position TP/SL (mexc_tpsl.py), the deal list (executions and their
fees: mexc_deals.py), the spot API (mexc_spot.py), the contract websocket (login,
push.personal.order: mexc_ws.py), the shared codes (mexc_common.py).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from decimal import Decimal
from typing import Any

from aiohttp import web

from tests.fakes.mexc_account import MexcAccount
from tests.fakes.mexc_common import ERRORS, PRIVATE, SIDES, SPOT, f
from tests.fakes.mexc_deals import MexcDeals
from tests.fakes.mexc_plans import MexcPlans
from tests.fakes.mexc_public import MexcPublic, mexc_markets
from tests.fakes.mexc_spot import MexcSpot
from tests.fakes.mexc_tpsl import MexcTpsl
from tests.fakes.mexc_ws import MexcContractStream
from tests.fakes.orders import FakeMarket, FakeOrder, FakeReject, Fill
from tests.fakes.refusals import Refusals
from tests.fakes.server import FakeExchangeServer

__all__ = ["FakeMexc", "mexc_markets"]


class FakeMexc(FakeExchangeServer):
    """MEXC contract + spot API on loopback."""

    order_paths = (f"{PRIVATE}/order/create", f"{PRIVATE}/planorder/place", f"{SPOT}/order")

    def __init__(self, markets: list[FakeMarket] | None = None, wallet: Decimal = Decimal(10_000)):
        super().__init__(markets or mexc_markets(), wallet)
        self.refusals = Refusals("MEXC", ERRORS, "tests/fakes/mexc_common.py")
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
        # The account's rates: 0.04 % taker (Book.fee_rate), 0.02 % maker (a resting limit
        # order's fills), an account tier's, not the contract detail's published 0.02 % / 0 %
        # (mexc_public.py): ccxt's market rates, the estimates, differ from what is charged.
        # An order reports each part (takerFee, makerFee; ccxt adds them up); a deal its own
        # fee and whether it took (mexc_deals.py).
        self.book.maker_fee_rate = Decimal("0.0002")

    def add_routes(self, r: web.UrlDispatcher) -> None:
        self.public = MexcPublic(self)
        self.account = MexcAccount(self)
        self.plans = MexcPlans(self)
        self.spot = MexcSpot(self)
        self.deals = MexcDeals(self)  # the deal list: executions and their fees
        for part in (self.public, self.account, self.plans, self.spot, self.deals):
            part.add_routes(r)
        r.add_post(f"{PRIVATE}/order/create", self.create)
        r.add_post(f"{PRIVATE}/order/submit", self.create)
        r.add_get(f"{PRIVATE}/order/get/{{order_id}}", self.get_order)
        r.add_get(f"{PRIVATE}/order/external/{{symbol}}/{{external_oid}}", self.get_external)
        r.add_get(f"{PRIVATE}/order/list/open_orders", self.open_orders)
        r.add_get(f"{PRIVATE}/order/list/open_orders/{{symbol}}", self.open_orders)
        r.add_get(f"{PRIVATE}/order/list/history_orders", self.history)
        r.add_post(f"{PRIVATE}/order/cancel", self.cancel)
        self.contract_ws = MexcContractStream(self)
        self.contract_ws.add_routes(r)
        self.tpsl = MexcTpsl(self)  # position TP/SL: GET stoporder/open_orders
        self.tpsl.add_routes(r)

    def stream_events(self, o: FakeOrder, event: str, fill: Fill | None) -> list[dict[str, Any]]:
        return self.contract_ws.events(o, event)

    # -- envelopes and auth --------------------------------------------------------------
    def ok(self, data: Any) -> web.Response:
        return web.json_response({"success": True, "code": 0, "data": data})

    async def stop(self) -> None:
        await super().stop()
        self.refusals.check()

    def render_reject(self, exc: FakeReject) -> web.Response:
        code, msg = self.refusals.answer(exc.kind)  # unlisted: a test bug (refusals.py)
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
        maker_fee = sum((x.fee for x in self.book.fills.get(o.id, []) if x.maker), Decimal(0))
        return {
            "orderId": o.id,
            "symbol": o.symbol,
            "positionId": "0",
            "price": f(o.price or 0),
            "vol": f(o.qty),
            "leverage": o.leverage,
            # An order placed by hand in the web page closes the position at market.
            "side": o.extra.get("side", 4 if o.side == "sell" else 2),
            "category": 1,
            "orderType": o.extra.get("type", 5),
            "dealAvgPrice": f(o.avg),
            "dealVol": f(o.filled),
            "orderMargin": 0,
            "takerFee": f(o.fee - maker_fee),
            "makerFee": f(maker_fee),
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

    def _parse_new(self, body: dict[str, Any], kind: str) -> FakeOrder:
        try:
            side, reduce = SIDES[int(body["side"])]
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
                code, msg = ERRORS[exc.kind]
                out.append({"orderId": str(oid), "errorCode": code, "errorMsg": msg})
        return self.ok(out)
