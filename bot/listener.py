"""The user-account listener: a Telethon client reading the chats the user chose (LISTEN_CHATS)
and handing their posts, edits and replies to the same pipeline as the Bot API path
(TelegramFront.handle_channel_text: parse -> card/auto -> engine).

It only reads: it registers NewMessage/MessageEdited handlers and, after a reconnect, pages the
history since the last message id it saw per chat. Nothing here sends from the user's account.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Iterable
from typing import Any, Protocol

from telethon import events

log = logging.getLogger(__name__)


class Handle(Protocol):
    """TelegramFront.handle_channel_text's shape; returns False for a post already handled."""

    def __call__(
        self,
        text: str,
        *,
        chat_id: int,
        message_id: int,
        source: str,
        reply_to_id: int | None = None,
        posted_at: float | None = None,
        is_edit: bool = False,
        username: str | None = None,
    ) -> Awaitable[bool]: ...


class Listener:
    """Registers read-only handlers on a Telethon client for the chosen chats."""

    def __init__(
        self,
        client: Any,
        handle: Handle,
        chats: Iterable[int],
        senders: Iterable[int] = (),
    ) -> None:
        self.client = client
        self._handle = handle
        self.chats = [int(c) for c in chats]
        self._senders = {int(s) for s in senders}
        self.last_seen: dict[int, int] = {}  # chat id -> newest message id seen
        self._attached = False

    def attach(self) -> None:
        """Add the NewMessage and MessageEdited handlers (Telethon filters by chat id)."""
        if self._attached:
            return
        self.client.add_event_handler(self._on_new, events.NewMessage(chats=self.chats))
        self.client.add_event_handler(self._on_edit, events.MessageEdited(chats=self.chats))
        self._attached = True

    async def _on_new(self, event: Any) -> None:
        await self.on_message(event.message, is_edit=False)

    async def _on_edit(self, event: Any) -> None:
        await self.on_message(event.message, is_edit=True)

    def wanted(self, msg: Any) -> bool:
        """A chosen chat's message with text; in a group, from a chosen sender (if any)."""
        if msg.chat_id not in self.chats or not (msg.message or "").strip():
            return False
        if self._senders and not getattr(msg, "post", False):  # a group (not a channel post)
            return msg.sender_id in self._senders
        return True

    async def on_message(self, msg: Any, *, is_edit: bool) -> bool:
        """Hand one message to the pipeline; False when skipped or already handled."""
        if not self.wanted(msg):
            return False
        chat_id = int(msg.chat_id)
        if not is_edit:
            self.last_seen[chat_id] = max(self.last_seen.get(chat_id, 0), int(msg.id))
        try:
            return await self._handle(
                msg.message,
                chat_id=chat_id,
                message_id=int(msg.id),
                source=_chat_name(msg, chat_id),
                reply_to_id=_reply_to_id(msg),
                posted_at=msg.date.timestamp() if msg.date else None,
                is_edit=is_edit,
                username=getattr(getattr(msg, "chat", None), "username", None),
            )
        except Exception:  # one bad message must not stop the listener
            log.exception("listener: message %s in chat %s failed", msg.id, chat_id)
            return False

    async def catch_up(self) -> int:
        """After a reconnect: each chat's messages newer than the last seen id, oldest first.
        Returns how many were handed on (repeats are dropped by the pipeline's dedup)."""
        handled = 0
        for chat_id, last in list(self.last_seen.items()):
            async for msg in self.client.iter_messages(chat_id, min_id=last, reverse=True):
                handled += bool(await self.on_message(msg, is_edit=False))
        return handled

    async def run(self, stop: asyncio.Event, *, retry_s: float = 5.0) -> None:
        """Stay connected until stop is set; catch up after each reconnect."""
        self.attach()
        while not stop.is_set():
            try:
                if not self.client.is_connected():
                    await self.client.connect()
                await self.catch_up()
                await _first(self.client.disconnected, stop.wait())
            except (OSError, ConnectionError) as exc:
                log.warning("listener: disconnected (%s); retrying in %ss", exc, retry_s)
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(stop.wait(), retry_s)


async def _first(*aws: Awaitable[Any]) -> None:
    tasks = [asyncio.ensure_future(a) for a in aws]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for t in tasks:
            t.cancel()


def _reply_to_id(msg: Any) -> int | None:
    reply = getattr(msg, "reply_to", None)
    if reply is None:
        return None
    if getattr(reply, "forum_topic", False) and getattr(reply, "reply_to_top_id", None) is None:
        return None  # a plain message in a forum topic: its "reply" is the topic itself
    rid = getattr(reply, "reply_to_msg_id", None)
    return int(rid) if rid is not None else None


def _chat_name(msg: Any, chat_id: int) -> str:
    chat = getattr(msg, "chat", None)
    return str(getattr(chat, "title", None) or getattr(chat, "username", None) or chat_id)
