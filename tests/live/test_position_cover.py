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
from tests.live.lost_entry import VENUES, carried_out_unseen, lost_entry


@pytest.mark.parametrize("name", VENUES)
async def test_entry_when_filled_late_and_not_found_then_position_gets_its_stop_at_next_lookup(
    name: str, tmp_path: Path
) -> None:
    async with lost_entry(name, tmp_path) as s:
        carried_out_unseen(s.fake)
        held = s.fake.book.positions[s.sym]
        assert held > 0 and s.stops() == []
        await s.passes([LATE_S[0]])  # the first look-up: not found, but the position is read
        (stop,) = s.stops()
        assert stop.trigger == 59000 and stop.qty == held and stop.reduce_only
        assert stop.side == "sell"
        # Nothing booked from the position, nothing sent again: the entry is still unknown.
        assert s.entry.status == OrderStatus.PENDING and s.trade.status == TradeStatus.PENDING
        assert len(s.sends()) == 1
        (said,) = s.told(ev.ERROR, "more (long) than sigcopy booked")
        cover = held * s.fake.book.markets[s.sym].contract_size  # (MEXC counts contracts)
        assert Decimal(s.trade.extra["cover"]) == cover
        assert f"reduce-only stop for {s.trade.extra['cover']} at 59000" in said.text
        await s.passes([LATE_S[1]])  # looked up again: the stop stays, nothing more sent or said
        assert len(s.stops()) == 1
        assert len(s.told(ev.ERROR, "than sigcopy booked")) == 1


async def test_entry_when_covered_and_then_found_filled_then_one_stop_sized_to_the_fill(
    tmp_path: Path,
) -> None:
    async with lost_entry("binanceusdm", tmp_path) as s:
        late = carried_out_unseen(s.fake)
        await s.passes([LATE_S[0]])
        (cover,) = s.stops()
        s.fake.book.orders[late.id] = late  # the query finds the order now
        await s.eng.monitor_pass()  # the poll finds it filled: booked
        assert s.entry.status == OrderStatus.FILLED and s.trade.status == TradeStatus.OPEN
        # The stop placed for the position already matches the booked fill: kept, not doubled.
        (stop,) = s.stops()
        assert stop.id == cover.id and stop.qty == s.fake.book.positions[s.sym] == s.trade.open_qty
        await s.passes([LATE_S[1]])  # its look-up was due: found booked, the cover dropped
        assert "cover" not in s.trade.extra
        (stop,) = s.stops()
        assert stop.id == cover.id and stop.qty == s.trade.open_qty
        assert [o for o in s.eng.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
        assert len(s.sends()) == 1 and set(s.fake.book.created.values()) == {1}


async def test_entry_when_covered_position_closed_by_hand_then_its_stop_goes_and_user_told(
    tmp_path: Path,
) -> None:
    async with lost_entry("binanceusdm", tmp_path) as s:
        carried_out_unseen(s.fake)
        await s.passes([LATE_S[0]])
        assert len(s.stops()) == 1
        s.fake.book.close_position_by_hand(s.sym)
        await s.passes([LATE_S[1]])  # the position is what the book says again: no cover
        assert "cover" not in s.trade.extra and s.trade.status == TradeStatus.PENDING
        assert s.stops() == []
        assert not [o for o in s.eng.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
        assert len(s.told(ev.ERROR, "is again what sigcopy booked")) == 1


async def test_entry_when_filled_unseen_just_before_deadline_then_stop_placed_and_user_told_so(
    tmp_path: Path,
) -> None:
    # The position shows only at the last look-up: the user is told the entry is still not found
    # and what was done (the stop placed for it), once; nothing is sent again.
    async with lost_entry("binanceusdm", tmp_path) as s:
        await s.passes(LATE_S[:-1])
        assert s.stops() == []
        carried_out_unseen(s.fake)
        await s.passes([LATE_S[-1]])  # the last look-up: not found, the position moved
        (stop,) = s.stops()
        assert stop.trigger == 59000 and stop.qty == s.fake.book.positions[s.sym] > 0
        assert s.entry.status == OrderStatus.PENDING and s.trade.status == TradeStatus.PENDING
        (said,) = s.told(ev.ERROR, "sigcopy booked")
        assert "still not found by its client id" in said.text
        assert f"A reduce-only stop for {s.trade.extra['cover']} at 59000" in said.text
        assert "Check the position on the exchange" in said.data["hint"]
        await s.passes([LATE_S[-1]])  # looked up again a minute later: nothing more said or sent
        assert len(s.told(ev.ERROR, "sigcopy booked")) == 1
        assert len(s.stops()) == 1
        assert len(s.sends()) == 1


async def test_lookup_when_late_fill_is_found_by_the_poll_then_stop_before_next_lookup(
    tmp_path: Path,
) -> None:
    # (A guard, not a fix: where the order query finds the late fill, the monitor's poll of every
    # pending order books it at the next pass, well before the next scheduled look-up.)
    async with lost_entry("binanceusdm", tmp_path) as s:
        await s.passes([LATE_S[0]])
        s.fake.late.release()
        await s.eng.monitor_pass()  # no time passed: no look-up due, the poll reads it
        (stop,) = s.stops()
        assert stop.qty == s.fake.book.positions[s.sym] > 0 and s.entry.status.value == "filled"


async def test_entry_when_position_stays_moved_then_minute_lookups_bounded_and_user_told_once(
    tmp_path: Path,
) -> None:
    async with lost_entry("binanceusdm", tmp_path) as s:
        carried_out_unseen(s.fake)
        await s.passes(LATE_S)
        await s.passes([LATE_S[-1]] * (MOVED_LOOKUPS - 4))
        reads = s.fake.count("/positionRisk")
        await s.passes([LATE_S[-1]] * 3)  # three minute look-ups, each reading the position
        while_looked_up = s.fake.count("/positionRisk") - reads
        assert not s.told(ev.ERROR, "stops looking up")
        await s.passes([LATE_S[-1]])  # the last one: the look-ups stop, and the user is told
        (said,) = s.told(ev.ERROR, "stops looking up")
        assert (
            f"client id {s.entry.client_id}" in said.text and "not found in 30 minutes" in said.text
        )
        assert f"reduce-only stop for {s.trade.extra['cover']} at 59000" in said.text
        assert "stays" in said.text and "close it there" in said.data["hint"]
        reads = s.fake.count("/positionRisk")
        await s.passes([LATE_S[-1]] * 3)
        # No more look-ups (nor their position reads: the monitor's own go on), nothing more
        # said; the stop stays.
        assert s.fake.count("/positionRisk") - reads == while_looked_up - 3
        assert len(s.told(ev.ERROR, "stops looking up")) == 1
        (stop,) = s.stops()
        assert stop.qty == s.fake.book.positions[s.sym] and s.trade.status == TradeStatus.PENDING
        assert len(s.sends()) == 1
