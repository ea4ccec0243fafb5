"""Follow-ups whose reading changed in session 22 (branch i13-wa23), through the desk (what the
bot and the console share): a close asked beside a cancel closes the position (it was a cancel
that left the position open); a partial close beside a cancel is refused with its reason and
changes nothing; a stop move beside a hedged suggestion to take profit moves the stop and closes
nothing; two coins' stops moved in one post change nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from engine.domain.trade import TradeStatus
from parsers.close_cancel import SEVERAL
from tests.bot.conftest import paper_desk

ETH = "ETHUSDT SHORT\nTP: 2000\nSL: 2500"  # at market: open at once


@asynccontextmanager
async def _short(tmp_path: Path, confirm: bool) -> AsyncIterator[tuple[Any, Any]]:
    """A paper desk with the ETH short open at 2300 (signal tgA_1), the price then at 2250."""
    desk, engine = paper_desk(tmp_path, confirm)
    engine.market_data.anchor("ETH/USDT:USDT", 2300.0)
    try:
        card = await desk.handle_text(ETH, source="Channel A", signal_id="tgA_1")
        if card.pending is not None:
            await desk.approve(card.pending.id, None)
        assert card.ok, card.text
        await engine.on_price("ETHUSDT", 2250.0)
        yield desk, engine
    finally:
        await engine.aclose()


async def _say(desk: Any, text: str) -> tuple[bool, str]:
    r = await desk.handle_text(text, source="Channel A", signal_id="tgA_2", reply_to="tgA_1")
    if r.pending is not None:  # (confirmation on: the card asks, the tap applies it)
        assert r.ok, r.text
        done, text = await desk.approve(r.pending.id, None)
        return done is not None, text
    return r.ok, r.text


def _open(engine: Any) -> dict[str, tuple[float, float]]:
    return {str(p["trade_id"]): (float(p["quantity"]), float(p["sl"])) for p in engine.positions()}


@pytest.mark.parametrize("confirm", [False, True])
async def test_close_beside_a_cancel_when_replied_then_the_position_is_closed(
    tmp_path: Path, confirm: bool
) -> None:
    async with _short(tmp_path, confirm) as (desk, engine):
        ok, text = await _say(desk, "Scenario cancelled, close the position")
        assert ok, text
        assert engine.trades["tgA_1"].status is TradeStatus.CLOSED
        assert _open(engine) == {}


async def test_partial_close_beside_a_cancel_when_replied_then_refused_and_nothing_changes(
    tmp_path: Path,
) -> None:
    async with _short(tmp_path, False) as (desk, engine):
        before = _open(engine)
        ok, text = await _say(desk, "Close 30%, cancel remaining entries")
        assert not ok and SEVERAL in text and "Nothing was changed" in text, text
        assert _open(engine) == before


async def test_stop_move_beside_a_hedged_close_when_replied_then_only_the_stop_moves(
    tmp_path: Path,
) -> None:
    async with _short(tmp_path, False) as (desk, engine):
        qty, _ = _open(engine)["tgA_1"]
        entry = float(engine.trades["tgA_1"].avg_entry)
        ok, text = await _say(desk, "Move SL to entry, it might be wise to take some profit too")
        assert ok, text
        assert _open(engine) == {"tgA_1": (qty, entry)}


async def test_two_coins_stops_when_replied_then_nothing_changes(tmp_path: Path) -> None:
    async with _short(tmp_path, False) as (desk, engine):
        before = _open(engine)
        await _say(desk, "#BTC and #ETH move SL to entry")
        assert _open(engine) == before
