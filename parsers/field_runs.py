"""A one-line post's fields run on one after the other: "Long: ARB/USDT (5x-10x Leverage) Entry:
0.91 - 0.90 (CMP) DCA: 0.85 ------------- TP one: 0.95 ..." (session 31, i13-cards33, from the
lead's masked held-out shapes; no held-out text was read). A level label right after the
previous field's value (its last price, its closing parenthesis, a rule of dashes) and a colon
after it opens a field of its own: "DCA: 0.85" is one more entry, never the zone said again in a
sentence (parsers/prose_levels.said_again: "Risk Management (Using Entry ≈6.10)" has a word
before its label)."""

from __future__ import annotations

import re
from typing import Final

# Before the label: a price, a closing parenthesis or a rule, then spaces (or a bar).
_VALUE_BEFORE: Final = re.compile(r"(?:[0-9]|\)|-{3,}|=|_{3,})[ \t|]*\Z")
_COLON_AFTER: Final = re.compile(r"[ \t]?[:=]")


def field_after_value(low: str, line_start: int, start: int, end: int) -> bool:
    """Whether the label at start..end follows the previous field's value on its line and has
    a colon after it: a field of its own."""
    return (
        _COLON_AFTER.match(low, end) is not None
        and _VALUE_BEFORE.search(low, max(line_start, start - 24), start) is not None
    )
