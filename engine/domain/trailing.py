"""Trailing stop: when it activates, and where the stop goes as the price moves (pure).

The stop follows the best price since activation at a fixed fraction behind it, and never moves
back: a long's stop only rises, a short's only falls. The state lives in `trade.extra["trail"]`
(`active`, `best`) so the trade log, /positions and a restart see it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

_PCT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")
_TP = re.compile(r"^\s*tp\s*(\d+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Activation:
    """When trailing starts: at the entry fill, after TP n fills, or at a profit fraction."""

    tp: int = 0  # 0: at the entry fill; n: once TP n has filled
    profit: Decimal | None = None  # a fraction of the entry (0.015 = 1.5 %)


def parse_activation(text: str) -> Activation:
    """`entry`, `tp1`, `tp2`..., or a profit percent such as `1.5%`; ValueError says what to write."""
    s = text.strip().lower()
    if s == "entry":
        return Activation()
    m = _TP.match(s)
    if m and int(m.group(1)) >= 1:
        return Activation(tp=int(m.group(1)))
    m = _PCT.match(s)
    if m and Decimal(m.group(1)) > 0:
        return Activation(profit=Decimal(m.group(1)) / 100)
    raise ValueError(
        f"TRAILING_ACTIVATION {text!r} is not understood: write entry, tp1, tp2 ... "
        "or a profit percent such as 1.5%"
    )


def is_reached(
    act: Activation, is_long: bool, entry: Decimal, tps_hit: int, price: Decimal
) -> bool:
    """True once the activation condition holds for a position at this price."""
    if act.profit is not None:
        target = entry * (1 + act.profit) if is_long else entry * (1 - act.profit)
        return price >= target if is_long else price <= target
    return tps_hit >= act.tp


def activation_price(act: Activation, is_long: bool, entry: Decimal) -> Decimal | None:
    """The price a profit activation waits for (None for entry/TP activations)."""
    if act.profit is None:
        return None
    return entry * (1 + act.profit) if is_long else entry * (1 - act.profit)


def trail(
    is_long: bool,
    sl: Decimal | None,
    best: Decimal,
    price: Decimal,
    pct: Decimal,
    round_price: Callable[[Decimal], Decimal],
) -> tuple[Decimal | None, Decimal]:
    """(stop, best) after one price: the best improves, the stop follows it, never back."""
    best = max(best, price) if is_long else min(best, price)
    target = round_price(best * (1 - pct) if is_long else best * (1 + pct))
    if sl is None:
        return target, best
    return (max(sl, target) if is_long else min(sl, target)), best


def state(extra: dict[str, Any]) -> dict[str, Any] | None:
    """The trailing state kept on a trade (`active`, `best` as a string), or None."""
    st = extra.get("trail")
    return st if isinstance(st, dict) else None


# A native trailing stop's callback rate limits, as fractions (min, max).
Limits = tuple[Decimal, Decimal]


def _pct(x: Decimal) -> str:
    return f"{(x * 100).normalize():f}"


def rate_problem(rate: Decimal, limits: Limits, venue: str) -> str | None:
    """Why this trailing distance cannot be the exchange's native trailing stop, or None."""
    lo, hi = limits
    if lo <= rate <= hi:
        return None
    return (
        f"a trailing distance of {_pct(rate)} % is outside what {venue}'s native trailing "
        f"stop accepts: its callback rate must be between {_pct(lo)} % and {_pct(hi)} %"
    )


def percent_text(rate: Decimal) -> str:
    """0.02 -> "2" (the percent, as exchanges and messages write it)."""
    return _pct(rate)
