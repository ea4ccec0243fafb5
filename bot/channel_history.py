"""`sigcopy backtest --channel <id|@name> --days 90` (issue 17.4): the channel's history read
through the signed-in user account (Telethon, read-only), then the very backtest a message file
gets (engine/backtest/cli.py): candles downloaded, the replay, the report per message."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from bot.listener import Listener, _chat_name, _reply_to_id
from bot.telethon_source import build_client
from engine.backtest.signals_io import Message
from engine.errors import ConfigError

History = Callable[[Any, str, float], list[Message]]


def _target(channel: str) -> int | str:
    """-100123 (an id, as `sigcopy channels` prints it) or "@name" / "name" / t.me link."""
    text = channel.strip()
    if text.lstrip("-").isdigit():
        return int(text)
    for prefix in ("https://t.me/", "http://t.me/", "t.me/"):
        text = text.removeprefix(prefix)
    return text if text.startswith("@") else f"@{text}"


async def _entity(client: Any, channel: str) -> Any:
    from telethon import errors

    try:
        return await client.get_entity(_target(channel))
    except (ValueError, TypeError, errors.RPCError):
        raise ConfigError(
            f"unknown channel {channel!r}: this account cannot see it",
            "Use an id from `sigcopy channels` (-100...) or the channel's @username; "
            "join the channel with this account first.",
        ) from None


async def read_history(
    client: Any, channel: str, since: float, senders: list[int] | None = None
) -> list[Message]:
    """The channel's text messages since `since` (epoch s), oldest first; in a group, only
    the chosen senders' (LISTEN_SENDERS) when there are any, as the listener copies."""
    await client.connect()
    try:
        if not await client.is_user_authorized():
            raise ConfigError(
                "no Telegram account is signed in to read the channel's history",
                "Run `sigcopy login` first (see docs/listener.md).",
            )
        entity = await _entity(client, channel)
        from telethon import utils

        chat_id = utils.get_peer_id(entity)
        pick = Listener(client, _no_handle, [chat_id], senders or ())
        out = []
        when = datetime.fromtimestamp(since, UTC)
        async for m in client.iter_messages(entity, offset_date=when, reverse=True):
            if not pick.wanted(m) or m.date is None or m.date.timestamp() < since:
                continue
            reply = _reply_to_id(m)
            out.append(
                Message(
                    m.date.timestamp(),
                    m.message,
                    _chat_name(m, chat_id),
                    str(m.id),
                    str(reply) if reply is not None else None,
                )
            )
    finally:
        await client.disconnect()
    if not out:
        raise ConfigError(
            f"no text message in {channel} since {when:%Y-%m-%d}: nothing to replay",
            "Try more --days, or check that this is the channel you meant (sigcopy channels).",
        )
    return out


async def _no_handle(text: str, **kw: Any) -> bool:
    return False  # the backtest replays the messages; nothing is handed to the live pipeline


def telethon_history(client_cls: Any = None) -> History:
    """A history reader over the configured user session (a new client per call)."""

    def read(settings: Any, channel: str, since: float) -> list[Message]:
        client = build_client(settings, client_cls)
        return asyncio.run(read_history(client, channel, since, list(settings.LISTEN_SENDERS)))

    return read


def main(argv: list[str], *, client_cls: Any = None) -> int:
    """`sigcopy backtest --channel ...` (argv: the backtest's arguments)."""
    from engine.backtest.cli import run_backtest

    return run_backtest(argv, history=telethon_history(client_cls))
