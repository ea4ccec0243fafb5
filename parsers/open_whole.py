"""An open-ended last target in whole numbers, no quote named: the satoshi channels' call.

The pump-era channels that price a coin in satoshis of its BTC pair write whole numbers and end
their targets with a "+" ("and more"): "#SNM / Buy zone 117-122 / Sell zone 130-140-155-180+",
"Sell at 580-617-655-709+", "Targets: 563/566/569/572+" (dev pnd-tg-1211795583-001,
pnd-tg-1241378610-001, pnd-tg-1148819080-003: all `needs_review`, as CONVENTIONS' "Prices
without their quote" rules). parsers/scale.py refuses whole levels of 100 and more with no quote;
a coin worth a few dozen satoshis gives levels under 100 (made up: "#XYZ / Buy zone 28-30 / Sell
zone 33-36-40-45+"), which read as dollar prices would be a trade nobody posted. Whole levels of
ten and more, no quote written, and a target written "N+": satoshis, or dollars? A guess, never
traded. (Targets with decimals, "0,04 - 0,06 - 0,15+" of dev pnd-tg-1265774573-001, and a coin
priced in the hundreds or thousands, "T/P : 4,000+" for ETH, stay read.)
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num
from parsers.scale import QUOTE_WRITTEN, WHOLE_LEVEL
from parsers.symbols import base_of
from parsers.vocabulary import HIGH_PRICE_BASES

# A whole number with a "+" right after it, no digit or sign following: "45+", "1380+".
_OPEN_END: Final = re.compile(r"(?<![0-9.,])[0-9]{2,}\+(?![0-9+])")


def open_whole_levels(low: str, norm: str, symbol: str, nums: list[Num]) -> str | None:
    """Why whole levels with a target written "N+" and no quote look like satoshis, or None."""
    if "+" not in low or not nums or base_of(symbol) in HIGH_PRICE_BASES:
        return None
    if min(n.value for n in nums) < 10:
        return None
    if not all(WHOLE_LEVEL.fullmatch(norm[n.start : n.end]) for n in nums):
        return None
    ends = {n.end for n in nums}
    m = next((m for m in _OPEN_END.finditer(low) if m.end() - 1 in ends), None)
    if m is None or QUOTE_WRITTEN.search(low):
        return None
    return (
        f"{base_of(symbol)} is posted with no quote currency, whole-number levels and an"
        f" open-ended target '{m.group()}': satoshis of its BTC pair, or dollar prices? Which"
        " is meant is a guess"
    )
