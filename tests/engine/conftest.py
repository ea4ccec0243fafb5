"""Engine test fixtures: a paper engine on the simulated feed, an injected clock, a temp DATA_DIR."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from config import LiveConfig, Settings, load_settings
from engine import TradingEngine
from engine.adapters.simulated_feed import SimulatedFeed
from engine.clock import SimulatedClock

START = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def make_settings(tmp_path: Path, **kw: Any) -> Settings:
    """Paper settings in a temp folder; risk overrides by name (MAX_LEVERAGE=10, ...)."""
    risk = {k: kw.pop(k) for k in list(kw) if k.isupper() and hasattr(Settings().risk, k)}
    s = load_settings(
        DATA_DIR=tmp_path / "data",
        LOG_DIR=tmp_path / "logs",
        PAPER_PRICE_SOURCE="simulated",
        PAPER_TAKER_FEE=0.0006,
        PAPER_MAKER_FEE=0.0002,
        PAPER_SLIPPAGE_BPS=5,
        **kw,
    )
    for k, v in risk.items():
        setattr(s.risk, k, v)
    return s


class EngineFactory:
    """Builds engines sharing one data dir and clock, so a restart can be simulated."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.clock = SimulatedClock(START)
        self.engines: list[TradingEngine] = []
        self.events: list[Any] = []

    async def __call__(self, **kw: Any) -> TradingEngine:
        settings = make_settings(self.tmp_path, **kw)
        feed = SimulatedFeed(seed=1, start_prices={"BTC": 42000.0, "ETH": 2300.0, "SOL": 100.0})
        engine = TradingEngine("paper", settings, clock=self.clock, market_data=feed)
        engine.subscribe(self.events.append)
        await engine.start()
        self.engines.append(engine)
        return engine

    async def close(self) -> None:
        for e in self.engines:
            if e._started:
                await e.aclose()


def paper_books(tmp_path: Path, names: tuple[str, ...] = ("paper", "copy"), **kw: Any) -> list[Any]:
    """One paper engine a book name, each in its own folder on its own simulated feed (BTC at
    42,000), for a BookSet; `kw`: more settings (the bot's, say)."""
    engines = []
    for name in names:
        s = load_settings(
            TRADING_MODE="paper",
            PAPER_PRICE_SOURCE="simulated",
            DATA_DIR=tmp_path / name,
            LOG_DIR=tmp_path / name / "logs",
            **{"TELEGRAM_BOT_TOKEN": None, "live": LiveConfig(REQUIRE_CONFIRMATION=False), **kw},
        )
        feed = SimulatedFeed(seed=1, start_prices={"BTC": 42000.0})
        engines.append(TradingEngine("paper", s, market_data=feed, book=name))
    return engines


@pytest.fixture
async def make_engine(tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    factory = EngineFactory(tmp_path)
    yield factory
    await factory.close()


@pytest.fixture
async def engine(make_engine: EngineFactory) -> TradingEngine:
    return await make_engine()
