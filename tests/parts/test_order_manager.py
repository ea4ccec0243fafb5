"""Order manager (and the book's opener over it) with a scripted broker and a memory store:
every order is in the store before it leaves; fills are folded once; failures are said."""

from __future__ import annotations

import logging
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from engine import events as ev
from engine.adapters.memory_store import MemoryStore
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderType, OrderUpdate
from engine.domain.signal import Signal
from engine.domain.trade import Trade
from engine.errors import BrokerError
from tests.parts.helpers import ScriptedBroker, make_book


def _signal(i: int = 1) -> Signal:
    return Signal("BTCUSDT", "LONG", tp=110, sl=90, leverage=2, signal_id=f"s{i}")


async def test_open_when_broker_does_io_then_every_order_is_stored_before_it_is_sent(
    tmp_path: Path,
) -> None:
    book, broker = make_book(tmp_path, MAX_ENTRY_DISTANCE_PCT=0.5)
    r = await book.opener.open(_signal())
    await book.settle()
    assert r.ok, r.reasons
    roles = {o.client_id: o.role for o in book.orders.of_trade(r.trade_id or "")}
    assert {roles[c] for c, _ in broker.sent} == {
        OrderRole.ENTRY,
        OrderRole.STOP_LOSS,
        OrderRole.TAKE_PROFIT,
    }
    # Written ahead: each was in the store (as pending) when the broker got it.
    assert all(status == OrderStatus.PENDING for _, status in broker.sent), broker.sent


async def test_apply_when_the_same_fill_is_reported_twice_then_booked_once(tmp_path: Path) -> None:
    book, broker = make_book(tmp_path)
    fills: list[Decimal] = []
    book.orders.on_fill = lambda t, o, q, p, f, ts: fills.append(q)
    t = Trade("t1", "BTC/USDT:USDT", "LONG", 2, 2, Decimal(1), [Decimal(99)], [], [], None)
    book.portfolio.track(t)
    o = book.orders.new_order(
        t, OrderRole.ENTRY, OrderType.LIMIT, "buy", Decimal(1), price=Decimal(99)
    )
    part = OrderUpdate(o.client_id, OrderStatus.OPEN, Decimal("0.4"), Decimal(99))
    book.orders.apply(part)
    book.orders.apply(part)  # a duplicate report (poll and stream both saw it)
    book.orders.apply(OrderUpdate(o.client_id, OrderStatus.FILLED, Decimal(1), Decimal(99)))
    assert fills == [Decimal("0.4"), Decimal("0.6")]
    assert o.status == OrderStatus.FILLED and not book.orders.live("t1")


async def test_send_when_broker_raises_then_order_rejected_with_reason_and_event(
    tmp_path: Path,
) -> None:
    book, broker = make_book(tmp_path, MAX_ENTRY_DISTANCE_PCT=0.5)
    broker.script = [BrokerError("exchange said no", "try later")]
    r = await book.opener.open(_signal())
    assert not r.ok
    assert any("entry order failed: exchange said no" in x for x in r.reasons)
    (o,) = book.orders.of_trade("s1")
    assert o.status == OrderStatus.REJECTED and o.error
    assert any(e.kind == ev.ORDER_FAILED for e in book.bus.queued)
    assert book.portfolio.open_trades == 0


async def test_apply_when_a_stop_vanishes_at_the_exchange_then_said_and_replaced(
    tmp_path: Path,
) -> None:
    book, broker = make_book(tmp_path, MAX_ENTRY_DISTANCE_PCT=0.5)
    r = await book.opener.open(_signal())
    await book.settle()
    (sl,) = book.orders.live(r.trade_id or "", OrderRole.STOP_LOSS)
    book.orders.apply(OrderUpdate(sl.client_id, OrderStatus.CANCELED, error="cancelled by hand"))
    assert any(e.kind == ev.RECONCILED for e in book.bus.queued)
    await book.settle()
    (again,) = book.orders.live(r.trade_id or "", OrderRole.STOP_LOSS)
    assert again.client_id != sl.client_id and again.trigger_price == sl.trigger_price


