"""The session-21 ruling's coinless follow-ups through the desk (tests/fixtures/corpus/
CONVENTIONS.md): "Trade #1268 Canceled" (the channel's own trade number, no coin) is a CANCEL
with no symbol and "止損2320" (a stop and its price alone) a MOVE_SL to that price with no
symbol. Posted as a reply, each acts on the trade of the signal it answers and no other; posted
as no reply, it names nothing, so it is refused with that reason and changes nothing (as the
coinless close is: tests/bot/test_coinless_close.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from engine.domain.trade import TradeStatus
from tests.bot.conftest import paper_desk
from tests.bot.test_coinless_close import NO_TRADE_NAMED

# Two limit entries well below the simulated price (anchored at 42,000): they rest unfilled.
BTC_LIMITS = "BTCUSDT LONG\nEntry 1: 40500\nEntry 2: 40000\nTP: 43000\nSL: 39000\nLeverage 2x"
ETH = "ETHUSDT SHORT\nTP: 2250\nSL: 2330"  # at market: open at once
CANCEL = "Trade #1268 Canceled\n(Didn't meet the requirements), on to the next one"
STOP = "止損2320"


@asynccontextmanager
async def _two_trades(tmp_path: Path, confirm: bool) -> AsyncIterator[tuple[Any, Any]]:
    """A paper desk with the BTC long resting (signal tgA_1) and the ETH short open (tgA_2)."""
    desk, engine = paper_desk(tmp_path, confirm)
    engine.market_data.anchor("BTC/USDT:USDT", 42000.0)
    try:
        for text, signal_id in ((BTC_LIMITS, "tgA_1"), (ETH, "tgA_2")):
            card = await desk.handle_text(text, source="Channel A", signal_id=signal_id)
            if card.pending is not None:
                await desk.approve(card.pending.id, None)
            assert card.ok, card.text
        yield desk, engine
    finally:
        await engine.aclose()


async def _say(desk: Any, text: str, reply_to: str) -> tuple[bool, str]:
    r = await desk.handle_text(text, source="Channel A", signal_id="tgA_3", reply_to=reply_to)
    if r.pending is not None:  # (confirmation on: the card asks, the tap applies it)
        assert r.ok, r.text
        done, text = await desk.approve(r.pending.id, None)
        return done is not None, text
    return r.ok, r.text


def _stops(engine: Any) -> dict[str, float]:
    return {str(p["trade_id"]): float(p["sl"]) for p in engine.positions()}


@pytest.mark.parametrize("confirm", [False, True])
async def test_coinless_cancel_when_reply_to_a_signal_then_only_that_trade_cancelled(
    tmp_path: Path, confirm: bool
) -> None:
    async with _two_trades(tmp_path, confirm) as (desk, engine):
        assert engine.trades["tgA_1"].status is TradeStatus.PENDING
        ok, text = await _say(desk, CANCEL, reply_to="tgA_1")
        assert ok and "cancel" in text, text
        assert engine.trades["tgA_1"].status is TradeStatus.CANCELED
        assert engine.trades["tgA_2"].status is TradeStatus.OPEN
        assert _stops(engine) == {"tgA_2": 2330.0}


@pytest.mark.parametrize("confirm", [False, True])
async def test_coinless_stop_when_reply_to_a_signal_then_only_that_stop_moves(
    tmp_path: Path, confirm: bool
) -> None:
    async with _two_trades(tmp_path, confirm) as (desk, engine):
        ok, text = await _say(desk, STOP, reply_to="tgA_2")
        assert ok and "2,320" in text, text
        assert _stops(engine) == {"tgA_2": 2320.0}
        assert engine.trades["tgA_1"].status is TradeStatus.PENDING


@pytest.mark.parametrize("confirm", [False, True])
@pytest.mark.parametrize(("text", "what"), [(CANCEL, "cancel"), (STOP, "move sl")])
async def test_coinless_cancel_or_stop_when_no_reply_then_refused_and_nothing_changes(
    tmp_path: Path, text: str, what: str, confirm: bool
) -> None:
    async with _two_trades(tmp_path, confirm) as (desk, engine):
        r = await desk.handle_text(text, source="Channel A", signal_id="tgA_3")
        assert not r.ok and r.pending is None
        assert r.text == NO_TRADE_NAMED.format(what=what)
        assert engine.trades["tgA_1"].status is TradeStatus.PENDING
        assert _stops(engine) == {"tgA_2": 2330.0}
