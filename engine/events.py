"""Events the engine publishes (past tense). Front ends subscribe and turn them into messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Event:
    """Base event: a kind, a human-readable text and structured details."""

    kind: str
    text: str
    symbol: str | None = None
    trade_id: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


# Event kinds
SIGNAL_REFUSED = "signal_refused"
ENTRY_FILLED = "entry_filled"
TAKE_PROFIT_HIT = "take_profit_hit"
STOP_HIT = "stop_hit"
POSITION_CLOSED = "position_closed"
ORDER_FAILED = "order_failed"
ERROR = "error"
DAILY_LIMIT_REACHED = "daily_limit_reached"
HALTED = "halted"
RESUMED = "resumed"
RECONCILED = "reconciled"
STOP_PLACED = "stop_placed"  # a stop held back (rate limit) rests now
WAITING_ENTERED = "waiting_entered"  # a waiting breakout entry reached its level and was entered
WAITING_ENDED = "waiting_ended"  # ended unentered: expired, halted, cancelled, stop first, refused
CLOSE_SENT = "close_sent"  # a close held back (rate limit) went out, or was found sent
ENTRIES_CANCELLED = "entries_cancelled"  # entries whose cancel had failed are cancelled now
ORDERS_CANCELLED = "orders_cancelled"  # an ended trade's stop or take-profits likewise
LOOKED_UP = "looked_up"  # an order whose answer was lost, looked up: found, or never placed
