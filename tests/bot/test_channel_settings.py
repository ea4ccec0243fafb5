"""Per-channel settings applied (issue 17.2), and /channels: the real PTB Application against the
fake Bot API, and the Telethon listener fed raw updates, with a channels.toml on disk."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from bot.listener import Listener
from tests.bot.conftest import (
    ADMIN,
    CHANNEL,
    ETH_SIGNAL,
    SIGNAL,
    STRANGER,
    BotHarness,
    make_settings,
)
from tests.bot.telethon_feed import OfflineClient, channel, message, new_post
from tests.fakes.fake_telegram import Call, FakeTelegram

LISTENED_RAW = 3_333_333_333  # a channel only the user account reads, listed by @username
LISTENED = -1_003_333_333_333

WHALE = f"""# Channels I copy. Comments like this one stay when /channels writes the file.
[[channels]]
id = {CHANNEL}
name = "Whale Calls"   # the bot's channel
size_pct = 0.02        # small: a new channel
deny = ["ETH"]

[[channels]]
username = "@listened"
allow = ["ETH/USDT"]
"""


async def _start(tmp_path: Path, tg: FakeTelegram, text: str, **live: Any) -> BotHarness:
    folder = tmp_path / "conf"
    folder.mkdir(exist_ok=True)
    path = folder / "channels.toml"
    path.write_text(text)
    settings = make_settings(tmp_path / "data", tg, **live)
    h = BotHarness(settings.model_copy(update={"CHANNELS_FILE": path}), tg)
    return await h.start()


def _path(h: BotHarness) -> Path:
    return Path(h.settings.CHANNELS_FILE)


def _rewrite(path: Path, text: str) -> None:
    """A change by hand while the bot runs (the mtime moves even on a coarse clock)."""
    before = path.stat().st_mtime_ns
    path.write_text(text)
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


def _buttons(call: Call) -> dict[str, str]:
    return {b["text"]: b["callback_data"] for b in call.buttons}


async def _channels(tg: FakeTelegram) -> Call:
    mark = tg.mark()
    tg.push_command(ADMIN, "/channels")
    return await tg.wait_for("sendMessage", lambda c: "📡 Channels" in c["text"], after=mark)


async def test_channel_post_when_channel_copies_automatically_then_traded_at_its_size(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    text = WHALE.replace('deny = ["ETH"]', 'deny = ["ETH"]\nconfirm = false')
    h = await _start(tmp_path, tg, text)  # REQUIRE_CONFIRMATION stays on for the others
    try:
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, SIGNAL)
        done = await tg.wait_for("sendMessage", lambda c: "Executed" in c["text"], after=mark)
        assert done["chat_id"] == ADMIN and not done.buttons
        (pos,) = h.engine.positions()
        # size_pct 0.02 of 10,000 at 2x: ~0.009 BTC (the global 10 % would be ~0.047).
        assert 0.008 <= pos["quantity"] <= 0.0096
        # The same signal forwarded by the admin from elsewhere still asks (the global mode).
        mark = tg.mark()
        tg.push_forward(ADMIN, ETH_SIGNAL, channel_id=-100_555, origin_message_id=5)
        await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    finally:
        await h.stop()


async def test_channel_post_when_channel_asks_and_global_auto_then_card_and_tap_trades_its_size(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    text = WHALE.replace('deny = ["ETH"]', 'deny = ["ETH"]\nconfirm = true')
    h = await _start(tmp_path, tg, text, REQUIRE_CONFIRMATION=False)
    try:
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, SIGNAL)
        card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
        assert "Margin" in card["text"] or "margin" in card["text"]
        assert h.engine.positions() == []
        mark = tg.mark()
        tg.push_callback(ADMIN, card, _buttons(card)["✅ Approve"])
        await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"], after=mark)
        (pos,) = h.engine.positions()
        assert 0.008 <= pos["quantity"] <= 0.0096  # the channel's size, kept through the card
    finally:
        await h.stop()


async def test_channel_post_when_symbol_denied_then_admins_told_naming_the_list(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    h = await _start(tmp_path, tg, WHALE)
    try:
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, ETH_SIGNAL)
        refused = await tg.wait_for("sendMessage", lambda c: "Refused" in c["text"], after=mark)
        assert "ETH/USDT is in the deny list of channel Whale Calls" in refused["text"]
        assert not refused.buttons and h.engine.positions() == []
        assert h.engine.get_stats()["signals_refused"] == 1
    finally:
        await h.stop()


async def test_listener_when_channel_listed_by_username_then_its_allow_list_applies(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    h = await _start(tmp_path, tg, WHALE)
    client = OfflineClient()
    try:
        assert h.front is not None
        Listener(client, h.front.handle_channel_text, [LISTENED]).attach()
        ch = channel(LISTENED_RAW, "Listened", username="listened")
        mark = tg.mark()
        await client.feed(new_post(message(LISTENED_RAW, 7, SIGNAL)), [], [ch])
        refused = await tg.wait_for("sendMessage", lambda c: "Refused" in c["text"], after=mark)
        assert "BTC/USDT is not in the allow list of channel @listened" in refused["text"]
        mark = tg.mark()
        await client.feed(new_post(message(LISTENED_RAW, 8, ETH_SIGNAL)), [], [ch])
        await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
        assert client.requests == []
    finally:
        await h.stop()


async def test_channels_when_pause_tapped_then_file_written_in_place_and_posts_skipped(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    h = await _start(tmp_path, tg, WHALE)
    path = _path(h)
    try:
        listing = await _channels(tg)
        text = listing["text"]
        assert "Whale Calls" in text and "size 2%" in text and "never ETH" in text
        assert "@listened" in text and "only ETH/USDT" in text
        assert "ask on a card (global)" in text
        assert [b["text"] for b in listing.buttons] == [
            "⏸ Pause Whale Calls",
            "🤖 Copy automatically",
            "⏸ Pause @listened",
            "🤖 Copy automatically",
        ]
        buttons = _buttons(listing)
        mark = tg.mark()
        tg.push_callback(ADMIN, listing, buttons["⏸ Pause Whale Calls"])
        redrawn = await tg.wait_for("editMessageText", after=mark)
        ok = await tg.wait_for("answerCallbackQuery", after=mark)
        assert ok.get("text") == "Whale Calls paused."
        assert "⏸ paused" in redrawn["text"] and "▶️ Resume Whale Calls" in str(
            redrawn.get("reply_markup")
        )
        written = path.read_text()
        assert "enabled = false" in written
        assert "# Channels I copy." in written and "# small: a new channel" in written
        assert sorted(p.name for p in path.parent.iterdir()) == ["channels.toml"]  # no temp
        # In force at once: the channel's next post is skipped, the others still copied.
        paused_at = tg.mark()
        tg.push_channel_post(CHANNEL, SIGNAL)
        mark = tg.mark()
        tg.push_callback(
            ADMIN, listing, _buttons(listing)["⏸ Pause Whale Calls"].replace("off", "on")
        )
        await tg.wait_for(
            "answerCallbackQuery", lambda c: "resumed" in c.get("text", ""), after=mark
        )
        assert "enabled = true" in path.read_text()
        tg.push_channel_post(CHANNEL, SIGNAL)
        await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
        # One card since the pause: the post made while paused gave none.
        assert (
            len([c for c in tg.calls[paused_at:] if c.method == "sendMessage" and c.buttons]) == 1
        )
    finally:
        await h.stop()


async def test_channels_when_auto_tapped_then_confirm_written_and_next_post_traded(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    text = WHALE.replace("deny = [", "confirm = true   # new: ask first\ndeny = [")
    h = await _start(tmp_path, tg, text)
    try:
        listing = await _channels(tg)
        assert (
            "ask on a card" in listing["text"] and "(global)" not in listing["text"].split("@")[0]
        )
        auto = next(
            b["callback_data"]
            for b in listing.buttons
            if b["callback_data"].endswith(str(CHANNEL)) and "Copy" in b["text"]
        )
        mark = tg.mark()
        tg.push_callback(ADMIN, listing, auto)
        await tg.wait_for(
            "answerCallbackQuery", lambda c: "automatically" in c.get("text", ""), after=mark
        )
        assert "confirm = false   # new: ask first" in _path(h).read_text()  # comment kept
        tg.push_channel_post(CHANNEL, SIGNAL)
        await tg.wait_for("sendMessage", lambda c: "Executed" in c["text"], after=mark)
        assert len(h.engine.positions()) == 1
    finally:
        await h.stop()


async def test_channels_when_stranger_taps_then_not_allowed_and_file_unchanged(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    h = await _start(tmp_path, tg, WHALE)
    try:
        listing = await _channels(tg)
        mark = tg.mark()
        tg.push_callback(STRANGER, listing, _buttons(listing)["⏸ Pause Whale Calls"])
        denied = await tg.wait_for("answerCallbackQuery", after=mark)
        assert denied.get("text") == "Not allowed."
        assert _path(h).read_text() == WHALE
        # /channels itself is for admins only.
        mark = tg.mark()
        tg.push_command(STRANGER, "/channels")
        await _channels(tg)  # the admin's, after the stranger's
        listed = [c for c in tg.calls[mark:] if "📡" in (c.get("text") or "")]
        assert [c["chat_id"] for c in listed] == [ADMIN]
    finally:
        await h.stop()


async def test_channels_file_when_broken_by_hand_while_running_then_last_good_kept_and_said(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    h = await _start(tmp_path, tg, WHALE)
    path = _path(h)
    try:
        bad = WHALE.replace("size_pct = 0.02", "size_pct = 5")
        _rewrite(path, bad)
        # The last good settings stay in force: ETH is still denied for this channel.
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, ETH_SIGNAL)
        refused = await tg.wait_for("sendMessage", lambda c: "Refused" in c["text"], after=mark)
        assert "deny list of channel Whale Calls" in refused["text"]
        listing = await _channels(tg)
        assert "⚠️" in listing["text"] and "size_pct" in listing["text"]
        assert "stay in force" in listing["text"]
        mark = tg.mark()
        tg.push_callback(ADMIN, listing, _buttons(listing)["⏸ Pause Whale Calls"])
        said = await tg.wait_for("sendMessage", lambda c: "⚠️" in c["text"], after=mark)
        assert "channels not changed" in said["text"] and "size_pct" in said["text"]
        assert path.read_text() == bad  # nothing written over the user's text
        # Fixed by hand: in force for the next post (ETH no longer denied).
        _rewrite(path, WHALE.replace('deny = ["ETH"]', "deny = []"))
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, ETH_SIGNAL)
        await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
        assert h.front is not None and h.front.channels.error is None
    finally:
        await h.stop()


async def test_follow_up_when_channel_copies_automatically_then_applied_without_a_card(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    text = WHALE.replace('deny = ["ETH"]', 'deny = ["ETH"]\nconfirm = false')
    h = await _start(tmp_path, tg, text)  # REQUIRE_CONFIRMATION on: the channel overrides it
    try:
        mark = tg.mark()
        post = tg.push_channel_post(CHANNEL, SIGNAL)
        await tg.wait_text("Executed", chat_id=ADMIN, after=mark)
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, "Move SL to 41500", reply_to=post)
        await tg.wait_text("move sl: done", chat_id=ADMIN, after=mark)
        assert h.engine.positions()[0]["sl"] == 41500 and h.desk.book.waiting() == []
    finally:
        await h.stop()


async def test_channels_when_channel_has_posted_then_its_scoreboard_line_is_shown(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    text = WHALE.replace('deny = ["ETH"]', 'deny = ["ETH"]\nconfirm = false')
    h = await _start(tmp_path, tg, text)
    try:
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, SIGNAL)
        await tg.wait_text("Executed", chat_id=ADMIN, after=mark)
        mark = tg.mark()
        tg.push_channel_post(CHANNEL, ETH_SIGNAL)  # denied by the channel's list
        await tg.wait_for("sendMessage", lambda c: "Refused" in c["text"], after=mark)
        listing = await _channels(tg)
        whale, listened = listing["text"].split("@listened")
        assert "📊 2 seen · 2 read · 1 refused · 1 traded" in whale
        assert "📊" not in listened  # nothing from that channel yet
    finally:
        await h.stop()


async def test_channels_when_no_file_then_says_how_to_add_and_no_buttons(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    listing = await _channels(tg)
    assert "No channels listed" in listing["text"] and not listing.buttons
