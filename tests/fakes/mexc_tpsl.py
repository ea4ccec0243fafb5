"""The fake MEXC's position take-profit/stop-loss ("TP/SL orders", MEXC's `stoporder`), apart from
its plan orders (fake_mexc.py).

On MEXC a stop set on a position in the web page (or attached to an order) is not a plan order:
it is a TP/SL order, listed by GET /api/v1/private/stoporder/open_orders?symbol=...
("Get Current Take-Profit/Stop-Loss Order List", https://www.mexc.com/api-docs/futures/
account-and-trading-endpoints/get-current-take-profitstop-loss-order-list), never by the plan
order list (planorder/list/orders) nor the open orders (order/list/open_orders). One record
holds both prices: `stopLossPrice` and `takeProfitPrice` (0: none), `positionType` (1 long, 2
short), `vol` (contracts), `state` (1 untriggered, 2 canceled, 3 executed, 4 invalidated, 5
execution failed), `triggerSide` (0 not triggered, 1 take-profit, 2 stop-loss), `orderId` (0
when "placed by position"), `positionId`, `lossTrend`/`profitTrend` (1 latest price). ccxt has
no unified call for it (its implicit contractPrivateGetStoporderOpenOrders only).

Each price is kept as a reduce-only trigger leg of the fake's book (kind "stop", `extra["tpsl"]`
its record's id), so that it fires as the exchange's would: the stop-loss at or below its price
for a long, the take-profit at or above; the record is then executed (state 3, triggerSide
telling which), and the other leg is cancelled with it (one record, one execution). The legs
are no plan orders: the plan-order routes do not see them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes.orders import FakeOrder, Fill

if TYPE_CHECKING:
    from tests.fakes.fake_mexc import FakeMexc

PRIVATE = "/api/v1/private"


@dataclass
class Tpsl:
    """One TP/SL record on a position; its legs live in the book's orders."""

    id: str
    symbol: str
    long: bool
    vol: Decimal
    stop_loss: Decimal | None
    take_profit: Decimal | None
    created: int
    legs: dict[str, str] = field(default_factory=dict)  # "sl" | "tp" -> the leg's order id
    fired: str | None = None  # the leg that fired ("sl" | "tp"): the record is executed


def is_leg(o: FakeOrder) -> bool:
    """A trigger of a position TP/SL (not a plan order)."""
    return "tpsl" in o.extra


class MexcTpsl:
    """The position TP/SL records of one fake MEXC and their route."""

    def __init__(self, fake: FakeMexc) -> None:
        self.fake = fake
        self.records: dict[str, Tpsl] = {}
        fake.book.listeners.append(self._changed)

    def _changed(self, o: FakeOrder, event: str, fill: Fill | None) -> None:
        """A leg that fills executes its record: the other leg is cancelled at once."""
        rec = self.records.get(o.extra.get("tpsl", ""))
        if rec is None or fill is None or rec.fired is not None:
            return
        rec.fired = next(k for k, v in rec.legs.items() if v == o.id)
        for oid in rec.legs.values():
            other = self.fake.book.orders.get(oid)
            if other is not None and other is not o and other.live:
                self.fake.book.cancel(oid)

    def add_routes(self, r: web.UrlDispatcher) -> None:
        r.add_get(f"{PRIVATE}/stoporder/open_orders", self.open_orders)

    def set_by_hand(
        self,
        symbol: str,
        vol: Decimal,
        stop_loss: Decimal | None = None,
        take_profit: Decimal | None = None,
    ) -> Tpsl:
        """The user sets a TP/SL on the symbol's position in the web page (for `vol`)."""
        book = self.fake.book
        pos = book.positions.get(symbol, Decimal(0))
        assert pos, "MEXC sets a position TP/SL only on an open position"
        long = pos > 0
        rec = Tpsl(book.next_id(), symbol, long, vol, stop_loss, take_profit, book.now_ms())
        close = "sell" if long else "buy"
        for leg, price in (("sl", stop_loss), ("tp", take_profit)):
            if price is None:
                continue
            # A long's stop-loss fires at or below its price, its take-profit at or above.
            above = (leg == "tp") == long
            o = FakeOrder(
                book.next_id(),
                None,
                symbol,
                close,
                "stop",
                vol,
                trigger=price,
                reduce_only=True,
                by_hand=True,
                extra={"tpsl": rec.id, "above": above, "side": 4 if long else 2},
            )
            rec.legs[leg] = book.submit(o).id
        self.records[rec.id] = rec
        return rec

    def _state(self, rec: Tpsl) -> tuple[int, int]:
        """(state, triggerSide) of a record from its legs."""
        if rec.fired is not None:
            return 3, 1 if rec.fired == "tp" else 2
        orders = self.fake.book.orders
        if any(orders[v].live for v in rec.legs.values() if v in orders):
            return 1, 0
        return 4, 0  # (gone with the position: reduce-only triggers die with it)

    def _json(self, rec: Tpsl, state: int, side: int) -> dict[str, Any]:
        return {
            "id": int(rec.id),
            "orderId": 0,  # "if placed by position, this value is 0"
            "symbol": rec.symbol,
            "positionId": 1,
            "lossTrend": 1,
            "profitTrend": 1,
            "stopLossPrice": float(rec.stop_loss or 0),
            "takeProfitPrice": float(rec.take_profit or 0),
            "state": state,
            "triggerSide": side,
            "positionType": 1 if rec.long else 2,
            "vol": float(rec.vol),
            "realityVol": 0,
            "placeOrderId": 0,
            "errorCode": 0,
            "version": 1,
            "isFinished": 0 if state == 1 else 1,
            "priceProtect": 0,
            "profitLossVolType": "SAME",
            "createTime": rec.created,
            "updateTime": rec.created,
        }

    def pushes(self, o: FakeOrder) -> list[dict[str, Any]]:
        """What the contract websocket pushes when a leg of a record changes: the record, on
        MEXC's private channel for TP/SL orders (push.personal.stop.order; the websocket page,
        https://www.mexc.com/api-docs/futures/websocket-api). The name is the one client
        libraries subscribe to (a Java SDK's channel enum, Python, Node and Swift clients, read
        in session 18); one client notes the page also spells it push.stop.order. ccxt reads
        neither it nor the plan orders' channel: nothing of sigcopy's depends on it."""
        rec = self.records.get(o.extra.get("tpsl", ""))
        if rec is None:
            return []
        state, side = self._state(rec)
        return [{"channel": "push.personal.stop.order", "data": self._json(rec, state, side)}]

    async def open_orders(self, request: web.Request) -> web.Response:
        """The symbol's (else every) TP/SL records not in a final state."""
        await self.fake._contract_auth(request)
        sym = request.query.get("symbol")
        out = []
        for rec in self.records.values():
            if sym not in (None, rec.symbol):
                continue
            state, side = self._state(rec)
            if state == 1:
                out.append(self._json(rec, state, side))
        return self.fake.ok(out)
