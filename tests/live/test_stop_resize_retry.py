"""A kept stop left oversized is re-sized again later, never left so for good
(engine/core/stop_failure.py, `StopFailures`).

TP1 fills; the one new stop that re-sizes and moves to break-even is refused, so the previous
stop stays - at the whole position's size, more than the trade holds now (on a shared position it
would close other trades' shares too). It is re-sized at its own level, new first. When that
re-size is refused as well, the stop used to stay oversized for good ("no loop"): now the re-size
is tried again after the backoff of a failed cancel (a minute, doubled at each failure, at most
15), the oversized stop resting meanwhile (never too little stop), and the user is told once what
rests and what is held.

Through the real engine and ccxt client against both fakes; the fake's stop refusal
(`reject_stops`) answers as each exchange refuses an order. No waiting: the fake's clock moves.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import pytest

from engine import events as ev
from engine.domain.trade import Trade
from engine.engine import TradingEngine
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import FakeExchangeServer
from tests.fakes.stop_guard import StopGuard
from tests.live.helpers import live_signal
from tests.live.lost_entry import running


@pytest.fixture(params=["mexc", "binanceusdm"])
async def opened(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[str, FakeExchangeServer, TradingEngine, list[ev.Event], StopGuard]]:
    """A live engine on the fake's clock with the live tests' long open (stop 59,000)."""
    async with running(request.param, tmp_path) as (fake, eng, events):
        assert (await eng.execute(live_signal())).ok
        yield request.param, fake, eng, events, StopGuard(fake)


def _sizes(fake: FakeExchangeServer, sym: str) -> list[tuple[Decimal, Decimal]]:
    """(trigger, base amount left) of each stop resting on the exchange."""
    cs = fake.book.markets[sym].contract_size
    return [(s.trigger, (s.qty - s.filled) * cs) for s in fake.book.open_orders(sym, stops=True)]


async def _oversized(fake: FakeExchangeServer, eng: TradingEngine, sym: str) -> Trade:
    """TP1 fills while the exchange refuses the next two stops: the move to break-even and the
    re-size at the kept level. The kept stop rests at the whole position's size."""
    t = next(iter(eng.trades.values()))
    fake.reject_stops(2)
    fake.set_price(sym, 61000)
    await eng.monitor_pass()
    assert t.tps_hit == 1 and 0 < t.open_qty < t.entry_qty
    assert _sizes(fake, sym) == [(59000, t.entry_qty)]  # kept: more than is held
    return t


async def test_resize_when_refused_at_the_kept_level_then_tried_again_and_sized_right(
    opened: tuple[str, FakeExchangeServer, TradingEngine, list[ev.Event], StopGuard],
) -> None:
    name, fake, eng, events, guard = opened
    sym = BTC_ID[name]
    t = await _oversized(fake, eng, sym)
    (said,) = [e.text for e in events if e.kind == ev.ERROR and "oversized" in e.text]
    assert f"re-sized to {t.open_qty}" in said and f"while the trade holds {t.open_qty}" in said
    await eng.monitor_pass()  # not yet: the backoff runs from the refusal
    assert _sizes(fake, sym) == [(59000, t.entry_qty)]
    fake.book.advance(61)
    await eng.monitor_pass()  # tried again: accepted, new first, the oversized one cancelled
    assert _sizes(fake, sym) == [(59000, t.open_qty)] and t.sl == 59000
    assert guard.violations == []
    assert len([e for e in events if e.kind == ev.ERROR and "oversized" in e.text]) == 1


async def test_resize_when_refused_again_then_the_wait_doubles_and_the_stop_never_goes(
    opened: tuple[str, FakeExchangeServer, TradingEngine, list[ev.Event], StopGuard],
) -> None:
    name, fake, eng, events, guard = opened
    sym = BTC_ID[name]
    t = await _oversized(fake, eng, sym)
    fake.reject_stops(1)
    fake.book.advance(61)
    await eng.monitor_pass()  # refused again: the kept stop rests, as it was
    assert _sizes(fake, sym) == [(59000, t.entry_qty)]
    fake.book.advance(61)
    await eng.monitor_pass()  # within the doubled wait (2 minutes): nothing sent
    assert _sizes(fake, sym) == [(59000, t.entry_qty)]
    fake.book.advance(60)
    await eng.monitor_pass()
    assert _sizes(fake, sym) == [(59000, t.open_qty)] and t.is_active
    assert guard.violations == []


@pytest.mark.parametrize("name", ["mexc", "binanceusdm"])
async def test_resize_up_when_refused_at_the_kept_level_then_the_bare_part_is_closed(
    name: str, tmp_path: Path
) -> None:
    # Two limit entries: the first fills and gets its stop; the second fills and the stop's
    # re-size up to both is refused. The kept stop covers the first only: the second's amount
    # would rest without a stop. It is closed at market; the kept stop covers what is held.
    sym = BTC_ID[name]
    async with running(name, tmp_path) as (fake, eng, events):
        signal = live_signal(signal_id="x", entries=[59800, 59600], sl=59000)
        assert (await eng.execute(signal)).ok
        t = eng.trades["x"]
        fake.set_price(sym, 59800)  # the first entry fills
        await eng.monitor_pass()
        first = t.open_qty
        assert _sizes(fake, sym) == [(59000, first)]
        fake.reject_stops(1)
        fake.set_price(sym, 59600)  # the second fills; its stop's re-size is refused
        await eng.monitor_pass()
        await eng.monitor_pass()
        cs = fake.book.markets[sym].contract_size
        assert fake.book.positions[sym] * cs == t.open_qty == first  # never more than stopped
        assert _sizes(fake, sym) == [(59000, first)] and t.is_active
        (said,) = [e.text for e in events if e.kind == ev.ERROR and "re-sized" in e.text]
        assert f"covers {first} of the {t.entry_qty} held" in said
        assert "closed at market" in said
