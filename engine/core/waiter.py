"""Waiter: a book's waiting entries - breakout signals held until the price reaches their level.

Owns the waiting entries (by signal id), the band of prices per symbol that neither triggers
nor cancels any of them, and their next expiry; the Watchlist merges both into the levels
every tick reads (so a quiet tick costs nothing more), and the Book enters a reached one
through the Opener, exactly as a signal executed then. Each waiting entry is the signal's own
record (kind "signal", status "waiting"): the Opener's "accepted" replaces it, written in the
same commit as the entry order's write-ahead, so a restart never enters it twice.
See docs/paper.md, "Breakout entries".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from engine import events as ev
from engine.core.bus import EventBus
from engine.core.journal import Journal
from engine.domain.waiting import INF, WAITING, WaitingEntry, num

log = logging.getLogger("sigcopy.engine")
NO_BAND = (-INF, INF)


class Waiter:
    """Owns the book's waiting entries, their bands and their next expiry."""

    def __init__(
        self, journal: Journal, bus: EventBus, rewatch: Callable[[str, float], None]
    ) -> None:
        self.journal = journal
        self.bus = bus
        self.rewatch = rewatch  # the watchlist's: a symbol's band (or the next expiry) changed
        self.entries: dict[str, WaitingEntry] = {}
        self.bands: dict[str, tuple[float, float]] = {}  # symbol -> (lo, hi); read per tick
        self.next_expiry = INF

    # --- holding and ending -------------------------------------------------------------------

    def hold(self, w: WaitingEntry) -> None:
        """Keep a signal waiting for its level (its record written with the next commit)."""
        self.entries[w.signal_id] = w
        self.journal.put("signal", w.signal_id, WAITING, w.to_dict())
        self._changed(w.symbol)

    def restore(self, records: list[dict[str, Any]], known: set[str]) -> None:
        """Waiting entries read back from the store (before any call returns). One whose trade
        exists was entered already (killed before its record changed): never entered twice."""
        for d in records:
            if not isinstance(d.get("waiting"), dict):
                continue
            w = WaitingEntry.from_dict(d)
            if w.signal_id in known:
                self.journal.put("signal", w.signal_id, "accepted", w.signal)
                continue
            self.entries[w.signal_id] = w
        for sym in {w.symbol for w in self.entries.values()}:
            self._changed(sym)

    def take(self, w: WaitingEntry) -> None:
        """No longer waiting: about to be entered (the Opener writes its record)."""
        if self.entries.pop(w.signal_id, None) is not None:
            self._changed(w.symbol)

    def end(self, w: WaitingEntry, status: str, why: str) -> None:
        """End a waiting entry unentered: recorded, and the user told why."""
        self.take(w)
        self.journal.put("signal", w.signal_id, status, w.to_dict() | {"ended": why})
        log.info("waiting entry %s ended (%s): %s", w.signal_id, status, why)
        self.bus.emit(
            ev.Event(
                ev.WAITING_ENDED,
                f"{w.side} {w.symbol} {w.label()}: {why}",
                w.symbol,
                w.signal_id,
                {"status": status, "level": float(w.level), "trigger": w.trigger},
            )
        )

    def end_all(self, status: str, why: str) -> int:
        """End every waiting entry (a halt); returns how many."""
        waiting = list(self.entries.values())
        for w in waiting:
            self.end(w, status, why)
        return len(waiting)

    # --- prices and time ----------------------------------------------------------------------

    def due(self, symbol: str, price: Decimal) -> tuple[list[WaitingEntry], list[WaitingEntry]]:
        """(reached, stopped): the symbol's entries the price reaches, or whose stop it reaches
        first (a price past both: the stop, since nothing was entered before it)."""
        reached: list[WaitingEntry] = []
        stopped: list[WaitingEntry] = []
        for w in list(self.entries.values()):
            if w.symbol != symbol:
                continue
            if w.stopped(price):
                stopped.append(w)
            elif w.reached(price):
                reached.append(w)
        return reached, stopped

    def expired(self, now: float) -> list[WaitingEntry]:
        """Entries whose time is up, oldest first."""
        if now < self.next_expiry:
            return []
        return sorted(
            (w for w in self.entries.values() if w.expires_at <= now), key=lambda w: w.expires_at
        )

    def find(
        self, symbol: str | None, trade_id: str | None, source: str | None
    ) -> list[WaitingEntry]:
        """The waiting entries a follow-up names: by id, or by market symbol (and source)."""
        if trade_id:
            w = self.entries.get(trade_id)
            return [w] if w is not None else []
        return [
            w
            for w in self.entries.values()
            if w.symbol == symbol and (source is None or w.signal.get("source") == source)
        ]

    def view(self, book: str, last: dict[str, float]) -> list[dict[str, Any]]:
        """For /positions and the front ends: each waiting entry, saying its book."""
        return [
            {
                "trade_id": w.signal_id,
                "book": book,
                "symbol": w.symbol,
                "side": w.side,
                "waiting": w.label(),
                "level": float(w.level),
                "trigger": w.trigger,
                "leverage": w.signal.get("leverage"),
                "sl": float(w.stop) if w.stop is not None else None,
                "take_profits": list(w.signal.get("take_profits") or []),
                "current_price": last.get(w.symbol),
                "expires_at": w.expires_at,
                "source": w.signal.get("source"),
            }
            for w in sorted(self.entries.values(), key=lambda w: w.created_at)
        ]

    def _changed(self, symbol: str) -> None:
        """A symbol's entries changed: its band and the next expiry follow."""
        lo, hi = NO_BAND
        for w in self.entries.values():
            if w.symbol == symbol:
                wlo, whi = w.band()
                lo, hi = max(lo, wlo), min(hi, whi)
        if (lo, hi) == NO_BAND:
            self.bands.pop(symbol, None)
        else:
            self.bands[symbol] = (lo, hi)
        self.next_expiry = min((w.expires_at for w in self.entries.values()), default=INF)
        self.rewatch(symbol, self.next_expiry)


def stop_first(w: WaitingEntry, price: Decimal) -> str:
    """Why an entry ended at its stop."""
    assert w.stop is not None
    return (
        f"the price {num(price)} reached the stop {num(w.stop)} before the entry level: "
        "cancelled, nothing entered"
    )
