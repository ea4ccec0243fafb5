"""A multiple written after a target's price: "LOKA Target: $100 (40x)", "TP2: 0.05 (x2)".

Gem and spot channels say how far a target is from the entry as a multiple of it ("$2.50" to
"$100" is 40x); futures channels put the leverage a target's gain was worked out with beside it
("TP1: 12.90 = +40% (10x)" under "Leverage: 10x"). Either is a note on the target, no price and
no leverage of its own. It is read as one only when the post makes that certain: the multiple
is the target over an entry read (within rounding), or it is the leverage read. Any other
number there ("TP1: 12.90 (2x)" beside an entry of 12.40 and no leverage 2) stays a number I
could not read with certainty.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num

# The target's price (a "$" or "USDT" around it), then at most a gain in percent and a few
# marks or words, then the multiple, "40x", "x2", "2.5x", in brackets or not, and nothing after.
_PRICE_THEN_MULTIPLE: Final = re.compile(
    r"[^\w$]*\$?\s?(?P<p>[0-9][0-9.,]*)\s?(?:\$|usdt)?"
    r"[^0-9a-z\n]{0,6}(?:[+]?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%[^0-9a-z\n]{0,6})?"
    r"(?:x\s?(?P<a>[0-9]{1,3}(?:\.[0-9])?)|(?P<b>[0-9]{1,3}(?:\.[0-9])?)\s?[xх×])"
    r"[^\w\n]*"
)
# How far the multiple may be from the target over the entry: "40x" for 2.50 to 100, "3x" for
# 0.0312 to 0.095 (a multiple is said in round numbers).
_ROUNDING: Final = 0.1


def multiple_note(text: str, tps: list[Num], entries: list[Num], leverage: int | None) -> bool:
    """Whether text (a target's value, lower-cased) is one of the targets read and a multiple
    that is the target over an entry read, or the leverage read: a note, nothing unread."""
    m = _PRICE_THEN_MULTIPLE.fullmatch(text)
    if m is None:
        return False
    try:
        price = float(m.group("p").replace(",", ""))
        times = float(m.group("a") or m.group("b"))
    except ValueError:
        return False
    if not any(t.value == price for t in tps):
        return False
    if leverage is not None and times == leverage:
        return True
    return times >= 1.5 and any(
        e.value > 0 and abs(price / e.value - times) <= _ROUNDING * times for e in entries
    )


# "TP1: 12.90 (sell 25%)", "TP2 13.50 - sell 50%": the share to sell at that target.
_SHARE: Final = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,2})?\s?%[^\w\n]*")
_BETWEEN: Final = re.compile(r"[^\w\n]{0,4}")


def share_at_target(low: str, label_at: int, span: tuple[int, int], tps: list[Num]) -> bool:
    """Whether a "sell" label at label_at whose value (span) is a percentage follows a target
    read on its line, only marks between: the share to sell there, no entry given in percent."""
    if _SHARE.fullmatch(low, span[0], span[1]) is None:
        return False
    line_start = low.rfind("\n", 0, label_at) + 1
    return any(
        line_start <= t.start and t.end <= label_at and _BETWEEN.fullmatch(low, t.end, label_at)
        for t in tps
    )


# "Take Profit %: 30% | 70%", "TP (%): 50 / 50", "Targets percentage - 30% 70%": a label that
# says its values are percentages, one for each target read as a price (the share to close
# there, or its distance): a note on them.
_PERCENT_LABEL_TAIL: Final = re.compile(
    r"[ \t]?(?:\([ \t]?%[ \t]?\)|%|percent(?:age)?s?)[ \t]?[:=-]?"
)
_PERCENTS_ONLY: Final = re.compile(r"[^\w\n%]*(?:[0-9]{1,3}(?:\.[0-9]{1,2})?[ \t]?%[^\w\n%]*)+")
_PERCENT: Final = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,2})?[ \t]?%")


def percents_of_targets(low: str, label_end: int, span: tuple[int, int], tps: list[Num]) -> bool:
    """Whether a target label ending at label_end says it gives percentages, and its value at
    span is nothing but one percentage for each target read: a note on the targets."""
    tail = _PERCENT_LABEL_TAIL.match(low, label_end, span[1])
    if tail is None or low[tail.end() : span[0]].strip(" \t:=-"):
        return False
    start = max(span[0], tail.end())  # ("TP (%): 30% / 70%": the mark read as the value's)
    if _PERCENTS_ONLY.fullmatch(low, start, span[1]) is None:
        return False
    return len(_PERCENT.findall(low, start, span[1])) == len(tps) > 0
