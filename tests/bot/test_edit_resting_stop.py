"""An edit of a signal already taken whose limit entries still rest (nothing filled): the new
stop becomes the trade's stop, placed when an entry fills (auto mode: in
test_follow_up_resting_stop.py), asked as the channel's own follow-ups are (its `confirm` in
channels.toml included); a new stop the engine refuses, or one that makes the edited signal
invalid, changes nothing and the user is told why. Through the fake Bot API, paper engine on
the simulated feed anchored at 42,000 (above both entries)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from engine.domain.trade import Trade
from tests.bot.conftest import CHANNEL, BotHarness, edit_said, make_settings
from tests.bot.test_follow_up_resting_stop import DONE, _fill_first_entry, _live_stops, approve
from tests.bot.test_follow_up_share_and_cancel import LIMITS, _post
from tests.fakes.fake_telegram import Call, FakeTelegram

MOVED = LIMITS.replace("SL: 40000", "SL: 40500")
ASKED = (
    "Asked: move the stop of the resting entries of LONG BTC/USDT:USDT 2x (resting at 41,800 · "
    "41,000, nothing filled yet) from 40,000 to 40,500: it is placed when an entry fills"
)


async def _edit_asks(tg: FakeTelegram, post: dict, t: Trade) -> Call:
    """The post edited to the stop 40,500: a card asks it, and nothing moves before the tap."""
    mark = tg.mark()
    tg.push_edited_channel_post(post, MOVED)
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    assert ASKED in card["text"]
    assert t.sl == Decimal(40000)
    return card


async def test_edit_when_entries_rest_and_confirming_then_card_then_tap_moves_the_stop(
    bot: BotHarness, tg: FakeTelegram
):
    post = await _post(tg, LIMITS, confirm=True, h=bot)
    (t,) = bot.engine.trades.values()
    card = await _edit_asks(tg, post, t)
    done = await approve(tg, card)
    assert DONE in done["text"]
    assert t.sl == Decimal(40500)
    await _fill_first_entry(bot.engine, t.trade_id)
    assert _live_stops(bot.engine, t.trade_id) == [Decimal(40500)]


async def test_edit_when_channel_asks_first_and_bot_copies_automatically_then_card(
    tmp_path: Path, tg: FakeTelegram
):
    # REQUIRE_CONFIRMATION off, but channels.toml says this channel is asked first: the stop
    # its edit moves is asked too (it was applied at once, the channel's setting lost).
    conf = tmp_path / "channels.toml"
    conf.write_text(f"[[channels]]\nid = {CHANNEL}\nconfirm = true\n")
    settings = make_settings(tmp_path / "data", tg, REQUIRE_CONFIRMATION=False)
    h = await BotHarness(settings.model_copy(update={"CHANNELS_FILE": conf}), tg).start()
    try:
        post = await _post(tg, LIMITS, confirm=True, h=h)
        (t,) = h.engine.trades.values()
        await _edit_asks(tg, post, t)
    finally:
        await h.stop()


async def test_edit_when_entries_rest_and_new_stop_refused_then_nothing_changes_and_told_why(
    auto: BotHarness, tg: FakeTelegram
):
    post = await _post(tg, LIMITS, confirm=False, h=auto)
    (t,) = auto.engine.trades.values()
    # Past the liquidation at 2x from the resting entries' average (41,400): the engine's rule.
    said = await edit_said(tg, post, LIMITS.replace("SL: 40000", "SL: 20000"))
    assert said["text"].startswith(
        "✏️ Edited after the trade: Stop 40,000 → 20,000\n↪️ move sl: refused: stop 20000 is "
        "beyond the liquidation price of the long (about 20700 at 2x from the entry 41400)"
    ), said["text"]
    assert t.sl == Decimal(40000)
    # Above the 41,000 entry: the edited post is no valid signal any more; it was ignored
    # without a word, the stop change dropped silently.
    said = await edit_said(tg, post, LIMITS.replace("SL: 40000", "SL: 41500"))
    assert said["text"] == (
        "✏️ Edited after the trade: Stop 40,000 → 41,500 not applied: the edited signal is "
        "not valid (stop loss 41500 is not below the entry 41000 of a LONG). Nothing was "
        "changed."
    )
    assert t.sl == Decimal(40000) and t.entry_qty == 0


async def test_edit_when_entries_rest_and_the_stop_is_removed_then_kept_and_told_what_to_do(
    bot: BotHarness, tg: FakeTelegram
):
    # The channel is asked first (confirmation on): nothing is asked, since nothing changes;
    # the stop the resting entries get on fill stays, and the user is told so.
    post = await _post(tg, LIMITS, confirm=True, h=bot)
    (t,) = bot.engine.trades.values()
    said = await edit_said(tg, post, LIMITS.replace("SL: 40000\n", ""))
    assert said["text"] == (
        "✏️ Edited after the trade: Stop 40,000 → —\nThe edit removes the stop: not applied: "
        "the LONG BTCUSDT (resting at 41,800 · 41,000, nothing filled yet) keeps its stop at "
        "40,000, placed when an entry fills. Keep it so, or /cancel BTCUSDT to end its entries "
        "if the channel no longer wants the trade."
    )
    assert not said.buttons
    assert t.sl == Decimal(40000)
    await _fill_first_entry(bot.engine, t.trade_id)
    assert _live_stops(bot.engine, t.trade_id) == [Decimal(40000)]
