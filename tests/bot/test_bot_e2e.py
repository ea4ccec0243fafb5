"""End to end: the real Application polling the fake Telegram server, the engine in paper mode."""

from __future__ import annotations

from pathlib import Path

from tests.bot.conftest import (
    ADMIN,
    CHANNEL,
    ETH_SIGNAL,
    OTHER_CHANNEL,
    SIGNAL,
    STRANGER,
    BotHarness,
    eventually,
    make_settings,
)
from tests.fakes.fake_telegram import Call, FakeTelegram


def _card_buttons(call: Call) -> dict[str, str]:
    return {b["text"]: b["callback_data"] for b in call.buttons}


async def _card(tg: FakeTelegram, text: str = SIGNAL) -> Call:
    mark = tg.mark()
    tg.push_forward(ADMIN, text)
    return await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)


async def test_forward_when_signal_then_card_with_two_buttons(bot: BotHarness, tg: FakeTelegram):
    card = await _card(tg)
    text = card["text"]
    assert card["chat_id"] == ADMIN
    for needle in (
        "PAPER",
        "SIMULATED PRICES",
        "LONG BTC/USDT",
        "Stop: 41,000",
        "R:R",
        "Price now",
    ):
        assert needle in text
    assert "Crypto Signals" in text  # the source, from forward_origin
    buttons = _card_buttons(card)
    assert set(buttons) == {"✅ Approve", "❌ Reject"}
    # Callback data is an opaque id, never the trade itself.
    assert all("BTC" not in d and "41000" not in d for d in buttons.values())


async def test_approve_when_admin_taps_then_trade_opens_and_card_edited(
    bot: BotHarness, tg: FakeTelegram
):
    card = await _card(tg)
    mark = tg.mark()
    tg.push_callback(ADMIN, card, _card_buttons(card)["✅ Approve"])
    edit = await tg.wait_for("editMessageText", after=mark)
    assert "Executed" in edit["text"] and "Filled" in edit["text"]
    assert not edit.get("reply_markup")  # buttons gone
    assert [p["symbol"] for p in bot.engine.positions()] == ["BTC/USDT:USDT"]
    answer = await tg.wait_for("answerCallbackQuery", after=mark)
    assert "executing" in answer.get("text", "").lower()


async def test_reject_when_admin_taps_then_card_edited_and_nothing_traded(
    bot: BotHarness, tg: FakeTelegram
):
    card = await _card(tg)
    mark = tg.mark()
    tg.push_callback(ADMIN, card, _card_buttons(card)["❌ Reject"])
    edit = await tg.wait_for("editMessageText", after=mark)
    assert "Rejected" in edit["text"]
    assert bot.engine.positions() == []
    assert bot.engine.get_stats()["trades_executed"] == 0


async def test_tap_when_stranger_then_not_allowed_and_nothing_changes(
    bot: BotHarness, tg: FakeTelegram
):
    card = await _card(tg)
    mark = tg.mark()
    tg.push_callback(STRANGER, card, _card_buttons(card)["✅ Approve"])
    answer = await tg.wait_for("answerCallbackQuery", after=mark)
    assert answer.get("text") == "Not allowed."
    await tg.wait_confirmed()
    assert not tg.calls_of("editMessageText")
    assert bot.engine.positions() == []
    # The card still works for the admin.
    tg.push_callback(ADMIN, card, _card_buttons(card)["✅ Approve"])
    await tg.wait_for("editMessageText", after=mark)
    assert len(bot.engine.positions()) == 1


async def test_double_tap_when_approve_twice_then_one_trade(bot: BotHarness, tg: FakeTelegram):
    card = await _card(tg)
    data = _card_buttons(card)["✅ Approve"]
    mark = tg.mark()
    tg.push_callback(ADMIN, card, data)
    tg.push_callback(ADMIN, card, data)
    await eventually(lambda: len(tg.calls_of("answerCallbackQuery")) >= 2, what="two answers")
    await tg.wait_for("editMessageText", after=mark)
    answers = [c.get("text", "") for c in tg.calls_of("answerCallbackQuery")]
    assert any("already" in a.lower() for a in answers), answers
    assert len(bot.engine.positions()) == 1
    assert bot.engine.get_stats()["trades_executed"] == 1


