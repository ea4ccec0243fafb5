"""A percentage written with emphasis marks between its number and its sign: "Stop 66000  1,5!!!%
риска" (made up: the stop, then the risk it puts on the deposit, shouted), "2!!%", "1.5 !% risk"
(i13-cards34, from the lead's masked shape of a Russian trader's cards; no held-out text read).

The number is a percentage, a note (the share of the deposit at risk), never a price: read as one
it was a number "I could not read with certainty" beside the stop and the card was refused. Its
digits are blanked before the fields are read, as list_notes' counts are. Only "!" stands between
the number and "%" (one to five of them, a space around them at most): "1,5?%" or "1,5 % !!!" are
left as they were.
"""

from __future__ import annotations

import re
from typing import Final

_SHOUTED: Final = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:[.,][0-9]{1,2})?[ \t]?!{1,5}[ \t]?%")


def emphasis_notes(low: str) -> list[tuple[int, int]]:
    """The spans of the shouted percentages' numbers in low (the lower-cased post)."""
    if "!%" not in low and "! %" not in low:
        return []
    spans: list[tuple[int, int]] = []
    for m in _SHOUTED.finditer(low):
        end = m.start() + len(m.group().split("!", 1)[0].rstrip())
        spans.append((m.start(), end))
    return spans
