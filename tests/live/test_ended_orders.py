"""The orders of an ended trade whose cancel failed (engine/core/ended_orders.py).

When a trade ends its take-profits, stop and resting entries are cancelled. A take-profit whose
cancel the exchange did not confirm used to stay on the exchange for good: a reduce-only order
left there closes part of the next position of the symbol. Now every order of an ended trade is
cancelled again (60 s, doubled at each failure, at most 15 min) until the exchange confirms it
gone; the user is told once if it keeps failing, and once when it is cancelled; a restart takes
it up from the order's own record; a fill in between is booked as any late fill.

Through the real engine and ccxt client against the fake exchanges, whose failing cancels are
the exchanges' documented answers: Binance USD-M's HTTP 503 -1001 to DELETE /fapi/v1/order,
MEXC's 501 "System busy" to private/order/cancel (tests/fakes/fake_binance.py, fake_mexc.py,
each citing its page). The engine's clock is the exchange's, which the test moves: nothing
waits, nothing is timed.
"""

from __future__ import annotations

import json
import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from config.trading_config import LiveConfig, RiskConfig
from engine import events as ev
from engine.adapters.ccxt_retry import RetryPolicy
from engine.domain.trade import TradeStatus
from engine.engine import TradingEngine
from tests.fakes.fixtures import BTC_ID, live_settings, start_fake
from tests.fakes.orders import FakeOrder
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_signal, short_until_held

# Each venue's documented failing answer to a cancel: (kind, path part, method).
FAIL = {
    "binanceusdm": ("internal", "/fapi/v1/order", "DELETE"),
    "mexc": ("busy", "order/cancel", "POST"),
}
REST = (
    "2 take-profit orders could not be cancelled and still rest on the exchange (at 61000 · 62000"
)


class BookClock:
    """The fake exchange's clock (wall time plus what the test advanced it by)."""

    def __init__(self, fake: FakeExchangeServer) -> None:
        self.fake = fake

    def time(self) -> float:
        return self.fake.book.now_ms() / 1000

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.time(), UTC)


def _engine(fake: FakeExchangeServer, name: str, tmp: Path, **risk: Any) -> TradingEngine:
    settings = live_settings(
        fake,
        name,
        tmp,
        live=LiveConfig(_env_file=None, DRY_RUN_FIRST=False, WATCH_ORDERS=False),  # type: ignore[call-arg]
        risk=RiskConfig(_env_file=None, **risk),  # type: ignore[call-arg]
    )
    clock = BookClock(fake)
    eng = TradingEngine(mode="live", settings=settings, clock=clock)

    async def sleep(seconds: float) -> None:
        fake.book.advance(seconds)

    policy = RetryPolicy(
        attempts=1, rng=random.Random(1), sleep=sleep, now=clock.time, wall=clock.time
    )
    for part in (getattr(eng.broker, "inner", eng.broker), eng.market_data):
        part.retry = policy
    return eng


@asynccontextmanager
async def _started(
    fake: FakeExchangeServer, name: str, tmp: Path, **risk: Any
) -> AsyncIterator[tuple[TradingEngine, list[ev.Event]]]:
    eng = _engine(fake, name, tmp, **risk)
    events: list[ev.Event] = []
    eng.subscribe(events.append)
    await eng.start()
    try:
        yield eng, events
    finally:
        await eng.aclose()


@asynccontextmanager
async def _venue(name: str) -> AsyncIterator[FakeExchangeServer]:
    fake = await start_fake(name)
    try:
        yield fake
    finally:
        await fake.stop()


def _fail_cancels(fake: FakeExchangeServer, name: str, n: int) -> None:
    kind, path, method = FAIL[name]
    fake.reject_next(kind, n, path, method)


def _cancels(fake: FakeExchangeServer, name: str) -> int:
    _, path, method = FAIL[name]
    return fake.count(path, method)


def _cancels_of(fake: FakeExchangeServer, name: str, order_id: str) -> int:
    """The cancel requests that named this order (Binance: its orderId in the DELETE's query;
    MEXC: in the JSON list of ids posted to private/order/cancel)."""
    _, path, method = FAIL[name]
    calls = [c for c in fake.calls if c.method == method and c.path.endswith(path)]
    if name == "binanceusdm":
        return sum(1 for c in calls if c.query.get("orderId") == order_id)
    return sum(1 for c in calls if order_id in [str(x) for x in json.loads(c.body)])


