"""`sigcopy login` (sign the user account in: phone, code, two-step password) and
`sigcopy channels` (the channels and groups it can read, with the ids LISTEN_CHATS takes)."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from collections.abc import Callable
from typing import Any

from bot.telethon_source import build_client
from config.session_file import secure_session_file, session_path


def main(
    argv: list[str],
    *,
    client_cls: Any = None,
    ask: Callable[[str], str] = input,
    ask_secret: Callable[[str], str] = getpass.getpass,
) -> int:
    """argv[0] is "login" or "channels"."""
    ap = argparse.ArgumentParser(prog="sigcopy", description=__doc__)
    ap.add_argument("command", choices=["login", "channels"])
    opts = ap.parse_args(argv)

    from config import load_settings

    settings = load_settings()
    client = build_client(settings, client_cls)
    if opts.command == "login":
        return asyncio.run(_login(client, settings, ask, ask_secret))
    return asyncio.run(_channels(client))


async def _login(
    client: Any, settings: Any, ask: Callable[[str], str], ask_secret: Callable[[str], str]
) -> int:
    try:
        await client.start(
            phone=lambda: ask("Phone number (international format, e.g. +44...): "),
            code_callback=lambda: ask("Login code Telegram sent you: "),
            password=lambda: ask_secret("Two-step verification password: "),
        )
        me = await client.get_me()
    finally:
        await client.disconnect()
    if settings.TELEGRAM_SESSION is None:
        secure_session_file(session_path(settings))
        where = f"saved in {session_path(settings)} (owner-only)"
    else:
        where = "kept in TELEGRAM_SESSION"
    print(f"Signed in as {_name(me)}; the session is {where}. Next: sigcopy channels")
    return 0


async def _channels(client: Any) -> int:
    await client.connect()
    try:
        if not await client.is_user_authorized():
            print("Not signed in: run `sigcopy login` first.", file=sys.stderr)
            return 1
        dialogs = await client.get_dialogs()
    finally:
        await client.disconnect()
    rows = [(_kind(d.entity), d.id, d.name) for d in dialogs if _kind(d.entity)]
    if not rows:
        print("This account is in no channel or group.")
        return 0
    print(f"{'kind':<8} {'id':>16}  name")
    for kind, chat_id, name in rows:
        print(f"{kind:<8} {chat_id:>16}  {name}")
    print("\nPut the ids to copy in LISTEN_CHATS (comma-separated).")
    return 0


def _kind(entity: Any) -> str | None:
    if getattr(entity, "broadcast", False):
        return "channel"
    if getattr(entity, "forum", False):
        return "forum"
    if getattr(entity, "megagroup", False) or type(entity).__name__ == "Chat":
        return "group"
    return None  # people and bots: not signal sources


def _name(me: Any) -> str:
    if me is None:
        return "?"
    username = getattr(me, "username", None)
    first = getattr(me, "first_name", None) or ""
    return f"{first} (@{username})" if username else first or str(me.id)
