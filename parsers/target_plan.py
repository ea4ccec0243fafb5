"""The plan at targets already read, under them: "Тейк 1 50%, тейк 2 50%", "TP 1 - 50%",
"TP1: 50%", "на тейк 1 закрываем 50%" (session 23, i13-sig24).

After the targets' prices, a target label with its number and a share (the part to close there)
names a target read above; its number is no price ("Тейк 1 50%" read the targets 1 and 2 beside
the real ones, refused for their order) and its share no percentage target ("TP1: 50%" held the
signal for review). Read as a note only when:
- every target was read before the line, and the number is one of theirs (1 .. their count);
- the value holds nothing but the number, words and percentages (no other digit);
- the value holds a percentage (the share), or is a number spaced from its label and words
  ("Тейк 1 и тейк 2 по 50%");
- a number spaced from its label ("Тейк 1") is far from every target's price (more than twice
  the highest or under half the lowest: "TP 1" after targets 0.9 and 0.95 may be a third at 1).
Else it is read as before (a percentage target, or the number a price the cross-check weighs).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.reading import Reading

# The value after a label without its number: the number, spaced ("Тейк 1 50%", "TP 1 - 50%").
_SPACED: Final = re.compile(r"[ \t]+([1-9])(?![0-9]|[.,][0-9])")
_PERCENT: Final = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{1,2})?[ \t]?%")
_DIGIT: Final = re.compile(r"[0-9]")
_LETTER: Final = re.compile(r"[^\W\d_]")


def plan_at_target(label: str, value: str, base: int, r: Reading) -> bool:
    """Whether a target label's value (starting at base) is the plan at a target read above."""
    if not r.tps or r.tps[-1].start >= base:
        return False
    spaced = not label[-1:].isdigit()
    if spaced:
        m = _SPACED.match(value)
        if m is None:
            return False
        index, rest = int(m.group(1)), value[m.end() :]
        prices = [n.value for n in r.tps]
        if min(prices) / 2 <= index <= 2 * max(prices):
            return False
    else:
        index = int(label[-2:] if label[-2:].isdigit() else label[-1:])
        rest = value
    if not 1 <= index <= len(r.tps) or _DIGIT.search(_PERCENT.sub(" ", rest)):
        return False
    return bool(_PERCENT.search(rest)) or (spaced and bool(_LETTER.search(rest)))