async def test_approve_when_card_expired_then_refused_and_card_says_expired(
    tmp_path: Path, tg: FakeTelegram
):
    # 0.01 minutes: the approval expires after 0.6 s.
    h = BotHarness(make_settings(tmp_path, tg, APPROVAL_TIMEOUT_MINUTES=0.01), tg)
    await h.start()
    try:
        card = await _card(tg)
        edit = await tg.wait_for("editMessageText", lambda c: "Expired" in c["text"], timeout=15)
        assert not edit.get("reply_markup")
        mark = tg.mark()
        tg.push_callback(ADMIN, card, _card_buttons(card)["✅ Approve"])
        answer = await tg.wait_for("answerCallbackQuery", after=mark)
        assert "expired" in answer.get("text", "").lower()
        assert h.engine.positions() == []
    finally:
        await h.stop()  # waits for the tap's handler to end
    # The tap edits the card to what it already says: Telegram refuses it (400, "message is not
    # modified"), a refusal and not an outage, so it is sent once and never retried.
    (again,) = [c for c in tg.calls[mark:] if c.method == "editMessageText"]
    assert again.error is not None and "not modified" in again.error.description


async def test_card_when_it_expires_while_being_sent_then_edited_to_expired(
    tmp_path: Path, tg: FakeTelegram
):
    # The card's send is answered 2 s late; the approval (0.6 s) expires meanwhile and the
    # sweep (every 0.2 s) finds no card recorded to edit: the card, once sent, is edited itself.
    settings = make_settings(tmp_path, tg, APPROVAL_TIMEOUT_MINUTES=0.01)
    h = BotHarness(settings, tg, sweep_every=0.2)
    await h.start()
    try:
        tg.delay_next("sendMessage", 2.0)
        card = await _card(tg)
        edit = await tg.wait_for(
            "editMessageText",
            lambda c: c["message_id"] == card.result["message_id"] and "Expired" in c["text"],
        )
        assert not edit.get("reply_markup")
        assert h.engine.positions() == []
    finally:
        await h.stop()


async def test_approve_when_card_expired_before_sweep_then_refused(
    tmp_path: Path, tg: FakeTelegram
):
    h = BotHarness(make_settings(tmp_path, tg, APPROVAL_TIMEOUT_MINUTES=0.01), tg)
    await h.start()
    try:
        assert h.front is not None and h.front._expiry_task is not None
        h.front._expiry_task.cancel()  # no sweeper: the tap itself must check the time
        card = await _card(tg)
        pid = _card_buttons(card)["✅ Approve"].split(":")[1]
        await eventually(lambda: h.desk.book.now() > h.desk.book._by_id[pid].expires_at)
        mark = tg.mark()
        tg.push_callback(ADMIN, card, _card_buttons(card)["✅ Approve"])
        answer = await tg.wait_for("answerCallbackQuery", after=mark)
        assert "expired" in answer.get("text", "").lower()
        edit = await tg.wait_for("editMessageText", after=mark)
        assert "Expired" in edit["text"]
        assert h.engine.positions() == []
    finally:
        await h.stop()


async def test_pending_approval_when_restarted_then_can_still_be_approved(
    settings, tg: FakeTelegram
):
    first = BotHarness(settings, tg)
    await first.start()
    try:
        card = await _card(tg)
    finally:
        await first.stop()
    second = BotHarness(settings, tg)
    await second.start()
    try:
        mark = tg.mark()
        tg.push_command(ADMIN, "/pending")
        listing = await tg.wait_text("Waiting for approval", chat_id=ADMIN, after=mark)
        assert "BTCUSDT" in listing["text"] or "BTC" in listing["text"]
        tg.push_callback(ADMIN, card, _card_buttons(card)["✅ Approve"])
        edit = await tg.wait_for("editMessageText", after=mark)
        assert "Executed" in edit["text"]
        assert len(second.engine.positions()) == 1
    finally:
        await second.stop()


async def test_stats_when_asked_then_real_figures(bot: BotHarness, tg: FakeTelegram):
    card = await _card(tg)
    mark = tg.mark()
    tg.push_callback(ADMIN, card, _card_buttons(card)["✅ Approve"])
    await tg.wait_for("editMessageText", after=mark)
    mark = tg.mark()
    tg.push_command(ADMIN, "/stats")
    reply = await tg.wait_text("📊 Stats", chat_id=ADMIN, after=mark)
    stats = bot.engine.get_stats()
    text = reply["text"]
    assert f"Equity: {stats['equity']:,.2f} USDT" in text
    assert f"Fees paid: {stats['total_fees_paid']:,.2f} USDT" in text
    assert "Open positions: 1" in text
    assert f"book {stats['book']}" in text and stats["book"] == "paper"
    assert "1 processed" in text and "1 traded" in text
    assert "running" in text
    assert _card_buttons(reply) == {"📈 Equity curve": "eq"}
    # The button sends the equity curve as a PNG.
    mark = tg.mark()
    tg.push_callback(ADMIN, reply, "eq")
    photo = await tg.wait_for("sendPhoto", after=mark, timeout=30)
    assert photo.files["photo"].startswith(b"\x89PNG")


