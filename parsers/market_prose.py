"""A market entry whose post names, in words, a price where its entry would be.

A signal with targets and a stop but no entry is opened at the market price (Cornix's reading of
a post that gives none). That holds when the post gives no price to enter at; a chart coach's
"If you haven't bought yet, it may dip to 387-391 before the reversal / Targets are 410 - 415 /
Stop loss below 370" does: a price between the stop and the targets, told in a sentence no label
claims. Buying at the market price then is a trade nobody posted (it may be far above the dip
awaited); whether the entry is that price or the market, a person decides: the signal needs
review. A reference price is no such entry ("current price 2936", "CMP 0.235", "now at 61.2":
the market price itself, the entry of a market order), nor is a level an analysis describes
("approached resistance at $3,175", "a gap spanning from $2,840 to $2,980"): only a price the
move awaited before an entry reaches ("dip to", "pull back to", "retest", "wait for", "buy at")
counts.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import find_numbers
from parsers.reading import Settled

# What the review reason holds (docs/troubleshooting.md explains it).
ENTRY_IN_PROSE: Final = "between its stop and its targets: at the market price, or there?"
# The words before a reference price: the price of the moment, not a price to wait for.
_REFERENCE: Final = re.compile(
    r"(?<![a-z])(?:current(?:ly)?|cmp|now|price|trading|trades|traded|ltp|spot)"
    r"(?:\s(?:price|rate))?\s?(?:is\s|at\s|of\s|around\s|near\s|~|:|=|@|-)?\s?\$?\s?$"
)
_LOOK_BEHIND: Final = 28
# The move awaited, or the entry, in the number's clause before it.
_AWAITED: Final = re.compile(
    r"(?<![a-z])(?:dips?|dipping|pull(?:s|ing)?\sback|pullbacks?|retrac\w{1,3}|retests?|retesting"
    r"|drops?|dropping|fall(?:s|ing)?|correct(?:s|ing|ion)?|wait\w{0,3}|buy(?:s|ing)?|bought"
    r"|add(?:s|ing)?|bounc\w{1,3})(?![a-z])[^.!?\n]*$"
)
# A past told ("the last buy was at 2950"): history, no entry awaited.
_PAST: Final = re.compile(r"(?<![a-z])(?:was|were|last|previous|prior|yesterday|ago)(?![a-z])")
_CLAUSE: Final = 48


def entry_price_in_prose(low: str, norm: str, s: Settled, side: str) -> str | None:
    """Why a post read with no entry (a market order) needs review: it names a price between
    its stop and its first target that no field read and no reference word explains; or None.

    low is the lower-cased normalised post (norm) the levels were read from.
    """
    if s.entries or s.sl is None or not s.tps:
        return None
    targets = [n.value for n in s.tps]
    if side == "LONG":
        floor, ceiling = s.sl.value, min(targets)
    else:
        floor, ceiling = max(targets), s.sl.value
    if not floor < ceiling:
        return None
    used = [(n.start, n.end) for n in s.levels()]
    for number in find_numbers(low):
        if number.percent or not floor < number.value < ceiling:
            continue
        a, b = number.start, number.end
        if any(start < b and a < end for start, end in used):
            continue
        if _REFERENCE.search(low, max(0, a - _LOOK_BEHIND), a):
            continue
        awaited = _AWAITED.search(low, max(0, a - _CLAUSE), a)
        if awaited is None or _PAST.search(low, awaited.start(), a):
            continue
        written = norm[a:b].strip()
        return f"the post gives no entry, but names '{written}' {ENTRY_IN_PROSE}"
    return None
