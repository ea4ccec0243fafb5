"""Follow-ups obey confirmation and sense: in confirmation mode one that changes risk is asked
like a signal; one that makes no sense is refused with the reason, in either mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bot.conftest import ADMIN, CHANNEL, SIGNAL, BotHarness, make_settings
from tests.bot.test_approval_faults import APPROVE, buttons
from tests.fakes.fake_telegram import FakeTelegram


async def _open(tg: FakeTelegram, confirm: bool) -> dict:
    """A channel signal traded (approved when asked); its post."""
    mark = tg.mark()
    post = tg.push_channel_post(CHANNEL, SIGNAL)
    if confirm:
        card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
        tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
        await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"], after=mark)
    else:
        await tg.wait_text("Executed", chat_id=ADMIN, after=mark)
    return post


async def test_move_stop_when_confirmation_mode_then_asked_first_and_applied_on_approve(
    bot: BotHarness, tg: FakeTelegram
):
    post = await _open(tg, confirm=True)
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "Move SL to 41500", reply_to=post)
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert "Follow-up from" in card["text"]
    assert "move the stop of LONG BTC/USDT:USDT 2x from 41,000 to 41,500" in card["text"]
    assert bot.engine.positions()[0]["sl"] == 41000  # nothing changed before the tap
    mark = tg.mark()
    tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
    done = await tg.wait_for("editMessageText", lambda c: "done" in c["text"], after=mark)
    assert "Approved" in done["text"] and not done.get("reply_markup")
    assert bot.engine.positions()[0]["sl"] == 41500


async def test_close_when_confirmation_mode_and_rejected_then_position_stays(
    bot: BotHarness, tg: FakeTelegram
):
    post = await _open(tg, confirm=True)
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "close", reply_to=post)
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert "close LONG BTC/USDT:USDT 2x at market" in card["text"]
    tg.push_command(ADMIN, "/pending")
    listing = await tg.wait_text("Waiting for approval", after=mark)
    assert "close LONG BTC/USDT:USDT 2x at market" in listing["text"]
    tg.push_callback(ADMIN, card, buttons(card)["❌ Reject"])
    await tg.wait_for("editMessageText", lambda c: "Rejected" in c["text"], after=mark)
    assert len(bot.engine.positions()) == 1


NONSENSE = {
    "Move SL to 1": "beyond the liquidation price",  # 2x from ~42,000: liquidation ~21,000
    "Move SL to 45000": "would be past the market price",  # a long's stop over the price
}


@pytest.mark.parametrize("text", sorted(NONSENSE))
async def test_move_stop_when_nonsense_then_refused_with_reason_in_both_modes(
    tmp_path: Path, tg: FakeTelegram, text: str
):
    for confirm in (True, False):
        settings = make_settings(tmp_path / str(confirm), tg, REQUIRE_CONFIRMATION=confirm)
        h = await BotHarness(settings, tg).start()
        try:
            post = await _open(tg, confirm)
            mark = tg.mark()
            tg.push_channel_post(CHANNEL, text, reply_to=post)
            said = await tg.wait_text("refused", chat_id=ADMIN, after=mark)
            assert NONSENSE[text] in said["text"] and "Nothing was changed" in said["text"]
            assert not said.buttons
            assert h.engine.positions()[0]["sl"] == 41000
        finally:
            await h.stop()


async def test_move_stop_when_far_from_entry_at_1x_then_refused_as_typo(
    tmp_path: Path, tg: FakeTelegram
):
    h = await BotHarness(make_settings(tmp_path, tg, REQUIRE_CONFIRMATION=False), tg).start()
    try:
        mark = tg.mark()
        post = tg.push_channel_post(CHANNEL, SIGNAL.replace("Leverage 2x", "Leverage 1x"))
        await tg.wait_text("Executed", chat_id=ADMIN, after=mark)
        tg.push_channel_post(CHANNEL, "move stop to 1", reply_to=post)
        said = await tg.wait_text("refused", chat_id=ADMIN, after=mark)
        assert "looks like a typo" in said["text"]
        assert h.engine.positions()[0]["sl"] == 41000
    finally:
        await h.stop()


async def test_close_when_bot_never_opened_the_position_then_refused_and_no_card(
    bot: BotHarness, tg: FakeTelegram
):
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "Close ETH now")
    said = await tg.wait_text("not applied", chat_id=ADMIN, after=mark)
    assert "no open position for ETHUSDT" in said["text"] and not said.buttons
    assert bot.desk.book.waiting() == []


async def test_move_stop_when_auto_mode_and_sensible_then_applied_at_once(
    auto: BotHarness, tg: FakeTelegram
):
    post = await _open(tg, confirm=False)
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, "Move SL to 41500", reply_to=post)
    await tg.wait_text("move sl: done", chat_id=ADMIN, after=mark)
    assert auto.engine.positions()[0]["sl"] == 41500
