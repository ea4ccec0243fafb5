"""A channel's "move the stop" with no price to move it to ("移动止损", "Move SL to TP1") is
refused with the reason, asked of no one, and changes nothing (parsers/updates.py gives the
reason; the desk shows it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bot.conftest import paper_desk

SIGNAL = "BTCUSDT LONG\nEntry: market\nTP: 43000\nSL: 41000"
REFUSED = (
    "↪️ move sl: not applied: it moves the stop, but gives no price to move it to. "
    "Nothing was changed."
)


@pytest.mark.parametrize("confirm", [False, True])
@pytest.mark.parametrize("text", ["移动止损", "BTC move SL to TP1", "可以带个保护了"])
async def test_follow_up_when_the_stop_moves_to_no_price_then_refused_and_nothing_changes(
    tmp_path: Path, text: str, confirm: bool
) -> None:
    desk, engine = paper_desk(tmp_path, confirm)
    try:
        card = await desk.handle_text(SIGNAL, source="Channel A", signal_id="tgA_1")
        if card.pending is not None:
            await desk.approve(card.pending.id, None)
        (t,) = engine.trades.values()
        before = (t.open_qty, t.sl)
        r = await desk.handle_text(text, source="Channel A", signal_id="tgA_2", reply_to="tgA_1")
        assert not r.ok and r.pending is None
        assert r.text == REFUSED
        assert (t.open_qty, t.sl) == before
        # The same channel's stop move with its price is done (or asked): the reply reaches it.
        moved = await desk.handle_text(
            "SL moved to 41500", source="Channel A", signal_id="tgA_3", reply_to="tgA_1"
        )
        if moved.pending is not None:
            await desk.approve(moved.pending.id, None)
        assert float(t.sl) == 41500.0, moved.text
    finally:
        await engine.aclose()