def _reduce_only(fake: FakeExchangeServer, sym: str) -> list[FakeOrder]:
    return [o for o in fake.book.open_orders(sym, stops=False) if o.reduce_only]


def _said(events: list[ev.Event], part: str) -> list[str]:
    return [e.text for e in events if part in e.text]


async def _stop_hit_tps_stay(fake: FakeExchangeServer, name: str, eng: TradingEngine) -> Any:
    """A long with TPs 61,000 / 62,000 and its stop at 59,000; the stop fills, and the exchange
    refuses the cancel of both take-profits once."""
    sym = BTC_ID[name]
    assert (await eng.execute(live_signal(signal_id="a"))).ok
    t = eng.trades["a"]
    assert len(_reduce_only(fake, sym)) == 2
    _fail_cancels(fake, name, 2)
    fake.set_price(sym, 58900)  # the stop fills: the trade ends
    await eng.monitor_pass()
    assert t.status == TradeStatus.CLOSED and t.close_reason == "stop_loss"
    assert fake.book.positions.get(sym, 0) == 0
    return t


@pytest.mark.parametrize("name", ["binanceusdm", "mexc"])
async def test_stop_hit_when_tp_cancel_fails_twice_then_retried_with_backoff_told_once_cancelled(
    name: str, tmp_path: Path
) -> None:
    sym = BTC_ID[name]
    async with _venue(name) as fake, _started(fake, name, tmp_path) as (eng, events):
        await _stop_hit_tps_stay(fake, name, eng)
        assert len(_reduce_only(fake, sym)) == 2  # both take-profits still rest there
        assert _said(events, "could not be cancelled") == []  # one failure: not said yet
        sent = _cancels(fake, name)
        # Not tried again before the minute is out.
        fake.book.advance(30)
        await eng.monitor_pass()
        assert _cancels(fake, name) == sent
        # A minute after: tried again, refused again; now the user is told, once.
        _fail_cancels(fake, name, 2)
        fake.book.advance(31)
        await eng.monitor_pass()
        assert _cancels(fake, name) == sent + 2
        assert len(_reduce_only(fake, sym)) == 2
        (told,) = _said(events, "could not be cancelled")
        assert told.startswith(f"BTC/USDT:USDT: the long has ended, but {REST}"), told
        assert "can close part of your next BTCUSDT position" in told, told
        # The wait doubles: nothing sent a minute later, the third try two minutes after.
        fake.book.advance(61)
        await eng.monitor_pass()
        assert _cancels(fake, name) == sent + 2
        fake.book.advance(60)
        await eng.monitor_pass()
        assert _cancels(fake, name) == sent + 4
        assert _reduce_only(fake, sym) == []
        assert _said(events, "could not be cancelled") == [told]
        assert _said(events, "cancelled now") == [
            "BTC/USDT:USDT: its 2 take-profit orders that still rested after the close are "
            "cancelled now"
        ]
        # Done: nothing more is sent.
        fake.book.advance(3600)
        await eng.monitor_pass()
        assert _cancels(fake, name) == sent + 4


@pytest.mark.parametrize("name", ["binanceusdm", "mexc"])
async def test_cancel_when_failed_and_the_process_restarts_then_the_new_process_cancels_it(
    name: str, tmp_path: Path
) -> None:
    sym = BTC_ID[name]
    async with _venue(name) as fake:
        async with _started(fake, name, tmp_path) as (eng, events):
            await _stop_hit_tps_stay(fake, name, eng)
            _fail_cancels(fake, name, 2)
            fake.book.advance(61)
            await eng.monitor_pass()  # refused twice: told
            assert len(_said(events, "could not be cancelled")) == 1
        assert len(_reduce_only(fake, sym)) == 2  # the process is gone; the orders rest
        # A new process on the same data: the start cancels them (refused once more first).
        _fail_cancels(fake, name, 2)
        async with _started(fake, name, tmp_path) as (eng2, events2):
            assert len(_reduce_only(fake, sym)) == 2
            assert _said(events2, "could not be cancelled") == []  # told before: not again
            fake.book.advance(61)
            await eng2.monitor_pass()
            assert _reduce_only(fake, sym) == []
            # What the old process told is closed by the new one.
            assert _said(events2, "cancelled now") == [
                "BTC/USDT:USDT: its 2 take-profit orders that still rested after the close are "
                "cancelled now"
            ]
            assert eng2.get_stats()["open_positions"] == 0


