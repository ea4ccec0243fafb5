"""A breakout entry on the approval card: the real Application polling the fake Telegram server,
the engine in paper mode (its simulated feed, started at 42000 as a first signal would)."""

from __future__ import annotations

from decimal import Decimal

from tests.bot.conftest import ADMIN, BotHarness
from tests.fakes.fake_telegram import Call, FakeTelegram


async def _card(bot: BotHarness, tg: FakeTelegram, text: str) -> Call:
    bot.engine.market_data.anchor("BTC/USDT:USDT", 42000.0)  # the walk starts at 42000
    mark = tg.mark()
    tg.push_forward(ADMIN, text)
    return await tg.wait_for("sendMessage", lambda c: "BTC/USDT" in str(c["text"]), after=mark)


async def test_card_when_breakout_above_not_reached_then_refused_with_the_reason(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    card = await _card(bot, tg, "BTCUSDT LONG\nEnter above 43000\nTP: 45000\nSL: 41000")
    text = str(card["text"])
    assert "⛔ Refused by the risk rules:" in text
    assert (
        "entry is a breakout above 43000 and the price is 42000: sigcopy would buy now, below"
        " the channel's level; it does not place breakout entries yet" in text
    )
    assert "✅ Approve" not in {b["text"] for b in card.buttons}
    assert bot.engine.trades == {}


async def test_card_when_breakout_above_passed_then_market_entry_noted(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    card = await _card(bot, tg, "BTCUSDT LONG\nEnter above 41500\nTP: 45000\nSL: 40000")
    text = str(card["text"])
    assert "Entry: market" in text and "⛔" not in text
    assert (
        "the entry is a breakout above 41500, already passed (price 42000): entering at market,"
        " as the channel meant" in text
    )
    assert "✅ Approve" in {b["text"] for b in card.buttons}


async def test_approve_when_breakout_passed_then_what_executes_is_the_market_entry_shown(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    """The approval rebuilds the signal from its stored record: the trigger must survive, or
    the tap would place a plain limit at 41,500 instead of the market entry the card showed."""
    card = await _card(bot, tg, "BTCUSDT LONG\nEnter above 41500\nTP: 45000\nSL: 40000")
    buttons = {b["text"]: b["callback_data"] for b in card.buttons}
    mark = tg.mark()
    tg.push_callback(ADMIN, card, buttons["✅ Approve"])
    await tg.wait_for("editMessageText", after=mark)
    (t,) = bot.engine.trades.values()
    assert t.is_active and t.entry_qty > 0  # entered at market, not resting at 41,500
    assert t.avg_entry > Decimal(41500)
