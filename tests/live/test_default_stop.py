"""Never a live position without a stop: refused, or DEFAULT_STOP_LOSS_PCT's stop, said."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from bot.cards import render_card
from engine.engine import TradingEngine
from tests.fakes.fixtures import start_fake
from tests.live.helpers import live_engine, live_signal


async def test_live_signal_without_stop_when_no_default_then_refused_and_nothing_sent(
    tmp_path: Path,
) -> None:
    fake = await start_fake("binanceusdm")
    eng = live_engine(fake, "binanceusdm", tmp_path, live={"WATCH_ORDERS": False})
    try:
        res = await eng.execute(live_signal(sl=None))
        assert not res.ok
        assert any("DEFAULT_STOP_LOSS_PCT" in r for r in res.reasons)
        assert fake.count("/fapi/v1/order", "POST") == 0
    finally:
        await eng.aclose()
        await fake.stop()


async def test_live_signal_without_stop_when_default_set_then_stop_at_that_distance_and_said(
    tmp_path: Path,
) -> None:
    fake = await start_fake("binanceusdm")
    eng = live_engine(
        fake, "binanceusdm", tmp_path, live={"WATCH_ORDERS": False}, DEFAULT_STOP_LOSS_PCT=0.03
    )
    try:
        card = await eng.preview(live_signal(sl=None))
        assert card.approved and card.sl == 58200.0  # 3 % under the market entry at 60,000
        assert card.notes and "58200" in card.notes[0] and "3% away" in card.notes[0]
        assert f"📌 {card.notes[0]}" in render_card(card)  # the confirmation card says so
        assert (await eng.execute(live_signal(sl=None))).ok
        (stop,) = fake.book.open_orders("BTCUSDT", stops=True)
        assert stop.trigger == Decimal("58200") and stop.reduce_only
    finally:
        await eng.aclose()
        await fake.stop()


async def test_paper_signal_without_stop_then_still_traded(tmp_path: Path) -> None:
    from config.settings import Settings
    from engine.adapters.simulated_feed import SimulatedFeed

    settings = Settings(_env_file=None, DATA_DIR=tmp_path / "d", LOG_DIR=tmp_path / "l")  # type: ignore[call-arg]
    eng = TradingEngine("paper", settings, market_data=SimulatedFeed(seed=1))
    try:
        await eng.start()
        await eng.on_price("BTC/USDT:USDT", 60000.0)
        assert await eng.execute_signal(live_signal(sl=None))  # the paper book has no stop rule
        (t,) = [t for t in eng.trades.values() if t.is_active]
        assert t.sl is None
    finally:
        await eng.aclose()