@pytest.mark.parametrize("name", ["binanceusdm", "mexc"])
async def test_tp_of_an_ended_trade_when_it_fills_before_the_retry_then_booked_on_the_next_trade(
    name: str, tmp_path: Path
) -> None:
    sym = BTC_ID[name]
    async with _venue(name) as fake, _started(fake, name, tmp_path) as (eng, events):
        a = await _stop_hit_tps_stay(fake, name, eng)
        # A new long on the same symbol before the retry: the stale TP (reduce-only sell at
        # 61,000) now has a position to close.
        b_signal = live_signal(signal_id="b", tp=[63000, 64000], sl=57000)
        assert (await eng.execute(b_signal)).ok
        b = eng.trades["b"]
        held = b.open_qty
        cs = fake.book.markets[sym].contract_size  # (MEXC counts contracts: 0.0001 BTC each)
        assert held > 0 and fake.book.positions[sym] * cs == held
        stale = next(o for o in _reduce_only(fake, sym) if o.price == 61000)
        fake.set_price(sym, 61000)  # the stale TP fills, closing part of b's position
        assert stale.status == "FILLED"
        other = next(o for o in _reduce_only(fake, sym) if o.price == 62000)
        fake.book.advance(61)
        await eng.monitor_pass()  # its fill is read (poll) before the retry is due
        # Booked as a late fill: the quantity it closed is b's, whose stop matches what is left.
        assert b.open_qty == held - stale.filled * cs == fake.book.positions[sym] * cs
        assert a.status == TradeStatus.CLOSED
        stops = fake.book.open_orders(sym, stops=True)
        assert [o.qty * cs for o in stops] == [b.open_qty], stops
        # The filled one is not cancelled again; the other stale TP (62,000) is, and b's own
        # take-profits rest (re-sized to what b holds).
        assert _cancels_of(fake, name, stale.id) == 1  # (the first, refused)
        assert _cancels_of(fake, name, other.id) == 2
        assert other.status == "CANCELED"
        assert sorted(o.price for o in _reduce_only(fake, sym)) == [63000, 64000]
        assert any(
            "by the take-profit order " in e.text
            and "of another trade on the same symbol (left on the exchange after that trade "
            "ended, its cancel not yet through); recorded, the stop re-sized."
            in e.text
            for e in events
        ), [e.text for e in events]


async def test_paper_when_a_trade_ends_then_nothing_is_sent_to_the_exchange(
    tmp_path: Path,
) -> None:
    async with _venue("binanceusdm") as fake:
        _fail_cancels(fake, "binanceusdm", 10)  # were a cancel ever sent, it would fail
        settings = live_settings(
            fake,
            "binanceusdm",
            tmp_path,
            TRADING_MODE="paper",
            PAPER_PRICE_SOURCE="exchange",
        )
        eng = TradingEngine(mode="paper", settings=settings, clock=BookClock(fake))
        events: list[ev.Event] = []
        eng.subscribe(events.append)
        await eng.start()
        try:
            assert (await eng.execute(live_signal(signal_id="p"))).ok
            t = eng.trades["p"]
            await eng.on_price("BTCUSDT", 58900)  # its stop: the trade ends
            assert t.status == TradeStatus.CLOSED
            fake.book.advance(3600)
            await eng.monitor_pass()
            assert [c for c in fake.calls if c.method in ("POST", "DELETE")] == []
            assert _said(events, "could not be cancelled") == []
            assert Decimal(0) == sum((o.filled for o in fake.book.orders.values()), Decimal(0))
        finally:
            await eng.aclose()


