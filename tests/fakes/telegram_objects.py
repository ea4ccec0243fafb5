"""Bot API objects as Telegram sends them (https://core.telegram.org/bots/api), for the fake
Telegram server's updates (tests/fakes/fake_telegram.py): a User, a private or channel Chat, a
forward's MessageOriginChannel, an edited message, a CallbackQuery.
"""

from __future__ import annotations

import time
from typing import Any


def user(user_id: int, first_name: str = "Alice", username: str | None = None) -> dict:
    """A User object."""
    u: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username:
        u["username"] = username
    return u


def private_chat(user_id: int, first_name: str = "Alice") -> dict[str, Any]:
    """The private Chat between the bot and a user (its id is the user's id)."""
    return {"id": user_id, "type": "private", "first_name": first_name}


def channel_chat(
    channel_id: int, title: str = "Signals", username: str | None = None
) -> dict[str, Any]:
    """A Chat of type channel (a public one has a username, without the @:
    https://core.telegram.org/bots/api#chat)."""
    chat: dict[str, Any] = {"id": channel_id, "type": "channel", "title": title}
    if username:
        chat["username"] = username
    return chat


def forward_origin(channel_id: int, title: str, message_id: int) -> dict[str, Any]:
    """A MessageOriginChannel: the channel post a forwarded message comes from."""
    return {
        "type": "channel",
        "date": int(time.time()) - 60,
        "chat": channel_chat(channel_id, title),
        "message_id": message_id,
    }


def edited(original: dict[str, Any], text: str) -> dict[str, Any]:
    """A new version of a message: the same message_id, its new text (or caption), an
    edit_date."""
    msg = dict(original)
    key = "caption" if "caption" in original else "text"
    msg[key] = text
    msg["edit_date"] = int(time.time())
    return msg


def callback_query(
    cq_id: str, sender: dict[str, Any], message: dict[str, Any], data: str
) -> dict[str, Any]:
    """A CallbackQuery: a user tapped an inline button under message."""
    return {
        "id": cq_id,
        "from": sender,
        "chat_instance": f"ci{message['chat']['id']}",
        "message": message,
        "data": data,
    }
