"""Breakout entries: "Enter above 15.30" in a long means "buy once the price rises through it".

A buy limit above the market fills at once, at the market: a trade the channel never posted.
So a breakout whose level the market has not reached waits for it (a waiting entry, engine/core/
waiter.py: nothing is sent until the price gets there), and one the market has already passed
enters at market, which is what the channel meant. "Long below 29" or "Short above 37" is no breakout: a limit order there rests
until the price comes to it, the plain entry's meaning.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from engine.domain.risk import Reason


@dataclass(frozen=True, slots=True)
class Breakout:
    """A breakout entry's level, and whether the market has reached it."""

    side: str
    trigger: str  # "above" or "below"
    level: Decimal
    price: Decimal | None  # None: no current price, so whether it is reached is unknown
    crossed: bool

    def refusal(self, sl: Decimal | None) -> Reason | None:
        """Why the signal cannot wait for its level (None: it can)."""
        if self.price is None:
            return Reason(
                "breakout entry not reached",
                f"entry is a breakout {self.trigger} {_num(self.level)} and no current price "
                "is known: sigcopy cannot tell whether it is reached, and a limit order there "
                "could fill at once on the wrong side",
            )
        if sl is not None and (self.price <= sl if self.side == "LONG" else self.price >= sl):
            return Reason(
                "breakout stop already reached",
                f"entry is a breakout {self.trigger} {_num(self.level)} and the price "
                f"{_num(self.price)} is already at or past the stop {_num(sl)}: the trade the "
                "channel posted is over before it began",
            )
        return None

    def waiting_note(self, hours: float) -> str:
        """For the card: the entry waits for its level."""
        return (
            f"waiting for {_num(self.level)} ({self.trigger}): nothing is sent until the price "
            f"gets there, then it enters at market (cancelled after {hours:g} h, by /halt, by "
            "the channel's cancel, or if the price reaches the stop first)"
        )

    def note(self) -> str:
        """For the card: the level is already passed, the entry is at market."""
        price = _num(self.price) if self.price is not None else "unknown"
        return (
            f"the entry is a breakout {self.trigger} {_num(self.level)}, already passed (price "
            f"{price}): entering at market, as the channel meant"
        )


def _num(x: Decimal) -> str:
    """43000.0 -> "43000", 15.30 -> "15.3" (no exponent)."""
    return format(x.normalize(), "f")


def breakout(
    side: str, trigger: str | None, entries: list[Decimal], price: Decimal | None
) -> Breakout | None:
    """The signal's breakout entry, or None for a plain entry.

    With no usable current price the breakout is not known to be reached: it is refused, never
    sent as a plain limit that could fill at once below (above) the channel's level, nor left
    waiting for a level it cannot tell the side of.
    """
    if not entries:
        return None
    known = price if price is not None and price > 0 else None
    if trigger == "above" and side == "LONG":
        level = min(entries)
        return Breakout(side, trigger, level, known, known is not None and known >= level)
    if trigger == "below" and side == "SHORT":
        level = max(entries)
        return Breakout(side, trigger, level, known, known is not None and known <= level)
    return None
