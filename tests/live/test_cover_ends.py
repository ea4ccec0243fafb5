"""A pending trade whose unknown entry's position has a cover stop is never ended with that
position left without a stop (engine/core/cover_ends.py).

The entry's create is answered with no word of its fate (Binance 503 -1007; a timeout on MEXC),
the exchange carries it out, and its order query keeps answering "not found"
(tests/fakes/late_orders.py, `forget_order`): a look-up reads the position and places the cover
stop (position_cover.py). The trade is still pending. Then something ends it before the entry is
found - TP1 reached first, the expiry, the channel's cancel, /close. It used to end with its
entry cancelled (not found: "never reached") and the cover stop cancelled with it, leaving the
position the exchange holds without a stop. Now the position is read first: the amount still
there is taken as the entry's fill (at the exchange's average entry price) and the trade is
managed as an open one, its stop resting; the user is told.

Through the real engine, CcxtBroker and ccxt client against the loopback fakes; the test moves
the one clock (the fake's): no real waiting, no timing asserted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from pathlib import Path

import pytest

from bot import desk_closes
from engine import events as ev
from engine.core.lost_answers import LATE_S
from engine.domain.orders import OrderRole, OrderStatus
from engine.domain.trade import Trade, TradeStatus
from engine.engine import TradingEngine
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import FakeExchangeServer
from tests.live.lost_entry import (
    VENUES,
    carried_out_unseen,
    engine_on,
    entry_of,
    lost_entry,
    sends,
    told,
)

TAKEN = "taken as the entry's fill"


@asynccontextmanager
async def _covered(
    name: str, tmp: Path, **signal: object
) -> AsyncIterator[tuple[FakeExchangeServer, TradingEngine, list[ev.Event], Trade]]:
    """A live engine whose trade "e" is pending, its entry unknown and carried out unseen, and
    whose cover stop rests after the first look-up."""
    sym = BTC_ID[name]
    async with lost_entry(name, tmp, **signal) as s:
        fake, eng, events = s.fake, s.eng, s.events
        carried_out_unseen(fake)
        fake.book.advance(LATE_S[0])
        await eng.monitor_pass()
        t = eng.trades["e"]
        assert t.status == TradeStatus.PENDING and Decimal(t.extra["cover"]) > 0
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.qty == fake.book.positions[sym] > 0
        yield fake, eng, events, t


def _base(fake: FakeExchangeServer, sym: str) -> Decimal:
    """The exchange's position in base units (MEXC counts contracts)."""
    return fake.book.positions.get(sym, Decimal(0)) * fake.book.markets[sym].contract_size


def _protected(fake: FakeExchangeServer, name: str, t: Trade) -> None:
    """The exchange's position has one reduce-only stop for all of it, at the trade's stop."""
    sym = BTC_ID[name]
    held = fake.book.positions.get(sym, Decimal(0))
    assert held > 0
    stops = fake.book.open_orders(sym, stops=True)
    assert [(s.trigger, s.qty, s.reduce_only, s.side) for s in stops] == [
        (t.sl, held, True, "sell")
    ]


@pytest.mark.parametrize("name", VENUES)
async def test_tp1_first_when_covered_entry_filled_then_taken_as_fill_and_stop_stays(
    name: str, tmp_path: Path
) -> None:
    sym = BTC_ID[name]
    async with _covered(name, tmp_path) as (fake, eng, events, t):
        entry = entry_of(eng)
        cover = Decimal(t.extra["cover"])
        fake.set_price(sym, 61000)  # TP1 reached while the entry is still unknown
        await eng.on_price("BTCUSDT", 61000)
        await eng.monitor_pass()
        # The position stays protected; it is the trade's now, open, its fill booked once.
        _protected(fake, name, t)
        assert t.status == TradeStatus.OPEN and t.entry_qty == cover and "cover" not in t.extra
        assert t.avg_entry == Decimal(60000)  # the exchange's average entry price
        assert entry.status == OrderStatus.FILLED and entry.filled == cover
        assert len(sends(fake, eng, entry)) == 1
        (said,) = told(events, ev.ERROR, TAKEN)
        assert "TP1 was reached" not in said.text and "at 60000" in said.text
        assert "stop at 59000 rests" in said.text
        assert not told(events, ev.SIGNAL_REFUSED, "TP1 reached before the entry filled")
        # Managed as an open trade from now: TP1 (reached) took its part at once and the stop
        # went to break-even, as for any fill; TP2 rests for the rest.
        assert t.tps_hit == 1 and t.sl == t.avg_entry
        (tp2,) = [o for o in eng.orders.values() if o.role == OrderRole.TAKE_PROFIT and o.is_live]
        assert tp2.price == 62000 and tp2.amount == t.open_qty == _base(fake, sym)


