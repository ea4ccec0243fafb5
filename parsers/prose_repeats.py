"""A target said again in a sentence: "Take Profit (TP): 8.45 ... · TP at 8.45 targets the next
psychological resistance" is one target, not two (dev sq22-banana-50x-long-001 traded 8.45
twice: a wrong trade).

parsers/restated_levels.py drops a numbered label said again ("TP1 is 8.45"); this drops an
unnumbered one, only when the post proves it is prose: the repeated price opens no list line
(no digit before it on its line, so no "TP2" index) and words run on after it ("targets the next
...", three words at least). A list that repeats a price ("Targets: 8.45 - 8.45") or a numbered
target at the same price ("TP2: 8.45") is left to the other checks.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.reading import Reading

# After the price: at most a mark, then three words ("targets the next", "is our first").
_WORDS_AFTER: Final = re.compile(
    r"[ \t]{0,3}[,;]?[ \t]{0,3}(?:[^\W\d_]{2,}[ \t]{1,3}){2}[^\W\d_]{2,}"
)


def drop_prose_repeats(r: Reading, low: str) -> None:
    """Drop from r.tps each price read before as a target and said again in a sentence."""
    seen: set[float] = set()
    drop: set[int] = set()
    for n in sorted(r.tps, key=lambda n: n.start):
        if n.value in seen and _WORDS_AFTER.match(low, n.end):
            line_start = low.rfind("\n", 0, n.start) + 1
            if not any(c.isdigit() for c in low[line_start : n.start]):
                drop.add(n.start)
        seen.add(n.value)
    if drop:
        r.tps[:] = [n for n in r.tps if n.start not in drop]
