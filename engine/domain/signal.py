"""The typed trade signal every front end hands to the engine."""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from typing import Any

from engine.domain.channel_limits import ChannelLimits

KNOWN_QUOTES = ("USDT", "USDC", "BUSD", "FDUSD", "USD", "BTC", "ETH", "EUR")


def split_symbol(symbol: str) -> tuple[str, str]:
    """Return (base, quote) for "BTCUSDT", "BTC/USDT", "BTC/USDT:USDT", "btc-usdt", "BTCUSDT.P"."""
    s = symbol.strip().upper().lstrip("#$")
    for suffix in (".P", "PERP", " PERPETUAL"):
        if s.endswith(suffix) and len(s) > len(suffix) + 2:
            s = s[: -len(suffix)]
    s = s.split(":", 1)[0]
    for sep in ("/", "-", "_"):
        if sep in s:
            base, quote = s.split(sep, 1)
            return base, quote or "USDT"
    for quote in KNOWN_QUOTES:
        if s.endswith(quote) and len(s) > len(quote):
            return s[: -len(quote)], quote
    return s, "USDT"


def canonical_symbol(symbol: str) -> str:
    """ "BTCUSDT", "BTC/USDT" and "BTC/USDT:USDT" all become "BTC/USDT"."""
    base, quote = split_symbol(symbol)
    return f"{base}/{quote}"


def _floats(values: Any) -> list[float]:
    if values is None:
        return []
    if isinstance(values, int | float | str):
        values = [values]
    out: list[float] = []
    for v in values:
        if v is None:
            continue
        try:
            out.append(float(v))
        except (TypeError, ValueError):
            out.append(math.nan)
    return out


@dataclass
class Signal:
    """A trade instruction. entry=None (and no entries) means a market order."""

    symbol: str
    side: str
    entry: float | None = None
    tp: float | None = None
    sl: float | None = None
    leverage: int = 1
    entries: list[float] = field(default_factory=list)
    take_profits: list[float] = field(default_factory=list)
    source: str | None = None
    signal_id: str | None = None
    raw_text: str | None = None
    # The posting channel's own limits (channels.toml), set by the front end; None: the book's.
    limits: ChannelLimits | None = None
    # The signal's own trailing stop and break-even, used instead of the settings for its trade:
    # a fraction (0.02 = 2 %), when it starts (as TRAILING_ACTIVATION), after which TP the stop
    # goes to the entry.
    trailing_stop_pct: float | None = None
    trailing_activation: str | None = None
    break_even_after_tp: int | None = None
    # A breakout entry ("Enter above 15.30"): "above" or "below", None for a plain entry.
    entry_trigger: str | None = None
    # Targets the post gave only as percentages, as written ("TP: 5% 10% 15%"): never placed as
    # prices (every price traded is the post's); the card and the trade log say so.
    target_percents: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.side = str(self.side).strip().upper() if self.side is not None else ""
        self.entries = _floats(self.entries)
        self.take_profits = _floats(self.take_profits)
        if not self.entries and self.entry is not None:
            self.entries = _floats(self.entry)
        if self.entry is None and self.entries:
            self.entry = self.entries[0]
        if not self.take_profits and self.tp is not None:
            self.take_profits = _floats(self.tp)
        if self.tp is None and self.take_profits:
            self.tp = self.take_profits[0]
        if self.signal_id is None:
            self.signal_id = uuid.uuid4().hex[:16]

    @property
    def is_market(self) -> bool:
        """True when the signal asks for a market entry."""
        return not self.entries

    @classmethod
    def from_dict(cls, s: dict[str, Any]) -> Signal:
        """The Signal of its to_dict() form (a stored waiting entry, a pending approval's)."""
        return cls(
            symbol=s["symbol"],
            side=s["side"],
            entries=list(s.get("entries") or []),
            take_profits=list(s.get("take_profits") or []),
            sl=s.get("sl"),
            leverage=int(s.get("leverage") or 1),
            source=s.get("source"),
            signal_id=s.get("signal_id"),
            raw_text=s.get("raw_text"),
            limits=ChannelLimits.from_dict(s.get("limits")),
            trailing_stop_pct=s.get("trailing_stop_pct"),
            trailing_activation=s.get("trailing_activation"),
            break_even_after_tp=s.get("break_even_after_tp"),
            entry_trigger=s.get("entry_trigger"),
            target_percents=list(s.get("target_percents") or []),
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form, for the store and the trade log."""
        return (
            {
                "symbol": self.symbol,
                "side": self.side,
                "entries": self.entries,
                "take_profits": self.take_profits,
                "sl": self.sl,
                "leverage": self.leverage,
                "source": self.source,
                "signal_id": self.signal_id,
                "limits": self.limits.to_dict() if self.limits is not None else None,
            }
            | {
                k: v
                for k in (
                    "trailing_stop_pct",
                    "trailing_activation",
                    "break_even_after_tp",
                    "entry_trigger",
                )
                if (v := getattr(self, k)) is not None
            }
            | ({"target_percents": list(self.target_percents)} if self.target_percents else {})
        )


def target_percents_note(written: list[str]) -> str:
    """The card's line for targets given only as percentages: what was written, and that no
    take-profit is placed (a price worked out from a percentage is a guess)."""
    said = "; ".join(f"'{w}'" for w in written)
    return (
        f"targets given only as percentages ({said}), not prices: no take-profit is placed; "
        "the trade ends at its stop, a trailing stop or a close"
    )
