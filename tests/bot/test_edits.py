"""What you approve is what executes: a card is bound to the signal it shows; edits of the post
make a new card, and an edit of a traded post is a follow-up, never a second trade."""

from __future__ import annotations

from pathlib import Path

from engine.domain.orders import OrderRole
from tests.bot.conftest import ADMIN, CHANNEL, SIGNAL, BotHarness, edit_said, make_settings
from tests.bot.test_approval_faults import APPROVE, buttons
from tests.bot.test_follow_up_share_and_cancel import _post
from tests.fakes.fake_telegram import FakeTelegram

SHORT_3X = (
    SIGNAL.replace("LONG", "SHORT")
    .replace("TP: 43000", "TP: 41000")
    .replace("SL: 41000", "SL: 43000")
    .replace("Leverage 2x", "Leverage 3x")
)


async def test_edit_when_card_waiting_then_old_card_refuses_and_new_card_shows_the_change(
    bot: BotHarness, tg: FakeTelegram
):
    mark = tg.mark()
    post = tg.push_channel_post(CHANNEL, SIGNAL)
    old = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert "LONG BTC/USDT · 2x" in old["text"]
    mark = tg.mark()
    tg.push_edited_channel_post(post, SHORT_3X)
    new = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert "edited: long 2x → short 3x" in new["text"].lower()
    assert "SHORT BTC/USDT · 3x" in new["text"]
    # The old card's Approve (a LONG 2x) never executes the SHORT 3x: it refuses, plainly.
    for label in (APPROVE, "❌ Reject"):
        mark = tg.mark()
        tg.push_callback(ADMIN, old, buttons(old)[label])
        answer = await tg.wait_for("answerCallbackQuery", after=mark)
        assert "out of date" in answer["text"] and "edited" in answer["text"]
    assert bot.engine.positions() == []
    assert bot.desk.book.waiting()[0].status == "waiting"
    mark = tg.mark()
    tg.push_callback(ADMIN, new, buttons(new)[APPROVE])
    await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"], after=mark)
    (pos,) = bot.engine.positions()
    assert pos["side"] == "SHORT" and pos["leverage"] == 3


async def test_edit_when_text_changes_nothing_to_trade_then_no_new_card(
    bot: BotHarness, tg: FakeTelegram
):
    mark = tg.mark()
    post = tg.push_channel_post(CHANNEL, SIGNAL)
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    tg.push_edited_channel_post(post, SIGNAL + "\n🚀🚀")
    await tg.wait_confirmed()
    tg.push_command(ADMIN, "/pending")
    await tg.wait_text("Waiting for approval", after=mark)
    assert len([c for c in tg.calls_of("sendMessage") if c.buttons]) == 1
    mark = tg.mark()
    tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
    await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"], after=mark)


async def test_edit_when_auto_mode_and_already_traded_then_follow_up_not_second_trade(
    tmp_path: Path, tg: FakeTelegram
):
    h = await BotHarness(make_settings(tmp_path, tg, REQUIRE_CONFIRMATION=False), tg).start()
    try:
        mark = tg.mark()
        post = tg.push_channel_post(CHANNEL, SIGNAL)
        await tg.wait_text("Executed", chat_id=ADMIN, after=mark)
        moved = await edit_said(tg, post, SIGNAL.replace("SL: 41000", "SL: 41200"))
        assert "Stop 41,000 → 41,200" in moved["text"] and "done" in moved["text"]
        (pos,) = h.engine.positions()
        assert pos["sl"] == 41200
        said = await edit_said(tg, post, SHORT_3X)
        assert "no second trade" in said["text"] and "side" in said["text"]
        assert [p["side"] for p in h.engine.positions()] == ["LONG"]
        assert h.engine.get_stats()["trades_executed"] == 1
    finally:
        await h.stop()


async def test_edit_when_traded_before_a_restart_then_still_no_second_trade(
    tmp_path: Path, tg: FakeTelegram
):
    settings = make_settings(tmp_path, tg, REQUIRE_CONFIRMATION=False)
    first = await BotHarness(settings, tg).start()
    try:
        mark = tg.mark()
        post = tg.push_channel_post(CHANNEL, SIGNAL)
        await tg.wait_text("Executed", chat_id=ADMIN, after=mark)
    finally:
        await first.stop()
    second = await BotHarness(settings, tg).start()
    try:
        said = await edit_said(tg, post, SIGNAL.replace("Leverage 2x", "Leverage 3x"))
        assert "LONG 2x → LONG 3x" in said["text"] and "no second trade" in said["text"]
        assert len(second.engine.positions()) == 1
    finally:
        await second.stop()


async def test_edit_when_traded_post_drops_its_stop_then_stop_kept_and_told_what_to_do(
    auto: BotHarness, tg: FakeTelegram
):
    post = await _post(tg, SIGNAL, confirm=False)
    (t,) = auto.engine.trades.values()
    # The channel edits the stop out of its post: it was said as "Stop 41,000 → —" and nothing
    # more, the old stop kept without a word about it.
    said = await edit_said(tg, post, SIGNAL.replace("SL: 41000\n", ""))
    assert said["text"] == (
        "✏️ Edited after the trade: Stop 41,000 → —\nThe edit removes the stop: not applied: "
        "the open LONG BTCUSDT keeps its stop at 41,000 (sigcopy never leaves a position "
        "without a stop on the exchange). Keep it so, or /close BTCUSDT if the channel means "
        "to exit."
    )
    (pos,) = auto.engine.positions()
    assert pos["sl"] == 41000
    (stop,) = auto.engine.book.orders.live(t.trade_id, OrderRole.STOP_LOSS)
    assert stop.trigger_price == 41000
