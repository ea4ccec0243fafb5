"""A count of the levels, written where a level would be: "Targets: 3" under TP1, TP2 and TP3.

Channels sum up their lists: "Targets: 3", "Total targets: 5", "Entries: 2", "Take-Profit: 3
targets". The label is a targets' (or entries') label and its value a small whole number, so the
fields read it as one more target at 3: a trade at a level nobody posted. A lone whole number
under a plural label (or a count's words) beside levels read on other lines is a count when it
says so ("total", "number of", "3 targets") or when it is the number of those levels and could
be no price of theirs; any other is a doubt, and the signal needs review. Under a singular label
("Target: 3") it is a level, unless it is the number of the others and far from them: a doubt.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num
from parsers.reading import Reading

# The line up to the value: a label of the kind, plural or with a count's words, and no digit.
_COUNT_WORDS: Final = re.compile(
    r"(?<![a-z])(?:total|number|count|amount\sof|how\smany|qty|no\.?\sof|кол-?во|количество)"
    r"(?![a-z])"
)
_PLURAL: Final = re.compile(
    r"(?<![a-z])(?:targets|tps|take[\s-]?profits|profits|entries|entrys|orders|levels|цели|тейки"
    r"|входы)(?![a-z])"
)
# After the value: a count's noun ("3 targets") or nothing but marks to the end of the line.
_AFTER: Final = re.compile(
    # ("Take Profit Levels (3-tier):", "(3 steps)": the count of the list's tiers, i13-lvl21.)
    r"[^\S\n]*-?(?:(?:targets?|tps?|take[\s-]?profits?|entries|entry\sorders|levels|orders|tiers?"
    r"|steps?|stages?|цел[иье]й?)"
    r"(?![a-z]))?[^\w\n]*(?:\n|$)"
)
_AFTER_NOUN: Final = re.compile(r"[^\S\n]*-?[a-zа-я]")
_KINDS: Final = {"tp": "targets", "entry": "entries"}
# (A count above this is a price, not the size of a list.)
_MOST: Final = 20


def _line_start(low: str, at: int) -> int:
    return low.rfind("\n", 0, at) + 1


def _count_of(low: str, r: Reading, n: Num, kind: str) -> tuple[bool, bool, bool] | None:
    """(said as a count, noun after it, label plural) when n is a lone whole number after a
    label of kind on its line, else None."""
    literal = low[n.start : n.end]
    if not literal.isdigit() or not 1 <= n.value <= _MOST:
        return None
    start = _line_start(low, n.start)
    before = low[start : n.start]
    if any(c.isdigit() for c in before):
        return None
    if not any(k == kind and start <= at and to <= n.start for k, at, to in r.labels):
        return None
    after = _AFTER.match(low, n.end)
    if after is None:
        return None
    noun = _AFTER_NOUN.match(low, n.end) is not None
    counted = noun or _COUNT_WORDS.search(before) is not None
    return counted, noun, counted or _PLURAL.search(before) is not None


def _settle(low: str, r: Reading, nums: list[Num], kind: str) -> tuple[list[Num], str | None]:
    """The levels without the counts among them, and a doubt when a count is not certain."""
    if len(nums) < 2 or not any(1 <= n.value <= _MOST for n in nums):
        return nums, None  # (no number a count could be: _count_of takes none)
    kept: list[Num] = []
    doubt: str | None = None
    for n in nums:
        said = _count_of(low, r, n, kind)
        if said is None:
            kept.append(n)
            continue
        line = _line_start(low, n.start)
        others = [o.value for o in nums if _line_start(low, o.start) != line]
        if not others:
            kept.append(n)
            continue
        near = min(others) / 2 <= n.value <= max(others) * 2
        if said[0] and (said[1] or not near):
            continue  # "Total targets: 3", "Take-Profit: 3 targets"
        if n.value == len(others) and not near and said[2]:
            continue  # "Targets: 3" under three targets far from 3
        kept.append(n)
        if not said[2] and (near or n.value != len(others)):
            continue  # "Target: 3" past "TP1 2.5 / TP2 2.8" is a level (a count said "Targets")
        if doubt is None:
            end = low.find("\n", n.start)
            text = low[line : len(low) if end < 0 else end].strip()
            doubt = (
                f"'{text}' beside the {_KINDS[kind]} on other lines: a count of them, or one"
                f" more at {low[n.start : n.end]}?"
            )
    return kept, doubt


def without_counts(r: Reading, low: str) -> str | None:
    """Drop "Targets: 3" (a count) from the targets and entries read; a review reason when a
    lone whole number under such a label may be a count or a level."""
    if not r.labels:
        return None
    r.tps, doubt = _settle(low, r, r.tps, "tp")
    r.entries, other = _settle(low, r, r.entries, "entry")
    return doubt or other
