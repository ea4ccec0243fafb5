"""A stop label's value that is the stop's distance, not a price: "Risk/Reward Ratio: 1:2.5 -
Stop: $6.40 | Target 1: $649.92" under "Entry Zone: 656.60-660.00" and "Stop-Loss: Above 663.00"
(663.00 - 656.60 = 6.40), "Risk/Reward Ratio: 1:3 (Stop: 0.029; Target 1: 0.7260 → 0.026
profit.)" under an entry of 0.7520 and a stop of 0.7812. AI-written "Trading Plan" posts restate
the risk in the ratio's line with the stop's label; the number is the risk per coin, and it was
refused as a second stop.

Only a number far below the entries (under half the lowest) that is the distance between an
entry (or the zone's middle) and the stop read, to the digits written (or within 2%): a second
stop of this coin lies near its levels, and is still a second stop.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import to_float

_FIRST: Final = re.compile(r"[^0-9\n]{0,3}?\$?([0-9][0-9,]*(?:\.([0-9]+))?)(?![0-9.,]?[0-9])")
# How near the distance must be, beside the written digits' half unit.
_SHARE: Final = 0.02


def stop_distance(text: str, entries: list[float], stop: float) -> bool:
    """Whether text, the value of a second stop label, opens with the distance between an entry
    and the stop read (the risk per coin), far below every level."""
    m = _FIRST.match(text)
    if m is None or not entries:
        return False
    value = to_float(m.group(1))
    if value is None or value <= 0 or value >= min(entries) / 2:
        return False
    half_unit = 0.5 * 10.0 ** -len(m.group(2) or "")
    marks = [*entries, sum(entries) / len(entries)]
    for entry in marks:
        distance = abs(entry - stop)
        if distance > 0 and abs(value - distance) <= max(_SHARE * distance, half_unit * 1.0001):
            return True
    return False
