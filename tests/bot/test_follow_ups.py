"""Follow-ups act on the right trades: a channel's post never closes another channel's trade."""

from __future__ import annotations

from pathlib import Path

from bot.desk import Desk
from bot.runner import build_parser
from config import LiveConfig, load_settings
from engine.engine import TradingEngine

SIGNAL = "BTCUSDT LONG\nEntry: market\nTP: 43000\nSL: 41000"


async def _desk(tmp_path: Path) -> tuple[Desk, TradingEngine]:
    settings = load_settings(
        TRADING_MODE="paper",
        PAPER_PRICE_SOURCE="simulated",
        DATA_DIR=tmp_path,
        LOG_DIR=tmp_path / "logs",
        TELEGRAM_BOT_TOKEN=None,
        live=LiveConfig(REQUIRE_CONFIRMATION=False),
    )
    engine = TradingEngine(mode="paper", settings=settings)
    return Desk(engine, build_parser(settings), settings), engine


async def test_follow_up_when_other_channel_says_close_then_position_stays_open(
    tmp_path: Path,
) -> None:
    desk, engine = await _desk(tmp_path)
    try:
        await desk.handle_text(SIGNAL, source="Channel A", signal_id="tgA_1")
        assert engine.get_stats()["open_positions"] == 1
        other = await desk.handle_text("Close BTC now", source="Channel B", signal_id="tgB_7")
        assert not other.ok and engine.get_stats()["open_positions"] == 1
        mine = await desk.handle_text("Close BTC now", source="Channel A", signal_id="tgA_2")
        assert mine.ok and engine.get_stats()["open_positions"] == 0
    finally:
        await engine.aclose()


async def test_follow_up_when_post_says_do_not_close_then_nothing_happens(tmp_path: Path) -> None:
    desk, engine = await _desk(tmp_path)
    try:
        await desk.handle_text(SIGNAL, source="Channel A", signal_id="tgA_1")
        for text in ("Don't close BTC yet, hold!", "BTC not closing yet", "Do not cancel BTC"):
            await desk.handle_text(text, source="Channel A", signal_id=f"tgA_{len(text)}")
        assert engine.get_stats()["open_positions"] == 1
        typed = await desk.handle_text("Close BTC", source="manual", signal_id="tg1_5")
        assert typed.ok and engine.get_stats()["open_positions"] == 0  # the user's own words
    finally:
        await engine.aclose()
