"""Sending to Telegram: retry on flood control and outages, tolerate "message is not modified".

Flood control answers 429 with ResponseParameters.retry_after, the seconds to wait before the
request may be repeated (core.telegram.org/bots/api#responseparameters): we wait exactly that.
5xx pages, dropped connections and timeouts (PTB's NetworkError, TimedOut) are retried with
exponential backoff. A request refused as such (400, 403) is never repeated.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram import Bot, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_ATTEMPTS = 5
MAX_WAIT_S = 60.0
BACKOFF_S = 0.5  # the first wait after an outage; doubled at each attempt


async def with_retry(call: Callable[[], Awaitable[T]]) -> T:
    """Run a Bot API call; on RetryAfter wait what Telegram says, on an outage back off."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return await call()
        except RetryAfter as exc:
            if attempt == MAX_ATTEMPTS:
                raise
            wait = exc.retry_after
            seconds = wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)
            seconds = min(MAX_WAIT_S, max(0.0, seconds))
            log.warning("flood control: retrying in %.1fs (attempt %d)", seconds, attempt)
            await asyncio.sleep(seconds)
        except BadRequest:  # a 400 (PTB's BadRequest is a NetworkError): refused, not an outage
            raise
        except NetworkError as exc:  # 5xx, a dropped connection, a timeout (TimedOut)
            if attempt == MAX_ATTEMPTS:
                raise
            seconds = min(MAX_WAIT_S, BACKOFF_S * 2 ** (attempt - 1))
            log.warning("Telegram unreachable (%s): retrying in %.1fs", exc, seconds)
            await asyncio.sleep(seconds)
    raise AssertionError("unreachable")


async def send(
    bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None, **kw: Any
) -> Message | None:
    """sendMessage with retries; None (logged) when Telegram refuses for good."""
    try:
        return await with_retry(
            lambda: bot.send_message(chat_id, _clip(text), reply_markup=markup, **kw)
        )
    except TelegramError as exc:
        log.warning("could not send to %s: %s", chat_id, exc)
        return None


async def edit(
    bot: Bot, chat_id: int, message_id: int, text: str, markup: InlineKeyboardMarkup | None = None
) -> bool:
    """editMessageText with retries; an unchanged message counts as success."""
    try:
        await with_retry(
            lambda: bot.edit_message_text(
                _clip(text), chat_id=chat_id, message_id=message_id, reply_markup=markup
            )
        )
        return True
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return True
        log.warning("could not edit %s/%s: %s", chat_id, message_id, exc)
        return False
    except TelegramError as exc:
        log.warning("could not edit %s/%s: %s", chat_id, message_id, exc)
        return False


async def answer(query: Any, text: str | None = None) -> bool:
    """answerCallbackQuery, best effort: only the tapping user's notification depends on it.

    Telegram refuses answers to old queries and can fail like any call; the decision the tap
    asked for is carried out and the card edited whatever happens here.
    """
    try:
        await query.answer(text)
        return True
    except TelegramError as exc:
        log.warning("could not answer a button tap (the decision stands): %s", exc)
        return False


def _clip(text: str) -> str:
    # Telegram refuses messages over 4096 characters.
    return text if len(text) <= 4096 else text[:4090] + "\n…"
