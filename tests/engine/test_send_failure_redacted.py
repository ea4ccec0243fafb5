"""A create that fails with an error the broker did not map (not one of sigcopy's): its text may
echo the signed request, and it reaches the order's record, the "order failed" message and a
close's reason (engine/core/follow_ups.py, `_close`); so it is redacted (engine/redact.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from engine import events as ev
from engine.core.order_sends import OrderSends
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderType

SIGNED = "https://fapi.binance.com/fapi/v1/order?symbol=BTCUSDT&signature=" + "ab" * 32


class _Bus:
    def __init__(self) -> None:
        self.events: list[ev.Event] = []

    def emit(self, e: ev.Event) -> None:
        self.events.append(e)


class _Om:
    """The few parts of an OrderManager a failed send touches."""

    def __init__(self) -> None:
        self.bus = _Bus()
        self.marked: list[tuple[Order, OrderStatus, str]] = []

    def mark(self, o: Order, status: OrderStatus, why: str) -> None:
        self.marked.append((o, status, why))


def test_send_when_broker_raises_an_unmapped_error_echoing_a_signed_url_then_masked() -> None:
    om: Any = _Om()
    o = Order(
        client_id="scs1c1",
        trade_id="s1",
        symbol="BTC/USDT:USDT",
        side="sell",
        type=OrderType.MARKET,
        role=OrderRole.CLOSE,
        amount=Decimal("0.1"),
    )
    (why,) = OrderSends(om)._answered([o], [RuntimeError(f"POST {SIGNED} failed")])
    ((_, status, error),) = om.marked
    assert status == OrderStatus.REJECTED
    texts = [str(why), error, *(e.text for e in om.bus.events)]
    assert all("signature=" + "ab" * 32 not in x and "symbol=BTCUSDT" not in x for x in texts)
    assert all("RuntimeError" in x for x in texts)
