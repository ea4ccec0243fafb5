""" "Entry Below : 1.25" under SHORT: a template's label, or a breakdown entry? Refused.

Channels that head their longs "Entry Below 0.16970" or "LONG Below : 1.65" (dev
pnd-tg-1498653700-003, teletrader-FXVIP-005, cur-signals-048: a buy limit at the price or under
it, the side a limit rests on anyway) post their shorts from the same template, "🛒 Entry Below :
1.25" (made up). Read as a stop entry below 1.25 (parsers/trigger.py's "below" row, right for a
verb: "Enter below: 167.04", "Short below 205", dev enkhamar-wolfx-001), the short waits for a
breakdown; read as the template's words, it is a sell at 1.25. Which one the channel means only
it knows, as for "Short : Below 205.27" (dev teletrader-BFS-001, parsers/trigger.py `_unsure`):
the signal needs review. Only the noun label ("Entry", "Entry price", "Entry zone") before the
word: a verb ("Enter below", "Sell below", "Short below") or a break ("Entry if breaks below") is
the breakdown the docs read.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.models import ParsedSignal

# The label right before the way's word, on its line: "entry ", "🛒 entry ", "entry price ".
_NOUN_LABEL: Final = re.compile(
    r"(?<![a-z])(?:entry|entries)(?:[^\S\n](?:price|zone|point|level))?[^\S\n]*[:\-–]?[^\S\n]*$"
)


def entry_below_short(sig: ParsedSignal, low: str, m: re.Match[str]) -> None:
    """A review reason when the way m read for a short's entry is the bare "below" of an entry
    label ("Entry Below : 1.25")."""
    if sig.side != "SHORT" or m.group().strip() not in ("below", "under"):
        return
    line = low.rfind("\n", 0, m.start()) + 1
    if _NOUN_LABEL.search(low, line, m.start()) is None:
        return
    sig.review.append(
        f"the short's entry is written '{sig.norm_text[line : m.end()].strip()}', the words"
        " channels head a long's buy under a price with: a sell once the price falls below"
        " it, or a sell at it? Which is meant is a guess"
    )
    sig.norm_unread.append(m.span())
