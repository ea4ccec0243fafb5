"""Consistency rules every parsed signal must pass, whether rules or the AI read it."""

from __future__ import annotations

import math
from operator import gt, lt

from parsers.models import ParsedSignal


def _fmt(x: float) -> str:
    return f"{x:g}"


def check(sig: ParsedSignal) -> list[str]:
    """Reasons the signal cannot be traded as read; an empty list means it is consistent."""
    errors: list[str] = []
    if not sig.symbol:
        errors.append("no symbol found")
    if sig.side not in ("LONG", "SHORT"):
        errors.append("no side (LONG or SHORT) found")
    levels = [*sig.entries, *sig.take_profits]
    if sig.stop_loss is not None:
        levels.append(sig.stop_loss)
    if levels and (not all(map(math.isfinite, levels)) or min(levels) <= 0):
        errors.append("a price is zero, negative or not a number")
        return errors
    if sig.leverage is not None and sig.leverage < 1:
        errors.append(f"leverage {sig.leverage} must be at least 1")
    if sig.side not in ("LONG", "SHORT"):
        return errors
    long = sig.side == "LONG"
    tps = sig.take_profits
    sl = sig.stop_loss
    if sig.entries:
        # A stop inside the entry zone is as wrong as one beyond it; targets only need to beat
        # the best entry, since DCA zones may be wide.
        low, high = min(sig.entries), max(sig.entries)
        if sl is not None and long and sl >= low:
            errors.append(f"stop loss {_fmt(sl)} is not below the entry {_fmt(low)} of a LONG")
        if sl is not None and not long and sl <= high:
            errors.append(f"stop loss {_fmt(sl)} is not above the entry {_fmt(high)} of a SHORT")
        bad = [t for t in tps if (t <= low if long else t >= high)]
        if bad:
            where = "below" if long else "above"
            ref = low if long else high
            errors.append(
                f"take profit {_fmt(bad[0])} is {where} the entry {_fmt(ref)} of a {sig.side}"
            )
    elif sl is not None and tps:
        if (long and sl >= tps[0]) or (not long and sl <= tps[0]):
            errors.append(f"stop loss {_fmt(sl)} is on the wrong side of TP1 {_fmt(tps[0])}")
    # Each target against the one before it: TP2 < TP1 breaks a LONG, TP2 > TP1 a SHORT (two
    # equal targets are a channel closing in two halves at one price, not a misreading).
    if len(tps) > 1 and any(map(lt if long else gt, tps[1:], tps)):
        order = "ascending" if long else "descending"
        errors.append(f"take profits are not in {order} order for a {sig.side}")
    return errors
