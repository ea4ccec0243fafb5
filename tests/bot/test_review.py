"""A signal the parser could not read with certainty is never traded, through the real bot.

Auto mode refuses it with the exact reason; with confirmation on, the admins get a card that
shows what was read and highlights the unread part, with no button to approve a guess.
"""

from __future__ import annotations

from pathlib import Path

from tests.bot.conftest import ADMIN, CHANNEL, BotHarness, make_settings
from tests.fakes.fake_telegram import FakeTelegram

# The entry label has no price: never a market entry.
UNREAD_ENTRY = "BTCUSDT LONG\nBuy zone: see chart\nTP: 43000\nSL: 41000\nLeverage 2x"
REASON = "entry label 'Buy zone' had no price I could read ('see chart')"


async def test_channel_post_when_entry_label_unread_in_auto_mode_then_refused_with_reason(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    h = BotHarness(make_settings(tmp_path, tg, REQUIRE_CONFIRMATION=False), tg)
    await h.start()
    try:
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, UNREAD_ENTRY)
        reply = await tg.wait_text("NEEDS REVIEW", chat_id=ADMIN, after=mark)
        assert "not traded" in reply["text"] and REASON in reply["text"]
        assert "Entry: ⚠️ not read" in reply["text"]
        assert not reply.buttons
        assert h.engine.positions() == []
        assert h.engine.get_stats()["trades_executed"] == 0
    finally:
        await h.stop()


async def test_forward_when_entry_label_unread_with_confirmation_then_card_marks_unread_part(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    mark = tg.mark()
    tg.push_forward(ADMIN, UNREAD_ENTRY)
    reply = await tg.wait_text("NEEDS REVIEW", chat_id=ADMIN, after=mark)
    text = reply["text"]
    assert REASON in text
    assert "⚠️⟦Buy zone: see chart⟧" in text  # the unread part, highlighted in the message
    assert "TP: 43000" in text and "Take-profit: 43,000" in text
    assert not reply.buttons  # nothing to approve: a guessed field is never traded
    assert bot.desk.book.waiting() == []
    assert bot.engine.positions() == []


async def test_forward_when_stop_is_a_candle_close_then_card_says_so(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    mark = tg.mark()
    tg.push_forward(ADMIN, "BTCUSDT LONG\nTP: 43000\nSL: 4h close below 41000\nLeverage 2x")
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert "Stop: 41,000" in card["text"]
    assert "candle-close stop: exit if 4h candle closes beyond 41,000" in card["text"]
