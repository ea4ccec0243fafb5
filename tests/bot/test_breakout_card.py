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


async def test_card_when_breakout_above_not_reached_then_waiting_entry_shown(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    card = await _card(bot, tg, "BTCUSDT LONG\nEnter above 43000\nTP: 45000\nSL: 41000")
    text = str(card["text"])
    assert "⛔" not in text
    assert "Entry: waiting for 43000 (above), then market" in text
    assert (
        "waiting for 43000 (above): nothing is sent until the price gets there, then it enters"
        " at market" in text
    )
    assert "✅ Approve" in {b["text"] for b in card.buttons}
    assert bot.engine.trades == {} and bot.engine.waiting_entries() == []


async def test_approve_when_breakout_waits_then_exactly_that_entry_waits_and_enters_at_level(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    """Approving holds exactly the waiting entry the card showed; the entry made when the
    price gets there is that one (level, stop, target), told to the admin."""
    card = await _card(bot, tg, "BTCUSDT LONG\nEnter above 43000\nTP: 45000\nSL: 41000")
    buttons = {b["text"]: b["callback_data"] for b in card.buttons}
    mark = tg.mark()
    tg.push_callback(ADMIN, card, buttons["✅ Approve"])
    edit = await tg.wait_for("editMessageText", after=mark)
    assert "⏳ Accepted" in str(edit["text"]) and "waiting for 43000 (above)" in str(edit["text"])
    assert bot.engine.trades == {}
    (w,) = bot.engine.waiting_entries()
    assert (w["side"], w["level"], w["sl"], w["take_profits"]) == (
        "LONG",
        43000.0,
        41000.0,
        [45000.0],
    )
    mark = tg.mark()
    tg.push_command(ADMIN, "/positions")
    reply = await tg.wait_for("sendMessage", lambda c: "Waiting entries" in c["text"], after=mark)
    assert "• LONG BTC/USDT waiting for 43000 (above) · stop 41,000" in reply["text"]
    mark = tg.mark()
    await bot.engine.on_price("BTCUSDT", 43000.0)
    told = await tg.wait_for("sendMessage", lambda c: "Breakout entered" in c["text"], after=mark)
    assert "the price reached 43000 (above) at 43000: entered at market" in told["text"]
    (t,) = bot.engine.trades.values()
    assert t.trade_id == w["trade_id"] and t.entry_qty > 0 and t.avg_entry >= Decimal(43000)
    assert t.sl == Decimal(41000) and t.take_profits == [Decimal(45000)]


async def test_halt_when_entry_waits_then_cancelled_and_admin_told(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    card = await _card(bot, tg, "BTCUSDT LONG\nEnter above 43000\nTP: 45000\nSL: 41000")
    buttons = {b["text"]: b["callback_data"] for b in card.buttons}
    mark = tg.mark()
    tg.push_callback(ADMIN, card, buttons["✅ Approve"])
    await tg.wait_for("editMessageText", after=mark)
    mark = tg.mark()
    tg.push_command(ADMIN, "/halt")
    told = await tg.wait_for(
        "sendMessage", lambda c: "Waiting entry ended" in c["text"], after=mark
    )
    assert "trading was halted: cancelled, nothing entered" in told["text"]
    assert bot.engine.waiting_entries() == []


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
