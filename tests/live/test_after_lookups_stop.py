"""After an unknown entry's look-ups stop (lost_answers.py: LATE_S, then MOVED_LOOKUPS with the
position still unlike the book), is the position still safe? The order stays pending, and the
monitor's poll still asks for it by client id every pass (monitor.py: every live order, PENDING
included): once the exchange's query finds it, its fill is booked and the stop sized to the
fill. Meanwhile the cover's stop rests for what the exchange holds beyond the book
(test_position_cover.py). Found so, it used to be booked in silence (the user, told to settle it
on the exchange, never heard it was found) and the trade kept its cover recorded for good
(capped to nothing by stop_cover while no entry is pending, yet a later pending leg would have
added it to the stop's size); now LostAnswers counts it found (`stopped`): the cover goes and
the user is told. Through the real engine and ccxt client against the fake Binance
USD-M, whose query finds the order only once the test puts it back.

Closed by hand on the exchange after the look-ups stopped (what the user is told to do), the
position used to keep the trade's cover and its stop for good: nothing read the position for it
any more, the stop the exchange removed with the position was sent again (refused: no position)
and the user was told it would be "tried again at the next look-up", which never came. Now the
monitor's minute read of the positions follows the cover (position_cover.py, `reread`): the
cover goes, its stop with it, and the user is told truthfully (both fakes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import desk_closes
from engine import events as ev
from engine.core.lost_answers import LATE_S
from engine.domain.orders import OrderRole, OrderStatus
from engine.domain.trade import TradeStatus
from tests.live.lost_entry import (
    ALL_LOOKUPS,
    STOP,
    VENUES,
    carried_out_unseen,
    creates,
    lost_entry,
)


async def test_entry_when_found_after_its_lookups_stopped_then_the_poll_books_it_with_its_stop(
    tmp_path: Path,
) -> None:
    async with lost_entry("binanceusdm", tmp_path) as s:
        late = carried_out_unseen(s.fake)
        await s.passes(ALL_LOOKUPS)
        assert s.told(ev.ERROR, "stops looking up")  # the look-ups are over
        (cover_stop,) = s.stops()
        assert cover_stop.qty == s.fake.book.positions[s.sym] > 0  # what is held has its stop
        s.fake.book.orders[late.id] = late  # the exchange's query finds the order now
        await s.passes([LATE_S[-1]])  # no look-up is due: the monitor's poll reads it
        assert s.entry.status == OrderStatus.FILLED and s.trade.status == TradeStatus.OPEN
        assert "cover" not in s.trade.extra  # (kept before: stale, though capped by stop_cover)
        (stop,) = s.stops()
        assert stop.trigger == 59000 and stop.qty == s.fake.book.positions[s.sym]
        assert len(s.sends()) == 1
        (said,) = s.told(ev.LOOKED_UP, "is on the exchange: it filled")
        assert said.trade_id == "e"


async def test_cover_stop_when_it_fires_after_the_lookups_stopped_then_nothing_said_found(
    tmp_path: Path,
) -> None:
    async with lost_entry("binanceusdm", tmp_path) as s:
        carried_out_unseen(s.fake)
        await s.passes(ALL_LOOKUPS)
        s.fake.set_price(s.sym, 58000)  # the cover's stop fires: the position is flat
        await s.passes([LATE_S[-1]] * 3)
        assert not s.fake.book.positions.get(s.sym) and s.fake.book.open_orders(s.sym) == []
        assert not s.trade.is_active
        # The entry, ended with its trade, was never found: nothing says it was.
        assert not s.told(ev.LOOKED_UP, "is on the exchange")


@pytest.mark.parametrize("name", VENUES)
async def test_cover_when_position_closed_by_hand_after_the_lookups_stopped_then_stop_goes_and_told(
    name: str, tmp_path: Path
) -> None:
    async with lost_entry(name, tmp_path) as s:
        carried_out_unseen(s.fake)
        await s.passes(ALL_LOOKUPS)
        (said,) = s.told(ev.ERROR, "stops looking up")
        assert "reads the position every minute" in said.data["hint"]
        assert len(s.stops()) == 1 and s.trade.extra["cover"]
        stop_sends = len(creates(s.fake, STOP[name]))
        s.fake.book.close_position_by_hand(s.sym)  # as the user was told to, if not this entry's
        await s.passes([LATE_S[-1]] * 2)  # the minute read of the positions finds it flat
        assert "cover" not in s.trade.extra and s.trade.status == TradeStatus.PENDING
        assert s.fake.book.open_orders(s.sym) == [] and not s.fake.book.positions.get(s.sym)
        eng = s.eng
        assert not [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
        # No stop is sent again for a position that is not there, and no look-up is promised.
        assert len(creates(s.fake, STOP[name])) == stop_sends
        assert not s.told(ev.ERROR, "next look-up") and not s.told(ev.ERROR, "could not be placed")
        (closed,) = s.told(ev.ERROR, "no longer holds")
        assert f"client id {s.entry.client_id}" in closed.text and "stays pending" in closed.text
        assert "/cancel BTCUSDT" in closed.data["hint"]
        await s.passes([LATE_S[-1]] * 2)  # said once
        assert len(s.told(ev.ERROR, "no longer holds")) == 1
        # As the hint says, /cancel ends the trade: nothing sent, nothing booked.
        said_now = await desk_closes.cancel(eng, "BTCUSDT", [])
        assert said_now.startswith("🚫 Cancelled"), said_now
        assert not s.trade.is_active and s.trade.open_qty == 0
        assert len(s.sends()) == 1
