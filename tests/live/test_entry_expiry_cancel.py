"""Limit entries past LIMIT_ORDER_TTL_HOURS whose cancel fails (engine/core/entry_ends.py).

The trade used to be ended as "expired" before its entries' cancel went out: when the exchange
refused that cancel, the entries kept resting on the exchange while the trade showed as ended
and nobody was told. Now the entries are cancelled first and the trade ends only once none of
them rests; a failed cancel keeps the trade, watched (its stop is placed if an entry fills),
tells the user why and what to do, and is tried again a minute later.

Through the real engine and ccxt client against the fake Binance USD-M (its -2015 refusal:
tests/fakes/fake_binance.py, https://developers.binance.com/docs/derivatives/usds-margined-
futures/error-code). The test moves the exchange's clock, which is the engine's (no waiting).
"""

from __future__ import annotations

from pathlib import Path

from bot import desk_closes
from engine import events as ev
from engine.domain.trade import Trade, TradeStatus
from engine.engine import TradingEngine
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.orders import FakeOrder
from tests.live.helpers import live_signal
from tests.live.test_rate_limit_stops import SYM, _running, _stop_creates

# Two limit entries below the fake's price (60,000): both rest on the exchange, nothing filled.
RESTING = {"signal_id": "x", "entries": [59800, 59600], "sl": 59000}
LEAD = (
    "BTC/USDT:USDT: its entries expired after 1 h (LIMIT_ORDER_TTL_HOURS) with nothing of the "
    "long filled, but 2 entry orders could not be cancelled and still rest on the exchange "
    "(at 59800 · 59600; the exchange answered: "
)
THEN = (
    "): the trade stays, with its stop placed if one fills; sigcopy tries again in a minute, "
    "or /cancel BTCUSDT now"
)


def _said(events: list[ev.Event]) -> list[str]:
    return [e.text for e in events if e.kind == ev.ERROR and "expired after" in e.text]


async def _expired_unfilled(fake: FakeBinance, eng: TradingEngine) -> Trade:
    """RESTING placed, its hour passed, and the exchange refuses both entries' cancel."""
    assert (await eng.execute(live_signal(**RESTING))).ok
    fake.book.advance(3601)
    fake.reject_next("api_key", 2, "/fapi/v1/order", "DELETE")
    await eng.monitor_pass()
    return eng.trades["x"]


async def _closed_one_resting(fake: FakeBinance, eng: TradingEngine) -> tuple[Trade, str]:
    """RESTING placed, its first entry filled, then /close while the exchange refuses every
    cancel (each try of the close and of the trade's end); /close's answer."""
    assert (await eng.execute(live_signal(**RESTING))).ok
    fake.set_price(SYM, 59800)  # the first entry fills; the one at 59,600 rests
    await eng.monitor_pass()
    t = eng.trades["x"]
    assert t.status == TradeStatus.OPEN and t.entry_qty > 0
    fake.reject_next("api_key", 10, "/fapi/v1/order", "DELETE")
    said = await desk_closes.close(eng, "BTCUSDT")
    fake.book.faults.reject_next.clear()  # the exchange answers again
    return t, said


def _entries(fake: FakeBinance) -> list[FakeOrder]:
    """The orders resting on the exchange that could open a position (not reduce-only)."""
    return [o for o in fake.book.open_orders(SYM) if not o.reduce_only]


async def test_expiry_when_the_entries_cancel_fails_then_trade_stays_told_and_retried(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path, LIMIT_ORDER_TTL_HOURS=1) as (fake, eng, events, waits):
        t = await _expired_unfilled(fake, eng)
        # Both entries still rest on the exchange: the trade is not ended, and the user is told.
        assert len(fake.book.open_orders(SYM, stops=False)) == 2
        assert t.is_active and t.status == TradeStatus.PENDING
        (said,) = _said(events)
        assert said.startswith(LEAD) and said.endswith(THEN), said
        assert "Invalid API-key, IP, or permissions for action" in said
        # Not tried again before the minute is out (no cancel sent on every pass).
        deletes = fake.count("/fapi/v1/order", "DELETE")
        await eng.monitor_pass()
        assert fake.count("/fapi/v1/order", "DELETE") == deletes
        # A minute later: cancelled, and only now the trade ends as expired; said once.
        fake.book.advance(61)
        await eng.monitor_pass()
        assert fake.book.open_orders(SYM, stops=False) == []
        assert not t.is_active and t.status == TradeStatus.CANCELED
        assert t.close_reason == "expired"
        assert len(_said(events)) == 1
        assert any(
            "entry orders are cancelled now, nothing filled; the trade ended (expired)" in e.text
            for e in events
        ), events


