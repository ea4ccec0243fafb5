"""What the Telegram commands and buttons (app_commands.py) use of the TelegramFront (app.py)
that registers them: exactly these attributes and methods. They take a FrontParts, not the
front, so they need not import app.py (which imports them): no import circle. TelegramFront
satisfies it (mypy checks each partial(handler, self))."""

from __future__ import annotations

from typing import Any, Protocol

from telegram import Message
from telegram.ext import Application

from bot.approval_cards import ApprovalCards
from bot.channels_cmd import ChannelsPanel
from bot.desk import Desk


class FrontParts(Protocol):
    """The TelegramFront's state and calls that its command handlers read."""

    settings: Any
    engine: Any
    desk: Desk
    app: Application  # type: ignore[type-arg]
    cards: ApprovalCards
    panel: ChannelsPanel

    def _new_token(self, payload: str) -> str: ...

    def _bind(self, tokens: list[str], sent: Message | None) -> None: ...

    def _take_token(self, token: str, query: Any) -> tuple[str | None, str | None]: ...
