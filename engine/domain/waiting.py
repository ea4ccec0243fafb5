"""A waiting entry: a breakout signal held until the price reaches its level.

"Long above 43000" with BTC at 42000 means "buy once the price rises through 43000". The signal
is kept, not sent: no order rests anywhere. On the first price at or through the level it is
executed exactly as it was accepted (or approved), which by then is a market entry (the
breakout is passed: engine/domain/breakout.py), judged by the risk rules at that moment. A price
at or through its stop first (the market went the other way), its expiry, a halt or the
channel's cancel end it unentered. Pure: no I/O, no clock (times are handed in).

This is what NautilusTrader calls an emulated stop order (its OrderEmulator holds a STOP_MARKET
locally and releases a MARKET order through the normal risk and execution path when the trigger
price trades: https://nautilustrader.io/docs/latest/concepts/orders/emulated), and what Cornix
calls a breakout trade ("when BTC/USDT is below 19,000 and crosses it we will enter the trade":
https://help.cornix.io/en/articles/6134988-breakout-trades).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from engine.domain.signal import Signal

if TYPE_CHECKING:
    from config.trading_config import RiskConfig
    from engine.domain.breakout import Breakout

INF = float("inf")

# The statuses of a waiting entry's signal record (kind "signal"; "accepted" once entered).
WAITING = "waiting"
CANCELLED = "cancelled"
EXPIRED = "expired"
STOPPED = "stop_before_entry"
REFUSED = "refused_at_trigger"


def num(x: Decimal) -> str:
    """43000.0 -> "43000", 15.30 -> "15.3" (no exponent)."""
    return format(x.normalize(), "f")


@dataclass(slots=True)
class WaitingEntry:
    """One signal waiting for its level, in the market's units."""

    signal_id: str
    symbol: str  # the market symbol the level is watched on
    side: str  # LONG | SHORT
    trigger: str  # "above" | "below"
    level: Decimal
    stop: Decimal | None  # a price at or past it first cancels the entry
    created_at: float
    expires_at: float
    signal: dict[str, Any] = field(default_factory=dict)  # Signal.to_dict(): what executes

    @property
    def is_long(self) -> bool:
        """True for a long."""
        return self.side == "LONG"

    def label(self) -> str:
        """'waiting for 43000 (above)': what the card and /positions say."""
        return f"waiting for {num(self.level)} ({self.trigger})"

    def band(self) -> tuple[float, float]:
        """(lo, hi): a price strictly between them neither triggers nor cancels the entry."""
        stop = float(self.stop) if self.stop is not None else None
        if self.is_long:
            return (stop if stop is not None else -INF), float(self.level)
        return float(self.level), (stop if stop is not None else INF)

    def reached(self, price: Decimal) -> bool:
        """True when the price is at or through the level (the breakout's own way)."""
        return price >= self.level if self.is_long else price <= self.level

    def stopped(self, price: Decimal) -> bool:
        """True when the price is at or past the stop (the market went the other way)."""
        if self.stop is None:
            return False
        return price <= self.stop if self.is_long else price >= self.stop

    def to_signal(self) -> Signal:
        """The signal as it was accepted: executed once the level is reached."""
        return Signal.from_dict(self.signal)

    def to_dict(self) -> dict[str, Any]:
        """The signal record's data: the signal itself, with how it waits."""
        return self.signal | {
            "waiting": {
                "symbol": self.symbol,
                "trigger": self.trigger,
                "level": str(self.level),
                "stop": str(self.stop) if self.stop is not None else None,
                "created_at": self.created_at,
                "expires_at": self.expires_at,
            }
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> WaitingEntry:
        """Inverse of to_dict."""
        w = d["waiting"]
        signal = {k: v for k, v in d.items() if k != "waiting"}
        return cls(
            signal_id=str(d["signal_id"]),
            symbol=str(w["symbol"]),
            side=str(d["side"]),
            trigger=str(w["trigger"]),
            level=Decimal(w["level"]),
            stop=Decimal(w["stop"]) if w.get("stop") is not None else None,
            created_at=float(w["created_at"]),
            expires_at=float(w["expires_at"]),
            signal=signal,
        )


def waiting_entry(
    signal: Signal, symbol: str, bo: Breakout, sl: Decimal | None, now: float, cfg: RiskConfig
) -> WaitingEntry:
    """A breakout not reached yet, held for WAITING_ENTRY_TTL_HOURS from now."""
    return WaitingEntry(
        str(signal.signal_id),
        symbol,
        signal.side,
        bo.trigger,
        bo.level,
        sl,
        now,
        now + cfg.WAITING_ENTRY_TTL_HOURS * 3600,
        signal.to_dict(),
    )
