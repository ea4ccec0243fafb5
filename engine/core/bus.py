"""Event bus: parts emit events; they reach the subscribers after the work that raised them."""

from __future__ import annotations

import asyncio
import inspect
import logging
from typing import Any

from engine import events as ev

log = logging.getLogger("sigcopy.engine")


class EventBus:
    """Queues events while the engine works; publish() hands them to every subscriber."""

    def __init__(self) -> None:
        self._handlers: list[Any] = []
        self._queued: list[ev.Event] = []
        self._unheard: list[ev.Event] = []  # said before anyone listened (say)

    def subscribe(self, handler: Any) -> None:
        """Call handler(event) for every event (sync or async). The first subscriber also gets
        what was said before anyone listened (say), once."""
        self._handlers.append(handler)
        if self._unheard:
            unheard, self._unheard = self._unheard, []
            for e in unheard:
                self.notify(e)

    @property
    def listening(self) -> bool:
        """True when someone subscribed: an event nobody would receive need not be built."""
        return bool(self._handlers)

    def emit(self, event: ev.Event) -> None:
        """Queue an event; it is published when the current work ends."""
        self._queued.append(event)

    def say(self, event: ev.Event) -> None:
        """An event the user must hear (a start-up warning): queued as emit() does, or, while
        nobody listens yet, kept for the first subscriber."""
        if self._handlers:
            self._queued.append(event)
        else:
            self._unheard.append(event)

    def notify(self, event: ev.Event) -> None:
        """Queue an event and publish soon (from sync code outside any engine work)."""
        self._queued.append(event)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        loop.create_task(self.publish())

    @property
    def queued(self) -> list[ev.Event]:
        """Events not published yet (read-only use)."""
        return self._queued

    async def publish(self) -> None:
        """Hand every queued event to every subscriber; a failing subscriber is logged."""
        if not self._queued:
            return
        events, self._queued = self._queued, []
        for e in events:
            for h in list(self._handlers):
                try:
                    r = h(e)
                    if inspect.isawaitable(r):
                        await r
                except Exception:  # noqa: BLE001 - a front end's bug must not stop trading
                    log.exception("event handler failed for %s", e.kind)
