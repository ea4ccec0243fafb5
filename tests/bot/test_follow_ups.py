"""Follow-ups act on the right trades: a channel's post never closes another channel's trade."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from engine.engine import TradingEngine
from tests.bot.conftest import paper_desk

SIGNAL = "BTCUSDT LONG\nEntry: market\nTP: 43000\nSL: 41000"


async def test_follow_up_when_other_channel_says_close_then_position_stays_open(
    tmp_path: Path,
) -> None:
    desk, engine = paper_desk(tmp_path)
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
    desk, engine = paper_desk(tmp_path)
    try:
        await desk.handle_text(SIGNAL, source="Channel A", signal_id="tgA_1")
        for text in ("Don't close BTC yet, hold!", "BTC not closing yet", "Do not cancel BTC"):
            await desk.handle_text(text, source="Channel A", signal_id=f"tgA_{len(text)}")
        assert engine.get_stats()["open_positions"] == 1
        typed = await desk.handle_text("Close BTC", source="manual", signal_id="tg1_5")
        assert typed.ok and engine.get_stats()["open_positions"] == 0  # the user's own words
    finally:
        await engine.aclose()


BREAKOUT = "BTCUSDT LONG\nEnter above 43000\nTP: 45000\nSL: 41000"


async def test_follow_up_when_channel_cancels_a_waiting_breakout_then_it_ends_unentered(
    tmp_path: Path,
) -> None:
    """The simulated walk starts between the stop and the level (not at the level, which would
    enter at once); the channel's own cancel ends the wait, another channel's does not, and a
    stop move has nothing entered to act on."""
    desk, engine = paper_desk(tmp_path)
    try:
        r = await desk.handle_text(BREAKOUT, source="Channel A", signal_id="tgA_1")
        assert r.ok, r
        (w,) = engine.waiting_entries()
        assert w["waiting"] == "waiting for 43000 (above)" and w["current_price"] == 42000.0
        moved = await desk.handle_text(
            "BTC move stop to 41500", source="Channel A", signal_id="tgA_2"
        )
        assert not moved.ok and "is still waiting for 43000 (above)" in moved.text, moved.text
        other = await desk.handle_text("Cancel BTC", source="Channel B", signal_id="tgB_3")
        assert not other.ok and len(engine.waiting_entries()) == 1
        mine = await desk.handle_text("Cancel BTC", source="Channel A", signal_id="tgA_4")
        assert mine.ok, mine.text
        assert "cancel the waiting entry of LONG BTC/USDT:USDT 1x (waiting for 43000" in mine.text
        assert engine.waiting_entries() == []
        await engine.on_price("BTCUSDT", 43100)
        assert engine.trades == {}
    finally:
        await engine.aclose()


async def _in_profit(engine: TradingEngine) -> Any:
    (t,) = engine.trades.values()
    await engine.on_price("BTCUSDT", float(t.avg_entry) * 1.01)
    return t


async def test_follow_up_when_close_half_and_stop_to_entry_then_both_done(
    tmp_path: Path,
) -> None:
    desk, engine = paper_desk(tmp_path)
    try:
        await desk.handle_text(SIGNAL, source="Channel A", signal_id="tgA_1")
        t = await _in_profit(engine)
        qty = t.open_qty
        r = await desk.handle_text(  # a reply to the signal's post
            "Close 50% and move sl to entry 🔥",
            source="Channel A",
            signal_id="tgA_2",
            reply_to="tgA_1",
        )
        assert r.ok, r.text
        assert (
            "close 50% of LONG BTC/USDT:USDT 1x, then move its stop from 41,000 to the entry"
            in (r.text)
        )
        assert 0 < t.open_qty < qty and t.sl == t.avg_entry
    finally:
        await engine.aclose()


async def test_follow_up_when_share_unread_then_refused_with_reason_and_nothing_done(
    tmp_path: Path,
) -> None:
    desk, engine = paper_desk(tmp_path)
    try:
        await desk.handle_text(SIGNAL, source="Channel A", signal_id="tgA_1")
        t = await _in_profit(engine)
        before = (t.open_qty, t.sl)
        r = await desk.handle_text(
            "Close some and move SL to BE", source="Channel A", signal_id="tgA_2"
        )
        assert not r.ok
        assert r.text == (
            "↪️ close partial: not applied: it closes part of the position and moves the stop, "
            "but how much to close could not be read. Nothing was changed."
        )
        assert (t.open_qty, t.sl) == before
    finally:
        await engine.aclose()


async def test_follow_up_when_confirmed_then_the_card_asks_both_and_approval_does_both(
    tmp_path: Path,
) -> None:
    desk, engine = paper_desk(tmp_path, confirm=True)
    try:
        card = await desk.handle_text(SIGNAL, source="Channel A", signal_id="tgA_1")
        assert card.pending is not None
        await desk.approve(card.pending.id, None)
        t = await _in_profit(engine)
        qty = t.open_qty
        asked = await desk.handle_text(
            "ENA close 30% profit and move sl to entry".replace("ENA", "BTC"),
            source="Channel A",
            signal_id="tgA_2",
        )
        assert asked.pending is not None, asked.text
        assert "Asked: close 30% of LONG BTC/USDT:USDT 1x, then move its stop" in asked.text
        assert t.open_qty == qty  # nothing before the tap
        await desk.approve(asked.pending.id, None)
        assert 0 < t.open_qty < qty and t.sl == t.avg_entry
    finally:
        await engine.aclose()
