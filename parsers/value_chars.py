"""A question parsers/fields.py asks of a field's value, by one compiled loop over its code
points (session 29, i13-speed34): whether it holds a character of what not_prices may blank, in
place of fifteen `in` tests. tests/parsers/test_speed34.py compares it with them. (A letter with
case asked the same way, for `value.lower() != value.upper()`, was measured and not kept: -40
instructions a bench message, +119 a dev signal, where most values hold a character outside
ASCII before their first letter.)
"""

from __future__ import annotations


def _note_code(c: int) -> bool:
    """Whether the code point c is a character may_note looks for."""
    return (
        c > 127  # "4ч", "4小时", "4 saat"
        or c == 37  # "%"
        or c == 43  # "+": "| +$14", a profit in money at the level
        or c == 40  # "("
        or c == 104  # "h"
        or c == 100  # "d"
        or c == 119  # "w"
        or c == 109  # "m"
        or c == 120  # "x": "above 0.46x", a level with its last digits left open
        or c == 58  # ":": "1.3500 ~1.13:1", a reward-to-risk ratio
        or c == 59  # ";": "0,12522 1;2", the same, typed on a Russian keyboard
        or c == 47  # "/": "0,12 0,11 50/50", the position's split between the targets
        or c == 114  # "r": "0,1016 1,5 R", a multiple of the risk
    )


def may_note(value: str) -> bool:
    """Whether value holds "%", "+", "(", "h", "d", "w", "m", "x", ":", ";", "/", "r", a
    character outside ASCII, "saat" or "pip": percentage ranges and durations ("7 days", "4h",
    "15m"), what not_prices may blank, need one. ("saat" and "pip" hold none of the characters.)"""
    for i in range(len(value)):
        if _note_code(ord(value[i])):
            return True
    return "saat" in value or "pip" in value
