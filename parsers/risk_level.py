"""A price under the word "Risk" where the stop would stand: "Risk: 0.98", "Risk below 0.98".

"Risk" is a note's label in the lexicon ("Risk: 2% of portfolio", "Risk: 3.0/10", "Risk/Reward
1:3"), so its numbers explain themselves and are never read as prices. A bare price after it,
alone on its line, near the entry of a post whose stop went unread, is the channel's stop (or
its invalidation level) in other words: traded, the call would run with no stop, or with the
user's default stop, never the level posted. Needs review (issue 13: a number beside a label,
unexplained, is never guessed away). A share, a ratio, a score or a count after "Risk" stays a
note, and so does a bare number far from the levels.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.models import ParsedSignal

# The word, an optional level noun or direction, then one number and nothing after it but
# marks, a "$" or a USDT quote: "%", "/", ":" and any letter (a share, a score, a ratio, "5x")
# after the number leave the line to the note.
_RISK: Final = re.compile(
    r"(?m)^[^\w\n]*risk(?:[^\S\n](?:level|line|zone|point))?[^\S\n]*"
    r"(?:[:=\-–]|below|under|above|over|at)?[^\S\n]*\$?"
    r"(?P<num>\d+(?:[.,]\d+)?)[^\S\n]*(?:usdt?|\$)?[^\w\n%/:]*$"
)


def risk_level(sig: ParsedSignal, low: str) -> str | None:
    """A review reason when a "Risk" line gives a bare price within a factor of two of the
    entry and the post's stop went unread, or None. (low: the lower-cased post.)"""
    if sig.stop_loss is not None or "risk" not in low:
        return None
    levels = sig.entries or sig.take_profits
    if not levels:
        return None
    ref = sum(levels) / len(levels)
    for m in _RISK.finditer(low):
        value = float(m.group("num").replace(",", "."))
        if ref > 0 and ref / 2 <= value <= ref * 2:
            line = sig.norm_text[m.start() : m.end()].strip()
            return (
                f"'{line}' gives a price under 'Risk', which labels no level here: if it is"
                " the stop, the post's stop went unread, and the call is not traded without it"
            )
    return None
