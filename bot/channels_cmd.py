"""/channels: the channels of channels.toml, each with its settings and two buttons, pause or
resume and ask or copy automatically (issue 17.2). A tap writes the change back to the file
(bot/channel_store.py) and is in force for the next post; the list is redrawn in place.

Button data names the action and the channel (`ch:off:-100123`): an explicit target state, so a
double tap or a replayed button does the same thing twice, not the opposite. Only admins reach
these handlers (bot/auth.py guards every handler, buttons included).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.channel_store import ChannelEditError, ChannelStore, key_of
from bot.sending import answer, edit, send
from config.channels import ChannelConfig

log = logging.getLogger(__name__)

# action -> (the key it writes, its value, what the tap's answer says)
ACTIONS: dict[str, tuple[str, bool, str]] = {
    "off": ("enabled", False, "paused"),
    "on": ("enabled", True, "resumed"),
    "ask": ("confirm", True, "asks on a card"),
    "auto": ("confirm", False, "copies automatically"),
}
MAX_LISTED = 30  # buttons per message stay well under Telegram's limits
# The scoreboard (issue 17.3): the channels listed -> {key_of(channel): its one-line score}.
Scoreboard = Callable[[list[ChannelConfig]], Awaitable[dict[str, str]]]


class ChannelsPanel:
    """Renders /channels and carries out its buttons."""

    def __init__(
        self, store: ChannelStore, confirm_default: bool, scoreboard: Scoreboard | None = None
    ) -> None:
        self.store = store
        self.confirm_default = confirm_default  # REQUIRE_CONFIRMATION, for unset `confirm`
        self.scoreboard = scoreboard  # one line per channel (issue 17.3), when wired in

    async def scores(self, chans: list[ChannelConfig]) -> dict[str, str]:
        """Each channel's scoreboard line; none when the scoreboard is not wired or fails
        (the list and its buttons matter more than the figures)."""
        if self.scoreboard is None or not chans:
            return {}
        try:
            return await self.scoreboard(chans)
        except Exception:  # noqa: BLE001 - a broken figure must not take the buttons away
            log.exception("channels: the scoreboard could not be read")
            return {}

    async def render(self) -> tuple[str, InlineKeyboardMarkup | None]:
        """The list and its buttons."""
        chans = self.store.current().all
        boards = await self.scores(chans[:MAX_LISTED])
        lines = [f"📡 Channels ({self.store.path})"]
        if self.store.error:
            lines.append(f"⚠️ {self.store.error}\nThe settings read before stay in force.")
        if not chans:
            lines.append(
                "No channels listed. Add a [[channels]] table per channel to the file "
                "(docs: Reading channels as a user, Per-channel settings); every channel is "
                "copied with the global settings meanwhile."
            )
            return "\n".join(lines), None
        rows = []
        for c in chans[:MAX_LISTED]:
            lines.append("")
            lines.append(self.describe(c))
            board = boards.get(key_of(c))
            if board:
                lines.append(f"   {board}")
            rows.append(self.buttons(c))
        if len(chans) > MAX_LISTED:
            lines.append(f"\n… and {len(chans) - MAX_LISTED} more: edit the file for those.")
        return "\n".join(lines), InlineKeyboardMarkup(rows)

    def asks(self, c: ChannelConfig) -> bool:
        """Whether this channel's signals wait for a tap."""
        return c.confirm if c.confirm is not None else self.confirm_default

    def describe(self, c: ChannelConfig) -> str:
        """One channel's line: state, mode and every key it sets."""
        state = "▶️ on" if c.enabled else "⏸ paused"
        mode = "ask on a card" if self.asks(c) else "copy automatically"
        if c.confirm is None:
            mode += " (global)"
        ident = f" ({c.id})" if c.id is not None and c.name else ""
        parts = [f"{state} · {mode}"]
        pct = {
            "size": c.size_pct,
            "risk": c.risk_pct,
            "default stop": c.default_stop_loss_pct,
            "trailing": c.trailing_stop_pct,
        }
        parts += [f"{k} {v * 100:g}%" for k, v in pct.items() if v is not None]
        if c.trailing_activation:
            parts.append(f"trailing from {c.trailing_activation}")
        if c.max_leverage is not None:
            parts.append(f"leverage ≤ {c.max_leverage}x")
        if c.max_open is not None:
            parts.append(f"max {c.max_open} open")
        if c.allow is not None:
            parts.append(f"only {', '.join(c.allow) or 'nothing'}")
        if c.deny:
            parts.append(f"never {', '.join(c.deny)}")
        return f"• {c.label}{ident}\n   " + " · ".join(parts)

    def buttons(self, c: ChannelConfig) -> list[InlineKeyboardButton]:
        """Pause or resume; ask or copy automatically."""
        key = key_of(c)
        name = c.label if len(c.label) <= 24 else c.label[:23] + "…"
        pause = ("on", f"▶️ Resume {name}") if not c.enabled else ("off", f"⏸ Pause {name}")
        mode = ("auto", "🤖 Copy automatically") if self.asks(c) else ("ask", "✋ Ask on a card")
        return [
            InlineKeyboardButton(label, callback_data=f"ch:{action}:{key}")
            for action, label in (pause, mode)
        ]

    async def command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/channels."""
        chat = update.effective_chat
        if chat is not None:
            text, markup = await self.render()
            await send(context.bot, chat.id, text, markup)

    async def tap(self, query: object, arg: str) -> None:
        """A button of the list: write the change, answer, redraw the list in place."""
        action, _, key = arg.partition(":")
        what = ACTIONS.get(action)
        found = self.store.find(key) if what is not None else None
        if what is None or found is None:
            await answer(query, "This channel is no longer in the file: send /channels again.")
            return
        field, value, done = what
        try:
            changed = await self.store.set(key, field, value)
        except ChannelEditError as exc:
            log.warning("channels: %s", exc.user_message())
            await answer(query, "Not changed: see the message.")
            await self._say(query, f"⚠️ {exc.user_message()}")
            return
        log.info("channels: %s %s (%s = %s)", changed.label, done, field, value)
        await answer(query, f"{changed.label} {done}.")
        text, markup = await self.render()
        msg = getattr(query, "message", None)
        if msg is not None:
            await edit(msg.get_bot(), msg.chat.id, msg.message_id, text, markup)

    async def _say(self, query: object, text: str) -> None:
        msg = getattr(query, "message", None)
        if msg is not None:
            await send(msg.get_bot(), msg.chat.id, text)
