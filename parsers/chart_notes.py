"""A chart feature named with its price beside a level: where the level sits, never a level more.

Analysis-style posts say why a level is where it is: "TP2: $155 (Just above the recent local high
of $153.8)", "SL: 149.8 (above 4H Supertrend (148.9) and recent swing high)", "Entry: 145.2 (near
the 200 EMA at 144.9)", "Stop-loss: $3.750 (Just below the $3.771 bounce low)". The number in the
note is the feature's (a high, a low, a moving average, a band), named by the words around it.
Before, it was read as one more target or entry (a wrong trade whenever the order still held:
"TP2: 155 (Just above the recent local high of $156)" traded a third target at 156), or as a
number nobody could read.

A note is read so only when it follows the level's own price, every number in it is named by a
feature (or is a percentage, a timeframe, an indicator's period), and it offers no other level
("or", "then", "next", "extend": an alternative, kept as it was). Anything else is left as it
was written, to be read and weighed as before.

A second stop label whose value only describes a feature ("Invalidation: above 4H Supertrend
(148.9) and recent swing high") beside the stop read is the stop's reason, not a second stop,
when the feature lies between the entry and that stop (the stop protects beyond it); so is
one whose value is the stop's distance from the entry (parsers/risk_distance.py).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.leftovers import BENIGN
from parsers.numbers import to_float
from parsers.risk_distance import stop_distance

# What a chart feature is called: the last word of its name.
_FEATURE = (
    r"(?:highs?|lows?|tops?|bottoms?|supports?|resistances?|wicks?|opens?|ema|sma|wma|ma"
    r"|vwap|super[ \t]?trend|bands?|cloud|poc|ath|atl|level|neckline|trend[ \t]?line|kijun"
    r"|tenkan|pivot|fib(?:onacci)?)"
)
_N = r"\$?([0-9][0-9,]*(?:\.[0-9]+)?)\$?"
_AT = r"[ \t]?(?:of|at|near|around|@|:|=|~|≈)?[ \t]?\(?"
# "high of $153.8", "Supertrend (148.9)", "EMA at 144.9", "support: 144", "$3.771 bounce low",
# an indicator's period ("50 MA", "EMA 200", "MA(25)"), and both ("200 EMA (144.9)").
_NAMED: Final = re.compile(
    r"(?<![a-z])" + _FEATURE + r"(?![a-z])" + _AT + _N + r"\)?"
    r"|(?<![0-9.,])" + _N + r"[ \t-]?(?:[a-z-]{2,12}[ \t]){0,2}(" + _FEATURE + r")(?![a-z])"
    r"(?:" + _AT + _N + r"\)?)?"
)
_AVERAGE: Final = frozenset(("ema", "sma", "wma", "ma"))
# A parenthesised note that opens with a word, after the level's price (one bracket inside it:
# "(above 4H Supertrend (148.9) and recent swing high)"; one left open at the value's end).
_GROUP: Final = re.compile(r"\((?=[ \t]?[a-z])((?:[^()\n]|\([^()\n]{0,24}\)){1,200})(?:\)|$)")
# Words that offer another level: the note is an alternative, not a reason.
_OTHER_LEVEL: Final = re.compile(r"(?<![a-z])(?:or|then|next|extend\w*|add\w*|another)(?![a-z])")
_DIGIT: Final = re.compile(r"[0-9]")
# ("Just above the 24-hour high (211.43)": the feature first, its price in parentheses.)
_STOP_REFERENCE: Final = re.compile(
    r"(?:(?<=\()|(?<=[a-z] ))(?:below|above|under|over|beneath)\sthe\s"
    r"(?:(?:[a-z0-9-]{2,12}\s){0,2}(?:low|high|support|resistance|level|wick|bottom|top)s?"
    r"\s\(\$?[0-9][0-9.,]*\)|\$?[0-9][0-9.,]*\s?"
    r"(?:[a-z0-9-]{2,12}\s){0,2}(?:low|high|support|resistance|level|wick|bottom|top)s?(?=[\s).,]))"
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _named_only(note: str) -> str | None:
    """note with its named numbers blanked, or None when a number in it is not named (or it
    offers another level)."""
    if _OTHER_LEVEL.search(note):
        return None
    blanked = _NAMED.sub(_blank, note)
    return blanked if not _DIGIT.search(BENIGN.sub(" ", blanked)) else None


def reference_notes(kind: str, value: str) -> str:
    """value (a level's lower-cased value, offsets kept) with the chart features named in a note
    after its price blanked; value as it was when no such note is there."""
    if kind == "sl" and _STOP_REFERENCE.search(value):
        # "$3.750 (Just below the $3.771 bounce low)": where the stop sits.
        value = _STOP_REFERENCE.sub(_blank, value)
    for m in _GROUP.finditer(value):
        if not _DIGIT.search(value, 0, m.start()) or not _DIGIT.search(m.group(1)):
            continue  # no price before it, or nothing to read in it
        note = _named_only(m.group(1))
        if note is not None:
            value = value[: m.start(1)] + note + value[m.end(1) :]
    return value


_BEYOND: Final = re.compile(
    r"[ \t]?(?:just[ \t]|slightly[ \t])?(?:above|below|under|over|beyond)\s"
)


# The word after a stop label that makes its line the stop's reason ("Stop Loss Reason: above
# ...", "Stop-loss placement: above ...", "(invalidation above the 2.45 MA(25))").
_REASON_WORD: Final = re.compile(
    r"[ \t(]{0,3}(?:reason|placement|logic|rationale|explanation|justification|why|note"
    r"|invalidation)[ \t]?[:\-–—]?[ \t]?"
)
# A moving average's period ("MA(25)", "EMA 200", "25MA", "MA25"): no price, dropped before the
# feature's price is looked for ("above MA(25) at 2.45" is the average at 2.45).
_PERIOD_AFTER: Final = re.compile(
    r"(?<![a-z])([esw]?ma)[ \t]?(?:\([0-9]{1,3}\)|[0-9]{1,3}(?![0-9.,]))"
)
_PERIOD_BEFORE: Final = re.compile(r"(?<![0-9.,$])[0-9]{1,3}[ \t-]?(?=[esw]?ma(?![a-z]))")


def described_stop(text: str, entries: list[float], stop: float) -> bool:
    """Whether text, the value of a second stop label, only describes a chart feature lying
    between the entries and the stop read ("above 4H Supertrend (148.9) and recent swing high"
    beside "SL: 149.8" over an entry of 145.2, "Stop Loss Reason: above MA(25) at 2.45" beside
    "Stop Loss: 2.47" over 2.40 - 2.43): the stop's reason, no second stop."""
    if stop_distance(text, entries, stop):
        return True  # "Stop: $6.40" in the risk/reward line: the risk per coin (risk_distance.py)
    reason = _REASON_WORD.match(text)
    if reason is not None:
        text = text[reason.end() :]
    text = _PERIOD_BEFORE.sub("", _PERIOD_AFTER.sub(r"\1", text))
    if not entries or not _BEYOND.match(text) or _named_only(text) is None:
        return False
    lo, hi = sorted((min(entries), stop)) if stop < min(entries) else sorted((max(entries), stop))
    found = False
    for m in _NAMED.finditer(text):
        first, period, feature, after = m.groups()
        if after is not None or (feature in _AVERAGE and period.isdigit() and len(period) <= 3):
            raw = after  # "200 EMA (148.9)", or "the 50 MA" alone: a period, no price
        else:
            raw = first or period
        value = to_float(raw) if raw else None
        if raw and (value is None or not lo <= value <= hi):
            return False
        found = found or value is not None
    return found
