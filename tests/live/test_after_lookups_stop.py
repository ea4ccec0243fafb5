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
USD-M, whose query finds the order only once the test puts it back."""

from __future__ import annotations

from pathlib import Path

from engine import events as ev
from engine.core.lost_answers import LATE_S, MOVED_LOOKUPS
from engine.domain.orders import OrderStatus
from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import BTC_ID
from tests.live.helpers import live_signal
from tests.live.test_late_orders import _entry, _late_entry, _running, _sends, _told
from tests.live.test_position_cover import _carried_out_unseen


async def test_entry_when_found_after_its_lookups_stopped_then_the_poll_books_it_with_its_stop(
    tmp_path: Path,
) -> None:
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with _running(name, tmp_path) as (fake, eng, events):
        _late_entry(fake, name, eng)
        assert (await eng.execute(live_signal(signal_id="e"))).ok
        t, entry = eng.trades["e"], _entry(eng)
        late = _carried_out_unseen(fake)
        for wait in (*LATE_S, *[LATE_S[-1]] * MOVED_LOOKUPS):
            fake.book.advance(wait)
            await eng.monitor_pass()
        assert _told(events, ev.ERROR, "stops looking up")  # the look-ups are over
        (cover_stop,) = fake.book.open_orders(sym, stops=True)
        assert cover_stop.qty == fake.book.positions[sym] > 0  # what is held has its stop
        fake.book.orders[late.id] = late  # the exchange's query finds the order now
        fake.book.advance(LATE_S[-1])
        await eng.monitor_pass()  # no look-up is due: the monitor's poll reads it
        assert entry.status == OrderStatus.FILLED and t.status == TradeStatus.OPEN
        assert "cover" not in t.extra  # (kept before: stale, though capped by stop_cover)
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.trigger == 59000 and stop.qty == fake.book.positions[sym]
        assert len(_sends(fake, eng, entry)) == 1
        (said,) = _told(events, ev.LOOKED_UP, "is on the exchange: it filled")
        assert said.trade_id == "e"


async def test_cover_stop_when_it_fires_after_the_lookups_stopped_then_nothing_said_found(
    tmp_path: Path,
) -> None:
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with _running(name, tmp_path) as (fake, eng, events):
        _late_entry(fake, name, eng)
        assert (await eng.execute(live_signal(signal_id="e"))).ok
        t = eng.trades["e"]
        _carried_out_unseen(fake)
        for wait in (*LATE_S, *[LATE_S[-1]] * MOVED_LOOKUPS):
            fake.book.advance(wait)
            await eng.monitor_pass()
        fake.set_price(sym, 58000)  # the cover's stop fires: the position is flat
        for _ in range(3):
            fake.book.advance(LATE_S[-1])
            await eng.monitor_pass()
        assert not fake.book.positions.get(sym) and fake.book.open_orders(sym) == []
        assert not t.is_active
        # The entry, ended with its trade, was never found: nothing says it was.
        assert not _told(events, ev.LOOKED_UP, "is on the exchange")
