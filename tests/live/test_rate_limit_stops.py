"""A stop that the exchange's rate-limit window keeps from going out (engine/core/rate_hold.py).

A live position must never be without its stop, and a 418 ban blocks every request, stops
included: so the engine never sends into the window (ccxt_retry.RetryAfter), and a stop it
could not send is neither a refusal (no close, which could not be sent either) nor forgotten:
it goes out once the window is over, exactly once, and the user is told both times.

Through the real engine and ccxt client against the fake Binance USD-M, whose 429 and 418 follow
https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info ("Limits").
The engine's clock, the broker's back-off clock and the fake's order-book clock are one: the
test moves it (no real waiting, no timing asserted).
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from config.trading_config import LiveConfig, RiskConfig
from engine import events as ev
from engine.adapters.ccxt_retry import RetryPolicy
from engine.domain.orders import OrderRole
from engine.domain.trade import TradeStatus
from engine.engine import TradingEngine
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.fixtures import BTC_ID, live_settings, start_fake
from tests.live.helpers import live_signal

SYM = BTC_ID["binanceusdm"]


class BookClock:
    """The fake exchange's clock (wall time plus what the test advanced it by)."""

    def __init__(self, fake: FakeBinance) -> None:
        self.fake = fake

    def time(self) -> float:
        return self.fake.book.now_ms() / 1000

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.time(), UTC)


def _engine(fake: FakeBinance, tmp: Path, waits: list[float], **risk: Any) -> TradingEngine:
    settings = live_settings(
        fake,
        "binanceusdm",
        tmp,
        live=LiveConfig(_env_file=None, DRY_RUN_FIRST=False, WATCH_ORDERS=False),  # type: ignore[call-arg]
        risk=RiskConfig(_env_file=None, **risk),  # type: ignore[call-arg]
    )
    clock = BookClock(fake)
    eng = TradingEngine(mode="live", settings=settings, clock=clock)

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        fake.book.advance(seconds)  # the time passes on the exchange

    # One attempt per read: a read's 429 is its last answer, and its window is left open for
    # the requests that follow (the stop's among them).
    policy = RetryPolicy(
        attempts=1, rng=random.Random(1), sleep=sleep, now=clock.time, wall=clock.time
    )
    for part in (getattr(eng.broker, "inner", eng.broker), eng.market_data):
        part.retry = policy  # (the price feed shares the broker's window: share_window)
    return eng


async def _fake() -> FakeBinance:
    fake = await start_fake("binanceusdm")
    assert isinstance(fake, FakeBinance)
    return fake


@asynccontextmanager
async def _running(
    tmp: Path, **risk: Any
) -> AsyncIterator[tuple[FakeBinance, TradingEngine, list[ev.Event], list[float]]]:
    """A started live engine on a fresh fake Binance: (fake, engine, its events, its waits)."""
    fake = await _fake()
    waits: list[float] = []
    eng = _engine(fake, tmp, waits, **risk)
    events: list[ev.Event] = []
    eng.subscribe(events.append)
    await eng.start()
    try:
        yield fake, eng, events, waits
    finally:
        await eng.aclose()
        await fake.stop()


def _stop_creates(fake: FakeBinance) -> list[Any]:
    return [c for c in fake.calls if c.method == "POST" and c.path.endswith("/algoOrder")]


def _closes(fake: FakeBinance) -> list[Any]:
    return [
        c
        for c in fake.calls
        if c.method == "POST"
        and c.path.endswith("/order")
        and "type=MARKET" in c.body
        and "reduceOnly=true" in c.body
    ]


async def test_stop_move_when_a_read_just_got_a_short_429_then_new_stop_sent_after_the_window(
    tmp_path: Path,
) -> None:
    # Retry-After 5 s (shorter than max_wait): the stop move waits the window out in place.
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(signal_id="a"))).ok
        t = eng.trades["a"]
        (old,) = fake.book.open_orders(SYM, stops=True)
        before = len(_stop_creates(fake))
        fake.set_price(SYM, 61000)  # TP1 fills: the stop is moved (new first) at the next pass
        fake.rate_limit_next(1, retry_after=5, path_part="account")  # the pass's balance read
        await eng.monitor_pass()
        end = fake.book.faults.backoff_until_ms
        assert end > 0  # the 429 was answered
        new = _stop_creates(fake)[before:]
        assert len(new) == 1 and new[0].status == 200  # sent once, accepted
        assert new[0].book_ms >= end  # not before the window ended
        assert fake.book.faults.bans == 0 and waits
        (rest,) = fake.book.open_orders(SYM, stops=True)
        assert rest.id != old.id and old.status == "CANCELED"
        cs = fake.book.markets[SYM].contract_size
        assert rest.qty * cs == fake.book.positions[SYM] * cs == t.open_qty
        assert t.status == TradeStatus.OPEN and _closes(fake) == []


