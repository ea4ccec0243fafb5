"""An indicator's period, setting or level in a note in parentheses beside a level: "TP1: 0.066
(20-period MA)", "(200 EMA)", "(50 SMA)", "(RSI 30)", "(RSI < 30)", "(MACD 12/26)", "(BB 20,2)"
(session 23, i13-sig24; dev sq21-fhe-bollinger-short-001 read "Target the Bollinger midline
(20-period MA)" as a target at 20).

Whole numbers only, one to three digits, inside one pair of parentheses on one line, right before
or after the indicator's name: never a price (a price has a point or is the coin's own; "(0.618
Fib)" keeps its number, and the note check weighs it). The digits are blanked before the labels
are read (signal_parser.py, as list_notes' counts are).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.indicator_values import indicator_values

_NAMES: Final = r"(?:e|s|w|h)?ma|rsi|macd|bb|bollinger|stoch(?:astic|rsi)?|atr|adx|cci|mfi|period"
_WHOLE: Final = r"[0-9]{1,3}(?![0-9.,]?[0-9])"
# "(20-period MA)", "(200 EMA)", "(mid-BB, 20 MA)", "(1-2 ATR)": the period before the name.
_BEFORE: Final = re.compile(
    r"\((?:[^()\n]{0,24}?[\s(,/-])??((?:[0-9]{1,2}[ \t]?[-–][ \t]?)?" + _WHOLE + r")"
    r"[ \t-]?(?:period[ \t]|day[ \t]|d[ \t])?"
    r"(?:" + _NAMES + r")(?![^\W\d_])[^()\n]{0,24}\)"
)
# "(RSI 30)", "(RSI < 30)", "(MACD 12/26)", "(BB 20,2)": the setting or level after the name.
_AFTER: Final = re.compile(
    r"\((?:[^()\n]{0,24}[\s(,/-])?(?:" + _NAMES + r")[ \t]?[<>=≈~]?[ \t]?("
    r"(?:[1-9][0-9]{0,2}[ \t]?[,/][ \t]?){0,2}" + _WHOLE + r")[^()\n0-9]{0,24}\)"
)
_HEADS: Final = ("ma", "rsi", "macd", "bb", "bollinger", "stoch", "atr", "adx", "cci", "mfi")
_NOTE_GATE: Final = gate(("(",))  # (found in the post's one pass: parsers/gate_words.py)
_HEADS_GATE: Final = gate(_HEADS)
_DIGITS: Final = re.compile(r"[0-9]+")


def indicator_notes(low: str) -> list[tuple[int, int]]:
    """The spans of the digits of indicators' periods or levels in notes in parentheses."""
    if not holds(low, _NOTE_GATE) or not holds(low, _HEADS_GATE):
        return []
    spans: list[tuple[int, int]] = []
    for pattern in (_BEFORE, _AFTER):
        for m in pattern.finditer(low):
            spans.extend((d.start(), d.end()) for d in _DIGITS.finditer(low, m.start(1), m.end(1)))
    # ("Stop Loss: 0.8050 (above the MA(25) at 0.8010)": the average's value, parsers/
    # indicator_values.py.)
    return [*spans, *indicator_values(low)]
