"""Consistency rules every parsed signal must pass, whether rules or the AI read it."""

from __future__ import annotations

import math
from operator import gt, lt
from typing import Final

from parsers.extremes import highest, lowest
from parsers.models import ParsedSignal


def _fmt(x: float) -> str:
    return f"{x:g}"


# How far a level may sit from the entry before it is a misreading or a typo (a zero dropped
# or added) rather than a plan: a factor of ten is never a target or a stop. The corpus's real
# signals stay well inside (targets up to 4.4x the entry of a long, 0.41x of a short; stops
# 0.66x below a long and 1.15x above a short).
MAX_LONG_GAIN: Final = 8.0  # a LONG's target at most 8x its highest entry
MIN_SHORT_TARGET: Final = 0.2  # a SHORT's target at least a fifth of its lowest entry (-80%)
MAX_STOP_FACTOR: Final = 3.0  # a stop within a factor 3 of the entry it protects
MAX_SPREAD: Final = 8.0  # targets and stop of a market entry within a factor 8 of one another


def implausible(sig: ParsedSignal) -> list[str]:
    """Review reasons for levels a factor ten apart: one of them is misread or mistyped.

    For a signal check() found consistent (every level a positive finite number, a side).
    """
    long = sig.side == "LONG"
    if not long and sig.side != "SHORT":
        return []
    tps, sl, entries = sig.take_profits, sig.stop_loss, sig.entries
    out: list[str] = []
    if entries:
        low, high = lowest(entries), highest(entries)
        if tps:
            far = highest(tps) if long else lowest(tps)
            if far > high * MAX_LONG_GAIN if long else far < low * MIN_SHORT_TARGET:
                ref = high if long else low
                out.append(
                    f"target {_fmt(far)} is {far / ref:.2g} times the entry {_fmt(ref)}: "
                    "one of them is misread or mistyped"
                )
        if sl is not None and (sl < low / MAX_STOP_FACTOR if long else sl > high * MAX_STOP_FACTOR):
            ref = low if long else high
            out.append(
                f"stop {_fmt(sl)} is {sl / ref:.2g} times the entry {_fmt(ref)}: "
                "one of them is misread or mistyped"
            )
    else:
        levels = [*tps, *([sl] if sl is not None else [])]
        if len(levels) > 1 and highest(levels) > lowest(levels) * MAX_SPREAD:
            out.append(
                f"levels {_fmt(min(levels))} and {_fmt(max(levels))} are more than"
                f" {MAX_SPREAD:g} times apart: one of them is misread or mistyped"
            )
    return out


def check(sig: ParsedSignal) -> list[str]:
    """Reasons the signal cannot be traded as read; an empty list means it is consistent."""
    errors: list[str] = []
    # (Each field read once: ParsedSignal is a plain Python class to the compiled module.)
    side, entries, tps, sl = sig.side, sig.entries, sig.take_profits, sig.stop_loss
    if not sig.symbol:
        errors.append("no symbol found")
    if side not in ("LONG", "SHORT"):
        errors.append("no side (LONG or SHORT) found")
    levels = [*entries, *tps]
    if sl is not None:
        levels.append(sl)
    if not all(0 < x < math.inf for x in levels):  # (NaN is in no range; a compiled loop)
        errors.append("a price is zero, negative or not a number")
        return errors
    if sig.leverage is not None and sig.leverage < 1:
        errors.append(f"leverage {sig.leverage} must be at least 1")
    if side not in ("LONG", "SHORT"):
        return errors
    long = side == "LONG"
    if entries:
        # A stop inside the entry zone is as wrong as one beyond it, and so is a target: each
        # must be on the profitable side of every entry (a target inside the zone could be hit
        # before the last entry fills, or be an entry misread as a target).
        low, high = lowest(entries), highest(entries)
        if sl is not None and long and sl >= low:
            errors.append(f"stop loss {_fmt(sl)} is not below the entry {_fmt(low)} of a LONG")
        if sl is not None and not long and sl <= high:
            errors.append(f"stop loss {_fmt(sl)} is not above the entry {_fmt(high)} of a SHORT")
        bad = [t for t in tps if (t <= high if long else t >= low)]
        if bad:
            where = "not above" if long else "not below"
            ref = high if long else low
            errors.append(
                f"take profit {_fmt(bad[0])} is {where} the entry {_fmt(ref)} of a {side}"
            )
    elif sl is not None and tps:
        if (long and sl >= tps[0]) or (not long and sl <= tps[0]):
            errors.append(f"stop loss {_fmt(sl)} is on the wrong side of TP1 {_fmt(tps[0])}")
    # Each target against the one before it: TP2 < TP1 breaks a LONG, TP2 > TP1 a SHORT (two
    # equal targets are a channel closing in two halves at one price, not a misreading).
    if len(tps) > 1 and any(map(lt if long else gt, tps[1:], tps)):
        order = "ascending" if long else "descending"
        errors.append(f"take profits are not in {order} order for a {side}")
    return errors