async def test_expiry_when_cancel_failed_and_an_entry_fills_then_its_stop_is_placed(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path, LIMIT_ORDER_TTL_HOURS=1) as (fake, eng, events, waits):
        t = await _expired_unfilled(fake, eng)
        assert t.is_active and len(_said(events)) == 1
        # The first entry fills on the exchange before the next try: the position gets its
        # stop, and the other entry (past its time) is cancelled.
        stops = len(_stop_creates(fake))
        fake.set_price(SYM, 59800)
        await eng.monitor_pass()
        fake.book.advance(61)
        await eng.monitor_pass()
        assert t.status == TradeStatus.OPEN and t.entry_qty > 0
        assert len(_stop_creates(fake)) > stops
        placed = [o for o in fake.book.open_orders(SYM, stops=True) if o.trigger == 59000]
        assert [o.qty for o in placed] == [t.open_qty], placed
        assert _entries(fake) == []


async def test_close_of_a_partly_filled_trade_when_entry_cancel_fails_then_said_and_protected(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        t, said = await _closed_one_resting(fake, eng)
        assert said.startswith("✅ Closed BTCUSDT"), said
        assert "were cancelled" not in said and "was cancelled" not in said, said
        assert fake.book.positions.get(SYM, 0) == 0 and not t.is_active
        (rest,) = _entries(fake)
        assert rest.price == 59600
        # The user is told the entry still rests, why, and what sigcopy does about it.
        (msg,) = [e.text for e in events if e.kind == ev.ERROR and "still rests" in e.text]
        assert msg.startswith(
            "BTC/USDT:USDT: the long is closed, but 1 entry order could not be cancelled and "
            "still rests on the exchange (at 59600; the exchange answered: binanceusdm cancel "
            "order failed: "
        ), msg
        assert msg.endswith(
            "): a position it opens gets its stop; sigcopy tries the cancel again in a minute, "
            "or cancel it on the exchange"
        ), msg
        # It fills before the next try: the position it opened gets its stop.
        fake.set_price(SYM, 59600)
        await eng.monitor_pass()
        assert t.is_active and t.open_qty > 0
        stops = [o for o in fake.book.open_orders(SYM, stops=True) if o.trigger == 59000]
        assert [o.qty for o in stops] == [t.open_qty], stops


async def test_close_of_a_partly_filled_trade_when_entry_cancel_fails_then_tried_again(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        t, _ = await _closed_one_resting(fake, eng)
        assert len(_entries(fake)) == 1
        fake.book.advance(61)
        await eng.monitor_pass()
        assert _entries(fake) == []
        assert not t.is_active
        assert any(
            e.text == "BTC/USDT:USDT: its entry order that still rested after the close is "
            "cancelled now"
            for e in events
        ), events


async def test_tp1_before_entry_when_the_entries_cancel_fails_then_trade_stays_and_told(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(**RESTING))).ok
        t = eng.trades["x"]
        fake.reject_next("api_key", 2, "/fapi/v1/order", "DELETE")
        fake.set_price(SYM, 61000)  # TP1 reached before any entry filled
        await eng.on_price("BTCUSDT", 61000)
        assert len(fake.book.open_orders(SYM, stops=False)) == 2
        assert t.is_active and t.status == TradeStatus.PENDING
        (said,) = [e.text for e in events if e.kind == ev.ERROR and "TP1 was reached" in e.text]
        assert said.startswith(
            "BTC/USDT:USDT: TP1 was reached before any entry of the long filled, but 2 entry "
            "orders could not be cancelled and still rest on the exchange (at 59800 · 59600; "
        ), said
        # Ticks meanwhile send no cancel; a minute later it is tried again, and the trade ends.
        deletes = fake.count("/fapi/v1/order", "DELETE")
        await eng.on_price("BTCUSDT", 61010)
        assert fake.count("/fapi/v1/order", "DELETE") == deletes
        fake.book.advance(61)
        await eng.monitor_pass()
        assert fake.book.open_orders(SYM, stops=False) == []
        assert t.status == TradeStatus.CANCELED and t.close_reason == "tp1_before_entry"


async def test_expiry_when_one_entry_filled_then_the_others_are_cancelled_position_stays(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path, LIMIT_ORDER_TTL_HOURS=1) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(**RESTING))).ok
        fake.set_price(SYM, 59800)  # the first entry fills; the one at 59,600 rests
        await eng.monitor_pass()
        t = eng.trades["x"]
        assert t.status == TradeStatus.OPEN and len(_entries(fake)) == 1
        # Its hour passes: the entry still resting is cancelled (it used to rest on for good:
        # the trade had left the expiry heap with its first fill), the position keeps its stop.
        fake.book.advance(3601)
        await eng.monitor_pass()
        assert _entries(fake) == []
        assert t.status == TradeStatus.OPEN
        placed = [o for o in fake.book.open_orders(SYM, stops=True) if o.trigger == 59000]
        assert [o.qty for o in placed] == [t.open_qty], placed
