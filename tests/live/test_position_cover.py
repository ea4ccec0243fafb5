"""A position an unknown entry opened, while the exchange's order query does not find the entry,
is never left without a stop (engine/core/position_cover.py).

The entry's create is answered with something that says nothing of its fate (Binance 503 -1007;
a timeout on MEXC), the exchange carries it out late, and its order query keeps answering "not
found" (tests/fakes/late_orders.py, `forget_order`): the position is open and the book does not
know it. Each look-up of the unknown entry reads the position too, and what the exchange holds
beyond the book gets a reduce-only stop at the signal's stop price at once.

Through the real engine, CcxtBroker and ccxt client against the loopback fakes; the test moves
the one clock (the fake's): no real waiting, no timing asserted.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from engine import events as ev
from engine.core.lost_answers import LATE_S, MOVED_LOOKUPS
from engine.domain.orders import OrderRole, OrderStatus
from engine.domain.trade import TradeStatus
from tests.fakes.core import FakeOrder
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_signal
from tests.live.test_late_orders import VENUES, _entry, _late_entry, _running, _sends, _told


def _carried_out_unseen(fake: FakeExchangeServer) -> FakeOrder:
    """The late entry takes effect now, and no query finds its order (kept aside: returned)."""
    fake.late.release()
    fake.book.settle_pending()  # (MEXC matches a market order once its answer has left)
    (late,) = [o for o in fake.book.orders.values() if o.client_id and o.kind == "market"]
    fake.forget_order(late.id)
    return late


@pytest.mark.parametrize("name", VENUES)
async def test_entry_when_filled_late_and_not_found_then_position_gets_its_stop_at_next_lookup(
    name: str, tmp_path: Path
) -> None:
    sym = BTC_ID[name]
    async with _running(name, tmp_path) as (fake, eng, events):
        _late_entry(fake, name, eng)
        assert (await eng.execute(live_signal(signal_id="e"))).ok
        t, entry = eng.trades["e"], _entry(eng)
        _carried_out_unseen(fake)
        held = fake.book.positions[sym]
        assert held > 0 and fake.book.open_orders(sym, stops=True) == []
        fake.book.advance(LATE_S[0])
        await eng.monitor_pass()  # the first look-up: not found, but the position is read
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.trigger == 59000 and stop.qty == held and stop.reduce_only
        assert stop.side == "sell"
        # Nothing booked from the position, nothing sent again: the entry is still unknown.
        assert entry.status == OrderStatus.PENDING and t.status == TradeStatus.PENDING
        assert len(_sends(fake, eng, entry)) == 1
        (said,) = _told(events, ev.ERROR, "more (long) than sigcopy booked")
        cover = held * fake.book.markets[sym].contract_size  # (MEXC counts contracts)
        assert Decimal(t.extra["cover"]) == cover
        assert f"reduce-only stop for {t.extra['cover']} at 59000" in said.text
        fake.book.advance(LATE_S[1])
        await eng.monitor_pass()  # looked up again: the stop stays, nothing more sent or said
        assert len(fake.book.open_orders(sym, stops=True)) == 1
        assert len(_told(events, ev.ERROR, "than sigcopy booked")) == 1


async def test_entry_when_covered_and_then_found_filled_then_one_stop_sized_to_the_fill(
    tmp_path: Path,
) -> None:
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with _running(name, tmp_path) as (fake, eng, events):
        _late_entry(fake, name, eng)
        assert (await eng.execute(live_signal(signal_id="e"))).ok
        t, entry = eng.trades["e"], _entry(eng)
        late = _carried_out_unseen(fake)
        fake.book.advance(LATE_S[0])
        await eng.monitor_pass()
        (cover,) = fake.book.open_orders(sym, stops=True)
        fake.book.orders[late.id] = late  # the query finds the order now
        await eng.monitor_pass()  # the poll finds it filled: booked
        assert entry.status == OrderStatus.FILLED and t.status == TradeStatus.OPEN
        # The stop placed for the position already matches the booked fill: kept, not doubled.
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.id == cover.id and stop.qty == fake.book.positions[sym] == t.open_qty
        fake.book.advance(LATE_S[1])
        await eng.monitor_pass()  # its look-up was due: found booked, the cover dropped
        assert "cover" not in t.extra
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.id == cover.id and stop.qty == t.open_qty
        assert [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
        assert len(_sends(fake, eng, entry)) == 1 and set(fake.book.created.values()) == {1}


async def test_entry_when_covered_position_closed_by_hand_then_its_stop_goes_and_user_told(
    tmp_path: Path,
) -> None:
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with _running(name, tmp_path) as (fake, eng, events):
        _late_entry(fake, name, eng)
        assert (await eng.execute(live_signal(signal_id="e"))).ok
        t = eng.trades["e"]
        _carried_out_unseen(fake)
        fake.book.advance(LATE_S[0])
        await eng.monitor_pass()
        assert len(fake.book.open_orders(sym, stops=True)) == 1
        fake.book.close_position_by_hand(sym)
        fake.book.advance(LATE_S[1])
        await eng.monitor_pass()  # the position is what the book says again: no cover
        assert "cover" not in t.extra and t.status == TradeStatus.PENDING
        assert fake.book.open_orders(sym, stops=True) == []
        assert not [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
        assert len(_told(events, ev.ERROR, "is again what sigcopy booked")) == 1


async def test_entry_when_filled_unseen_just_before_deadline_then_stop_placed_and_user_told_so(
    tmp_path: Path,
) -> None:
    # The position shows only at the last look-up: the user is told the entry is still not found
    # and what was done (the stop placed for it), once; nothing is sent again.
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with _running(name, tmp_path) as (fake, eng, events):
        _late_entry(fake, name, eng)
        assert (await eng.execute(live_signal(signal_id="e"))).ok
        t, entry = eng.trades["e"], _entry(eng)
        for wait in LATE_S[:-1]:
            fake.book.advance(wait)
            await eng.monitor_pass()
        assert fake.book.open_orders(sym, stops=True) == []
        _carried_out_unseen(fake)
        fake.book.advance(LATE_S[-1])
        await eng.monitor_pass()  # the last look-up: not found, the position moved
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.trigger == 59000 and stop.qty == fake.book.positions[sym] > 0
        assert entry.status == OrderStatus.PENDING and t.status == TradeStatus.PENDING
        (said,) = _told(events, ev.ERROR, "sigcopy booked")
        assert "still not found by its client id" in said.text
        assert f"A reduce-only stop for {t.extra['cover']} at 59000" in said.text
        assert "Check the position on the exchange" in said.data["hint"]
        fake.book.advance(LATE_S[-1])
        await eng.monitor_pass()  # looked up again a minute later: nothing more said or sent
        assert len(_told(events, ev.ERROR, "sigcopy booked")) == 1
        assert len(fake.book.open_orders(sym, stops=True)) == 1
        assert len(_sends(fake, eng, entry)) == 1


async def test_lookup_when_late_fill_is_found_by_the_poll_then_stop_before_next_lookup(
    tmp_path: Path,
) -> None:
    # (A guard, not a fix: where the order query finds the late fill, the monitor's poll of every
    # pending order books it at the next pass, well before the next scheduled look-up.)
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with _running(name, tmp_path) as (fake, eng, events):
        _late_entry(fake, name, eng)
        assert (await eng.execute(live_signal(signal_id="e"))).ok
        fake.book.advance(LATE_S[0])
        await eng.monitor_pass()
        fake.late.release()
        await eng.monitor_pass()  # no time passed: no look-up due, the poll reads it
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.qty == fake.book.positions[sym] > 0 and _entry(eng).status.value == "filled"


async def test_entry_when_position_stays_moved_then_minute_lookups_bounded_and_user_told_once(
    tmp_path: Path,
) -> None:
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with _running(name, tmp_path) as (fake, eng, events):
        _late_entry(fake, name, eng)
        assert (await eng.execute(live_signal(signal_id="e"))).ok
        t, entry = eng.trades["e"], _entry(eng)
        _carried_out_unseen(fake)
        for wait in LATE_S:
            fake.book.advance(wait)
            await eng.monitor_pass()
        for _ in range(MOVED_LOOKUPS - 4):
            fake.book.advance(LATE_S[-1])
            await eng.monitor_pass()
        reads = fake.count("/positionRisk")
        for _ in range(3):  # three minute look-ups, each reading the position
            fake.book.advance(LATE_S[-1])
            await eng.monitor_pass()
        while_looked_up = fake.count("/positionRisk") - reads
        assert not _told(events, ev.ERROR, "stops looking up")
        fake.book.advance(LATE_S[-1])
        await eng.monitor_pass()  # the last one: the look-ups stop, and the user is told
        (said,) = _told(events, ev.ERROR, "stops looking up")
        assert (
            f"client id {entry.client_id}" in said.text and "not found in 30 minutes" in said.text
        )
        assert f"reduce-only stop for {t.extra['cover']} at 59000" in said.text
        assert "stays" in said.text and "close it there" in said.data["hint"]
        reads = fake.count("/positionRisk")
        for _ in range(3):
            fake.book.advance(LATE_S[-1])
            await eng.monitor_pass()
        # No more look-ups (nor their position reads: the monitor's own go on), nothing more
        # said; the stop stays.
        assert fake.count("/positionRisk") - reads == while_looked_up - 3
        assert len(_told(events, ev.ERROR, "stops looking up")) == 1
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.qty == fake.book.positions[sym] and t.status == TradeStatus.PENDING
        assert len(_sends(fake, eng, entry)) == 1
