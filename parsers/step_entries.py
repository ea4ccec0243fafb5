"""A card's second entry told as a step down from the first, its distance in percent on the
label's line and its price on the line under it (session 31, i13-cards33, from the lead's masked
held-out shapes of a Persian channel; no held-out text was read):

    🟢 نقطه ورود          (entry point)
    150.5 $
    🟡 ورود دوم (-3.5%)   (second entry, 3.5 % under the first)
    145.2 $

Both prices are entries. parsers/percent_heads.py reads a label whose value is only a percentage
with its price under it, but never an entry's signed one ("Entry: -2%" may be a distance from the
market price: which price is meant?). Here the two readings are checked against each other: the
signed percentage is read as the step's distance only when the price under it IS the entry read
before it moved by that percentage (145.2 = 150.5 x (1 - 3.5 %), within one unit of the
percentage's last digit). Anything else stays the doubt it was: no entry before it, a price under it that
the step does not give, words or a second number on the price's line, another bare number after.

The label's value may name the step in words before the percentage ("دوم", "پله دوم", "2nd",
"second"; made-up English twins: "Entry second (-3.5%)"): the check on the prices is what makes
the reading certain, whatever the words."""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num
from parsers.percent_heads import price_alone_under
from parsers.reading import Settled, Span

# The words naming the step (an ordinal: "دوم", "پله دوم", "second", "2nd"; four words at most),
# then the signed percentage, in parentheses or not, a colon after it at most.
_STEP: Final = re.compile(
    r"[ \t:=-]*(?:[^\W\d_]{1,12}[ \t]?){0,4}"
    r"(?:[0-9](?:st|nd|rd|th)?[ \t]?)?"
    r"\(?[ \t]?([+\-−–])[ \t]?([0-9]{1,2}(?:[.,]([0-9]{1,2}))?)[ \t]?%[ \t]?\)?[ \t:]*"
)
_ENTRY_KINDS: Final = ("entry", "buy")


def step_head(value: str, kind: str) -> bool:
    """Whether an entry label's value on its line is a step's signed percentage, an ordinal
    before it at most ("دوم (-3.5%)")."""
    return kind in _ENTRY_KINDS and "%" in value and _STEP.fullmatch(value) is not None


def step_under(low: str, kind: str, span: Span, s: Settled) -> bool:
    """Whether the percentage at span (an entry label's value) is the step from the entry read
    before it to the one price read on the line right under it, with no bare number after."""
    m = _STEP.fullmatch(low, span[0], span[1]) if kind in _ENTRY_KINDS else None
    if m is None:
        return False
    under = price_alone_under(low, span[1])
    if under is None:
        return False
    start, end = under.span()
    read = [n for n in s.entries if start <= n.start < end]
    before = [n for n in s.entries if n.start < span[0]]
    if len(read) != 1 or (read[0].start, read[0].end) != under.span(1) or not before:
        return False
    pct = float(m.group(2).replace(",", ".")) * (1.0 if m.group(1) == "+" else -1.0)
    decimals = len(m.group(3) or "")
    if not _stepped(before[-1], read[0], pct, 10.0**-decimals):
        return False
    after_end = low.find("\n", end + 1)
    after = low[end + 1 : len(low) if after_end < 0 else after_end] if end < len(low) else ""
    return not (any(c.isdigit() for c in after) and not any(c.isalpha() for c in after))


def _stepped(first: Num, second: Num, pct: float, unit: float) -> bool:
    """Whether second is first moved by pct percent, within one unit of the percentage's last
    written digit (rounded or cut: "-3.5%" for a step of -3.4 to -3.6 %; the prices are the
    orders' own, exact as written)."""
    if first.value <= 0 or second.value <= 0:
        return False
    moved = (second.value / first.value - 1.0) * 100.0
    return abs(moved - pct) <= unit + 0.02
