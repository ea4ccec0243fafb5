"""The fake MEXC's plan (trigger) orders: planorder/place, planorder/list/orders and
planorder/cancel (https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/place-plan-
order and get-plan-order-list). A position's TP/SL is no plan order (mexc_tpsl.py)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes.mexc_common import PRIVATE, f
from tests.fakes.mexc_tpsl import is_leg
from tests.fakes.orders import FakeOrder, FakeReject

if TYPE_CHECKING:
    from tests.fakes.fake_mexc import FakeMexc

CYCLE_HOURS = {1: 24, 2: 24 * 7}  # planorder/place executeCycle -> hours the order is valid


class MexcPlans:
    """The plan orders: kept in the book as its "stop" orders."""

    def __init__(self, fake: FakeMexc) -> None:
        self.fake = fake

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_post(f"{PRIVATE}/planorder/place", self.plan_place)
        r.add_get(f"{PRIVATE}/planorder/list/orders", self.plan_list)
        r.add_post(f"{PRIVATE}/planorder/cancel", self.plan_cancel)

    def json(self, o: FakeOrder) -> dict[str, Any]:
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
            "triggerPrice": f(o.trigger),
            "price": 0,
            "vol": f(o.qty),
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

    async def plan_place(self, request: web.Request) -> web.Response:
        await self.fake._contract_auth(request)
        body = json.loads(await request.text())
        # executeCycle, required: 1 = valid 24 hours, 2 = valid 7 days; afterwards the trigger
        # order is invalid (state 4). https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/place-plan-order
        # (and https://www.mexc.com/learn/article/17827791510988: "24-Hour Validity ... 7-Day").
        cycle = body.get("executeCycle")
        if cycle not in CYCLE_HOURS:
            raise FakeReject("bad_request", "executeCycle must be 1 or 2")
        if body.get("trend") not in (1, 2, 3):
            raise FakeReject("trigger_price_type")
        if body.get("triggerType") not in (1, 2):
            raise FakeReject("trigger_type")
        o = self.fake._parse_new(body, "plan")
        o.extra["executeCycle"] = cycle
        o.extra["above"] = body["triggerType"] == 1  # fires on the price >= trigger, else <=
        o = self.fake.book.submit(o)
        o.extra["expires_ms"] = o.created + CYCLE_HOURS[cycle] * 3_600_000
        return self.fake.ok(o.id)

    async def plan_list(self, request: web.Request) -> web.Response:
        """One page of plan orders, newest first: page_num (default 1) and page_size (default
        20, at most 100), created within start_time..end_time when given (ms). From
        https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/get-plan-order-list
        ("page_size: Page size, default 20, max 100"); an older order is on a later page."""
        await self.fake._contract_auth(request)
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
            for o in self.fake.book.orders.values()
            if o.kind == "stop"
            and not is_leg(o)  # (a position TP/SL is no plan order)
            and sym in (None, o.symbol)
            and start <= o.created <= end
        ]
        plans.sort(key=lambda o: (o.created, int(o.id)), reverse=True)
        out = [self.json(o) for o in plans]
        if states:
            wanted = {int(s) for s in states.split(",")}
            out = [p for p in out if p["state"] in wanted]
        return self.fake.ok(out[(page - 1) * size : page * size])

    async def plan_cancel(self, request: web.Request) -> web.Response:
        await self.fake._contract_auth(request)
        for item in json.loads(await request.text()):
            o = self.fake.book.orders.get(str(item.get("orderId")))
            if o is None or o.kind != "stop" or is_leg(o):
                raise FakeReject("order_not_found")
            self.fake.book.cancel(o.id)
        return web.json_response({"success": True, "code": 0})