async def test_halt_when_signal_then_refused_and_resume_allows(bot: BotHarness, tg: FakeTelegram):
    mark = tg.mark()
    tg.push_command(ADMIN, "/halt")
    await tg.wait_text("Halted", chat_id=ADMIN, after=mark)
    assert bot.engine.is_halted
    mark = tg.mark()
    tg.push_forward(ADMIN, SIGNAL, origin_message_id=1)
    refused = await tg.wait_for("sendMessage", lambda c: "Refused" in c["text"], after=mark)
    assert not refused.buttons
    mark = tg.mark()
    tg.push_command(ADMIN, "/resume")
    await tg.wait_text("Resumed", chat_id=ADMIN, after=mark)
    card = await _card(tg, SIGNAL)
    assert _card_buttons(card)


async def test_halt_close_when_confirmed_then_every_position_closed(
    bot: BotHarness, tg: FakeTelegram
):
    card = await _card(tg)
    mark = tg.mark()
    tg.push_callback(ADMIN, card, _card_buttons(card)["✅ Approve"])
    await tg.wait_for("editMessageText", after=mark)
    mark = tg.mark()
    tg.push_command(ADMIN, "/halt close")
    confirm = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert len(bot.engine.positions()) == 1  # nothing closed before the confirmation
    tg.push_callback(ADMIN, confirm, confirm.buttons[0]["callback_data"])
    await tg.wait_text("Closed 1 position", after=mark)
    assert bot.engine.positions() == []


async def test_channel_post_when_allowed_channel_then_card_to_admins(
    bot: BotHarness, tg: FakeTelegram
):
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, SIGNAL)
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert card["chat_id"] == ADMIN
    assert "BTC/USDT" in card["text"]


async def test_channel_post_when_other_channel_then_ignored(bot: BotHarness, tg: FakeTelegram):
    mark = tg.mark()
    tg.push_channel_post(OTHER_CHANNEL, SIGNAL)
    tg.push_channel_post(OTHER_CHANNEL, "/stats")
    await tg.wait_confirmed()
    tg.push_command(ADMIN, "/pending")  # a marker: once answered, the posts were handled
    await tg.wait_text("Nothing waiting", after=mark)
    sent = tg.calls_of("sendMessage")
    assert len(sent) == 1


async def test_edited_channel_post_when_pending_then_new_card_and_old_one_refuses(
    bot: BotHarness, tg: FakeTelegram
):
    mark = tg.mark()
    post = tg.push_channel_post(CHANNEL, SIGNAL)
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    mark = tg.mark()
    tg.push_edited_channel_post(post, SIGNAL.replace("SL: 41000", "SL: 41500"))
    new = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert "Stop 41,000 → 41,500" in new["text"] and "Stop: 41,500" in new["text"]
    old = await tg.wait_for("editMessageText", after=mark)
    assert old["message_id"] == card.result["message_id"] and "out of date" in old["text"]
    assert not old.get("reply_markup")
    mark = tg.mark()
    tg.push_callback(ADMIN, card, _card_buttons(card)["✅ Approve"])
    answer = await tg.wait_for("answerCallbackQuery", after=mark)
    assert "out of date" in answer["text"] and bot.engine.positions() == []
    tg.push_callback(ADMIN, new, _card_buttons(new)["✅ Approve"])
    await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"], after=mark)
    assert bot.engine.positions()[0]["sl"] == 41500


async def test_reply_close_when_position_open_then_position_closed(
    tmp_path: Path, tg: FakeTelegram
):
    h = BotHarness(make_settings(tmp_path, tg, REQUIRE_CONFIRMATION=False), tg)
    await h.start()
    try:
        mark = tg.mark()
        post = tg.push_channel_post(CHANNEL, SIGNAL)
        await tg.wait_text("Executed", chat_id=ADMIN, after=mark)
        assert len(h.engine.positions()) == 1
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, "close", reply_to=post)
        await tg.wait_text("close: done", chat_id=ADMIN, after=mark)
        assert h.engine.positions() == []
        await tg.wait_text("Position closed", chat_id=ADMIN, after=mark)
    finally:
        await h.stop()


async def test_auto_mode_when_signal_then_executed_at_once_with_the_same_card(
    tmp_path: Path, tg: FakeTelegram
):
    h = BotHarness(make_settings(tmp_path, tg, REQUIRE_CONFIRMATION=False), tg)
    await h.start()
    try:
        mark = tg.mark()
        tg.push_forward(ADMIN, ETH_SIGNAL)
        reply = await tg.wait_text("Executed", chat_id=ADMIN, after=mark)
        assert "SHORT ETH/USDT" in reply["text"] and "PAPER" in reply["text"]
        assert not reply.buttons
        assert len(h.engine.positions()) == 1
    finally:
        await h.stop()


