"""Per-channel settings in channels.toml (issue 17.2, the part done: loading, checking, pausing
a channel), through the real bot against the fake Bot API and the Telethon listener."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.listener import Listener
from config.channels import load_channels
from engine.errors import ConfigError
from tests.bot.conftest import CHANNEL, SIGNAL, BotHarness, make_settings
from tests.bot.telethon_feed import OfflineClient, channel, message, new_post
from tests.fakes.fake_telegram import FakeTelegram

PAUSED = -1_003_333_333_333
PAUSED_RAW = 3_333_333_333

GOOD = f"""
[[channels]]
id = {PAUSED}
name = "Whale Calls"
enabled = false
confirm = true
size_pct = 0.02
risk_pct = 0.01
max_leverage = 5
default_stop_loss_pct = 0.03
allow = ["BTC/USDT", "ETH/USDT"]
deny = ["DOGE/USDT"]
max_open = 2

[[channels]]
username = "@freesignals"
"""


def test_channels_file_when_valid_then_each_key_read_and_unset_ones_fall_back(
    tmp_path: Path,
) -> None:
    path = tmp_path / "channels.toml"
    path.write_text(GOOD)
    chans = load_channels(path)
    whale = chans.get(PAUSED)
    assert whale is not None and whale.name == "Whale Calls" and whale.enabled is False
    assert (whale.size_pct, whale.risk_pct, whale.max_leverage, whale.max_open) == (
        0.02,
        0.01,
        5,
        2,
    )
    assert whale.allow == ["BTC/USDT", "ETH/USDT"] and whale.deny == ["DOGE/USDT"]
    free = chans.get(-100999, "FreeSignals")
    assert free is not None and free.enabled and free.size_pct is None and free.confirm is None
    assert chans.enabled(-100999) and not chans.enabled(PAUSED)
    assert load_channels(tmp_path / "missing.toml").all == []


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (f"[[channels]]\nid = {PAUSED}\nsize_pc = 0.1\n", "unknown key 'size_pc'"),
        ("[channel]\nid = 1\n", "unknown key 'channel'"),
        ("[[channels]]\nname = 'x'\n", "neither id nor username"),
        (f"[[channels]]\nid = {PAUSED}\nsize_pct = 2\n", "size_pct"),
        ("[[channels]\n", "not valid TOML"),
        (f"[[channels]]\nid = {PAUSED}\ntrailing_activation = 'later'\n", "trailing_activation"),
        (f"[[channels]]\nid = {PAUSED}\ntrailing_stop_pct = 1.5\n", "trailing_stop_pct"),
        (f"[[channels]]\nid = {PAUSED}\n[[channels]]\nid = {PAUSED}\n", "listed twice"),
        ("channels = 1\n", "'channels' is not a list"),
    ],
)
def test_channels_file_when_bad_then_error_names_the_key(
    tmp_path: Path, text: str, needle: str
) -> None:
    path = tmp_path / "channels.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as exc:
        load_channels(path)
    assert needle in str(exc.value)


async def test_paused_channel_when_post_arrives_then_nothing_else_still_copied(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    path = tmp_path / "channels.toml"
    path.write_text(GOOD)
    settings = make_settings(tmp_path / "data", tg).model_copy(update={"CHANNELS_FILE": path})
    h = BotHarness(settings, tg)
    await h.start()
    client = OfflineClient()
    try:
        assert h.front is not None
        Listener(client, h.front.handle_channel_text, [PAUSED, CHANNEL]).attach()
        mark = tg.mark()
        await client.feed(new_post(message(PAUSED_RAW, 5, SIGNAL)), [], [channel(PAUSED_RAW)])
        tg.push_channel_post(CHANNEL, SIGNAL)  # not in the file: the global settings copy it
        card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
        assert "Crypto Signals" in card["text"]
        assert [c for c in tg.calls[mark:] if c.method == "sendMessage"] == [card]
        assert h.desk.book.find_by_signal(f"tg{PAUSED}_5", waiting_only=False) is None
        assert client.requests == []
    finally:
        await h.stop()
