"""A trade: one signal's lifecycle from entry orders to the last exit, with exact PnL."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

ZERO = Decimal(0)


class TradeStatus(StrEnum):
    PENDING = "pending"  # entry orders resting, nothing filled yet
    OPEN = "open"
    CLOSED = "closed"
    CANCELED = "canceled"  # no entry ever filled (expired, cancelled, TP1 reached first)
    FAILED = "failed"  # refused by the broker


ACTIVE = (TradeStatus.PENDING, TradeStatus.OPEN)
_PENDING, _OPEN = ACTIVE  # (module globals: an enum member read from its class costs more)


@dataclass(slots=True)
class Trade:
    """Position state for one signal. Quantities in base units, prices in quote, all Decimal."""

    trade_id: str
    symbol: str
    side: str  # LONG | SHORT
    leverage: int
    requested_leverage: int
    planned_qty: Decimal
    entries: list[Decimal]
    take_profits: list[Decimal]
    tp_split: list[Decimal]
    sl: Decimal | None
    source: str | None = None
    initial_sl: Decimal | None = None  # the stop it opened with: its risk, for R multiples
    opened_at: float = 0.0
    status: TradeStatus = TradeStatus.PENDING
    entry_qty: Decimal = ZERO
    entry_cost: Decimal = ZERO
    exit_qty: Decimal = ZERO
    exit_value: Decimal = ZERO
    gross_pnl: Decimal = ZERO
    fees: Decimal = ZERO
    tps_hit: int = 0
    tp_done: list[int] = field(default_factory=list)  # TP levels fully filled
    sl_at_entry: bool = False
    closed_at: float | None = None
    close_reason: str | None = None
    first_fill_at: float | None = None
    order_seq: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_long(self) -> bool:
        """True for a long."""
        return self.side == "LONG"

    @property
    def is_active(self) -> bool:
        """True while entries rest or the position is open."""
        return self.status in ACTIVE

    @property
    def open_qty(self) -> Decimal:
        """Base units still held."""
        return self.entry_qty - self.exit_qty

    @property
    def avg_entry(self) -> Decimal | None:
        """Average entry price of the filled quantity."""
        return self.entry_cost / self.entry_qty if self.entry_qty else None

    @property
    def avg_exit(self) -> Decimal | None:
        """Average exit price."""
        return self.exit_value / self.exit_qty if self.exit_qty else None

    @property
    def margin(self) -> Decimal:
        """Margin held by the open quantity."""
        avg = self.avg_entry
        return avg * self.open_qty / self.leverage if avg is not None else ZERO

    @property
    def net_pnl(self) -> Decimal:
        """Realized PnL after fees."""
        return self.gross_pnl - self.fees

    def next_client_id(self, role: str, tag: str = "") -> str:
        """A client order id derived from the book (`tag`: its database's own, book_tag.py),
        the trade (the signal) and the leg, unique per order."""
        self.order_seq += 1
        # Never truncated here (that made ids collide): each broker shortens it for its
        # exchange deterministically, hashing what does not fit. (Joined with +, not an
        # f-string: formatting an OrderRole runs Enum.__format__ in Python.)
        if tag:
            return "sc" + tag + "_" + self.trade_id + role + str(self.order_seq)
        return "sc" + self.trade_id + role + str(self.order_seq)

    def apply_entry_fill(self, qty: Decimal, price: Decimal, fee: Decimal, ts: float) -> None:
        """Add filled entry quantity."""
        self.entry_qty += qty
        self.entry_cost += qty * price
        self.fees += fee
        if self.first_fill_at is None:
            self.first_fill_at = ts
        if self.status == _PENDING:
            self.status = _OPEN

    def apply_exit_fill(self, qty: Decimal, price: Decimal, fee: Decimal) -> Decimal:
        """Reduce the position; returns the gross PnL realized by this fill."""
        avg = self.avg_entry or price
        pnl = (price - avg) * qty if self.is_long else (avg - price) * qty
        self.exit_qty += qty
        self.exit_value += qty * price
        self.gross_pnl += pnl
        self.fees += fee
        return pnl

    def unrealized(self, price: Decimal | float | None) -> Decimal:
        """Unrealized PnL at a price (0 when flat or unknown)."""
        avg = self.avg_entry
        if price is None or avg is None or not self.open_qty:
            return ZERO
        p = price if isinstance(price, Decimal) else Decimal(repr(price))
        diff = p - avg if self.is_long else avg - p
        return diff * self.open_qty

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for the store (Decimals as text, spelled out field by field:
        tests/engine/test_records.py checks it names every field; see Order.to_dict)."""
        sl, initial = self.sl, self.initial_sl
        return {
            "trade_id": self.trade_id,
            "symbol": self.symbol,
            "side": self.side,
            "leverage": self.leverage,
            "requested_leverage": self.requested_leverage,
            "planned_qty": str(self.planned_qty),
            "entries": _texts(self.entries),
            "take_profits": _texts(self.take_profits),
            "tp_split": _texts(self.tp_split),
            "sl": None if sl is None else str(sl),
            "source": self.source,
            "initial_sl": None if initial is None else str(initial),
            "opened_at": self.opened_at,
            "status": self.status._value_,  # (an enum's .value is a Python-level property)
            "entry_qty": str(self.entry_qty),
            "entry_cost": str(self.entry_cost),
            "exit_qty": str(self.exit_qty),
            "exit_value": str(self.exit_value),
            "gross_pnl": str(self.gross_pnl),
            "fees": str(self.fees),
            "tps_hit": self.tps_hit,
            "tp_done": list(self.tp_done),
            "sl_at_entry": self.sl_at_entry,
            "closed_at": self.closed_at,
            "close_reason": self.close_reason,
            "first_fill_at": self.first_fill_at,
            "order_seq": self.order_seq,
            "extra": self.extra,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Trade:
        """Inverse of to_dict."""
        kw = dict(d)
        for k in (
            "planned_qty",
            "entry_qty",
            "entry_cost",
            "exit_qty",
            "exit_value",
            "gross_pnl",
            "fees",
        ):
            kw[k] = Decimal(kw[k])
        for k in ("entries", "take_profits", "tp_split"):
            kw[k] = [Decimal(x) for x in kw[k]]
        for k in ("sl", "initial_sl"):
            kw[k] = Decimal(kw[k]) if kw.get(k) is not None else None
        kw["status"] = TradeStatus(kw["status"])
        return cls(**kw)


def _texts(values: list[Decimal]) -> list[str]:
    """Decimals as text (a list of prices or fractions)."""
    out = []
    for v in values:  # (a loop: a comprehension is a call more)
        out.append(str(v))
    return out