async def test_message_when_no_signal_then_short_answer_in_private_and_silence_in_channel(
    bot: BotHarness, tg: FakeTelegram
):
    mark = tg.mark()
    tg.push_message(ADMIN, "good morning everyone")
    reply = await tg.wait_for("sendMessage", after=mark)
    assert reply["text"] == "No signal found in that message."
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "good morning everyone")
    await tg.wait_confirmed()
    tg.push_command(ADMIN, "/pending")
    await tg.wait_text("Nothing waiting", after=mark)
    assert len(tg.calls[mark:]) and len(tg.calls_of("sendMessage")) == 2


async def test_positions_when_open_then_listed_with_close_button(bot: BotHarness, tg: FakeTelegram):
    card = await _card(tg)
    mark = tg.mark()
    tg.push_callback(ADMIN, card, _card_buttons(card)["✅ Approve"])
    await tg.wait_for("editMessageText", after=mark)
    mark = tg.mark()
    tg.push_command(ADMIN, "/positions")
    listing = await tg.wait_text("Open positions", chat_id=ADMIN, after=mark)
    assert "BTC/USDT" in listing["text"] and "PnL" in listing["text"]
    assert "book paper" in listing["text"]
    (button,) = listing.buttons
    assert button["text"].startswith("Close")
    tg.push_callback(ADMIN, listing, button["callback_data"])
    await tg.wait_text("Closed", after=mark)
    assert bot.engine.positions() == []


async def test_close_command_when_symbol_open_then_closed(bot: BotHarness, tg: FakeTelegram):
    card = await _card(tg)
    mark = tg.mark()
    tg.push_callback(ADMIN, card, _card_buttons(card)["✅ Approve"])
    await tg.wait_for("editMessageText", after=mark)
    mark = tg.mark()
    tg.push_command(ADMIN, "/close BTCUSDT")
    await tg.wait_text("Closed BTCUSDT", after=mark)
    assert bot.engine.positions() == []
    tg.push_command(ADMIN, "/close")
    await tg.wait_text("Usage", after=mark)


async def test_private_reply_close_when_replying_to_the_card_then_position_closed(
    tmp_path: Path, tg: FakeTelegram
):
    h = BotHarness(make_settings(tmp_path, tg, REQUIRE_CONFIRMATION=False), tg)
    await h.start()
    try:
        mark = tg.mark()
        tg.push_forward(ADMIN, SIGNAL, caption=True)  # a photo post: the signal is its caption
        card = await tg.wait_text("Executed", chat_id=ADMIN, after=mark)
        assert len(h.engine.positions()) == 1
        mark = tg.mark()
        tg.push_message(ADMIN, "close", reply_to=tg.message_of(card))
        await tg.wait_text("close: done", chat_id=ADMIN, after=mark)
        assert h.engine.positions() == []
    finally:
        await h.stop()


async def test_follow_up_when_naming_a_symbol_then_acts_on_its_open_position(
    tmp_path: Path, tg: FakeTelegram
):
    h = BotHarness(make_settings(tmp_path, tg, REQUIRE_CONFIRMATION=False), tg)
    await h.start()
    try:
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, SIGNAL)
        await tg.wait_text("Executed", chat_id=ADMIN, after=mark)
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, "Close BTC now")
        await tg.wait_text("close: done", chat_id=ADMIN, after=mark)
        assert h.engine.positions() == []
    finally:
        await h.stop()


async def test_channel_reply_cancel_when_signal_still_pending_then_card_cancelled(
    bot: BotHarness, tg: FakeTelegram
):
    mark = tg.mark()
    post = tg.push_channel_post(CHANNEL, SIGNAL)
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    tg.push_channel_post(CHANNEL, "cancel", reply_to=post)
    edit = await tg.wait_for("editMessageText", after=mark)
    assert "Cancelled" in edit["text"] and not edit.get("reply_markup")
    mark = tg.mark()
    tg.push_callback(ADMIN, card, _card_buttons(card)["✅ Approve"])
    answer = await tg.wait_for("answerCallbackQuery", after=mark)
    assert "already" in answer.get("text", "").lower()
    assert bot.engine.positions() == []


async def test_private_edit_when_pending_then_new_card(bot: BotHarness, tg: FakeTelegram):
    mark = tg.mark()
    original = tg.push_message(ADMIN, SIGNAL)
    await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    mark = tg.mark()
    tg.push_edited_message(original, SIGNAL.replace("TP: 43000", "TP: 43500"))
    new = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert "Take-profit 43,000 → 43,500" in new["text"]
