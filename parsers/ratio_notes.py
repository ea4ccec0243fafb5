"""A risk-reward note right after a level's price: "1) 2950 (RR1-2)", "TP1: 160 (RR 1:2)", "TP2:
170 R:R = 1:2.5", "Targets: 2950 RR 1-2 / 2900 RR 1-3", "Цель 1: 160 Соотношение 1:3", "Стоп:
3150 (рр 1;1)", "TP: 1.3 (1:2 RR)".

The note says how far the level is in risks, never a price. Read as one, its second number was
one more target ("1) 2950 (RR1-2)": the label glued to its ratio, "2" a target of a short, the
list "not in descending order"; session 30, i13-values32, from masked held-out counts), and a
note label inside a list's line ended the list ("Targets: 2950 RR 1-2 / 2900 RR 1-3" traded one
target, 2900 read as the note's value).

Blanked whole (its label, its ratio, the parentheses around it), before the labels are read, as
list_notes' counts are, ONLY when:

- a price stands right before it on its line ("2950 (", "2950$ ", "160 - "), not a label's index
  ("T1 (1:2 R:R): 4570" is parsers/label_notes.py's) and not a word: "TP: RR 1:2 1.3" keeps its
  note, so the target stays a doubt;
- its label is a risk-reward word (RR, R:R, R/R, risk/reward, reward/risk, РР, риск/прибыль,
  соотношение) and its value a ratio to one ("1:2", "1-2", "1/3", "1 to 3", "1 к 3", "2:1") or
  one small number ("RR 2.5", "(R:R 3.2)"), nothing more: "RR 2-3" (no ratio to one) and "RR 1:2
  or 1:3" keep their numbers for the checks that weigh them.

A note on a line of its own ("RR 1:3" under the stop) is a note label's value, as before. A
target label whose whole value is such a note, or a bare ratio ("TP3: RR 1:4", "TP3 1:4"), gives
a target at a multiple of the risk, a price the post does not hold: refused, never a target
left out nor 4 read as one (`ratio_for_price`, asked by parsers/fields.py and parsers/unread.py).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.lead_first import lead_first

# The risk-reward words a note opens with (lower case).
_LABEL: Final = (
    r"(?:rrr?|r[ \t]?[:/][ \t]?r|risk[ \t]?(?:[/:-]|to)[ \t]?reward(?:[ \t]ratio)?"
    r"|reward[ \t]?(?:[/:-]|to)[ \t]?risk|рр|риск[ \t]?[/:-][ \t]?(?:прибыль|профит)"
    r"|соотношение)"
)
_NUM: Final = r"[0-9]{1,2}(?:[.,][0-9]{1,2})?"
# A ratio to one ("1:2", "1-2", "1/3", "1 to 3", "1 к 3", "1;2", "2:1") or one small number.
_RATIO: Final = (
    r"(?:1[ \t]?(?:[:/;к-]|to[ \t])[ \t]?" + _NUM + r"|" + _NUM + r"[ \t]?(?:[:/;]|to[ \t])"
    r"[ \t]?1|" + _NUM + r")(?![0-9]|[.,:;/-][0-9]|[ \t]?(?:or|или)[ \t])"
)
_NOTE: Final = re.compile(
    lead_first(
        # "RR1-2", "R:R = 1:2.5", "RR:-1:4.2", "risk/reward 1:3", "Соотношение 1:3".
        r"(?<![^\W\d_])"
        + _LABEL
        + r"[ \t]?(?:[:=≈~]|:-)?[ \t]?"
        + _RATIO
        # "1:2 RR", "(1-2RR)": the ratio first.
        + r"|(?<![^\W\d_])(?<![0-9.,])1[ \t]?[:/-][ \t]?"
        + _NUM
        + r"[ \t]?(?:rrr?|r[ \t]?[:/][ \t]?r)"
    )
    + r"(?![^\W\d_])"
)
# A price right before the note on its line (its "(", a dash or a bar between them; "2800+ (RR1-5)":
# a target to run past).
_PRICE_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?<![.,])\$?[0-9][0-9.,]*\+?[ \t]?(?:\$|usdt|usd)?[ \t]*(?:[-–|(][ \t]*)?\Z"
)
# A target's value that is nothing but a ratio: labelled ("RR 1:4", "(RR1-4)"), or a bare ratio
# written with a colon and no space ("TP3 1:4": not "Target 1: 4", an index and a price).
_PAIR: Final = r"(?:1:" + _NUM + r"|[0-9]{1,2}(?:[.,][0-9]{1,2})?:1)(?![0-9]|[.,][0-9])"
_RATIO_ONLY: Final = re.compile(
    r"[ \t:=-]*\(?[ \t]*(?:" + _LABEL + r"[ \t]?(?:[:=≈~]|:-)?[ \t]?" + _RATIO + r"|" + _PAIR + r")"
    r"[ \t]*\)?[^\w\n]*"
)
_OPEN: Final = re.compile(r"\([ \t]*\Z")
_CLOSE: Final = re.compile(r"[ \t]*\)")
_HEADS: Final = ("rr", ":r", ": r", "/r", "/ r", "reward", "рр", "риск", "соотношение")
_HEADS_GATE: Final = gate(_HEADS)  # (found in the post's one pass: parsers/gate_words.py)


def ratio_notes(low: str) -> list[tuple[int, int]]:
    """The spans of the risk-reward notes right after a level's price in low (lower case)."""
    if not holds(low, _HEADS_GATE):
        return []
    spans: list[tuple[int, int]] = []
    for m in _NOTE.finditer(low):
        start, end = m.start(), m.end()
        line_start = low.rfind("\n", 0, start) + 1
        lo = max(line_start, start - 40)
        if _PRICE_BEFORE.search(low, lo, start) is None:
            continue
        opened = _OPEN.search(low, lo, start)
        closed = _CLOSE.match(low, end)
        if opened is not None and closed is not None:
            start, end = opened.start(), closed.end()  # "(RR 1:2)": the parentheses too
        spans.append((start, end))
    return spans


def ratio_for_price(rest: str) -> bool:
    """Whether rest, the text after a target's label to its line's end (lower case), is nothing but a
    risk-reward ratio where the price belongs ("TP3: RR 1:4", "TP3 1:4")."""
    return _RATIO_ONLY.fullmatch(rest) is not None
