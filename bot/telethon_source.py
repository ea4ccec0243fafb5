"""The Telethon user client sigcopy reads channels with: its settings, its session (a string
from TELEGRAM_SESSION, or DATA_DIR/telegram.session readable by its owner only)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from config.session_file import secure_session_file, session_path
from engine.errors import ConfigError

log = logging.getLogger(__name__)


def configured(settings: Any) -> bool:
    """True when TELEGRAM_API_ID and TELEGRAM_API_HASH are both set."""
    return bool(settings.TELEGRAM_API_ID) and settings.TELEGRAM_API_HASH is not None


def build_client(settings: Any, client_cls: Any = None) -> Any:
    """A TelegramClient on the configured session; ConfigError naming what is missing."""
    if not configured(settings):
        raise ConfigError(
            "TELEGRAM_API_ID and TELEGRAM_API_HASH are needed to read channels as a user",
            hint="create them at https://my.telegram.org (API development tools); "
            "see docs/listener.md",
        )
    from telethon import TelegramClient
    from telethon.sessions import SQLiteSession, StringSession

    session: Any
    if settings.TELEGRAM_SESSION is not None:
        session = StringSession(settings.TELEGRAM_SESSION.get_secret_value())
    else:
        path = session_path(settings)
        path.parent.mkdir(parents=True, exist_ok=True)
        session = SQLiteSession(str(path))  # Telethon keeps the name when it ends in .session
        secure_session_file(path)
    cls = client_cls or TelegramClient
    return cls(
        session,
        int(settings.TELEGRAM_API_ID),
        settings.TELEGRAM_API_HASH.get_secret_value(),
    )


def start_listening(
    settings: Any, handle: Any, stop: asyncio.Event, client_cls: Any = None
) -> asyncio.Task[bool] | None:
    """With LISTEN_CHATS set: the listener as a background task (None otherwise)."""
    if not settings.LISTEN_CHATS:
        return None
    from bot.listener import Listener

    client = build_client(settings, client_cls)
    listener = Listener(client, handle, settings.LISTEN_CHATS, settings.LISTEN_SENDERS)
    return asyncio.create_task(_listen(client, listener, stop), name="sigcopy-listener")


async def _listen(client: Any, listener: Any, stop: asyncio.Event) -> bool:
    """False when the account is not signed in (nothing is read); True once stopped."""
    try:
        await client.connect()
        if not await client.is_user_authorized():
            log.warning("LISTEN_CHATS is set but no account is signed in: run `sigcopy login`")
            return False
        log.info("listening to %d chats as a user", len(listener.chats))
        await listener.run(stop)
        return True
    finally:
        await client.disconnect()
