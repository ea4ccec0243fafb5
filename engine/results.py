"""What the engine hands back to front ends: previews and execution results."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class TradePreview:
    """Everything a confirmation card shows, computed exactly as execution would."""

    symbol: str
    side: str
    entries: list[float]
    take_profits: list[float]
    sl: float | None
    leverage: int
    requested_leverage: int
    leverage_clamped: bool
    quantity: float
    position_value: float
    margin: float
    loss_at_stop: float | None
    reward_risk: float | None
    current_price: float | None
    distance_pct: float | None
    mode_label: str
    simulated_prices: bool
    approved: bool
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. the default stop the signal lacked
    waiting: str | None = None  # "waiting for 43000 (above)": a breakout not reached yet
    # With several books (COPY_TO): each book's decision (book, approved, quantity, reasons).
    books: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ExecutionResult:
    """The outcome of a signal or a follow-up."""

    ok: bool
    reasons: list[str] = field(default_factory=list)
    trade_id: str | None = None
    orders: list[dict[str, Any]] = field(default_factory=list)
    filled_qty: float = 0.0
    avg_entry: float | None = None
    # A breakout whose level the price has not reached: "waiting for 43000 (above)"; nothing
    # was sent, it enters at market when the price gets there.
    waiting: str | None = None
    # With several books (COPY_TO): each book's own result, by book.
    books: dict[str, ExecutionResult] = field(default_factory=dict)
    # A close: how many of the trades it acted on held a position (something had filled) as
    # it closed them, counted under the book's lock: not read before the call, when a fill
    # could still come in between (a trade with nothing filled only had its entries ended).
    positions: int = 0
    # A close: how many of those trades' closes wait for the exchange's rate-limit window (sent
    # as soon as it is over; engine/core/close_hold.py), counted as they were acted on.
    held: int = 0

    def __bool__(self) -> bool:
        return self.ok


@dataclass
class CloseAllResult:
    """What closing everything did, counted as the engine acted on each trade."""

    closed: int = 0  # positions closed
    waiting: int = 0  # positions whose close waits for the exchange's rate-limit window
    ended: int = 0  # trades with nothing filled: their entries cancelled, nothing to close
    failed: int = 0  # positions whose close failed: still open (the reasons say why)
    reasons: list[str] = field(default_factory=list)
    # Entry orders of trades with nothing filled whose cancel failed: they still rest on the
    # exchange, and their trades stay (the reasons say which, at what price).
    resting: int = 0

    @property
    def done(self) -> int:
        """The trades it closed, is closing (the rate-limit window) or ended (nothing filled)."""
        return self.closed + self.waiting + self.ended

    def add(self, other: CloseAllResult) -> CloseAllResult:
        """Both counted together (several books)."""
        return CloseAllResult(
            self.closed + other.closed,
            self.waiting + other.waiting,
            self.ended + other.ended,
            self.failed + other.failed,
            [*self.reasons, *other.reasons],
            self.resting + other.resting,
        )
