"""A close that the exchange's rate-limit window keeps from going out (engine/core/close_hold.py).

A close the user asked for must happen: nothing may be sent into the window (the IP would be
banned), so the close waits for it, is written down first, and goes out once it is over,
exactly once, the earlier attempt looked up by its client id before anything is sent again.

Through the real engine and ccxt client against the fake Binance USD-M (429, 418 and
Retry-After as in https://developers.binance.com/docs/derivatives/usds-margined-futures/
general-info, "Limits"); the test moves the one clock (no real waiting, no timing asserted).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from engine import events as ev
from engine.core.close_hold import KEY
from engine.domain.orders import OrderRole, OrderStatus
from engine.domain.trade import TradeStatus
from tests.fakes.fake_binance import FakeBinance
from tests.live.helpers import live_signal, short_until_held
from tests.live.test_lost_answers import _window_after
from tests.live.test_rate_limit_stops import SYM, _closes, _engine, _fake, _running


def _told(events: list[ev.Event], tid: str, kind: str, words: str) -> list[ev.Event]:
    return [e for e in events if e.trade_id == tid and e.kind == kind and words in e.text]


def _lookups(fake: FakeBinance, client_id: str) -> list[Any]:
    return [
        c
        for c in fake.calls
        if c.method == "GET" and c.path.endswith("/order") and client_id in str(c.query)
    ]


async def test_close_when_window_longer_than_max_wait_then_waits_and_is_sent_once_after(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(signal_id="c"))).ok
        t = eng.trades["c"]
        held = fake.book.positions[SYM]
        fake.rate_limit_next(1, retry_after=90, path_part="account")  # the pass's balance read
        await eng.monitor_pass()
        end = fake.book.faults.backoff_until_ms
        assert end > 0
        # /close inside the window: nothing goes out, the user is told it waits.
        r = await eng.apply_update("CLOSE", symbol="BTCUSDT", reason="manual")
        assert r.ok and [x for x in r.reasons if "close waits for the exchange's" in x]
        assert _closes(fake) == [] and fake.book.positions[SYM] == held
        assert t.status == TradeStatus.OPEN and t.extra[KEY]["reason"] == "manual"
        assert len(_told(events, "c", ev.ERROR, "close is not done yet")) == 1
        assert "stop at 59000 rests meanwhile" in _told(events, "c", ev.ERROR, "close")[0].text
        fake.book.advance(30)  # a pass still inside the window: nothing, not told again
        await eng.monitor_pass()
        assert _closes(fake) == [] and len(_told(events, "c", ev.ERROR, "close is not done")) == 1
        fake.book.advance(61)
        await eng.monitor_pass()
        closes = _closes(fake)
        assert [c.status for c in closes] == [200] and closes[0].book_ms >= end
        assert fake.book.positions[SYM] == 0 and fake.book.faults.bans == 0
        assert t.status == TradeStatus.CLOSED and KEY not in t.extra
        assert fake.book.open_orders(SYM) == []  # its stop and take-profits went with it
        assert len(_told(events, "c", ev.CLOSE_SENT, "sent after")) == 1
        await eng.monitor_pass()  # and never again
        assert len(_closes(fake)) == 1


async def test_close_when_its_create_refused_429_then_looked_up_first_and_sent_once_after(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(signal_id="d"))).ok
        t = eng.trades["d"]
        fake.rate_limit_next(1, retry_after=90, path_part="/fapi/v1/order", method="POST")
        assert await eng.close_position("BTCUSDT")
        (first,) = [o for o in eng.orders.values() if o.role == OrderRole.CLOSE]
        assert first.status == OrderStatus.REJECTED  # refused: nothing placed
        assert [c.status for c in _closes(fake)] == [429]
        assert t.extra[KEY]["tried"] == [first.client_id]
        fake.book.advance(91)
        await eng.monitor_pass()
        # The refused attempt was looked up by its client id before the new close was sent.
        sent_id = eng.broker.client_id(first)
        assert _lookups(fake, sent_id)
        closes = _closes(fake)
        assert [c.status for c in closes] == [429, 200]
        assert _lookups(fake, sent_id)[-1].book_ms <= closes[-1].book_ms
        assert fake.book.positions[SYM] == 0 and t.status == TradeStatus.CLOSED
        assert fake.book.faults.bans == 0


async def test_close_held_when_restarted_then_looked_up_and_sent_once_after_the_window(
    tmp_path: Path,
) -> None:
    # The held close is the trade's record: a restart (here after the window: a start inside
    # it would be refused by the exchange as well) takes it up at its start; it is sent once.
    fake = await _fake()
    try:
        waits: list[float] = []
        eng = _engine(fake, tmp_path, waits)
        await eng.start()
        assert (await eng.execute(live_signal(signal_id="r"))).ok
        fake.rate_limit_next(1, retry_after=90, path_part="/fapi/v1/order", method="POST")
        assert await eng.close_position("BTCUSDT")
        (first,) = [o for o in eng.orders.values() if o.role == OrderRole.CLOSE]
        await eng.aclose()
        fake.book.advance(91)
        again = _engine(fake, tmp_path, waits)
        events: list[ev.Event] = []
        again.subscribe(events.append)
        await again.start()
        try:
            t = again.trades["r"]  # the start's settle took it up
            await again.monitor_pass()
            assert [c.status for c in _closes(fake)] == [429, 200]
            assert _lookups(fake, again.broker.client_id(first))
            assert fake.book.positions[SYM] == 0 and t.status == TradeStatus.CLOSED
            assert KEY not in t.extra and len(_told(events, "r", ev.CLOSE_SENT, "")) == 1
        finally:
            await again.aclose()
    finally:
        await fake.stop()


async def test_close_when_its_answer_lost_and_lookup_blocked_then_found_after_not_sent_twice(
    tmp_path: Path,
) -> None:
    # The close reaches the exchange (it fills) but its answer never comes back; the look-up
    # that follows is answered 429 (Retry-After 90). Whether it arrived is unknown until the
    # window ends: then it is looked up first, found filled and booked; nothing is sent again.
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(signal_id="u"))).ok
        t = eng.trades["u"]
        gate = fake.hold_answers("/fapi/v1/order", "POST")  # it takes effect, no answer
        _window_after(fake, "/fapi/v1/order")  # the look-up that follows: 429
        short_until_held(fake, eng)  # the held answer times out; the look-up has the long timeout
        try:
            r = await eng.apply_update("CLOSE", symbol="BTCUSDT", reason="manual")
        finally:
            gate.set()
        assert r.ok and fake.book.positions[SYM] == 0  # done on the exchange, unknown here
        assert t.status == TradeStatus.OPEN and len(t.extra[KEY]["tried"]) == 1
        assert len(_told(events, "u", ev.ERROR, "close is not done yet")) == 1
        fake.book.advance(91)
        await eng.monitor_pass()
        assert [c.status for c in _closes(fake)] == [200]  # the one close, never a second
        assert t.status == TradeStatus.CLOSED and KEY not in t.extra
        (close,) = [o for o in fake.book.orders.values() if o.kind == "market" and o.reduce_only]
        cs = fake.book.markets[SYM].contract_size
        assert close.filled * cs == t.exit_qty == t.entry_qty > 0  # its fill, booked once
        assert t.avg_exit == close.avg
        assert len(_told(events, "u", ev.CLOSE_SENT, "reached the exchange")) == 1
        assert fake.book.faults.bans == 0


async def test_close_when_found_after_the_window_ended_unfilled_then_still_open_said_sent_once_more(
    tmp_path: Path,
) -> None:
    # The close reaches the exchange but finds no liquidity within its price protection and is
    # cancelled there, unfilled (the fake's `unfilled_next`); its answer is lost and the look-up
    # that follows is answered 429. After the window it is found cancelled with nothing filled:
    # the position is still open. It was taken for done (the trade left open, its close
    # forgotten); now the user is told, and the close is sent once more (a new order).
    async with _running(tmp_path) as (fake, eng, events, waits):
        assert (await eng.execute(live_signal(signal_id="x"))).ok
        t = eng.trades["x"]
        held = fake.book.positions[SYM]
        gate = fake.hold_answers("/fapi/v1/order", "POST")  # carried out, no answer

        def after_create(call: Any, phase: str) -> None:  # the look-up that follows: 429
            if phase == "processed" and call.method == "POST" and call.path.endswith("/order"):
                fake.hooks.remove(after_create)
                fake.rate_limit_next(1, retry_after=90, path_part="/fapi/v1/order", method="GET")

        fake.hooks.append(after_create)
        fake.unfilled_next(1)
        short_until_held(fake, eng)
        try:
            assert (await eng.apply_update("CLOSE", symbol="BTCUSDT", reason="manual")).ok
        finally:
            gate.set()
        (first,) = [o for o in fake.book.orders.values() if o.kind == "market" and o.reduce_only]
        assert first.status == "CANCELED" and first.filled == 0
        assert fake.book.positions[SYM] == held and t.status == TradeStatus.OPEN
        fake.book.advance(91)
        await eng.monitor_pass()
        closes = [o for o in fake.book.orders.values() if o.kind == "market" and o.reduce_only]
        assert len(closes) == 2 and closes[1].client_id != closes[0].client_id
        assert all(fake.book.created[c.client_id or ""] == 1 for c in closes)
        assert fake.book.positions[SYM] == 0 and t.status == TradeStatus.CLOSED
        cs = fake.book.markets[SYM].contract_size
        assert t.exit_qty == t.entry_qty == closes[1].filled * cs > 0
        (told,) = _told(events, "x", ev.ERROR, "the close sent before the exchange's rate-limit")
        assert "canceled on the exchange and filled nothing" in told.text
        assert "the position is still open" in told.text
        assert _told(events, "x", ev.CLOSE_SENT, "reached the exchange") == []
        assert len(_told(events, "x", ev.CLOSE_SENT, "sent after")) == 1
        assert KEY not in t.extra and fake.book.faults.bans == 0
        await eng.monitor_pass()  # and never again
        assert len([o for o in fake.book.orders.values() if o.kind == "market"]) == 3
