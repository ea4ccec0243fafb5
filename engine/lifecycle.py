"""An engine's life: its book restored while it is built, opened by the first call, closed.

Owns whether the saved book is loaded yet, the start-up warnings, and the order of the steps
that open and close a book (store, markets, the broker's own checks, recovery of in-flight
orders, stop renewal; on close: stream, journal, broker, prices, store, trade log). Whether
the engine has started, and the book's lock, stay the engine's (engine/engine.py): every call
checks the one and takes the other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal

from engine import events as ev
from engine.core.book_tag import book_tag
from engine.core.recovery import load_saved, load_saved_sync, recover
from engine.errors import SigcopyError
from engine.wiring import EngineParts

log = logging.getLogger("sigcopy.engine")


class Lifecycle:
    """Restores the book at once (synchronously) and runs the engine's start and close."""

    def __init__(self, parts: EngineParts, anchor: Callable[[str, list[Decimal]], None]) -> None:
        self.parts = parts
        self.anchor = anchor  # the engine's: a restart keeps the simulated walk near the trades
        self.warnings: list[str] = []
        # The saved book is there before any call returns (stats, prices, signals).
        self.loaded = load_saved_sync(parts.book, parts.slots.store, parts.slots.broker)
        parts.monitor.was_halted = parts.slots.kill_switch.is_set()

    async def open(self) -> None:
        """Open the store, load markets and recover in-flight orders (under the book's lock)."""
        p, s = self.parts, self.parts.slots
        book = p.book
        await s.store.open()
        try:
            book.orders.tag = await book_tag(s.store, s.book, s.clock.time())
            await p.markets.load(s.broker)
            await self._startup_warnings()
            if not self.loaded:
                await load_saved(book, s.store, s.broker)
                self.loaded = True
            p.monitor.was_halted = s.kill_switch.is_set()
            read = await recover(book, s.broker, p.monitor.refresh_balance)
            book.protector.closer.held.restore(list(book.portfolio.active_trades()))
            await p.monitor.keep_stops(read)  # a stop with no recorded expiry: renewed
            for t in list(book.portfolio.active_trades()):  # a restart keeps the walk near
                known = t.avg_entry or (t.entries[0] if t.entries else None)
                if known:
                    self.anchor(t.symbol, [known])
        except BaseException:
            await s.store.close()  # no connection (or its thread) left behind
            raise

    async def _startup_warnings(self) -> None:
        check = getattr(self.parts.slots.broker, "startup_warnings", None)
        if check is None:
            return
        try:
            warnings = await check()
        except SigcopyError as exc:
            warnings = [exc.user_message()]
        for w in warnings:
            log.warning("start-up check: %s", w)
            self.parts.book.bus.say(ev.Event(ev.ERROR, f"⚠️ {w}"))  # kept until heard
        self.warnings = warnings

    async def close(self, started: bool) -> None:
        """Flush state (when started) and release every connection, even after an error."""
        p, s = self.parts, self.parts.slots
        try:
            await p.monitor.close_stream()
            await p.book.journal.drain()
            if started:
                await p.book.journal.flush()
        finally:
            try:
                await s.broker.close()
            except Exception:  # noqa: BLE001 - closing must not mask the real error
                log.debug("close failed", exc_info=True)
            await p.markets.close()
            await s.store.close()
            s.trade_log.close()
