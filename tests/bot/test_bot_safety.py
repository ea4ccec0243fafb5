"""Authorization, flood control, error handling, command registration and log hygiene."""

from __future__ import annotations

import logging

import pytest
from telegram import Update

from bot.app import COMMANDS
from bot.auth import REFUSAL, guard_of
from tests.bot.conftest import ADMIN, CHANNEL, SIGNAL, STRANGER, BotHarness, eventually
from tests.fakes.fake_telegram import FakeTelegram


async def test_start_when_polling_then_commands_registered_with_descriptions(
    bot: BotHarness, tg: FakeTelegram
):
    names = [c["command"] for c in tg.commands]
    assert names == [n for n, _ in COMMANDS]
    assert {"start", "help", "stats", "positions", "close", "pending", "halt", "resume"} <= set(
        names
    )
    assert all(c["description"] and "\n" not in c["description"] for c in tg.commands)


async def test_registered_handlers_when_enumerated_then_every_one_is_guarded(bot: BotHarness):
    assert bot.front is not None
    handlers = [h for group in bot.front.app.handlers.values() for h in group]
    assert len(handlers) >= 10
    for h in handlers:
        assert guard_of(h.callback) in ("admin", "channel"), h


async def test_every_handler_when_stranger_calls_it_then_nothing_runs(
    bot: BotHarness, tg: FakeTelegram
):
    """Call each registered callback directly with a stranger's update: none reaches the desk."""
    assert bot.front is not None
    app = bot.front.app
    calls: list[str] = []
    desk = bot.desk
    for name in ("handle_text", "claim", "reject", "close_symbol", "cancel_symbol", "close_all"):
        original = getattr(desk, name)

        async def spy(*a, _n=name, _o=original, **k):
            calls.append(_n)
            return await _o(*a, **k)

        setattr(desk, name, spy)
    for name in ("halt", "resume", "stats_text", "positions_text", "pending_text", "help_text"):
        original = getattr(desk, name)

        def sync_spy(*a, _n=name, _o=original, **k):
            calls.append(_n)
            return _o(*a, **k)

        setattr(desk, name, sync_spy)
    stranger_msg = tg.push_message(STRANGER, "/halt close")
    other_chan = tg.push_channel_post(-100999, SIGNAL)
    payloads = [
        {"update_id": 1, "message": stranger_msg},
        {"update_id": 2, "edited_message": {**stranger_msg, "edit_date": 1}},
        {"update_id": 3, "channel_post": other_chan},
        {"update_id": 4, "edited_channel_post": {**other_chan, "edit_date": 1}},
        {
            "update_id": 5,
            "callback_query": {
                "id": "1",
                "from": tg.user(STRANGER),
                "chat_instance": "x",
                "message": stranger_msg,
                "data": "hc:whatever",
            },
        },
    ]
    handlers = [h for group in app.handlers.values() for h in group]
    for payload in payloads:
        update = Update.de_json(payload, app.bot)
        for h in handlers:
            await h.callback(update, app.context_types.context.from_update(update, app))
    assert calls == []
    assert not bot.engine.is_halted


async def test_stranger_when_writing_then_one_polite_refusal_and_no_data(
    bot: BotHarness, tg: FakeTelegram
):
    mark = tg.mark()
    for text in ("/stats", "/positions", "/pending", "/halt", "/start", SIGNAL, "/close BTC"):
        tg.push_message(STRANGER, text)
    tg.push_forward(STRANGER, SIGNAL)
    await tg.wait_confirmed()
    tg.push_command(ADMIN, "/pending")  # a marker: once answered, the stranger's were handled
    await tg.wait_text("Nothing waiting", chat_id=ADMIN, after=mark)
    to_stranger = tg.calls_of("sendMessage", STRANGER)
    assert [c["text"] for c in to_stranger] == [REFUSAL]
    assert not bot.engine.is_halted


async def test_admin_command_in_channel_when_posted_then_ignored(bot: BotHarness, tg: FakeTelegram):
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "/halt")
    await tg.wait_confirmed()
    tg.push_command(ADMIN, "/pending")
    await tg.wait_text("Nothing waiting", chat_id=ADMIN, after=mark)
    assert not bot.engine.is_halted


async def test_send_when_flood_control_then_retried_after_the_wait(
    bot: BotHarness, tg: FakeTelegram
):
    tg.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    mark = tg.mark()
    tg.push_command(ADMIN, "/pending")
    await tg.wait_text("Nothing waiting", chat_id=ADMIN, after=mark)
    attempts = tg.calls_of("sendMessage", ADMIN)
    assert len(attempts) == 2
    assert attempts[1].at - attempts[0].at >= 0.9


async def test_update_when_malformed_or_telegram_fails_then_bot_keeps_running(
    bot: BotHarness, tg: FakeTelegram
):
    mark = tg.mark()
    tg.push_update({"weird_field": {"x": 1}})
    tg.push_update({"message": {"text": 5}})  # not a Message at all: PTB cannot parse it
    tg.push_update({"callback_query": {"id": "zz"}})
    tg.push_update(
        {"message": {"message_id": 1, "date": 0, "chat": {"id": ADMIN, "type": "private"}}}
    )
    tg.fail_next("sendMessage", 400, "Bad Request: chat not found")
    tg.push_command(ADMIN, "/stats")
    tg.push_callback(
        ADMIN, {"message_id": 999, "date": 0, "chat": {"id": ADMIN, "type": "private"}}, "a:nope"
    )
    await tg.wait_for("answerCallbackQuery", after=mark)
    tg.push_command(ADMIN, "/pending")
    await tg.wait_text("Nothing waiting", chat_id=ADMIN, after=mark)


async def test_handler_when_it_raises_then_error_handler_logs_and_tells_admin(
    bot: BotHarness, tg: FakeTelegram, caplog: pytest.LogCaptureFixture
):
    def boom() -> str:
        raise RuntimeError("kaboom")

    bot.desk.stats_text = boom
    mark = tg.mark()
    with caplog.at_level(logging.ERROR):
        tg.push_command(ADMIN, "/stats")
        await tg.wait_text("Something went wrong", chat_id=ADMIN, after=mark)
    assert any("kaboom" in (r.exc_text or str(r.exc_info)) for r in caplog.records)
    tg.push_command(ADMIN, "/pending")
    await tg.wait_text("Nothing waiting", chat_id=ADMIN, after=mark)


async def test_engine_event_when_published_then_admins_notified(bot: BotHarness, tg: FakeTelegram):
    mark = tg.mark()
    bot.engine.halt("the EMERGENCY_STOP file")
    msg = await tg.wait_text("Halted", chat_id=ADMIN, after=mark)
    assert "EMERGENCY_STOP" in msg["text"]


async def test_logs_when_polling_at_debug_then_token_never_written(
    settings, tg: FakeTelegram, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.DEBUG)
    h = BotHarness(settings, tg)
    await h.start()
    try:
        mark = tg.mark()
        tg.push_command(ADMIN, "/pending")
        await tg.wait_text("Nothing waiting", after=mark)
        tg.fail_next("getUpdates", 502, "Bad Gateway")
        await eventually(lambda: tg.pending_updates == 0)
    finally:
        await h.stop()
    secret = tg.token.split(":", 1)[1]
    for record in caplog.records:
        assert secret not in caplog.handler.format(record)
