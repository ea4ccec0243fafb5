"""The fake Binance USD-M's conditional (algo) orders: STOP_MARKET and TRAILING_STOP_MARKET go to
/fapi/v1/algoOrder since Binance moved them there (New Algo Order, Query Algo Order, Cancel,
openAlgoOrders, allAlgoOrders: https://developers.binance.com/docs/derivatives/usds-margined-
futures/trade/rest-api). The trailing stop's own rules are in binance_trailing.py."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes.binance_paths import F1
from tests.fakes.binance_trailing import algo_fields, arm
from tests.fakes.orders import FakeOrder, FakeReject

if TYPE_CHECKING:
    from tests.fakes.fake_binance import FakeBinance


class BinanceAlgo:
    """The algo orders: kept in the book as its "stop" orders."""

    def __init__(self, fake: FakeBinance) -> None:
        self.fake = fake

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_post(f"{F1}/algoOrder", self.algo_create)
        r.add_get(f"{F1}/algoOrder", self.algo_get)
        r.add_delete(f"{F1}/algoOrder", self.algo_cancel)
        r.add_get(f"{F1}/openAlgoOrders", self.algo_open)
        r.add_get(f"{F1}/allAlgoOrders", self.algo_all)

    def json(self, o: FakeOrder) -> dict[str, Any]:
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

    async def algo_create(self, request: web.Request) -> web.Response:
        p = await self.fake._auth(request)
        if p.get("algoType") != "CONDITIONAL":
            raise FakeReject("bad_request")
        new = self.fake._new(p, algo=True)
        self._not_triggered_yet(new)
        o = self.fake.book.submit(new)
        if "trail" in o.extra and o.live:
            arm(o, self.fake.book.prices[o.symbol])
        return web.json_response(self.json(o))

    def _not_triggered_yet(self, o: FakeOrder) -> None:
        """A STOP_MARKET whose condition already holds is refused, not placed: -2021 "Order
        would immediately trigger." (https://developers.binance.com/docs/derivatives/usds-
        margined-futures/error-code). The condition, from New Order (https://developers.binance.
        com/docs/derivatives/usds-margined-futures/trade/rest-api): STOP_MARKET BUY when the
        latest price >= stopPrice, SELL when <= (workingType CONTRACT_PRICE, the default, which
        sigcopy sends; the fake has one price). A trailing stop's own check: binance_trailing."""
        mark = self.fake.book.prices.get(o.symbol)
        if o.trigger is None or mark is None or "trail" in o.extra:
            return
        if (o.side == "sell" and mark <= o.trigger) or (o.side == "buy" and mark >= o.trigger):
            raise FakeReject("stop_rejected")

    async def algo_get(self, request: web.Request) -> web.Response:
        p = await self.fake._auth(request)
        o = self._lookup_any_algo(p)
        return web.json_response(self.json(o))

    def _lookup_any_algo(self, p: dict[str, str]) -> FakeOrder:
        cid, aid = p.get("clientAlgoId"), p.get("algoId")
        for o in self.fake.book.orders.values():
            if o.kind == "stop" and ((cid and o.client_id == cid) or (aid and o.id == aid)):
                return o
        raise FakeReject("order_not_found")

    async def algo_cancel(self, request: web.Request) -> web.Response:
        p = await self.fake._auth(request)
        o = self._lookup_any_algo(p)
        if not o.live:
            raise FakeReject("order_final")
        self.fake.book.cancel(o.id)
        return web.json_response(
            {"algoId": int(o.id), "clientAlgoId": o.client_id, "code": "200", "msg": "success"}
        )

    async def algo_open(self, request: web.Request) -> web.Response:
        p = await self.fake._auth(request)
        out = self.fake.book.open_orders(p.get("symbol"), stops=True)
        return web.json_response([self.json(o) for o in out])

    async def algo_all(self, request: web.Request) -> web.Response:
        p = await self.fake._auth(request)
        out = [
            o
            for o in self.fake.book.orders.values()
            if o.kind == "stop" and o.symbol == p.get("symbol")
        ]
        return web.json_response([self.json(o) for o in out])
