"""A price under the word "Risk" where the stop would stand: "Risk: 0.98", "Risk below 0.98".

"Risk" is a note's label in the lexicon ("Risk: 2% of portfolio", "Risk: 3.0/10", "Risk/Reward
1:3"), so its numbers explain themselves and are never read as prices. A bare price after it,
alone on its line, near the entry of a post whose stop went unread, is the channel's stop (or
its invalidation level) in other words: traded, the call would run with no stop, or with the
user's default stop, never the level posted. Needs review (issue 13: a number beside a label,
unexplained, is never guessed away). A share, a ratio, a score or a count after "Risk" stays a
note, and so does a bare number far from the levels.

The same level in a sentence, with no stop read (session 30, branch i13-wt32; made up): "If
price closes below 63,000 the flag is invalid", "A 4H close under 144 invalidates the setup",
"Risk: above 156 the short is wrong", "Bias flips bearish below 144" under a long's entry and
targets: a price on the stop's side of the entry, after "below"/"under" in a long ("above"/"over"
in a short), within a factor of two of it. Traded, the call would run with no stop where the
post gave one in words: needs review.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
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


# The way past a level, then the level: "closes below 63,000", "under 144", "above $156".
_PAST: Final = re.compile(
    r"(?<![a-z])(?P<way>below|under|beneath|above|over)(?:\sthe)?(?:\slevel(?:\sof)?)?[^\S\n]?\$?"
    r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![0-9.,]*[0-9%kx])"
)
_PAST_GATE: Final = gate(("below", "under", "beneath", "above", "over"))
_ENTRY_WORD: Final = re.compile(r"[^\w\n]*(?:buy|entry|enter|long|short|sell|accumulate)(?![a-z])")
_STOP_WAYS: Final = {"LONG": ("below", "under", "beneath"), "SHORT": ("above", "over")}


def stop_in_words(sig: ParsedSignal, low: str) -> str | None:
    """A review reason when a line holding no level read names a price past the entry on the
    stop's side ("closes below 63,000") and the post's stop went unread, or None."""
    ways = _STOP_WAYS.get(sig.side or "")
    if sig.stop_loss is not None or ways is None or sig.review or not holds(low, _PAST_GATE):
        return None  # (a post refused already, "stop label 'SL' had no price", says it)
    levels = sig.entries or sig.take_profits
    if not levels:
        return None
    spans = [start for spans in sig.norm_spans.values() for start, _ in spans]
    near = min(levels) if sig.side == "LONG" else max(levels)
    at = 0
    for line in low.split("\n"):
        start, at = at, at + len(line) + 1
        if any(start <= x < at for x in spans) or _ENTRY_WORD.match(line) is not None:
            continue  # (a level's line; one opening with an entry's word: "BUY - UNDER 210")
        for m in _PAST.finditer(line):
            value = float(m.group("num").replace(",", ""))
            below = value < near if sig.side == "LONG" else value > near
            if m.group("way") in ways and below and near / 2 <= value <= near * 2:
                return (
                    f"'{sig.norm_text[start : start + len(line)].strip()}' names a level on the"
                    " stop's side of the entry and no stop was read: if it is the stop, the"
                    " post's stop went unread, and the call is not traded without it"
                )
    return None
