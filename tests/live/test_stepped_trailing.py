"""Live trailing where the exchange has no trailing stop (MEXC): the engine moves the exchange
stop itself, new stop first, in steps of at least TRAILING_MIN_STEP_PCT and at most
TRAILING_MAX_AMENDMENTS_PER_MIN moves a minute; never back. Through real ccxt and the fake."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from config.trading_config import LiveConfig, RiskConfig
from engine.domain.orders import OrderRole
from engine.engine import TradingEngine
from tests.fakes.fixtures import BTC_ID, live_settings, start_fake
from tests.fakes.server import FakeExchangeServer
from tests.fakes.stop_guard import StopGuard
from tests.live.helpers import fast_retry, live_signal

BTC = "BTC/USDT:USDT"


class ManualClock:
    """Wall time plus a shift the test moves (minutes pass in a moment)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def time(self) -> float:
        return time.time() + self.offset

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.time(), UTC)


@dataclass
class Trailing:
    fake: FakeExchangeServer
    engine: TradingEngine
    clock: ManualClock
    guard: StopGuard

    def stop(self) -> Decimal:
        """The trigger of the one stop resting on the exchange."""
        (o,) = self.fake.book.open_orders(BTC_ID["mexc"], stops=True)
        assert o.trigger is not None
        return o.trigger

    async def price(self, px: str) -> None:
        """The market trades at px: the exchange's mark and the engine's tick."""
        self.fake.set_price(BTC_ID["mexc"], px)
        await self.engine.on_price(BTC, float(px))

    def stop_creates(self) -> int:
        return sum(1 for c in self.fake.calls if c.path.endswith("planorder/place"))


def _engine(fake: FakeExchangeServer, clock: ManualClock, tmp_path: Path) -> TradingEngine:
    """A live engine on the fake MEXC that trails 1 % from the entry, 2 moves a minute."""
    settings = live_settings(
        fake,
        "mexc",
        tmp_path,
        live=LiveConfig(_env_file=None, DRY_RUN_FIRST=False, WATCH_ORDERS=False),  # type: ignore[call-arg]
        risk=RiskConfig(  # type: ignore[call-arg]
            _env_file=None,
            TRAILING_STOP_PCT=0.01,
            TRAILING_ACTIVATION="entry",
            TRAILING_MIN_STEP_PCT=0.002,
            TRAILING_MAX_AMENDMENTS_PER_MIN=2,
            MOVE_SL_TO_ENTRY_AFTER_TP1=False,
        ),
    )
    eng = TradingEngine(mode="live", settings=settings, clock=clock)
    inner: Any = getattr(eng.broker, "inner", eng.broker)
    inner.retry = fast_retry()
    return eng


@pytest.fixture
async def trailing(tmp_path: Path) -> AsyncIterator[Trailing]:
    fake = await start_fake("mexc")
    clock = ManualClock()
    eng = _engine(fake, clock, tmp_path)
    guard = StopGuard(fake)
    await eng.start()
    tr = Trailing(fake, eng, clock, guard)
    yield tr
    await tr.engine.aclose()  # (the one a test restarted)
    await fake.stop()


async def test_trailing_on_mexc_when_price_rises_then_stop_moved_in_steps_new_first(
    trailing: Trailing,
) -> None:
    tr = trailing
    await tr.price("60000")
    res = await tr.engine.execute(live_signal(tp=[63000, 64000], sl=59000))
    assert res.ok, res.reasons
    # Activated at the entry: 1 % under the best price (60,000) is above the signal's stop.
    await tr.price("60000")
    assert tr.stop() == Decimal("59400")
    creates = tr.stop_creates()
    await tr.price("60100")  # 59,499 would be a 0.17 % step: below TRAILING_MIN_STEP_PCT
    assert tr.stop() == Decimal("59400") and tr.stop_creates() == creates
    await tr.price("60300")  # 59,697: a 0.5 % step, the 2nd move this minute
    assert tr.stop() == Decimal("59697")
    await tr.price("60600")  # 59,994: a 3rd move within the minute is held back
    assert tr.stop() == Decimal("59697")
    await tr.engine.monitor_pass()  # still within the minute: held
    assert tr.stop() == Decimal("59697")
    tr.clock.offset += 61
    await tr.engine.monitor_pass()  # the minute allows it now: made without a new price
    assert tr.stop() == Decimal("59994")
    await tr.price("60100")  # the price falls back: the stop never moves back
    await tr.engine.monitor_pass()
    assert tr.stop() == Decimal("59994")
    (t,) = [t for t in tr.engine.trades.values() if t.is_active]
    assert t.sl == Decimal("59994") and Decimal(t.extra["trail"]["best"]) == Decimal(60600)
    live = [o for o in tr.engine.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
    assert len(live) == 1 and live[0].trigger_price == Decimal("59994")
    assert tr.guard.violations == [] and tr.guard.checks == 3  # three moves, each a swap


async def test_trailing_on_mexc_when_new_stop_refused_then_old_stop_stays(
    trailing: Trailing,
) -> None:
    tr = trailing
    await tr.price("60000")
    assert (await tr.engine.execute(live_signal(tp=[63000, 64000], sl=59000))).ok
    await tr.price("60000")
    assert tr.stop() == Decimal("59400")
    tr.fake.reject_stops(1)
    await tr.price("60500")
    assert tr.stop() == Decimal("59400")  # the move was refused: the old stop protects it
    assert tr.guard.violations == []
    (t,) = [t for t in tr.engine.trades.values() if t.is_active]
    assert tr.fake.book.positions[BTC_ID["mexc"]] != 0  # not closed for a refused move
    assert t.sl == Decimal("59400")  # the record says which stop protects it
    tr.clock.offset += 61
    await tr.price("60700")  # the next move is tried from there, and goes through
    assert tr.stop() == Decimal("60093") == t.sl
    assert tr.guard.violations == []


async def test_trailing_on_mexc_when_restarted_within_the_minute_then_cap_still_holds(
    trailing: Trailing, tmp_path: Path
) -> None:
    tr = trailing
    await tr.price("60000")
    assert (await tr.engine.execute(live_signal(tp=[63000, 64000], sl=59000))).ok
    await tr.price("60000")  # activated: the 1st move this minute
    await tr.price("60300")  # the 2nd
    assert tr.stop() == Decimal("59697")
    creates = tr.stop_creates()
    await tr.engine.aclose()
    tr.clock.offset += 20  # back within the same minute
    tr.engine = _engine(tr.fake, tr.clock, tmp_path)
    await tr.engine.start()
    await tr.price("60600")  # a 3rd move within the minute: still held back after the restart
    await tr.engine.monitor_pass()
    assert tr.stop() == Decimal("59697") and tr.stop_creates() == creates
    tr.clock.offset += 41  # the minute of the first move has passed
    await tr.engine.monitor_pass()
    assert tr.stop() == Decimal("59994")
    assert tr.guard.violations == []
