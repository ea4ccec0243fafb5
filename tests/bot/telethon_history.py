"""A real Telethon TelegramClient (in-memory session, no network) whose requests are answered
as Telegram answers them, for reading a channel's history: channels.getChannels,
contacts.resolveUsername and messages.getHistory. Everything above the request boundary is
Telethon's own (get_entity, iter_messages paging, reverse order, message building).

messages.getHistory follows https://core.telegram.org/api/offsets and
https://core.telegram.org/method/messages.getHistory: messages newest first; the slice starts at
the first message older than offset_id (or, without one, sent before offset_date), shifted by
add_offset (negative: newer ones), `limit` long; min_id/max_id bound the ids. A channel answers
messages.channelMessages (a slice: Telethon pages on). An unknown username is
USERNAME_NOT_OCCUPIED; a channel the account cannot see is CHANNEL_INVALID.
"""

from __future__ import annotations

from typing import Any

from telethon import TelegramClient, errors
from telethon.sessions import StringSession
from telethon.tl import functions, types

from tests.bot.telethon_feed import ME

READS = (
    functions.channels.GetChannelsRequest,
    functions.contacts.ResolveUsernameRequest,
    functions.messages.GetHistoryRequest,
)


class HistoryClient(TelegramClient):  # type: ignore[misc]
    """Signed in (or not); knows some channels and their messages; sends nothing."""

    channels: dict[int, Any] = {}  # raw channel id -> types.Channel the account can see
    history: dict[int, list[Any]] = {}  # raw channel id -> its types.Message
    signed_in = True
    made: list[HistoryClient] = []

    def __init__(self, *args: Any, **kw: Any) -> None:  # built by build_client(settings, cls)
        super().__init__(StringSession(), api_id=1, api_hash="0" * 32, receive_updates=False)
        self._mb_entity_cache.set_self_user(ME, False, 99)
        self.requests: list[Any] = []
        self.connected = self.disconnected_ = 0
        HistoryClient.made.append(self)

    async def connect(self) -> None:
        self.connected += 1

    async def disconnect(self) -> None:
        self.disconnected_ += 1

    async def is_user_authorized(self) -> bool:
        return self.signed_in

    async def __call__(
        self, request: Any, ordered: bool = False, flood_sleep_threshold: Any = None
    ) -> Any:
        self.requests.append(request)
        if isinstance(request, functions.channels.GetChannelsRequest):
            found = [self.channels.get(c.channel_id) for c in request.id]
            if not all(found):
                raise errors.ChannelInvalidError(request=request)
            return types.messages.Chats(chats=found)
        if isinstance(request, functions.contacts.ResolveUsernameRequest):
            for ch in self.channels.values():
                if (ch.username or "").lower() == request.username.lower():
                    return types.contacts.ResolvedPeer(
                        peer=types.PeerChannel(ch.id), chats=[ch], users=[]
                    )
            raise errors.UsernameNotOccupiedError(request=request)
        if isinstance(request, functions.messages.GetHistoryRequest):
            return self._history(request)
        raise ConnectionError(f"offline test client: {type(request).__name__} not sent")

    def _history(self, r: Any) -> Any:
        raw = r.peer.channel_id
        ch = self.channels[raw]
        newest_first = sorted(self.history.get(raw, []), key=lambda m: m.id, reverse=True)
        if r.offset_id:
            at = next((i for i, m in enumerate(newest_first) if m.id < r.offset_id), None)
        elif r.offset_date:
            at = next((i for i, m in enumerate(newest_first) if m.date < r.offset_date), None)
        else:
            at = 0
        at = len(newest_first) if at is None else at
        lo = max(0, at + r.add_offset)
        hi = max(0, at + r.add_offset + r.limit)
        page = [
            m
            for m in newest_first[lo:hi]
            if (not r.min_id or m.id > r.min_id) and (not r.max_id or m.id < r.max_id)
        ]
        return types.messages.ChannelMessages(
            pts=len(newest_first),
            count=len(newest_first),
            messages=page,
            topics=[],
            chats=[ch],
            users=[],
        )
