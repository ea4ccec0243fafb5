"""Who may use the bot. Every handler the bot registers is wrapped by one of these guards.

Guards mark their wrapper with ``__sigcopy_guard__`` so a test can enumerate the registered
handlers and check that each refuses strangers.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

log = logging.getLogger(__name__)

Callback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, Any]]
GUARD_ATTR = "__sigcopy_guard__"
NOT_ALLOWED = "Not allowed."
REFUSAL = "Sorry, this is a private trading bot: only its owner can use it."
REFUSAL_INTERVAL_S = 3600.0


class Gate:
    """Admin user ids and allowed channel ids, from the settings."""

    def __init__(self, admin_ids: list[int], channel_ids: list[int]) -> None:
        self.admin_ids = frozenset(int(x) for x in admin_ids)
        self.channel_ids = frozenset(int(x) for x in channel_ids)
        self._refused: dict[int, float] = {}

    def is_admin(self, user_id: int | None) -> bool:
        """True for an id listed in TELEGRAM_ADMIN_IDS."""
        return user_id is not None and int(user_id) in self.admin_ids

    def is_allowed_channel(self, chat_id: int | None) -> bool:
        """True for a channel listed in TELEGRAM_CHANNEL_IDS."""
        return chat_id is not None and int(chat_id) in self.channel_ids

    def should_refuse(self, user_id: int) -> bool:
        """A stranger gets one polite refusal (per hour), then silence."""
        now = time.monotonic()
        last = self._refused.get(user_id)
        if last is not None and now - last < REFUSAL_INTERVAL_S:
            return False
        if len(self._refused) > 10_000:
            self._refused.clear()
        self._refused[user_id] = now
        return True

    def admin_only(self, callback: Callback) -> Callback:
        """Run callback only for an admin; answer strangers' taps "not allowed", refuse once."""

        @functools.wraps(callback)
        async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Any:
            user = update.effective_user
            if user is not None and self.is_admin(user.id):
                return await callback(update, context)
            await self._refuse(update)
            return None

        setattr(guarded, GUARD_ATTR, "admin")
        return guarded

    def channel_only(self, callback: Callback) -> Callback:
        """Run callback only for posts in an allowed channel; anything else is ignored."""

        @functools.wraps(callback)
        async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Any:
            chat = update.effective_chat
            if (
                chat is not None
                and chat.type == ChatType.CHANNEL
                and self.is_allowed_channel(chat.id)
            ):
                return await callback(update, context)
            log.info("ignored a post from chat %s (not in TELEGRAM_CHANNEL_IDS)", chat and chat.id)
            return None

        setattr(guarded, GUARD_ATTR, "channel")
        return guarded

    async def _refuse(self, update: Update) -> None:
        try:
            await self._send_refusal(update)
        except TelegramError as exc:  # a stranger's update is not worth an error report
            log.info("could not answer a refused update: %s", exc)

    async def _send_refusal(self, update: Update) -> None:
        user = update.effective_user
        log.warning("refused update from user %s", user.id if user else None)
        if update.callback_query is not None:
            await update.callback_query.answer(NOT_ALLOWED)
            return
        chat = update.effective_chat
        msg = update.effective_message
        if (
            user is not None
            and chat is not None
            and chat.type == ChatType.PRIVATE
            and msg is not None
            and self.should_refuse(user.id)
        ):
            await msg.reply_text(REFUSAL)


def guard_of(callback: Any) -> str | None:
    """The guard a registered callback carries ("admin", "channel"), or None when unguarded."""
    return getattr(callback, GUARD_ATTR, None)
