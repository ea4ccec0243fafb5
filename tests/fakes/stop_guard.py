"""Watches a fake exchange for a stop cancelled while it was an open position's last one.

A stop may end by firing, by lapsing, or with its position (all fine); it may be cancelled once
a newer stop rests beside it (a swap, new first). A stop cancelled while the position is open and
no other stop rests on the symbol is the moment without a stop the engine must never make: a
replacement done cancel-first shows up here, with the stop and the position it left bare.
"""

from __future__ import annotations

from decimal import Decimal

from tests.fakes.orders import FakeOrder, Fill
from tests.fakes.server import FakeExchangeServer


class StopGuard:
    """Checks every stop cancellation as it happens; `violations` lists what it found."""

    def __init__(self, fake: FakeExchangeServer) -> None:
        self.fake = fake
        self.violations: list[str] = []
        self.checks = 0  # stop cancellations looked at
        fake.book.listeners.append(self._changed)

    def detach(self) -> None:
        """Stop watching."""
        if self._changed in self.fake.book.listeners:
            self.fake.book.listeners.remove(self._changed)

    def _changed(self, o: FakeOrder, event: str, _fill: Fill | None) -> None:
        # Listeners run inside the change: the book is exactly as the cancel left it.
        if event != "CANCELED" or o.kind != "stop":
            return
        self.checks += 1
        book = self.fake.book
        pos = book.positions.get(o.symbol, Decimal(0))
        if pos != 0 and not book.open_orders(o.symbol, stops=True):
            self.violations.append(
                f"{o.symbol}: stop {o.id} (trigger {o.trigger}) cancelled while it was the "
                f"last stop of the position {pos}"
            )
