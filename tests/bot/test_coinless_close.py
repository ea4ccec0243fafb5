"""A close that names no coin ("Close this position", "Закрываю", "take profit") is read as a
CLOSE with no symbol (tests/fixtures/corpus/CONVENTIONS.md, the convention settled in session 17):
posted as a reply, it closes the trade of the signal it answers and no other; posted as no reply,
it names nothing, so it is refused with that reason and changes nothing, in both modes.

The convention is "labelled by what it asks", so a stop-hit report with no coin ("Stopped out")
is a SL_HIT with no symbol and is held to the same rule (session 18); a coinless "Cancel" reply
is tested in test_follow_up_share_and_cancel.py (a cancel ends resting entries, not positions).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.bot.conftest import paper_desk

BTC = "BTCUSDT LONG\nEntry: market\nTP: 43000\nSL: 41000"
ETH = "ETHUSDT SHORT\nTP: 2250\nSL: 2330"
NO_TRADE_NAMED = (
    "↪️ {what}: not applied: the post names no coin and replies to no signal, so which trade "
    "it means cannot be told. Nothing was changed."
)
# (post, the follow-up kind in the bot's words)
COINLESS = [
    ("Close this position", "close"),
    ("Закрываю", "close"),
    ("take profit", "close"),
    ("Stopped out", "sl hit"),
    ("Our short got stopped, stop loss hit", "sl hit"),
]


async def _open(desk: object, text: str, signal_id: str) -> None:
    card = await desk.handle_text(text, source="Channel A", signal_id=signal_id)  # type: ignore[attr-defined]
    if card.pending is not None:
        await desk.approve(card.pending.id, None)  # type: ignore[attr-defined]


@asynccontextmanager
async def _two_trades(tmp_path: Path, confirm: bool) -> AsyncIterator[tuple[Any, Any]]:
    """A paper desk with the BTC long (signal tgA_1) and the ETH short (tgA_2) open."""
    desk, engine = paper_desk(tmp_path, confirm)
    try:
        await _open(desk, BTC, "tgA_1")
        await _open(desk, ETH, "tgA_2")
        yield desk, engine
    finally:
        await engine.aclose()


def _open_symbols(engine: object) -> set[str]:
    return {str(p["symbol"]) for p in engine.positions()}  # type: ignore[attr-defined]


@pytest.mark.parametrize("confirm", [False, True])
@pytest.mark.parametrize(("text", "what"), COINLESS)
async def test_coinless_close_when_reply_to_a_signal_then_only_that_trade_closes(
    tmp_path: Path, text: str, what: str, confirm: bool
) -> None:
    async with _two_trades(tmp_path, confirm) as (desk, engine):
        assert len(_open_symbols(engine)) == 2
        r = await desk.handle_text(text, source="Channel A", signal_id="tgA_3", reply_to="tgA_2")
        if r.pending is not None:
            await desk.approve(r.pending.id, None)
        assert r.ok, r.text
        assert r.text.startswith(f"↪️ {what}") or r.pending is not None, r.text
        (left,) = _open_symbols(engine)
        assert left.startswith("BTC"), left


@pytest.mark.parametrize("confirm", [False, True])
@pytest.mark.parametrize(("text", "what"), COINLESS)
async def test_coinless_close_when_no_reply_then_refused_and_nothing_changes(
    tmp_path: Path, text: str, what: str, confirm: bool
) -> None:
    async with _two_trades(tmp_path, confirm) as (desk, engine):
        r = await desk.handle_text(text, source="Channel A", signal_id="tgA_3")
        assert not r.ok and r.pending is None
        assert r.text == NO_TRADE_NAMED.format(what=what)
        assert len(_open_symbols(engine)) == 2
