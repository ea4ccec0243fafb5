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
    price: Decimal | None  # None: no current price, so whether it is reached is unknown
    crossed: bool

    def refusal(self) -> Reason:
        """Why the signal is not traded now (the level is not reached, or not known to be)."""
        if self.price is None:
            return Reason(
                "breakout entry not reached",
                f"entry is a breakout {self.trigger} {_num(self.level)} and no current price "
                "is known: sigcopy cannot tell whether it is reached, and a limit order there "
                "could fill at once on the wrong side; it does not place breakout entries yet",
            )
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
    sent as a plain limit that could fill at once below (above) the channel's level.
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
