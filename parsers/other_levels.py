"""Another level named in a section of analysis set aside: "Why this setup: ... a more careful
trader keeps the stop at 591.7", "Risk Note: Invalidation: a 4H close beyond 152.8" under a post
whose stop is 151.2. A section of analysis is set aside for its numbers (parsers/
analysis_section.py, parsers/setup_section.py); a stop, a target or an entry it names with a
price of the coin that the reading does not hold is a second level, and the post stays refused.

A level word, then in its clause a price that is none of the levels read ("keep the stop at
591.7"); a sum worked out ("Target Price 1 = 32 + 19.41 = 51.41") and the plan for the stop later
("after 60.50, move stop loss to 59.50") name none. The stop said again with its own price
("Maintain tight stops above $2.53" under "Stop Loss: $2.53") is no other.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.models import ParsedSignal
from parsers.not_prices import not_prices
from parsers.numbers import read_prices

# A level named in a sentence of the other sections.
_LEVEL_WORD: Final = re.compile(
    r"(?<![a-z])(?:stop[\s-]?loss(?:es)?|stoploss|stops?|sl|invalid(?:ation|ate|ates|ated)?|targets?"
    r"|tp[0-9]?|t[1-9]|take[\s-]?profits?|profit[\s-]?taking|entry|entries|enter|entering|exit"
    r"|add|buy|sell)"
    r"(?![a-z])"
)
# A sentence's end, or a clause joined by ", then", ", while" ("partial profit-taking at $2.40,
# then let the rest run toward deeper support near $2.30": the support is no target).
_CLAUSE: Final = re.compile(r"[.!?;](?=\s|$)|\n|,\s(?:then|while|whereas|but|and\sthen)\s")
# A plan to move the stop later, just before the level word.
_MOVED: Final = re.compile(
    r"(?<![a-z])(?:move|moving|raise|raising|trail|trailing|adjust|adjusting|shift|tighten|lower"
    r"|bring)\s(?:[^\W\d_]+\s){0,2}$"
)
# A level's index after its word ("(Target Price 3)"): its number, no price.
_INDEX: Final = re.compile(r"[ \t]?(?:price[ \t]?|level[ \t]?)?[0-9]{1,2}(?![0-9.,])")
# How far after its word a level's price may be looked for.
_REACH: Final = 200


def _said(levels: ParsedSignal) -> set[float]:
    said = {*levels.entries, *levels.take_profits}
    if levels.stop_loss is not None:
        said.add(levels.stop_loss)
    return said


def other_level_named(low: str, a: int, b: int, levels: ParsedSignal) -> bool:
    """Whether low[a:b], a section set aside, names a level (a stop, a target, an entry) with a
    price of the coin that is none of levels' prices."""
    return other_level_at(low, a, b, _said(levels)) is not None


def other_level_at(low: str, a: int, b: int, said: set[float]) -> tuple[int, int] | None:
    """Where low[a:b] names a level with a price that is none of those in said (from the level
    word to the price's end), or None."""
    for m in _LEVEL_WORD.finditer(low, a, b):
        stop = _CLAUSE.search(low, m.end(), min(b, m.end() + _REACH))
        finish = stop.start() if stop is not None else min(b, m.end() + _REACH)
        if low.find("=", m.end(), finish) >= 0 or _MOVED.search(
            low, max(a, m.start() - 30), m.start()
        ):
            continue
        index = _INDEX.match(low, m.end(), finish)
        begin = index.end() if index is not None else m.end()
        for n in read_prices(not_prices(low[begin:finish]), begin):
            # (A whole number under 10 is a count or a step, "add 2 more", never a price.)
            if n.value not in said and (n.value >= 10 or not low[n.start : n.end].isdigit()):
                return m.start(), n.end
    return None
