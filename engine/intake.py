"""Signal intake: signals refused before they reach the book, counted as the book counts its own.

Owns turning a parser's result into a signal, and the counting and logging of what never
reaches the book's execute (a parser's invalid result, a signal a card refused), so that
/stats and the log agree with what the book itself refuses. Keeps no state: it writes the
book's ledger counters.
"""

from __future__ import annotations

import logging
from typing import Any

from engine.domain.signal import Signal
from engine.ledger import Ledger

log = logging.getLogger("sigcopy.engine")


def count_refused(ledger: Ledger) -> None:
    """One more signal seen and refused, as the book's execute() counts its refusals."""
    ledger.signals_processed += 1
    ledger.signals_refused += 1


def signal_of(parsed: Any, ledger: Ledger) -> Signal | None:
    """The signal of a parser result (anything with to_signal(), or is_valid()/errors); None,
    logged (and counted when invalid), when there is none to execute."""
    if parsed is None:
        log.info("nothing to execute: not a signal")
        return None
    if hasattr(parsed, "is_valid") and not parsed.is_valid():
        count_refused(ledger)
        log.info("signal refused: %s", "; ".join(getattr(parsed, "errors", []) or ["invalid"]))
        return None
    signal: Signal = parsed.to_signal()
    return signal


def note_refused(ledger: Ledger, signal_id: str, reasons: list[str]) -> None:
    """Count and log a signal refused before execution (its card said why)."""
    count_refused(ledger)
    log.info("signal %s refused: %s", signal_id, "; ".join(reasons) or "invalid")
