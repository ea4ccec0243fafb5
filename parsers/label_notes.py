"""A note in parentheses between a level's label and its colon: "T1 (1:2 R:R): $4,570",
"T2 (Optional): $4,650", "Entry (Entry zone): 3.28 – 3.36".

The label's value starts after the colon; the parenthesis before it says what the level is (a
reward-to-risk ratio, "Optional", "Conservative"), never a price. Read as part of the value, its
"1:2" gave the targets 1 and 2 (dev sq22-eth-4520-long-001: "1 is far from the other levels").
Only a note without a price is skipped: words, and whole numbers of one or two digits (a ratio,
an index: "(1:2 R:R)", "(TP1)"); "Entry (0.965 - 1): ..." keeps its zone.
"""

from __future__ import annotations

import re
from typing import Final

# The parenthesis right after the label, then the colon (or "="), then the value.
# (A price after the colon on the same line: "Take Profit Levels (3-tier):" over its list is a
# heading, left as it was.)
_NOTE_BEFORE_COLON: Final = re.compile(
    r"[ \t]?\((?:[^()0-9\n]|(?<![0-9.,])[0-9]{1,2}(?![0-9.,])){1,40}\)[ \t]?(?=[:=][ \t]*\$?[0-9])"
)


def note_before_colon(value: str) -> int:
    """How many characters of a label's value the note before its colon takes (0: none)."""
    m = _NOTE_BEFORE_COLON.match(value)
    return m.end() if m is not None else 0


# The level labels a note can follow ("TP1 (1:2 R:R):", "Entry (Entry zone):", "SL (tight):").
_LEVEL_KINDS: Final = frozenset(("tp", "tpglued", "entry", "buy", "sell", "sl", "slclose"))
# The note itself, from its "(" to its ")" and the colon after it.
_NOTE: Final = re.compile(
    r"\((?:[^()0-9\n]|(?<![0-9.,])[0-9]{1,2}(?![0-9.,])){1,40}\)"
    # its colon and the price after it, or the line's end with the price on the next line
    r"(?:[ \t]?[:=](?=[ \t]*\$?[0-9])|[ \t]*(?=\n(?:[^\S\n]*\n){0,2}[^\S\n]*\$?[0-9]))"
)
# A note that is all the label's line holds: "Take Profit 1 (TP1)", "Stop Loss (SL)" over the
# line with their price.
_NOTE_ALONE: Final = re.compile(
    r"[ \t]?\((?:[^()0-9\n]|(?<![0-9.,])[0-9]{1,2}(?![0-9.,])){1,40}\)[ \t]*$"
)


def note_alone(value: str) -> bool:
    """Whether a label's value is nothing but a note in parentheses: the label heads the price
    on the next line ("Stop Loss (SL)\n$4,240", dev sq22-it-eth-1d-plan-001)."""
    return _NOTE_ALONE.match(value) is not None


def labels_outside_notes(low: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """found without the labels inside a note between a level label and its colon: "r:r" in
    "tp1 (1:2 r:r): 4570" is a word of the note, and the value after the colon is target 1's."""
    if "(" not in low or len(found) < 2:
        return found
    inside: list[tuple[int, int, str]] = []
    for kind, _, end in found:
        if kind in _LEVEL_KINDS:
            at = end + 1 if low[end : end + 1] in (" ", "\t") else end
            m = _NOTE.match(low, at) if low[at : at + 1] == "(" else None
            if m is not None:
                inside.append((at, m.end(), kind.removesuffix("glued")))
    if not inside:
        return found
    # (Only a note's own labels go, and the label named again in it, "Stop Loss (SL)": "Entry
    # Zone (Buy Area): 213" keeps the side its "buy" gives.)
    return [
        lab
        for lab in found
        if not any(
            a < lab[1] and lab[2] <= b and lab[0].removesuffix("glued") in ("noise", kind)
            for a, b, kind in inside
        )
    ]


# The line under a label-per-line table's label: a price or a zone, nothing else ("$4,450 -
# $4,550", "4240").
_PRICE_LINE: Final = re.compile(
    r"\n(?:[^\S\n]*\n){0,2}[^\S\n]*\$?[0-9][0-9.,]*\$?(?:[ \t]*[-–][ \t]*\$?[0-9][0-9.,]*\$?)?"
    r"[ \t]*(?:\n|$)"
)
_WORD: Final = re.compile(r"[^\W\d_]+")


def heads_price_below(low: str, line_start: int, start: int, line_end: int) -> bool:
    """ "Zona di Prezzo di Entrata\\n$4,450 - $4,550": a level label ending a line of at most four
    words before it (a table's label in another language, dev sq22-it-eth-1d-plan-001), with
    nothing on the next line but its price or zone, heads that price (parsers/lines.py lets a
    label after one or two words head a list; a longer line is read as a sentence)."""
    if _PRICE_LINE.match(low, line_end) is None:
        return False
    return len(_WORD.findall(low, line_start, start)) <= 4
