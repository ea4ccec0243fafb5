"""An ExtBot that survives malformed updates.

PTB parses a getUpdates batch all at once: one update it cannot parse fails the batch, the
offset never moves, and polling retries the same batch forever. Here each update that does not
parse is replaced by an empty Update with the same id: it is logged, confirmed and ignored.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)


class SafeBot(ExtBot[None]):
    """ExtBot whose getUpdates never fails on a malformed update."""

    async def _post(self, endpoint: str, data: Any = None, **kwargs: Any) -> Any:
        result = await super()._post(endpoint, data, **kwargs)
        if endpoint == "getUpdates" and isinstance(result, list):
            try:
                Update.de_list(result, None)
            except Exception:  # find the culprits, one by one
                return [u for u in (_sanitize(x) for x in result) if u is not None]
        return result


def _sanitize(raw: Any) -> dict[str, Any] | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("update_id"), int):
        log.warning("dropped an update without an update_id")
        return None
    try:
        Update.de_json(raw, None)
        return raw
    except Exception as exc:
        log.warning("malformed update %s ignored: %r", raw["update_id"], exc)
        return {"update_id": raw["update_id"]}


def build_bot(token: str, base_url: str | None) -> SafeBot:
    """The bot, with PTB's usual connection pools, on Telegram or a self-hosted Bot API."""
    kwargs: dict[str, Any] = {}
    if base_url:
        base = base_url.rstrip("/")
        kwargs = {"base_url": f"{base}/bot", "base_file_url": f"{base}/file/bot"}
    return SafeBot(
        token,
        request=HTTPXRequest(connection_pool_size=256),
        get_updates_request=HTTPXRequest(connection_pool_size=1),
        **kwargs,
    )