async def test_stream_when_stop_fill_comes_before_second_entry_fill_then_reopened_keeps_its_tps(
    tmp_path: Path,
) -> None:
    # MEXC pushes stop (plan) orders and ordinary orders on separate channels, so one pushed
    # batch can carry a stop's fill before the fill of an entry that happened earlier.
    from engine.adapters.kill_switch import FileKillSwitch
    from engine.clock import SimulatedClock
    from engine.core.monitor import Monitor

    book, broker = make_book(tmp_path, MAX_ENTRY_DISTANCE_PCT=0.5)
    monitor = Monitor(book, broker, FileKillSwitch(tmp_path / "STOP"), SimulatedClock(), 60)  # type: ignore[arg-type]
    sig = Signal("BTCUSDT", "LONG", entries=[99, 98], tp=[110, 120], sl=90, signal_id="z")
    r = await book.opener.open(sig)
    await book.settle()
    tid = r.trade_id or ""
    e1, e2 = book.orders.live(tid, OrderRole.ENTRY)
    assert e1.amount == e2.amount
    await monitor.on_stream_updates(
        [OrderUpdate(e1.client_id, OrderStatus.FILLED, e1.amount, Decimal(99))]
    )
    (sl,) = book.orders.live(tid, OrderRole.STOP_LOSS)
    tps = book.orders.live(tid, OrderRole.TAKE_PROFIT)
    assert sl.amount == e1.amount and sum(o.amount for o in tps) == e1.amount
    # On the exchange the second leg filled, then the stop closed the first leg's quantity.
    await monitor.on_stream_updates(
        [
            OrderUpdate(sl.client_id, OrderStatus.FILLED, sl.amount, Decimal(90)),
            OrderUpdate(e2.client_id, OrderStatus.FILLED, e2.amount, Decimal(98)),
        ]
    )
    t = book.portfolio.trades[tid]
    assert t.is_active and t.open_qty == e2.amount  # reopened with the second leg
    # Its take-profits still match what is open: kept, not cancelled and placed again.
    assert not [c for c in broker.cancelled if c in {o.client_id for o in tps}]
    assert book.orders.live(tid, OrderRole.TAKE_PROFIT) == tps
    (stop,) = book.orders.live(tid, OrderRole.STOP_LOSS)  # a new stop for the reopened leg
    assert stop.amount == t.open_qty and stop.trigger_price == Decimal(90)


class _AtOnce(ScriptedBroker):
    """The scripted broker answering at once (AnswersAtOnce): its coroutines must not be used."""

    instant = True

    def place_now(self, order: Order) -> OrderUpdate:
        step = self.script[0] if self.script else "fill"
        if isinstance(step, Exception):
            self.script.pop(0)
            self.calls.append(("place", order.client_id))
            raise step
        return _run_now(super().place_order(order))

    def cancel_now(self, order: Order) -> OrderUpdate:
        return _run_now(super().cancel_order(order))

    async def place_order(self, order: Order, *, read_fill: bool = True) -> OrderUpdate:
        raise AssertionError("awaited although the broker answers at once")

    async def cancel_order(self, order: Order) -> OrderUpdate:
        raise AssertionError("awaited although the broker answers at once")


def _run_now(coro: Any) -> OrderUpdate:
    """The scripted broker's answer (its coroutines never wait) taken at once."""
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    raise AssertionError("the scripted answer waited")


async def test_send_when_broker_answers_at_once_then_taken_unawaited_failures_said(
    tmp_path: Path,
) -> None:
    store = MemoryStore()
    book, _ = make_book(tmp_path, store, MAX_ENTRY_DISTANCE_PCT=0.5)
    broker = _AtOnce(store)
    book.orders.broker, book.orders._now = broker, broker  # (what build_book would wire)
    r = await book.opener.open(_signal())
    await book.settle()
    assert r.ok, r.reasons
    assert {o.role for o in book.orders.live(r.trade_id or "")} == {
        OrderRole.STOP_LOSS,
        OrderRole.TAKE_PROFIT,
    }
    await book.protector.close_trade(book.portfolio.trades[r.trade_id or ""], "manual")
    await book.settle()
    assert broker.cancelled  # the take-profit, then the stop, cancelled at once
    broker.script = [BrokerError("exchange said no", "try later")]
    r2 = await book.opener.open(_signal(2))
    assert not r2.ok and any("entry order failed: exchange said no" in x for x in r2.reasons)
    (o,) = book.orders.of_trade("s2")
    assert o.status == OrderStatus.REJECTED


def test_stream_when_it_cannot_start_then_polled_and_the_log_record_holds_no_secret(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A library's failure text can quote the signed request it sent (ccxt's HTTP errors carry
    # method + URL + body); the warning must not carry the key or the signature in its record.
    from engine.adapters.kill_switch import FileKillSwitch
    from engine.clock import SimulatedClock
    from engine.core.monitor import Monitor

    book, broker = make_book(tmp_path)
    secret_sig = "ab" * 32  # a 64-hex HMAC digest
    key = "mx0vglSECRETKEY1234567890"

    def failing_stream() -> None:
        raise RuntimeError(
            f"GET https://contract.mexc.com/api/v1/private/x?api_key={key}&signature={secret_sig}"
        )

    broker.order_stream = failing_stream  # type: ignore[attr-defined]
    monitor = Monitor(book, broker, FileKillSwitch(tmp_path / "STOP"), SimulatedClock(), 60)  # type: ignore[arg-type]
    with caplog.at_level(logging.WARNING, logger="sigcopy.engine"):
        monitor.start_stream()
    assert monitor.stream is None
    (record,) = [r for r in caplog.records if "order stream unavailable" in r.getMessage()]
    text = record.getMessage()
    assert "RuntimeError" in text and key not in text and secret_sig not in text