@pytest.mark.parametrize("fault", ["503", "429", "timeout"])
async def test_stop_hit_when_the_tp_cancel_fails_then_cancelled_once_the_exchange_answers(
    fault: str, tmp_path: Path
) -> None:
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with _venue(name) as fake, _started(fake, name, tmp_path) as (eng, events):
        assert (await eng.execute(live_signal(signal_id="a", tp=[61000]))).ok
        (tp,) = _reduce_only(fake, sym)
        if fault == "503":
            _fail_cancels(fake, name, 1)
        elif fault == "429":  # Retry-After 300 s: longer than the first wait (60 s)
            fake.rate_limit_next(1, retry_after=300, path_part="/fapi/v1/order", method="DELETE")
        else:  # lost on the way: the client times out, the state read shows it resting
            fake.lose_next(1, "/fapi/v1/order", "DELETE")
            short_until_held(fake, eng)
        fake.set_price(sym, 58900)  # the stop fills: the trade ends, the TP's cancel fails
        await eng.monitor_pass()
        assert eng.trades["a"].status == TradeStatus.CLOSED
        assert tp.status == "NEW"
        window = fake.book.faults.backoff_until_ms
        if fault == "429":  # not tried again a minute later: the window is still open
            sent = len(fake.calls)
            fake.book.advance(61)
            await eng.monitor_pass()
            assert not [c for c in fake.calls[sent:] if c.method == "DELETE"]
            fake.book.advance(239)
        else:
            fake.book.advance(61)
        await eng.monitor_pass()
        assert tp.status == "CANCELED"
        deletes = [c for c in fake.calls if c.method == "DELETE"]
        assert [c.status for c in deletes][-1] == 200
        assert all(c.book_ms >= window for c in deletes[1:])  # never inside the 429's window
        assert fake.book.faults.bans == 0
        assert _said(events, "could not be cancelled") == []  # got through on its first retry


async def test_last_tp_when_the_stop_cancel_fails_while_another_trade_holds_the_symbol_then_retried(
    tmp_path: Path,
) -> None:
    # Its position is not flat (b holds its share), so the exchange keeps a's stop: left there,
    # it would close b's share when the price falls to it.
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with (
        _venue(name) as fake,
        _started(fake, name, tmp_path, ALLOW_DUPLICATE_POSITIONS=True) as (eng, events),
    ):
        assert (await eng.execute(live_signal(signal_id="a", tp=[61000]))).ok
        assert (await eng.execute(live_signal(signal_id="b", tp=[63000], sl=58000))).ok
        a, b = eng.trades["a"], eng.trades["b"]
        a_stop = next(o for o in fake.book.open_orders(sym, stops=True) if o.trigger == 59000)
        fake.reject_next("internal", 2, "/fapi/v1/algoOrder", "DELETE")
        fake.set_price(sym, 61000)  # a's take-profit fills: a ends, its stop is to go
        await eng.monitor_pass()
        assert a.status == TradeStatus.CLOSED and b.status == TradeStatus.OPEN
        assert a_stop.status == "NEW"
        fake.book.advance(61)
        await eng.monitor_pass()  # refused again: said
        (told,) = _said(events, "could not be cancelled")
        assert told.startswith(
            "BTC/USDT:USDT: the long has ended, but 1 stop order could not be cancelled and "
            "still rests on the exchange (at 59000; the exchange answered: "
        ), told
        fake.book.advance(120)
        await eng.monitor_pass()
        assert a_stop.status == "CANCELED"
        # b keeps its own stop, for its whole share, and the position is b's alone.
        (left,) = fake.book.open_orders(sym, stops=True)
        assert left.trigger == 58000 and left.qty == b.open_qty == fake.book.positions[sym]
        assert _said(events, "cancelled now") == [
            "BTC/USDT:USDT: its stop order that still rested after the close is cancelled now"
        ]


async def test_tps_told_when_they_go_at_different_tries_then_cancelled_now_names_both(
    tmp_path: Path,
) -> None:
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with _venue(name) as fake, _started(fake, name, tmp_path) as (eng, events):
        await _stop_hit_tps_stay(fake, name, eng)
        _fail_cancels(fake, name, 2)
        fake.book.advance(61)
        await eng.monitor_pass()  # refused twice: told of both
        assert len(_said(events, "could not be cancelled")) == 1
        _fail_cancels(fake, name, 1)  # the third try: one goes, one is refused
        fake.book.advance(120)
        await eng.monitor_pass()
        assert len(_reduce_only(fake, sym)) == 1
        assert _said(events, "cancelled now") == []  # not while one still rests
        fake.book.advance(240)
        await eng.monitor_pass()
        assert _reduce_only(fake, sym) == []
        assert _said(events, "cancelled now") == [
            "BTC/USDT:USDT: its 2 take-profit orders that still rested after the close are "
            "cancelled now"
        ]
        assert len(_said(events, "could not be cancelled")) == 1
