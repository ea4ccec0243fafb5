"""A real Telethon TelegramClient with an in-memory session and no network, fed the raw updates
Telegram sends, through the client's own path: `_preprocess_updates` (entity cache, session
entities, `_entities` on each update, as the update loop does) then `_dispatch_update` (event
building, chat filtering, handlers). See telethon/client/updates.py (1.4x).

Any request the client tries to send is recorded and refused: the listener must only read.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from telethon import TelegramClient
from telethon.sessions import StringSession
from telethon.tl import types

ME = 424_242
NOW = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)


class OfflineClient(TelegramClient):  # type: ignore[misc]
    """TelegramClient whose every request is recorded and refused (there is no network)."""

    def __init__(self) -> None:
        super().__init__(StringSession(), api_id=1, api_hash="0" * 32, receive_updates=False)
        self.requests: list[Any] = []
        # Our own id, as get_me() would have cached it, so event building needs no request.
        self._mb_entity_cache.set_self_user(ME, False, 99)

    async def __call__(
        self, request: Any, ordered: bool = False, flood_sleep_threshold: Any = None
    ) -> Any:
        self.requests.append(request)
        raise ConnectionError(f"offline test client: {type(request).__name__} not sent")

    async def feed(self, update: Any, users: list[Any], chats: list[Any]) -> None:
        for u in await self._preprocess_updates([update], users, chats):
            await self._dispatch_update(u)


def channel(
    raw_id: int, title: str = "Signals Pro", *, megagroup: bool = False, username: str | None = None
) -> Any:
    return types.Channel(
        id=raw_id,
        title=title,
        username=username,
        photo=types.ChatPhotoEmpty(),
        date=NOW,
        broadcast=not megagroup,
        megagroup=megagroup,
        access_hash=raw_id * 7,
    )


def user(uid: int, name: str = "Admin") -> Any:
    return types.User(id=uid, first_name=name, access_hash=uid * 3)


def message(
    raw_chat_id: int,
    msg_id: int,
    text: str,
    *,
    post: bool = True,
    from_user: int | None = None,
    reply_to: int | None = None,
    edit: bool = False,
) -> Any:
    return types.Message(
        id=msg_id,
        peer_id=types.PeerChannel(raw_chat_id),
        date=NOW,
        message=text,
        post=post,
        from_id=types.PeerUser(from_user) if from_user is not None else None,
        reply_to=types.MessageReplyHeader(reply_to_msg_id=reply_to) if reply_to else None,
        edit_date=NOW if edit else None,
    )


def new_post(msg: Any) -> Any:
    return types.UpdateNewChannelMessage(message=msg, pts=msg.id, pts_count=1)


def edited_post(msg: Any) -> Any:
    return types.UpdateEditChannelMessage(message=msg, pts=msg.id + 1000, pts_count=1)
