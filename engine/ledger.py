"""Account ledger: cash, the UTC trading day, the equity curve and counters. No I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

ZERO = Decimal(0)
_DECIMALS = ("cash", "day_start_equity", "day_realized", "total_fees", "realized", "peak_equity")


@dataclass
class Ledger:
    """Paper equity is cash plus unrealized PnL; live equity comes from the exchange balance."""

    cash: Decimal
    day: str = ""
    day_start_equity: Decimal = ZERO
    day_realized: Decimal = ZERO
    signals_processed: int = 0
    signals_refused: int = 0
    trades_executed: int = 0
    trades_failed: int = 0
    total_fees: Decimal = ZERO
    realized: Decimal = ZERO
    wins: int = 0
    losses: int = 0
    peak_equity: Decimal = ZERO
    max_drawdown_pct: float = 0.0
    daily_limit_day: str = ""
    curve: list[tuple[float, float]] = field(default_factory=list)  # stored as "equity" rows

    def __post_init__(self) -> None:
        # (peak, fall): the widest fall below that peak whose drawdown was measured (mark).
        # Not a field: neither stored nor compared.
        self._widest: tuple[Decimal, Decimal] | None = None

    def roll_day(self, day: str, equity: Decimal) -> bool:
        """Start a new UTC day when `day` changed; returns True when it did."""
        if day == self.day:
            return False
        self.day = day
        self.day_start_equity = equity
        self.day_realized = ZERO
        return True

    def book_fee(self, fee: Decimal) -> None:
        """A fee paid on any fill."""
        self.cash -= fee
        self.total_fees += fee
        self.realized -= fee
        self.day_realized -= fee

    def book_pnl(self, pnl: Decimal) -> None:
        """Gross PnL realized by an exit fill."""
        self.cash += pnl
        self.realized += pnl
        self.day_realized += pnl

    def mark(self, ts: float, equity: Decimal) -> None:
        """Add an equity-curve point and update the drawdown."""
        self.curve.append((ts, float(equity)))
        peak = self.peak_equity
        if equity > peak:
            self.peak_equity = equity
        elif equity < peak and peak > 0:  # (none at a peak)
            # Under one peak the drawdown grows with the fall (each step is correctly rounded,
            # so monotonic): a fall no wider than one measured under this peak cannot raise
            # the maximum, and its division (the costly part of a close) is skipped.
            gap = peak - equity
            widest = self._widest
            if widest is None or widest[0] != peak or gap > widest[1]:
                self._widest = (peak, gap)
                dd = float(gap / peak * 100)
                self.max_drawdown_pct = max(self.max_drawdown_pct, dd)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        d = dict(self.__dict__)
        del d["curve"]
        d.pop("_widest", None)
        for k in _DECIMALS:
            d[k] = str(d[k])
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Ledger:
        """Inverse of to_dict."""
        kw = dict(d)
        for k in _DECIMALS:
            kw[k] = Decimal(kw[k])
        kw.pop("curve", None)
        return cls(**kw)
