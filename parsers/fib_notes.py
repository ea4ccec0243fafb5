"""A Fibonacci ratio in a note in parentheses right after a level's price: "TP3: 3750 (1.618
extension)", "TP2: 3610 (1.272 ext)", "Entry: 3420 - 3460 (0.618 retracement)", "(golden
pocket 0.618-0.65)", "TP1: 3520 (0.5 Fib)".

The ratio names where the level sits on the Fibonacci grid, never a level more; read as a price
it was one more target or entry far from the others (the post refused: "1.618 is far from the
other levels", "a note beside a target, read as one more target"). A note whose name comes
first, "(Fib 1.618)", was read already (parsers/chart_notes.py names it); this is the ratio
written first.

Blanked (before the labels are read, as list_notes' counts are) ONLY when:

- the note's parentheses open right after a price on the same line ("3750 (", "3750$ (");
  a ratio alone where the price belongs ("TP3: (1.618 extension)") keeps its number, so the
  target stays a doubt, never a target silently dropped;
- the number is one of the grid's ratios (RATIOS), written with its point, alone or as a
  range of two ("0.618-0.65"), and outside the price window of the price before the note
  (parsers/price_window.py): "TP1: 0.4690 (0.618 Fib)" keeps its number, a possible price of
  this coin that the note check weighs (tests/parsers/test_sig24.py holds it as a doubt);
- a Fibonacci word (fib, fibonacci, ext, extension, retracement, golden pocket) stands in the
  same parentheses, and no other digit and no word offering another level ("or", "then",
  "next", "add", "another": "(or 1.618 ext)" is an alternative).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.lead_first import lead_first
from parsers.price_window import price_window

# The grid's ratios, as posts write them.
RATIOS: Final[tuple[str, ...]] = (
    "0.236", "0.382", "0.5", "0.618", "0.65", "0.705", "0.786", "0.886",
    "1.13", "1.272", "1.414", "1.618", "2.0", "2.272", "2.618", "3.618", "4.236",
)  # fmt: skip
_RATIO: Final = (
    r"(?<![0-9.,])(?:"
    + "|".join(re.escape(r) for r in sorted(RATIOS, key=len, reverse=True))
    + r")(?![0-9])(?![.,][0-9])"
)
_WORD: Final = (
    r"(?<![a-z])(?:fib(?:onacci|s)?|ext(?:ension)?s?|retrace(?:ment)?s?|golden[ \t]pocket)(?![a-z])"
)
# "3750 (1.618 extension)": a price, then the note with one ratio or two (a range).
_NOTE: Final = re.compile(
    r"(?<![0-9.,])([0-9][0-9,]*(?:\.[0-9]+)?)\$?[ \t]?\(([^()\n0-9]{0,24}?)"
    r"(" + _RATIO + r"(?:[ \t]?[-–/][ \t]?" + _RATIO + r")?)([^()\n0-9]{0,30})\)"
)
_FIB_WORD: Final = re.compile(lead_first(_WORD))  # (led by f, e, r, g: parsers/lead_first.py)
_OTHER_LEVEL: Final = re.compile(r"(?<![a-z])(?:or|then|next|add\w*|another)(?![a-z])")
_NUMBER: Final = re.compile(_RATIO)
# What every such note holds: a cheap test before the pattern.
_HEADS: Final = ("fib", "ext", "retrace", "golden")
_NOTE_GATE: Final = gate(("(",))  # (found in the post's one pass: parsers/gate_words.py)
_HEADS_GATE: Final = gate(_HEADS)


def fib_notes(low: str) -> list[tuple[int, int]]:
    """The spans of the Fibonacci ratios in notes right after a level's price in low."""
    if not holds(low, _NOTE_GATE) or not holds(low, _HEADS_GATE):
        return []
    # Each note's words are a Fibonacci word's own ("next", "text" hold none): a post holding none
    # as a word of its own holds no note (the parentheses, a ratio's digit, or a blank bound the
    # words of a note in the post as in `words` below). _NOTE tries each number of the post.
    if _FIB_WORD.search(low) is None:
        return []
    spans: list[tuple[int, int]] = []
    for m in _NOTE.finditer(low):
        words = m.group(2) + " " + m.group(4)
        if _FIB_WORD.search(words) is None or _OTHER_LEVEL.search(words) is not None:
            continue
        ratios = list(_NUMBER.finditer(low, m.start(3), m.end(3)))
        lowest, highest = price_window([float(m.group(1).replace(",", ""))])
        if any(lowest <= float(n.group()) <= highest for n in ratios):
            continue  # "0.4690 (0.618 Fib)": the ratio may be a price of this coin, weighed
        spans.extend((n.start(), n.end()) for n in ratios)
    return spans


# A ratio note that is all a level label's value holds: "TP4: (1.272 ext)".
_ALONE: Final = re.compile(
    r"[ \t:=]*\(([^()\n0-9]{0,24}?)" + _RATIO + r"(?:[ \t]?[-–/][ \t]?" + _RATIO + r")?"
    r"([^()\n0-9]{0,30})\)[ \t]*$"
)


def ratio_alone(value: str) -> bool:
    """Whether a level label's value (lower case) is nothing but a Fibonacci ratio's note, where
    its price belongs ("TP4: (1.272 ext)"): no price to read, and the ratio none (a target at
    1.272 was traded)."""
    m = _ALONE.match(value)
    return m is not None and _FIB_WORD.search(m.group(1) + " " + m.group(2)) is not None
