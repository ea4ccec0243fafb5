"""Breakout entries: "Enter above 15.30" in a long means "buy once the price rises through it".

A buy limit above the market fills at once, at the market: a trade the channel never posted.
So a breakout whose level the market has not reached is refused (sigcopy places no waiting
breakout orders yet), and one the market has already passed enters at market, which is what
the channel meant. "Long below 29" or "Short above 37" is no breakout: a limit order there rests
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
    price: Decimal
    crossed: bool

    def refusal(self) -> Reason:
        """Why the signal is not traded now (the level is not reached)."""
        buy, where = ("buy", "below") if self.side == "LONG" else ("sell", "above")
        return Reason(
            "breakout entry not reached",
            f"entry is a breakout {self.trigger} {_num(self.level)} and the price is "
            f"{_num(self.price)}: "
            f"sigcopy would {buy} now, {where} the channel's level; it does not place "
            "breakout entries yet",
        )

    def note(self) -> str:
        """For the card: the level is already passed, the entry is at market."""
        return (
            f"the entry is a breakout {self.trigger} {_num(self.level)}, already passed (price "
            f"{_num(self.price)}): entering at market, as the channel meant"
        )


def _num(x: Decimal) -> str:
    """43000.0 -> "43000", 15.30 -> "15.3" (no exponent)."""
    return format(x.normalize(), "f")


def breakout(
    side: str, trigger: str | None, entries: list[Decimal], price: Decimal | None
) -> Breakout | None:
    """The signal's breakout entry, or None (a plain entry, or no price to judge it by)."""
    if not entries or price is None or price <= 0:
        return None
    if trigger == "above" and side == "LONG":
        level = min(entries)
        return Breakout(side, trigger, level, price, price >= level)
    if trigger == "below" and side == "SHORT":
        level = max(entries)
        return Breakout(side, trigger, level, price, price <= level)
    return None