async def test_expiry_when_covered_entry_filled_then_taken_as_fill_and_trade_stays_open(
    tmp_path: Path,
) -> None:
    name = "binanceusdm"
    async with _covered(name, tmp_path) as (fake, eng, events, t):
        fake.book.advance(eng.risk.LIMIT_ORDER_TTL_HOURS * 3600 + 1)
        await eng.monitor_pass()  # the entry's time is over: it would be cancelled
        _protected(fake, name, t)
        assert t.status == TradeStatus.OPEN and t.entry_qty == _base(fake, BTC_ID[name])
        assert t.close_reason is None and len(told(events, ev.ERROR, TAKEN)) == 1
        assert len(sends(fake, eng, entry_of(eng))) == 1


async def test_channel_cancel_when_covered_entry_filled_then_position_stays_with_its_stop(
    tmp_path: Path,
) -> None:
    name = "mexc"
    async with _covered(name, tmp_path) as (fake, eng, events, t):
        r = await eng.apply_update("CANCEL", symbol="BTCUSDT")
        await eng.monitor_pass()
        # What the channel's cancel does to a trade with a fill: the position stays, stopped.
        assert any("stays open with" in x for x in r.reasons), r.reasons
        _protected(fake, name, t)
        assert t.status == TradeStatus.OPEN and len(told(events, ev.ERROR, TAKEN)) == 1


async def test_close_when_covered_entry_filled_then_position_closed_once_and_no_stop_left(
    tmp_path: Path,
) -> None:
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with _covered(name, tmp_path) as (fake, eng, events, t):
        said = await desk_closes.close(eng, "BTCUSDT")
        await eng.monitor_pass()
        # /close closes what the trade holds now: the position, at market, once.
        assert not fake.book.positions.get(sym), said
        assert fake.book.open_orders(sym, stops=True) == []
        assert t.status == TradeStatus.CLOSED and t.open_qty == 0
        sells = [o for o in fake.book.orders.values() if o.side == "sell" and o.kind == "market"]
        assert [(o.qty, o.reduce_only, o.by_hand) for o in sells] == [(t.entry_qty, True, False)]
        assert len(told(events, ev.ERROR, TAKEN)) == 1


async def test_tp1_first_when_position_unreadable_then_entry_kept_with_stop_until_it_is_read(
    tmp_path: Path,
) -> None:
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with _covered(name, tmp_path) as (fake, eng, events, t):
        fake.reject_next("api_key", 50, "/positionRisk")
        fake.set_price(sym, 61000)
        await eng.on_price("BTCUSDT", 61000)  # TP1 reached, the position unreadable
        # Not cancelled: the trade stays pending with its cover stop; the user is told why.
        assert t.status == TradeStatus.PENDING and entry_of(eng).status == OrderStatus.PENDING
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.qty == fake.book.positions[sym]
        (said,) = told(events, ev.ERROR, "TP1 was reached")
        assert "position could not be read" in said.text
        fake.book.faults.reject_next.clear()  # the exchange answers again
        fake.book.advance(61)
        await eng.monitor_pass()  # tried again: read, taken as the entry's fill
        _protected(fake, name, t)
        assert t.status == TradeStatus.OPEN and len(told(events, ev.ERROR, TAKEN)) == 1


@pytest.mark.parametrize("name", VENUES)
async def test_tp1_first_when_covered_position_closed_by_hand_then_trade_ends_and_stop_goes(
    name: str, tmp_path: Path
) -> None:
    sym = BTC_ID[name]
    async with _covered(name, tmp_path) as (fake, eng, events, t):
        fake.book.close_position_by_hand(sym)
        fake.set_price(sym, 61000)
        await eng.on_price("BTCUSDT", 61000)
        await eng.monitor_pass()
        # Nothing to protect: the trade ends as before, its stop cancelled, and the user told.
        assert t.status == TradeStatus.CANCELED and t.close_reason == "tp1_before_entry"
        assert fake.book.open_orders(sym, stops=True) == [] and not fake.book.positions.get(sym)
        assert len(told(events, ev.ERROR, "is again what sigcopy booked")) == 1
        assert not told(events, ev.ERROR, TAKEN)


async def test_tp1_first_when_restarted_with_a_cover_then_still_taken_as_fill(
    tmp_path: Path,
) -> None:
    # The cover is saved with its trade: after a restart (the entry still unknown, its stop
    # resting), TP1 reached first still reads the position before the entry is cancelled.
    name = "binanceusdm"
    sym = BTC_ID[name]
    async with _covered(name, tmp_path) as (fake, eng, events, t):
        await eng.aclose()
        again = engine_on(name, fake, tmp_path)
        heard: list[ev.Event] = []
        again.subscribe(heard.append)
        await again.start()
        try:
            t = again.trades["e"]
            assert t.status == TradeStatus.PENDING and Decimal(t.extra["cover"]) > 0
            fake.set_price(sym, 61000)
            await again.on_price("BTCUSDT", 61000)
            await again.monitor_pass()
            _protected(fake, name, t)
            assert t.status == TradeStatus.OPEN and len(told(heard, ev.ERROR, TAKEN)) == 1
            assert len(sends(fake, again, entry_of(again))) == 1
        finally:
            await again.aclose()
