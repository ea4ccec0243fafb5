"""How far from the levels read a number may be and still be a price of this coin.

One window for every check that weighs a number against the levels (parsers/explain.py: a
number among the levels the reading left out; parsers/stray_lines.py: a line no label claims;
parsers/unknown_labels.py: numbers after a label the lexicon lacks). A number inside it could
be a price of this coin, so a check that finds one unread is in doubt; one outside it is an id,
a volume, a count, an indicator's value.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Final

# The window around the levels' median: a third of it to three times it.
PRICE_LIKE: Final = 3.0
# Never narrower than the levels themselves, with a margin beyond the lowest and the highest.
_MARGIN: Final = 1.2
# With a field missing (no stop, or no entry read), down to half the lowest level: "Qiymət: 5"
# under entries of 7-9.4 and targets of 12-70 is the stop nobody read.
_MARGIN_INCOMPLETE: Final = 2.0


def price_window(levels: Iterable[float], complete: bool = True) -> tuple[float, float]:
    """The lowest and highest a price of this coin may be, given the levels read: around their
    median (a stop at 25 under an entry of 28.78 with targets of 60-100 is price-like too), and
    never narrower than the levels themselves; with a field missing (complete False) down to half
    the lowest level. Any number at all with no level read."""
    ordered = sorted(levels)
    if not ordered:
        return -math.inf, math.inf
    mid = ordered[len(ordered) // 2]
    low = min(mid / PRICE_LIKE, ordered[0] / (_MARGIN if complete else _MARGIN_INCOMPLETE))
    high = max(mid * PRICE_LIKE, ordered[-1] * _MARGIN)
    return low, high
