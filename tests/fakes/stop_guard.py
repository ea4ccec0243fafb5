"""Watches a fake exchange for a position left without a stop.

Once a position has had a resting stop, every request the exchange processes afterwards must
leave it with at least one, until the position is closed: a stop replaced cancel-first (or a
swap cut short the wrong way) shows up here as a violation, with the request that caused it.
"""

from __future__ import annotations

from decimal import Decimal

from tests.fakes.server import Call, FakeExchangeServer


class StopGuard:
    """Checks after every processed request; `violations` lists what it found."""

    def __init__(self, fake: FakeExchangeServer) -> None:
        self.fake = fake
        self.covered: set[str] = set()  # symbols whose open position has had a stop
        self.violations: list[str] = []
        self.checks = 0
        fake.hooks.append(self._hook)

    def detach(self) -> None:
        """Stop watching."""
        if self._hook in self.fake.hooks:
            self.fake.hooks.remove(self._hook)

    def _hook(self, call: Call, phase: str) -> None:
        if phase == "processed":
            self.check(f"{call.method} {call.path}")

    def check(self, after: str) -> None:
        """Look at every position now (also called by tests after moving the price)."""
        book = self.fake.book
        self.checks += 1
        for sym, pos in book.positions.items():
            if pos == Decimal(0):
                self.covered.discard(sym)
                continue
            if book.open_orders(sym, stops=True):
                self.covered.add(sym)
            elif sym in self.covered:
                self.violations.append(f"{sym}: position {pos} without a stop after {after}")
                self.covered.discard(sym)  # said once per gap
