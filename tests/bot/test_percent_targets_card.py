"""Targets given only as percentages ("Targets: 5% 10% 15%") on the approval card, in what the
tap executes and in the trade log: the real Application polling the fake Telegram server, the
engine in paper mode (its simulated feed started at 42000). No price is worked out from the
percentages (tests/fixtures/corpus/CONVENTIONS.md, targets given as percentages): the trade is the
post's entry and stop with no target, and the card and the log say why."""

from __future__ import annotations

import json
from decimal import Decimal

from config import Settings
from tests.bot.conftest import ADMIN, BotHarness
from tests.fakes.fake_telegram import Call, FakeTelegram

POST = "BTCUSDT LONG\nEntry: 42000\nTargets: 5% 10% 15%\nStop loss: 40000"
NOTE = (
    "targets given only as percentages ('Targets: 5% 10% 15%'), not prices: no take-profit is"
    " placed; the trade ends at its stop, a trailing stop or a close"
)


async def _card(bot: BotHarness, tg: FakeTelegram, text: str) -> Call:
    bot.engine.market_data.anchor("BTC/USDT:USDT", 42000.0)
    mark = tg.mark()
    tg.push_forward(ADMIN, text)
    return await tg.wait_for("sendMessage", lambda c: "BTC/USDT" in str(c["text"]), after=mark)


def _log(settings: Settings) -> list[dict]:
    path = settings.DATA_DIR / "books" / "paper" / "trades.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()]


async def test_card_when_targets_only_percentages_then_no_target_and_the_note_shown(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    card = await _card(bot, tg, POST)
    text = str(card["text"])
    assert "⛔" not in text
    assert "Entry: 42,000" in text or "Entry: 42000" in text
    assert "Take-profit: —" in text
    assert f"📌 {NOTE}" in text
    assert "✅ Approve" in {b["text"] for b in card.buttons}
    assert bot.engine.trades == {}


async def test_approve_when_targets_only_percentages_then_entry_and_stop_traded_no_target_logged(
    bot: BotHarness, tg: FakeTelegram, settings: Settings
) -> None:
    """What the tap executes is what the card showed: entry and stop as posted, no target
    (none computed from 5%), and the trade log's lines carry the percentages as written."""
    card = await _card(bot, tg, POST)
    buttons = {b["text"]: b["callback_data"] for b in card.buttons}
    mark = tg.mark()
    tg.push_callback(ADMIN, card, buttons["✅ Approve"])
    await tg.wait_for("editMessageText", after=mark)
    (t,) = bot.engine.trades.values()
    assert t.entries == [Decimal(42000)] and t.sl == Decimal(40000)
    assert t.take_profits == []
    await bot.engine.on_price("BTCUSDT", 41990.0)  # the limit entry fills
    (opened,) = [r for r in _log(settings) if r["action"] == "OPEN"]
    assert opened["tp"] == [] and Decimal(opened["sl"]) == Decimal(40000)
    assert opened["target_percents"] == ["Targets: 5% 10% 15%"]
    await bot.engine.on_price("BTCUSDT", 39900.0)  # through the stop: the trade ends there
    last = _log(settings)[-1]
    assert last["action"] == "CLOSE" and last["target_percents"] == ["Targets: 5% 10% 15%"]


async def test_card_when_a_target_price_and_a_percentage_then_refused_for_review(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    """A target read as a price beside one given as a percentage: the second is a target left
    unread, never dropped in silence (the post asks for review, nothing to approve)."""
    mark = tg.mark()
    tg.push_forward(ADMIN, "BTCUSDT LONG\nEntry: 42000\nTP1: 43000\nTP2: 5%\nSL: 41000")
    reply = await tg.wait_for("sendMessage", after=mark)
    assert "target label 'TP2' gives a percentage, not a price" in str(reply["text"])
    assert "✅ Approve" not in {b["text"] for b in reply.buttons}
    assert bot.engine.trades == {}