async def test_first_stop_when_window_longer_than_max_wait_then_held_unsent_and_placed_once_after(
    tmp_path: Path,
) -> None:
    # A limit entry fills; the pass's balance read then gets a 429 asking 90 s (longer than
    # max_wait): the stop cannot go out. Nothing is sent into the window, the position is not
    # closed for it (the close could not be sent either), the user is told; once the window is
    # over, the next pass places the stop, once.
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(entries=[59900], signal_id="z"))).ok  # a limit
        t = eng.trades["z"]
        assert t.status == TradeStatus.PENDING and fake.book.open_orders(SYM, stops=True) == []
        fake.set_price(SYM, 59850)  # the entry fills on the exchange
        fake.rate_limit_next(1, retry_after=90, path_part="account")
        sent = len(fake.calls)
        await eng.monitor_pass()
        end = fake.book.faults.backoff_until_ms
        assert t.status == TradeStatus.OPEN and t.open_qty > 0
        # Held back: nothing went out after the 429 (no stop, no take-profit, no close).
        after = fake.calls[sent:]
        assert after[-1].status == 429 and "account" in after[-1].path
        assert _stop_creates(fake) == [] and _closes(fake) == []
        assert fake.book.faults.bans == 0 and waits == []
        told = [e for e in events if e.kind == ev.ERROR and e.trade_id == "z"]
        assert len(told) == 1 and "placed as soon as the wait is over" in told[0].text
        # Another pass inside the window: still nothing sent, the user not told again.
        fake.book.advance(30)
        await eng.monitor_pass()
        assert _stop_creates(fake) == [] and fake.book.faults.bans == 0
        assert len([e for e in events if e.kind == ev.ERROR and e.trade_id == "z"]) == 1
        # The window ends; the next pass places the stop.
        fake.book.advance(61)
        await eng.monitor_pass()
        creates = _stop_creates(fake)
        assert len(creates) == 1 and creates[0].status == 200 and creates[0].book_ms >= end
        assert fake.book.faults.bans == 0 and _closes(fake) == []
        (stop,) = fake.book.open_orders(SYM, stops=True)
        cs = fake.book.markets[SYM].contract_size
        assert stop.trigger == Decimal(59000) and stop.qty * cs == t.open_qty
        live = [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
        assert [o.exchange_id for o in live] == [stop.id]
        assert [e.kind for e in events if e.trade_id == "z"].count(ev.STOP_PLACED) == 1
        tps = [o for o in fake.book.open_orders(SYM) if o.reduce_only and o.kind == "limit"]
        assert len(tps) == 2  # the take-profits held back with it went out too


async def test_stop_move_when_its_create_refused_429_then_old_stop_kept_and_move_done_after(
    tmp_path: Path,
) -> None:
    # TP1 fills; the resized stop's create itself is refused 429 (Retry-After 90). It is not
    # on the exchange (a 429 is a refusal; the look-up waits for the window), the old stop
    # stays, nothing is sent into the window and nothing closed; at the first pass after the
    # window the new stop is placed, once, and only then is the old one cancelled.
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(signal_id="b"))).ok
        t = eng.trades["b"]
        (old,) = fake.book.open_orders(SYM, stops=True)
        before = len(_stop_creates(fake))
        fake.set_price(SYM, 61000)  # TP1 fills
        fake.rate_limit_next(1, retry_after=90, path_part="/algoOrder", method="POST")
        await eng.monitor_pass()
        end = fake.book.faults.backoff_until_ms
        assert [c.status for c in _stop_creates(fake)[before:]] == [429]
        assert fake.book.open_orders(SYM, stops=True) == [old]  # the old stop stays
        assert t.status == TradeStatus.OPEN and _closes(fake) == []
        told = [e for e in events if e.kind == ev.ERROR and e.trade_id == "b"]
        assert len(told) == 1 and "previous stop at 59000 rests meanwhile" in told[0].text
        assert fake.book.faults.bans == 0
        fake.book.advance(91)
        await eng.monitor_pass()
        creates = _stop_creates(fake)[before:]
        assert [c.status for c in creates] == [429, 200] and creates[-1].book_ms >= end
        assert fake.book.faults.bans == 0 and _closes(fake) == []
        (stop,) = fake.book.open_orders(SYM, stops=True)
        cs = fake.book.markets[SYM].contract_size
        assert stop.id != old.id and old.status == "CANCELED"
        assert stop.qty * cs == t.open_qty == fake.book.positions[SYM] * cs
        assert [e.kind for e in events if e.trade_id == "b"].count(ev.STOP_PLACED) == 1


