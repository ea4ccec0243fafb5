"""/channels' scoreboard lines over the message log (issue 17.3 follow-ups): the log rotates by
size and the lines count its rotated files; a second /channels reads only what was added; a
channel listed by @username only finds its line through the chat id its posts came from.
The real PTB Application against the fake Bot API; the Telethon listener fed raw updates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.listener import Listener
from engine.adapters.message_log import MESSAGE_LOG
from tests.bot.conftest import ADMIN, CHANNEL, ETH_SIGNAL, BotHarness, make_settings
from tests.bot.telethon_feed import OfflineClient, channel, message, new_post
from tests.fakes.fake_telegram import Call, FakeTelegram

LISTENED_RAW = 3_333_333_333  # a channel only the user account reads, listed by @username
LISTENED = -1_003_333_333_333

CHANNELS = f"""[[channels]]
id = {CHANNEL}
name = "Whale Calls"
deny = ["ETH"]

[[channels]]
username = "@listened"
"""


async def _start(tmp_path: Path, tg: FakeTelegram, **settings: Any) -> BotHarness:
    path = tmp_path / "channels.toml"
    path.write_text(CHANNELS)
    base = make_settings(tmp_path / "data", tg)
    h = BotHarness(base.model_copy(update={"CHANNELS_FILE": path, **settings}), tg)
    return await h.start()


async def _channels(tg: FakeTelegram) -> Call:
    mark = tg.mark()
    tg.push_command(ADMIN, "/channels")
    return await tg.wait_for("sendMessage", lambda c: "📡 Channels" in c["text"], after=mark)


async def _refused_post(tg: FakeTelegram) -> None:
    """An ETH signal in the whale channel: refused by its deny list (one log line)."""
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, ETH_SIGNAL)
    await tg.wait_for("sendMessage", lambda c: "Refused" in c["text"], after=mark)


def _whale_line(listing: Call) -> str:
    whale, _ = listing["text"].split("@listened")
    (line,) = [ln for ln in whale.splitlines() if "📊" in ln]
    return line


async def test_channels_when_message_log_rotated_then_line_counts_every_kept_file(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    # About two lines a file: five posts rotate the log twice.
    h = await _start(tmp_path, tg, MESSAGE_LOG_MAX_MB=0.0004, MESSAGE_LOG_KEEP=3)
    try:
        for _ in range(5):
            await _refused_post(tg)
        line = _whale_line(await _channels(tg))
        assert "📊 5 seen · 5 read · 5 refused · 0 traded" in line
        data = tmp_path / "data"
        files = sorted(p.name for p in data.glob(f"{MESSAGE_LOG}*"))
        assert files == [MESSAGE_LOG, f"{MESSAGE_LOG}.1", f"{MESSAGE_LOG}.2"]
        assert all(p.stat().st_size <= 0.0004 * 1024 * 1024 for p in data.glob(f"{MESSAGE_LOG}*"))
        # More posts while the log rotates again between two /channels: each counted once.
        for _ in range(2):
            await _refused_post(tg)
        line = _whale_line(await _channels(tg))
        assert "📊 7 seen · 7 read · 7 refused · 0 traded" in line
    finally:
        await h.stop()


async def test_channels_when_asked_again_then_only_lines_added_since_are_read(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    h = await _start(tmp_path, tg)
    try:
        await _refused_post(tg)
        await _refused_post(tg)
        assert "📊 2 seen · 2 read · 2 refused" in _whale_line(await _channels(tg))
        # The lines read already are blanked in place (same length, same file): a /channels
        # that read the whole log again would count them as lost.
        path = tmp_path / "data" / MESSAGE_LOG
        old = path.read_bytes()
        with path.open("r+b") as fh:
            fh.write(b"".join(b" " * (len(ln) - 1) + b"\n" for ln in old.splitlines(True)))
        await _refused_post(tg)
        assert "📊 3 seen · 3 read · 3 refused" in _whale_line(await _channels(tg))
    finally:
        await h.stop()


async def test_channels_when_channel_listed_by_username_only_then_line_found_by_chat_id(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    h = await _start(tmp_path, tg)
    client = OfflineClient()
    try:
        assert h.front is not None
        Listener(client, h.front.handle_channel_text, [LISTENED]).attach()
        # Its title is not its @username: only the chat id ties the posts to the entry.
        ch = channel(LISTENED_RAW, "Daily Alpha Signals", username="listened")
        mark = tg.mark()
        await client.feed(new_post(message(LISTENED_RAW, 8, ETH_SIGNAL)), [], [ch])
        await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
        _, listened = (await _channels(tg))["text"].split("@listened")
        assert "📊 1 seen · 1 read · 0 refused · 0 traded" in listened
        lines = (tmp_path / "data" / MESSAGE_LOG).read_text().splitlines()
        assert f'"chat":{LISTENED}' in lines[-1] and '"username":"listened"' in lines[-1]
    finally:
        await h.stop()
