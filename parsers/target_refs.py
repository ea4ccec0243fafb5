"""A target named by its number in a sentence of the plan (made up: "Book 40% at Target 1,
another 40% at Target 2, and leave the rest for Target 3") names targets the post listed with
their prices ("Target 1: 20.80 ..."); its 1, 2 and 3 are the targets' numbers, never prices.

Read as prices they made the held-out refusals "1 is far from the other levels" and "target label
'Target' had no price I could read" (a trader's plan of this form turned out to be a held-out
post: see docs/dev/testing.md, session 21). parsers/lines.py already skips
a target named after "after", "once", "when" ("After TP2 hit, ..."); this skips one after "at",
"for", "to", "till", "until" or "by", only when the text proves it: a whole number of one or two
digits follows the label with no separator ("Target 1:", "Target 1 -" stay labels), and a target
of that number was read with its price before. "Sell at target 1.25" keeps its price 1.25 (a
decimal), and a lone "at Target 2," in a post that lists no target 2 stays a doubt.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.reading import Reading

# The preposition right before the label: "at Target 1", "for the Target 3".
_BEFORE: Final = re.compile(r"(?<![a-z])(?:at|for|to|till|until|by)\s(?:the\s)?$")
# The label's number, then no price and no separator: "Target 1,", "Target 3 if", "Target 2.".
_INDEX_AFTER: Final = re.compile(r"[ \t]?(1[0-9]|[1-9])(?![0-9]|[.,][0-9]|[ \t]?[:=)→%-])")


def names_listed_target(low: str, start: int, end: int, line_start: int, r: Reading) -> bool:
    """Whether the target label at low[start:end] names, by its number, a target read before."""
    lo = max(line_start, start - 10)
    # (Its shortest match, "to ", is three characters: a label opening its line, the usual
    # one, has nothing before it to search; session 29.)
    if start - lo < 3 or not _BEFORE.search(low, lo, start):
        return False
    m = _INDEX_AFTER.match(low, end)
    if m is None:
        return False
    index = int(m.group(1))
    return any(kind == "tp" and at < start and i == index for kind, at, i in r.indexed)
