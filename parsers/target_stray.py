"""A last number on a target list's line that is written unlike the targets before it and far
past them: "TP: 9.20 9.80 10.40 25", "TP 15.5, 16.5, 17.5 100",
"TP: 155 / 160 / 165 / 500" (made up, session 30, branch i13-wt32). The conventions make a stray
number after the targets `needs_review` (tests/fixtures/corpus/CONVENTIONS.md): it may be a
leverage, a count, a percentage or a far target, and read as one more target a close is placed
where the post may never have put one.

The last target read on a line of three or more is stray when its step from the one before is
far past every step between the others: more than eight times the largest when it is a whole
number among prices written with decimals, more than twenty times when they are all whole. A
ladder that widens ("0.50 0.55 0.65 0.80") stays read. parsers/call_doubts.py asks it.
"""

from __future__ import annotations

from typing import Final

from parsers.dollar_list import dollar_list
from parsers.models import ParsedSignal

_UNLIKE: Final = 8.0  # a whole number after prices with decimals
_ALIKE: Final = 20.0  # a whole number after whole numbers


def stray_target(sig: ParsedSignal) -> str | None:
    """Why the last target of a line of targets may be a stray number, or None (its "$" left
    off where every target before it has one: parsers/dollar_list.py, i13-wt33)."""
    return _far_past(sig) or dollar_list(sig)


def _far_past(sig: ParsedSignal) -> str | None:
    spans = sig.norm_spans.get("take_profits", [])
    if len(spans) < 3 or len(spans) != len(sig.take_profits) or sig.review:
        return None
    text = sig.norm_text
    last_start, last_end = spans[-1]
    line = text.rfind("\n", 0, last_start) + 1
    same = [i for i, (start, _) in enumerate(spans) if start >= line]
    if len(same) < 3:
        return None
    values = [sig.take_profits[i] for i in same]
    steps = [abs(b - a) for a, b in zip(values[:-2], values[1:-1], strict=True)]
    if not steps or min(steps) <= 0:
        return None
    last = text[last_start:last_end]
    if any(c in last for c in ".,"):
        return None
    before = [text[spans[i][0] : spans[i][1]] for i in same[:-1]]
    decimals = all(any(c in b for c in ".,") for b in before)
    factor = _UNLIKE if decimals else _ALIKE
    if abs(values[-1] - values[-2]) <= factor * max(steps):
        return None
    unlike = " and written unlike them" if decimals else ""
    return (
        f"'{last}' after the targets {' '.join(before)} on their line is far past them{unlike}:"
        " one more target, or a number of a note? Which is meant is a guess"
    )
