"""A comma before three digits, with nothing in the post to say what it is.

"4,165" is 4165 where a comma groups thousands and 4.165 where it is the decimal point (most of
Europe, Turkey, Russia, Latin America write "0,0512"). crosscheck._scale settles it when another
level says ("Entry 24,3 / TP 24,786": a decimal comma), and a level with a decimal point settles
it the other way ("4,165.5"). When every level that holds such a comma is read as thousands and
nothing says so, the price is a guess, a thousand times off if wrong: the signal needs review.
Coins that trade in thousands of dollars ("ETH 3,150", "BTC 97,250") are read in thousands, as
their channels write them.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num
from parsers.symbols import base_of
from parsers.vocabulary import PRICE_FLOORS

_THREE: Final = re.compile(r"[0-9]{1,3},[0-9]{3}")
# Coins whose dollar price has had four digits (BTC and ETH with their wrapped forms, and these).
_THOUSANDS: Final = frozenset((*PRICE_FLOORS, "STETH", "YFI", "MKR", "PAXG", "XAUT", "BNB", "BCH"))


def comma_problem(norm: str, symbol: str, nums: list[Num]) -> str | None:
    """Why a level's comma could be read two ways, or None."""
    if "," not in norm or base_of(symbol) in _THOUSANDS:
        return None
    literals = [norm[n.start : n.end].strip(" $") for n in nums]
    if any("." in lit for lit in literals):
        return None  # "4,165.5": the comma groups thousands
    for n, lit in zip(nums, literals, strict=True):
        if _THREE.fullmatch(lit) and n.value == float(lit.replace(",", "")):
            return (
                f"'{lit}' may be {lit.replace(',', '.')} (a decimal comma) or"
                f" {lit.replace(',', '')} (a comma grouping thousands): which is meant?"
            )
    return None
