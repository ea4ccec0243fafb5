"""A last number on a target list's line that is written unlike the targets before it and far
past them: "TP: 9.20 9.80 10.40 25", "TP 15.5, 16.5, 17.5 100",
"TP: 155 / 160 / 165 / 500" (made up, session 30, branch i13-wt32). The conventions make a stray
number after the targets `needs_review` (tests/fixtures/corpus/CONVENTIONS.md): it may be a
leverage, a count, a percentage or a far target, and read as one more target a close is placed
where the post may never have put one.

The last target read on a line of three or more is stray when its step from the one before is
far past every step between the others: more than eight times the largest when it is a whole
number among prices written with decimals, more than twenty times when they are all whole. A
ladder that widens ("0.50 0.55 0.65 0.80") stays read. Also prices past the entry in words no
target label reads, when no target was read (targets_unread below). parsers/call_doubts.py asks
both.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.models import ParsedSignal

_UNLIKE: Final = 8.0  # a whole number after prices with decimals
_ALIKE: Final = 20.0  # a whole number after whole numbers


def stray_target(sig: ParsedSignal) -> str | None:
    """Why the last target of a line of targets may be a stray number, or None."""
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


# Prices past the entry that no target label read, while no target was read (made up: "🚨 $BNB
# LONG ALERT 🚨 / BNB just reclaimed 600 support! 🚀 Next stops: 620 → 650 → 700 / Entry: 600-605
# / SL: 585", a Square-style post whose targets are in prose before its labels): traded, the call
# runs with no target where the post gave three. A number on the targets' side of the entries
# (above a long's highest, below a short's lowest), within a factor of two, that is no level
# read, no percentage and no number glued to a word ("20x", "4h", "1inch"). No dev signal read
# with no target holds one (94 such posts, session 30).
_NUMBER: Final = re.compile(r"(?<![\w.,$])\$?([0-9]+(?:[.,][0-9]+)?)(?![\w.,]*%)(?![\w])")
_SPAN: Final = 2.0


def targets_unread(sig: ParsedSignal) -> str | None:
    """Why a call read with no target holds prices past its entry that no label read, or None."""
    if sig.take_profits or sig.target_percents or not sig.entries or sig.side is None or sig.review:
        return None  # (or refused already: "target label 'TP' had no price" says it)
    text = sig.norm_text
    long = sig.side == "LONG"
    ref = max(sig.entries) if long else min(sig.entries)
    starts = {start for spans in sig.norm_spans.values() for start, _ in spans}
    found: list[str] = []
    for m in _NUMBER.finditer(text):
        if m.start(1) in starts:
            continue
        try:
            value = float(m.group(1).replace(",", "."))
        except ValueError:
            continue
        if (ref < value <= ref * _SPAN) if long else (ref / _SPAN <= value < ref):
            found.append(m.group(1))
    if not found:
        return None
    return (
        f"the post writes {', '.join(found[:4])} past the entry but no target was read: its"
        " targets are in words no label reads, and the call is not traded without them"
    )
