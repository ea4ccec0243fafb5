"""Thousands parted by a plain space after a head of three digits: "Entry: 112 000", "SL 108 500".

The price reader takes a space inside a number only after a head of one or two digits ("27 450",
parsers/numbers.py): after three, "100 200" may as well be two prices written in a row. A head
of three digits and ONE group of three is joined here, before any reading, where it can be
nothing else:
- the group starts with 0 ("112 000", "108 050"): no price is written "000" or "050";
- or its value is the size of a number the post writes unmistakably (a group starting with 0,
  or six digits or more written whole: "Entry 112000 ... SL 108 000 ... TP 115 500"): the post's
  other levels. (Only in a post holding a group that starts with 0: the quick test that spares
  every other post the search; "Entry 112000 / SL 108 500" alone is doubted, see below.)
A longer run is read as such pairs only where every group starts with 0 ("TP: 115 000 118 000":
no number starts "000", and one number of four groups is no price); any other ("100 200 300",
"115 500 118 500": a list or numbers of thousands, nobody can tell) is left as it is, and the
reader's checks refuse what they cannot read. So is a run glued to a word ("TP112 000"; "TP1
115 000" is target 1 at 115,000), a group after a decimal point or comma, two spaces, and a
decimal comma after the group ("112 000,5" may be a list's comma).

What is left unjoined and then read as two levels side by side ("Entry zone - 236 100", "TP:
240 800") is doubted when the two are far apart (spaced_doubt): 236,100 or the prices 236 and
100? Levels of one list stand close together ("TP: 105 110" stays read), and a run of three or
more numbers is a list ("TP: 120 150 200").
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num

# A run of digit groups parted by single spaces; the head not inside a number ("0.112 000").
_RUN: Final = re.compile(
    r"[0-9](?<![0-9.,][0-9])(?<![0-9] [0-9])[0-9]{0,2}(?: [0-9]{3}(?![0-9]))+(?:\.[0-9]{1,18})?"
)
# Six digits or more written whole: a level of that size, unmistakable.
_WHOLE: Final = re.compile(r"(?<![0-9.,])[1-9][0-9]{5,8}(?:\.[0-9]+)?(?![0-9])")
# How far apart a joined number may be from the post's unmistakable ones (a stop 23 % below).
_NEAR: Final = 1.3


def _numbers(run: str) -> list[str] | None:
    """The run as numbers: a head of three digits and one group ("112 000"), or pairs of them
    whose every group starts with 0 ("110 000 108 000": no number starts "000", and one number
    of four groups is no price); else None (not a head of three, or a list nobody can part)."""
    whole, _, decimals = run.partition(".")
    pieces = whole.split(" ")
    heads, groups = pieces[0::2], pieces[1::2]
    if len(heads) != len(groups) or any(len(h) != 3 or h[0] == "0" for h in heads):
        return None
    if len(groups) > 1 and any(g[0] != "0" for g in groups):
        return None
    out = [h + g for h, g in zip(heads, groups, strict=True)]
    return out[:-1] + [out[-1] + "." + decimals] if decimals else out


def _alone(text: str, start: int, end: int) -> int | None:
    """Where the run's number starts: after an index glued to its label ("TP1 115 000"); None
    after any other letter or digit glued before it ("TP112 000"), or a decimal comma after it."""
    if text[end : end + 1] == "," and text[end + 1 : end + 2].isdigit():
        return None
    if not start or not text[start - 1].isalnum():
        return start
    index = text.find(" ", start, start + 3)  # ("TP1", "Target 12": one or two digits)
    return index + 1 if index > 0 and text[start - 1].isalpha() else None


def _zero_group(text: str) -> bool:
    """Whether text holds three digits, a space, then 0 and two digits ("112 000"): a run
    joined for sure, without which nothing is (it is the anchor of every other)."""
    i = text.find(" 0")
    while i >= 0:
        # (One character first: most " 0" start a price, " 0.53", after a word.)
        if (
            i >= 3
            and text[i - 1].isdigit()
            and text[i - 3 : i].isdigit()
            and text[i + 1 : i + 4].isdigit()
        ):
            return True
        i = text.find(" 0", i + 2)
    return False


def join_spaced_thousands(text: str) -> str:
    """text with each unmistakable "112 000" written "112000" (see the module's notes)."""
    if not _zero_group(text):
        return text  # (nothing sure: no run is joined; most posts stop at this quick test)
    found: list[tuple[int, int, str, list[str]]] = []
    for m in _RUN.finditer(text):
        start = _alone(text, m.start(), m.end())
        numbers = None if start is None else _numbers(text[start : m.end()])
        if start is not None and numbers is not None:
            found.append((start, m.end(), text[start : m.end()], numbers))
    if not found:
        return text
    sure = [float(n) for *_, run, numbers in found for n in numbers if run[4] == "0"]
    sure += [float(m.group()) for m in _WHOLE.finditer(text)]
    out: list[str] = []
    at = 0
    for start, end, run, numbers in found:
        value = float(numbers[0])
        if run[4] == "0" or any(s / _NEAR <= value <= s * _NEAR for s in sure):
            out.append(text[at:start])
            out.append(" ".join(numbers))
            at = end
    return "".join(out) + text[at:] if out else text


# A third number in the run: "TP: 120 150 200" is a list, whatever its steps.
_LIST_BEFORE: Final = re.compile(r"[0-9] $")
_LIST_AFTER: Final = re.compile(r" [0-9]")


def spaced_doubt(norm: str, levels: list[Num]) -> tuple[int, int] | None:
    """The span of two levels read side by side as "236 100" (three digits, one space, three
    digits, no third number in the run) that may be one number, when they are more than _NEAR
    apart; else None."""
    # (Most posts have no level of three characters: no pair to look up.)
    threes = [n for n in levels if n.end - n.start == 3]
    if len(threes) < 2:
        return None
    by_start = {n.start: n for n in levels}
    for a in threes:
        b = by_start.get(a.end + 1)
        if (
            b is not None
            and b.end - b.start == 3
            and norm[a.end] == " "
            and norm[a.start : a.end].isdigit()
            and norm[b.start : b.end].isdigit()
            and max(a.value, b.value) > _NEAR * min(a.value, b.value)
            and not _LIST_BEFORE.search(norm, max(0, a.start - 2), a.start)
            and not _LIST_AFTER.match(norm, b.end)
        ):
            return a.start, b.end
    return None
