"""The approval flow when Telegram fails the way it does (5xx, 429, drops) and across restarts.

Every test drives the real PTB Application against the fake Bot API server, whose faults are
built from core.telegram.org/bots/api (see tests/fakes/fake_telegram.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.bot.conftest import ADMIN, SIGNAL, BotHarness, eventually
from tests.fakes.fake_telegram import Call, FakeTelegram

APPROVE = "✅ Approve"


def buttons(call: Call | dict) -> dict[str, str]:
    """Button text -> callback data of a card (a send/edit call or a message)."""
    markup = (call.params if isinstance(call, Call) else call).get("reply_markup") or {}
    return {b["text"]: b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row}


async def card_for(tg: FakeTelegram, text: str = SIGNAL, origin: int = 77) -> Call:
    """Forward a signal; the card the bot sends."""
    mark = tg.mark()
    tg.push_forward(ADMIN, text, origin_message_id=origin)
    return await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark, timeout=30)


def pending_id(card: Call) -> str:
    return buttons(card)[APPROVE].split(":")[1]


FAULTS: dict[str, Callable[[FakeTelegram], None]] = {
    "500": lambda tg: tg.fail_next("answerCallbackQuery", 500, "Internal Server Error"),
    "too_old": lambda tg: tg.fail_next(
        "answerCallbackQuery", 400, "Bad Request: query is too old and response timeout expired"
    ),
    "flood": lambda tg: tg.fail_next(
        "answerCallbackQuery", 429, "Too Many Requests", retry_after=5
    ),
    "dropped": lambda tg: tg.drop_next("answerCallbackQuery"),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
async def test_approve_when_answer_callback_fails_then_trade_executes_and_card_edited(
    bot: BotHarness, tg: FakeTelegram, fault: str
):
    card = await card_for(tg)
    FAULTS[fault](tg)
    mark = tg.mark()
    tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
    edit = await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"], after=mark)
    assert not edit.get("reply_markup")
    assert len(bot.engine.positions()) == 1
    failed = tg.calls_of("answerCallbackQuery")
    assert failed and failed[0].error is not None  # the fault really hit the answer
    stored = await bot.desk.book.get(pending_id(card))
    assert stored is not None and stored.status == "executed"


async def test_claim_when_restart_cut_it_short_before_execution_then_released_and_approvable(
    settings, tg: FakeTelegram
):
    first = await BotHarness(settings, tg).start()
    try:
        card = await card_for(tg)
        claimed, _ = await first.desk.claim(pending_id(card), ADMIN)  # then the process dies
        assert claimed is not None and claimed.status == "executing"
    finally:
        await first.stop()
    mark = tg.mark()
    second = await BotHarness(settings, tg).start()
    try:
        released = await tg.wait_for("editMessageText", after=mark)
        assert (
            "interrupted by a restart" in released["text"]
            and "nothing was traded" in released["text"]
        )
        assert buttons(released) == buttons(card)  # the buttons are back
        assert (await second.desk.book.get(pending_id(card))).status == "waiting"
        assert second.engine.positions() == []
        mark = tg.mark()
        tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
        await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"], after=mark)
        assert len(second.engine.positions()) == 1
    finally:
        await second.stop()


async def test_claim_when_restart_after_execution_then_card_says_executed_and_no_second_trade(
    settings, tg: FakeTelegram
):
    first = await BotHarness(settings, tg).start()
    try:
        card = await card_for(tg)
        claimed, _ = await first.desk.claim(pending_id(card), ADMIN)
        assert claimed is not None
        assert (await first.engine.execute(claimed.to_signal())).ok  # then the process dies
    finally:
        await first.stop()
    mark = tg.mark()
    second = await BotHarness(settings, tg).start()
    try:
        done = await tg.wait_for("editMessageText", after=mark)
        assert "Executed before a restart" in done["text"] and not done.get("reply_markup")
        assert (await second.desk.book.get(pending_id(card))).status == "executed"
        mark = tg.mark()
        tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
        ans = await tg.wait_for("answerCallbackQuery", after=mark)
        assert "already executed" in ans.get("text", "").lower()
        await eventually(lambda: tg.pending_updates == 0)
        assert len(second.engine.positions()) == 1
    finally:
        await second.stop()


async def test_tap_when_a_kill_lost_the_edit_after_execution_then_card_shows_the_outcome(
    settings, tg: FakeTelegram
):
    # Killed after the approval was recorded executed and before its card was edited (the
    # crash harness's random kill hit this window on a loaded machine): the restart has no
    # claim to settle, and the card kept its buttons. A tap answers "Already executed" and
    # puts the outcome on the card, once; nothing trades again.
    first = await BotHarness(settings, tg).start()
    try:
        card = await card_for(tg)
        pending, text = await first.desk.approve(pending_id(card), ADMIN)
        assert pending is not None and "Executed" in text  # then the process dies
    finally:
        await first.stop()
    second = await BotHarness(settings, tg).start()
    try:
        assert tg.calls_of("editMessageText") == []  # nothing to settle: the card shows buttons
        mark = tg.mark()
        tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
        ans = await tg.wait_for("answerCallbackQuery", after=mark)
        assert "already executed" in ans.get("text", "").lower()
        done = await tg.wait_for("editMessageText", after=mark)
        assert "Executed" in done["text"] and not done.get("reply_markup")
        assert done["message_id"] == card.result["message_id"]
        mark = tg.mark()
        tg.push_callback(ADMIN, card, buttons(card)[APPROVE])  # the card shows no buttons now
        await tg.wait_for("answerCallbackQuery", after=mark)
        await eventually(lambda: tg.pending_updates == 0)
        assert [c for c in tg.calls[mark:] if c.method == "editMessageText"] == []
        assert len(second.engine.positions()) == 1
    finally:
        await second.stop()


async def test_card_when_send_fails_with_5xx_then_retried_and_delivered(
    bot: BotHarness, tg: FakeTelegram, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr("bot.sending.BACKOFF_S", 0.02)  # retried, not how long it waits
    tg.fail_next("sendMessage", 502, "Bad Gateway", times=2)
    tg.drop_next("sendMessage")
    card = await card_for(tg)
    failed = [c for c in tg.calls_of("sendMessage") if c.error is not None]
    assert len(failed) == 3
    pending = await bot.desk.book.get(pending_id(card))
    assert pending is not None and pending.cards == [[ADMIN, card.result["message_id"]]]


async def test_card_when_flood_control_then_sent_after_retry_after(
    bot: BotHarness, tg: FakeTelegram
):
    tg.fail_next("sendMessage", 429, "Too Many Requests", retry_after=1)
    card = await card_for(tg)
    refused = tg.calls_of("sendMessage")[0]
    assert refused.error is not None and refused.error.retry_after == 1
    assert card.at - refused.at >= 0.95  # waited what ResponseParameters.retry_after said


async def test_card_when_send_keeps_failing_then_approval_kept_and_card_sent_after_restart(
    settings, tg: FakeTelegram, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr("bot.sending.BACKOFF_S", 0.02)  # the outage lasts; no need to wait it
    tg.fail_next("sendMessage", 500, "Internal Server Error", times=10_000)
    first = await BotHarness(settings, tg).start()
    try:
        tg.push_forward(ADMIN, SIGNAL)
        await eventually(lambda: len(tg.calls_of("sendMessage")) >= 5, what="5 failed sends")
        # Written before the card was sent: waiting, no card yet.
        (waiting,) = first.desk.book.waiting()
        stored = await first.engine.store.get("pending", waiting.id)
        assert stored is not None and stored["status"] == "waiting" and stored["cards"] == []
    finally:
        await first.stop()
    tg.clear_faults()
    mark = tg.mark()
    second = await BotHarness(settings, tg).start()
    try:
        card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
        assert card["chat_id"] == ADMIN and "LONG BTC/USDT" in card["text"]
        assert pending_id(card) == waiting.id
        mark = tg.mark()
        tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
        await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"], after=mark)
        assert len(second.engine.positions()) == 1
        assert len([c for c in tg.calls_of("sendMessage") if c.buttons and not c.error]) == 1
    finally:
        await second.stop()


async def test_card_when_send_fails_for_a_while_then_resent_without_restart(
    settings, tg: FakeTelegram, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr("bot.sending.BACKOFF_S", 0.02)
    settings.live.APPROVAL_TIMEOUT_MINUTES = 0.2  # 12 s: the card is resent well before
    tg.fail_next("sendMessage", 500, "Internal Server Error", times=5)  # every retry of one send
    h = await BotHarness(settings, tg, sweep_every=0.2).start()  # the resend loop's tick
    try:
        card = await card_for(tg)
        assert len([c for c in tg.calls_of("sendMessage") if c.error]) == 5
        assert (await h.desk.book.get(pending_id(card))).cards == [
            [ADMIN, card.result["message_id"]]
        ]
    finally:
        await h.stop()
