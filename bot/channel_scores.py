"""The scoreboard line (issue 17.3) of each channel /channels lists: the message log with the
main book's trades, matched by chat id (else by name), read off the event loop."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from bot.channel_store import key_of
from config.channels import ChannelConfig
from engine.adapters.message_log import MESSAGE_LOG, read_messages
from engine.channel_report import store_scores
from engine.core.scoreboard import find_score, format_score_line


class ScoreLines:
    """The Scoreboard /channels asks for (bot/channels_cmd.py): {channel key: one line}."""

    def __init__(self, engine: Any, data_dir: Path) -> None:
        self.engine = engine
        self.path = Path(data_dir) / MESSAGE_LOG

    async def __call__(self, chans: list[ChannelConfig]) -> dict[str, str]:
        messages = await asyncio.to_thread(read_messages, self.path)
        scores = await store_scores(self.engine.store, messages)
        out = {}
        for c in chans:
            score = find_score(scores, chat_id=c.id, name=c.name or c.username)
            if score is not None:
                out[key_of(c)] = f"📊 {format_score_line(score)}"
        return out
