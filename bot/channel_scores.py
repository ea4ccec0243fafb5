"""The scoreboard line (issue 17.3) of each channel /channels lists: the desk's message notes
with the main book's trades (MessageNotes.scores), matched by chat id, else by the @username
its posts carried (and so by the chat id they came from), else by name."""

from __future__ import annotations

from typing import Any

from bot.channel_store import key_of
from bot.message_notes import MessageNotes
from config.channels import ChannelConfig
from engine.core.scoreboard import find_score, format_score_line


class ScoreLines:
    """The Scoreboard /channels asks for (bot/channels_cmd.py): {channel key: one line}."""

    def __init__(self, notes: MessageNotes, store: Any) -> None:
        self.notes = notes
        self.store = store  # the main book's (a BookSet hands its first book's)

    async def __call__(self, chans: list[ChannelConfig]) -> dict[str, str]:
        scores = await self.notes.scores(self.store)  # /channels is rare: read on the loop
        out = {}
        for c in chans:
            score = find_score(scores, chat_id=c.id, name=c.name or c.username, username=c.username)
            if score is not None:
                out[key_of(c)] = f"📊 {format_score_line(score)}"
        return out
