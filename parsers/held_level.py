"""A level the entry's condition names, read as one more entry (session 30, branch i13-wt32;
made-up forms, never a held-out post): "Entry 1.06, as long as price holds above 1.05", "Entry:
1.05-1.08 on a hold above 1.04", "Short 3000 while it stays below 3050". The level after "holds
above" is where the call stays valid, no price to buy at: read as an entry, the trade gets an
order the post never gave. (In brackets the note rule of parsers/call_framing.py says it:
"Entry: 1.05 - 1.10 (hold above 1.00)".) Needs review, never the level dropped or traded.
parsers/call_doubts.py asks it beside the added entry.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.models import ParsedSignal

# Right before an entry's price: a hold's verb and its way ("holds above", "on a hold above",
# "while it stays below", "as long as it remains over").
_HELD: Final = re.compile(
    r"(?<![a-z])(?:holds?|holding|held|stays?|staying|remains?|remaining|keeps?|sustains?"
    r"|closes?|closing)(?:\s(?:firmly|strongly))?\s(?:above|below|over|under)(?:\sthe)?"
    r"(?:\s(?:level|zone|support|resistance)(?:\sof|\sat)?)?[^\S\n]*[@:]?[^\S\n]*\$?$"
)
_HELD_GATE: Final = gate(("hold", "held", "stay", "remain", "keep", "sustain", "clos"))
_LOOK_BACK: Final = 48


def held_level(sig: ParsedSignal, low: str) -> str | None:
    """Why an entry read after the first is the level a hold condition names, or None. low: the
    lower-case post (sig.norm_text lowered)."""
    spans = sig.norm_spans.get("entries", [])
    if len(spans) < 2 or sig.review or not holds(low, _HELD_GATE):
        return None
    for start, end in spans[1:]:
        line = low.rfind("\n", 0, start) + 1
        m = _HELD.search(low, max(line, start - _LOOK_BACK), start)
        if m is not None:
            return (
                f"'{sig.norm_text[m.start() : end]}' is read as one more entry: the level the"
                " call holds above or below (its condition), or a price to enter at? Which is"
                " meant is a guess"
            )
    return None
