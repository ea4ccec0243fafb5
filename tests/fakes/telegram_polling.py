"""The updates waiting for the bot on the fake Telegram server (tests/fakes/fake_telegram.py), handed
out by getUpdates as Telegram's long polling does (https://core.telegram.org/bots/api#getupdates):

- offset: "Identifier of the first update to be returned ... An update is considered confirmed
  as soon as getUpdates is called with an offset higher than its update_id": Telegram forgets it.
- limit: "Values between 1-100 are accepted. Defaults to 100."
- timeout: "Timeout in seconds for long polling": the call waits that long for an update.
- allowed_updates: the update types to receive (an empty list: all of them).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any


class UpdateQueue:
    """Updates pushed for the bot, until an offset confirms them; when each was pushed and
    handed out (perf_counter)."""

    def __init__(self, changed: asyncio.Condition, notify: Callable[[], None]) -> None:
        self.updates: list[dict[str, Any]] = []
        self.next_update_id = 1000
        self.pushed_at: dict[int, float] = {}
        self.delivered_at: dict[int, float] = {}  # update_id -> perf_counter when handed out
        self.stopping = False  # the server stops: long polls answer at once
        self._changed = changed  # the server's: notified on every call and every change
        self._notify = notify

    def push(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (its update_id is assigned here unless given) and wake long polls."""
        update = dict(payload)
        if "update_id" not in update:
            update["update_id"] = self.next_update_id
        self.next_update_id = max(self.next_update_id, int(update["update_id"])) + 1
        self.updates.append(update)
        self.pushed_at[update["update_id"]] = time.perf_counter()
        self._notify()
        return update

    async def get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """getUpdates: the updates from the offset on, waiting up to the timeout for one."""
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = float(params.get("timeout") or 0)
        allowed = params.get("allowed_updates")
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                if offset:
                    # Telegram forgets every update below the offset: it is confirmed.
                    before = len(self.updates)
                    self.updates = [u for u in self.updates if u["update_id"] >= offset]
                    if len(self.updates) != before:
                        self._changed.notify_all()
                ready = [u for u in self.updates if _allowed(u, allowed)][:limit]
                if ready or self.stopping:
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), remaining)
        now = time.perf_counter()
        for u in ready:
            self.delivered_at.setdefault(u["update_id"], now)
        return ready

    async def wait_confirmed(self, timeout: float) -> None:
        """Wait until every pushed update was fetched and confirmed (offset moved past it)."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while self.updates:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"{len(self.updates)} updates never confirmed")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), remaining)


def _allowed(update: dict[str, Any], allowed: Any) -> bool:
    if not allowed:
        return True
    return any(k in update for k in allowed)


def long_polled(params: dict[str, Any], files: dict[str, bytes]) -> Any:
    """getUpdates's entry in the server's table of methods: it is answered apart (it waits)."""
    raise AssertionError("getUpdates is handled asynchronously")