async def test_native_trailing_when_its_create_refused_429_then_placed_after_the_window_not_stepwise(
    tmp_path: Path,
) -> None:
    # The exchange's trailing stop (Binance TRAILING_STOP_MARKET), placed with the entry, is
    # refused 429 (Retry-After 90). Not a refusal of the trailing stop itself: sigcopy does not
    # fall back to moving a stop itself for good, and does not close the position (the close
    # could not go out either); the signal's stop, due next, is held back unsent as well. The
    # user is told the position has no stop until the window ends; then both go on, once.
    async with _running(tmp_path, TRAILING_STOP_PCT=0.02) as (fake, eng, events, waits):
        fake.rate_limit_next(1, retry_after=90, path_part="/algoOrder", method="POST")
        assert (await eng.execute(live_signal(signal_id="n", tp=[70000]))).ok
        t = eng.trades["n"]
        assert t.status == TradeStatus.OPEN and t.open_qty > 0
        assert [c.status for c in _stop_creates(fake)] == [429]  # the fixed stop: not sent
        assert "TRAILING_STOP_MARKET" in _stop_creates(fake)[0].body
        assert fake.book.open_orders(SYM, stops=True) == [] and _closes(fake) == []
        assert "failed" not in t.extra["trail"]  # no stepwise fallback for good
        told = [e for e in events if e.kind == ev.ERROR and e.trade_id == "n"]
        assert len(told) == 1 and "trailing stop could not be sent yet" in told[0].text
        assert "without it until then" in told[0].text
        fake.book.advance(91)
        await eng.monitor_pass()
        kinds = [
            ("TRAILING" if "TRAILING_STOP_MARKET" in c.body else "FIXED", c.status)
            for c in _stop_creates(fake)
        ]
        assert sorted(kinds) == [("FIXED", 200), ("TRAILING", 200), ("TRAILING", 429)]
        rest = fake.book.open_orders(SYM, stops=True)
        assert sorted("trail" in o.extra for o in rest) == [False, True]
        assert t.extra["trail"]["native"] is True and fake.book.faults.bans == 0
        assert [e.kind for e in events if e.trade_id == "n"].count(ev.STOP_PLACED) == 1
        assert _closes(fake) == []


async def test_take_profits_when_held_back_with_the_stop_then_said_in_its_message_not_failed(
    tmp_path: Path,
) -> None:
    # A limit entry fills while the exchange's window (Retry-After 90, from the pass's balance
    # read) is open: its stop and both take-profits are held back unsent. The take-profits were
    # said as the generic "Order failed" (twice); now the stop's one message says they wait
    # too and go out with it, which they do, once each.
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(entries=[59900], signal_id="h"))).ok  # a limit
        fake.set_price(SYM, 59850)  # the entry fills on the exchange
        fake.rate_limit_next(1, retry_after=90, path_part="account")
        await eng.monitor_pass()
        mine = [e for e in events if e.trade_id == "h"]
        assert [e for e in mine if e.kind == ev.ORDER_FAILED] == []
        (told,) = [e for e in mine if e.kind == ev.ERROR]
        assert "the stop at 59000 could not be sent yet" in told.text
        assert "The take-profits at 61000 and 62000 wait too, and go out with it." in told.text
        fake.book.advance(30)  # inside the window: not said again
        await eng.monitor_pass()
        assert len([e for e in events if e.trade_id == "h" and e.kind == ev.ERROR]) == 1
        fake.book.advance(61)
        await eng.monitor_pass()
        assert [c.status for c in _tp_creates(fake)] == [200, 200]
        rest = [o for o in fake.book.open_orders(SYM) if o.reduce_only and o.kind == "limit"]
        assert sorted(o.price for o in rest) == [Decimal(61000), Decimal(62000)]
        assert fake.book.faults.bans == 0 and _closes(fake) == []
        assert [e for e in events if e.trade_id == "h" and e.kind == ev.ORDER_FAILED] == []


async def test_take_profit_when_held_back_alone_then_said_what_happened_and_placed_after(
    tmp_path: Path,
) -> None:
    # The user cancels a take-profit on the exchange; sigcopy places it again at the next pass,
    # but the pass's balance read got a 429 (Retry-After 90): the take-profit is held back
    # unsent. Said as "Order failed" before; now what happened and that it is placed when the
    # wait is over, which it is, once.
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(signal_id="p"))).ok
        (tp2,) = [o for o in fake.book.open_orders(SYM) if o.kind == "limit" and o.price == 62000]
        fake.book.cancel(tp2.id)  # by hand
        before = len(_tp_creates(fake))
        fake.rate_limit_next(1, retry_after=90, path_part="account")
        await eng.monitor_pass()
        mine = [e for e in events if e.trade_id == "p"]
        assert [e for e in mine if e.kind == ev.ORDER_FAILED] == []
        (told,) = [e for e in mine if e.kind == ev.ERROR]
        assert "the take-profit at 62000 could not be placed yet" in told.text
        assert "wait 90s (rate limit)" in told.text and "placed as soon as the wait" in told.text
        assert told.data["hint"].startswith("Nothing to do")
        assert _tp_creates(fake)[before:] == []
        fake.book.advance(91)
        await eng.monitor_pass()
        assert [c.status for c in _tp_creates(fake)[before:]] == [200]
        rest = [o for o in fake.book.open_orders(SYM) if o.reduce_only and o.kind == "limit"]
        assert sorted(o.price for o in rest) == [Decimal(61000), Decimal(62000)]
        assert fake.book.faults.bans == 0 and _closes(fake) == []
        assert [e for e in events if e.trade_id == "p" and e.kind == ev.ORDER_FAILED] == []


def _tp_creates(fake: FakeBinance) -> list[Any]:
    return [
        c
        for c in fake.calls
        if c.method == "POST" and "type=LIMIT" in c.body and "reduceOnly=true" in c.body
    ]
