"""Halting one book: what the kill switch does to it (TradingEngine.halt, resume, is_halted).

A halt stops new trades now and after a restart (the kill switch is the EMERGENCY_STOP file);
open positions keep their stops and targets; breakout entries still waiting for their level
are cancelled (nothing was entered). The monitor is told, so its next pass does not report the
halt a second time. Both a halt and a resume are said on the book's bus.
"""

from __future__ import annotations

from engine import events as ev
from engine.core.book import Book
from engine.core.monitor import Monitor
from engine.domain.waiting import CANCELLED
from engine.ports import KillSwitch


class Halting:
    """The kill switch as one book sees it."""

    def __init__(self, kill_switch: KillSwitch, monitor: Monitor, book: Book) -> None:
        self.kill_switch = kill_switch
        self.monitor = monitor
        self.book = book

    def is_halted(self) -> bool:
        """True while the EMERGENCY_STOP file exists."""
        return self.kill_switch.is_set()

    def halt(self, reason: str, started: bool) -> None:
        """Stop new trading; cancel the waiting entries; saved now when the book is open
        (before its start, the start's commit writes it)."""
        self.kill_switch.set(reason)
        self.monitor.was_halted = True
        self.book.cancel_waiting(CANCELLED, "trading was halted: cancelled, nothing entered")
        self.book.bus.notify(ev.Event(ev.HALTED, f"Trading halted: {reason}"))
        if started:
            self.book.journal.soon()

    def resume(self) -> None:
        """Allow new trades again."""
        self.kill_switch.clear()
        self.monitor.was_halted = False
        self.book.bus.notify(ev.Event(ev.RESUMED, "Trading resumed."))
