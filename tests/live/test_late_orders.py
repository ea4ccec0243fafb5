"""An entry the exchange carries out LATE: its create is answered with something that says nothing
of its fate (Binance 503 -1007 "Send status unknown; execution status unknown."; a timeout on
MEXC, which documents no such answer) and the look-up by client id right after does not find it
(tests/fakes/late_orders.py). Not found is then not "never placed" (engine/core/
lost_answers.py, 4.): the order stays unknown, is looked up again on a bounded schedule
(LATE_S), and is never sent again. Found, a filled entry gets its stop at once; never found
(and the position did not move), it is marked never placed and the user told.

Through the real engine, CcxtBroker and ccxt client against the loopback fakes; the test moves
the one clock (the fake's, which the engine reads): no real waiting, no timing asserted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from engine import events as ev
from engine.core.lost_answers import LATE_S, NEVER_PLACED
from engine.domain.orders import OrderStatus
from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import BTC_ID
from tests.live.helpers import live_signal
from tests.live.lost_entry import (
    ENTRY,
    STOP,
    VENUES,
    creates,
    engine_on,
    entry_of,
    late_entry,
    lost_entry,
    running,
    sends,
    told,
)


@pytest.mark.parametrize("name", VENUES)
async def test_entry_when_unknown_answer_and_carried_out_after_the_first_lookups_then_stop_placed(
    name: str, tmp_path: Path
) -> None:
    sym = BTC_ID[name]
    async with running(name, tmp_path) as (fake, eng, events):
        late_entry(fake, name, eng)
        r = await eng.execute(live_signal(signal_id="e"))
        t, entry = eng.trades["e"], entry_of(eng)
        # Not found right after: unknown, not rejected; nothing else sent.
        assert r.ok and any("may or may not be on the exchange" in x for x in r.reasons)
        assert entry.status == OrderStatus.PENDING and t.status == TradeStatus.PENDING
        assert len(told(events, ev.ERROR, "entry order may or may not be")) == 1
        assert not fake.book.positions.get(sym) and creates(fake, STOP[name]) == []
        fake.book.advance(LATE_S[0])
        await eng.monitor_pass()  # looked up again: still not there
        assert entry.status == OrderStatus.PENDING and t.status == TradeStatus.PENDING
        assert len(sends(fake, eng, entry)) == 1 and creates(fake, STOP[name]) == []
        fake.late.release()  # the exchange carries it out now (MEXC fills it at its next read)
        fake.book.advance(LATE_S[1])
        await eng.monitor_pass()  # found filled: booked, and its stop placed at once
        held = fake.book.positions[sym]
        assert held > 0
        assert entry.status == OrderStatus.FILLED and t.status == TradeStatus.OPEN
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.trigger == 59000 and stop.qty == held
        # Sent once, created once on the exchange: never sent twice.
        assert len(sends(fake, eng, entry)) == 1
        assert set(fake.book.created.values()) == {1} and not fake.late.dropped
        assert len(told(events, ev.LOOKED_UP, "is on the exchange: it filled")) == 1


@pytest.mark.parametrize("name", VENUES)
async def test_entry_when_unknown_answer_and_never_carried_out_then_never_placed_after_deadline(
    name: str, tmp_path: Path
) -> None:
    sym = BTC_ID[name]
    async with lost_entry(name, tmp_path) as s:
        fake, eng, events = s.fake, s.eng, s.events
        t, entry = eng.trades["e"], entry_of(eng)
        for wait in LATE_S[:-1]:
            fake.book.advance(wait)
            await eng.monitor_pass()
            assert entry.status == OrderStatus.PENDING and t.status == TradeStatus.PENDING
            assert not told(events, ev.LOOKED_UP, "never reached the exchange")
        fake.book.advance(LATE_S[-1])
        await eng.monitor_pass()  # the last look-up: not there, and the position did not move
        assert entry.status == OrderStatus.REJECTED and entry.error == NEVER_PLACED
        assert t.status == TradeStatus.FAILED
        assert len(told(events, ev.LOOKED_UP, "never reached the exchange")) == 1
        assert len(sends(fake, eng, entry)) == 1 and creates(fake, STOP[name]) == []
        assert not fake.book.positions.get(sym)
        fake.book.advance(600)
        await eng.monitor_pass()  # nothing more is sent for it
        assert len(sends(fake, eng, entry)) == 1


async def test_entry_when_not_found_at_deadline_but_position_moved_then_kept_unknown_and_said(
    tmp_path: Path,
) -> None:
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with lost_entry(name, tmp_path) as s:
        fake, eng, events = s.fake, s.eng, s.events
        t, entry = eng.trades["e"], entry_of(eng)
        fake.late.release()  # carried out: the position opens...
        (late,) = [o for o in fake.book.orders.values() if o.client_id]
        fake.forget_order(late.id)  # ...but no query finds the order
        assert fake.book.positions[sym] > 0
        for wait in LATE_S:
            fake.book.advance(wait)
            await eng.monitor_pass()
        # Not called never placed while the position says otherwise: the user is told to check.
        assert entry.status == OrderStatus.PENDING and t.status == TradeStatus.PENDING
        (said,) = told(events, ev.ERROR, "position differs from what sigcopy booked")
        # What the exchange holds beyond the book has its stop (position_cover.py), and says so.
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.trigger == 59000 and stop.qty == fake.book.positions[sym]
        assert f"A reduce-only stop for {t.extra['cover']} at 59000" in said.text
        assert "its stop rests" in said.data["hint"]
        fake.book.advance(LATE_S[-1])
        await eng.monitor_pass()  # looked up again, said once
        assert len(told(events, ev.ERROR, "position differs")) == 1
        assert len(sends(fake, eng, entry)) == 1


async def test_entry_when_restarted_while_unknown_then_looked_up_again_and_its_stop_placed(
    tmp_path: Path,
) -> None:
    # sigcopy restarts right after the 503 -1007: the start's look-up does not find the entry
    # yet. It is not marked never placed (its record says its answer was lost): looked up again,
    # and once the exchange carries it out, its fill is booked and its stop placed.
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with lost_entry(name, tmp_path) as s:
        fake, eng = s.fake, s.eng
        cid = entry_of(eng).client_id
        await eng.aclose()
        eng = engine_on(name, fake, tmp_path)
        await eng.start()
        try:
            t, entry = eng.trades["e"], entry_of(eng)
            assert entry.client_id == cid and entry.status == OrderStatus.PENDING
            assert t.status == TradeStatus.PENDING
            fake.late.release()  # carried out now
            fake.book.advance(LATE_S[0])
            await eng.monitor_pass()
            assert entry.status == OrderStatus.FILLED and t.status == TradeStatus.OPEN
            (stop,) = fake.book.open_orders(sym, stops=True)
            assert stop.qty == fake.book.positions[sym] > 0
            assert len(sends(fake, eng, entry)) == 1 and set(fake.book.created.values()) == {1}
        finally:
            await eng.aclose()


@pytest.mark.parametrize("name", VENUES)
async def test_entry_when_restarted_4_minutes_into_its_lookups_then_never_placed_at_5_not_9(
    name: str, tmp_path: Path
) -> None:
    # The schedule runs from the send, across restarts: 4 minutes in, a restart leaves one
    # minute of it, not five more (before, each start began LATE_S again: a bot restarted every
    # few minutes never called the entry never placed, its trade pending for good).
    async with lost_entry(name, tmp_path) as s:
        fake, eng, events = s.fake, s.eng, s.events
        for wait in LATE_S[:-1]:  # 240 s of the 300
            fake.book.advance(wait)
            await eng.monitor_pass()
        assert entry_of(eng).status == OrderStatus.PENDING
        await eng.aclose()
        eng = engine_on(name, fake, tmp_path)
        eng.subscribe(events.append)
        await eng.start()
        try:
            t, entry = eng.trades["e"], entry_of(eng)
            assert entry.status == OrderStatus.PENDING and t.status == TradeStatus.PENDING
            fake.book.advance(LATE_S[-1])  # 300 s after the send
            await eng.monitor_pass()
            assert entry.status == OrderStatus.REJECTED and entry.error == NEVER_PLACED
            assert t.status == TradeStatus.FAILED
            assert len(told(events, ev.LOOKED_UP, "never reached the exchange")) == 1
            assert len(sends(fake, eng, entry)) == 1 and not fake.book.positions.get(BTC_ID[name])
        finally:
            await eng.aclose()


async def test_entry_when_restarted_after_its_deadline_then_its_next_lookup_is_the_last(
    tmp_path: Path,
) -> None:
    name = "binanceusdm"
    async with lost_entry(name, tmp_path) as s:
        fake, eng, events = s.fake, s.eng, s.events
        cid = eng.broker.client_id(entry_of(eng))
        await eng.aclose()  # down for 10 minutes, right after the send
        fake.book.advance(600)
        eng = engine_on(name, fake, tmp_path)
        eng.subscribe(events.append)
        await eng.start()
        try:
            await eng.monitor_pass()  # (the start's own settle may have asked it already)
            assert eng.trades["e"].status == TradeStatus.FAILED
            assert len(told(events, ev.LOOKED_UP, "never reached the exchange")) == 1
            sends = [c for c in fake.calls if c.method == "POST" and cid in c.body]
            assert len(sends) == 1 and not fake.book.positions.get(BTC_ID[name])
        finally:
            await eng.aclose()


async def test_entry_when_restart_lookup_fails_then_kept_on_its_schedule_not_called_never_placed(
    tmp_path: Path,
) -> None:
    # The start cannot look the lost entry up (every attempt answered 503): it stays on its
    # schedule, and a "not found" a minute after the send does not call it never placed (before,
    # the first "not found" after such a start did); carried out then, it is booked with its stop.
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with lost_entry(name, tmp_path) as s:
        fake, eng, events = s.fake, s.eng, s.events
        await eng.aclose()
        fake.fail_next(4, 503, path_part=ENTRY[name])  # every attempt of the start's look-up
        eng = engine_on(name, fake, tmp_path)
        eng.subscribe(events.append)
        await eng.start()
        try:
            t, entry = eng.trades["e"], entry_of(eng)
            assert entry.status == OrderStatus.PENDING
            assert not fake.book.faults.fail_next  # the start asked, and got 503s
            fake.book.advance(60)
            await eng.monitor_pass()  # not found a minute after the send: still unknown
            assert entry.status == OrderStatus.PENDING and t.status == TradeStatus.PENDING
            fake.late.release()  # carried out now
            fake.book.advance(LATE_S[-1])
            await eng.monitor_pass()
            assert entry.status == OrderStatus.FILLED and t.status == TradeStatus.OPEN
            (stop,) = fake.book.open_orders(sym, stops=True)
            assert stop.qty == fake.book.positions[sym] > 0
            assert len(sends(fake, eng, entry)) == 1
        finally:
            await eng.aclose()
