"""The numbers a person reads in a message, as whole literals: the property tests' oracle.

Written independently of the parser, from the conventions it documents (parsers/numbers.py,
docs/parser.md): digits of every script and full-width forms are normalised first
(parsers.normalize); then a literal is a maximal run of digits joined by single "." or ","
("41.31", "38,900", "0,7310", "1.234.567"). A run may hold a list only at a comma that no
number convention explains ("0.46,0.50" and "3150,3100": two prices each; "1,234" is one
number, 1234 or 1.234, and so is "9999,5"). A dot
never splits a run: "1.31" is not a number of "41.31", nor "3" of "3000". Also: thousands
grouped by spaces ("27 450", "1 195,4"), a "k"/"bin" thousands suffix ("31k", "112 bin"), and
an "x" after a number making it a leverage ("10x"), never a group of thousands.

The one exception is a glued index, "TP41.31" as target 4 at 1.31: allowed only where the
parser's own span says so (its price starts one or two digits into a run that follows a word).
"""

from __future__ import annotations

import itertools
import re

# A run: digits joined by single "." or "," between digits; a leading "." when no digit before.
_RUN = re.compile(r"(?:(?<![0-9])\.|(?<![0-9.])(?<![0-9],))[0-9](?:[0-9]|[.,](?=[0-9]))*")
_FORMS = re.compile(
    r"\.[0-9]+"  # .0000871
    r"|[0-9]+(?:\.[0-9]+)?"  # 63200, 0.1585
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"  # 38,900 / 1,234,567.5
    r"|[0-9]+,[0-9]+"  # 0,7310 / 148,5 (a decimal comma)
    r"|[0-9]{1,3}(?:\.[0-9]{3})+"  # 1.234.567 (dots grouping thousands)
)
# Joined by a comma, one number: thousands, or a decimal comma after at most three digits or
# before at most two ("0,7310", "9999,5"); "3150,3100,3040" is a list (a documented format).
_ONE_NUMBER = re.compile(
    r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,3},[0-9]+|[0-9]+,[0-9]{1,2}"
)
_MAX_COMMAS = 6
_SPACED_HEAD = re.compile(r"(?:^|(?<=,))([0-9]{1,3})$")
_SUFFIX = re.compile(r"\s?(?:k|bin)(?![a-z])")
_LEVERAGE = re.compile(r"\s?[xх×]")


def _values(piece: str) -> set[float]:
    """The values one whole literal may stand for, under the documented conventions."""
    out: set[float] = set()
    if "," in piece:
        if piece.count(",") == 1 and "." not in piece:
            out.add(float(piece.replace(",", ".")))  # decimal comma: 0,7310 / 1,234 as 1.234
        if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?", piece):
            out.add(float(piece.replace(",", "")))  # thousands: 38,900
    elif piece.count(".") > 1 or re.fullmatch(r"[0-9]{1,3}\.[0-9]{3}", piece):
        if re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+", piece):
            out.add(float(piece.replace(".", "")))  # 1.234.567, and 38.900 as 38900
        if piece.count(".") == 1:
            out.add(float(piece))
    else:
        out.add(float(piece))
    return out


def _one_number(before: str, after: str) -> bool:
    """ "1,234", "9999,5": the comma is inside one number (thousands, decimal comma), never a
    list of 1 and 234."""
    return bool(_ONE_NUMBER.fullmatch(f"{before},{after}"))


def _pieces(run: str) -> set[str]:
    """Every whole literal a run can be read as: the run itself when it is one number, else its
    pieces between the commas that separate a list."""
    commas = [i for i, c in enumerate(run) if c == ","]
    if len(commas) > _MAX_COMMAS:
        return {run} if _FORMS.fullmatch(run) else set()
    out: set[str] = set()
    for n in range(len(commas) + 1):
        for cut in itertools.combinations(commas, n):
            bounds = [-1, *cut, len(run)]
            parts = [run[a + 1 : b] for a, b in itertools.pairwise(bounds)]
            if not all(_FORMS.fullmatch(p) for p in parts):
                continue
            if any(_one_number(a, b) for a, b in itertools.pairwise(parts)):
                continue
            out.update(parts)
    if not out and commas:
        # No reading of the whole run (".0.6,2" after "Stop.", "2.0.0,0,1"): what follows its
        # first unreadable item, read as a run of its own, and the items of its list that are
        # numbers of their own.
        for c in commas:
            if not _pieces(run[:c]):
                out |= _pieces(run[c + 1 :])
                break
        parts = run.split(",")
        for i, p in enumerate(parts):
            if _FORMS.fullmatch(p) and not (
                (i and _one_number(parts[i - 1], p))
                or (i + 1 < len(parts) and _one_number(p, parts[i + 1]))
            ):
                out.add(p)
    return out


_GROUP = re.compile(r"[0-9]{3}(?:[.,][0-9]+)?")


def _prefixes(run: str) -> list[str]:
    """The run, and each head of it that ends at a comma separating a list ("000,1001" of
    "000,1001,100": "1001,100" is no number)."""
    out = [run]
    for i, c in enumerate(run):
        if c == "," and not _one_number(run[:i].split(",")[-1], run[i + 1 :].split(",")[0]):
            out.append(run[:i])
    return out


def whole_literal_values(norm: str) -> set[float]:
    """Every value of every whole number literal of normalised text."""
    values: set[float] = set()
    runs = list(_RUN.finditer(norm))
    low = norm.lower()
    for m in runs:
        kilo = _SUFFIX.match(low, m.end()) is not None
        for piece in _pieces(m.group()):
            vals = _values(piece)
            values |= vals
            if kilo and m.group().endswith(piece):
                values |= {v * 1000.0 for v in vals}
    # Thousands grouped by single spaces: "27 450", "12 000 000", "1 195,4"; the head may be the
    # last item of a list ("0.8,1 446"), not the decimals of a number ("9999,5 870").
    for i, m in enumerate(runs):
        head = _SPACED_HEAD.search(m.group())
        if head is None:
            continue
        before = m.group()[: head.start()]
        if before and (not before.endswith(",") or _one_number(before[:-1], head.group(1))):
            continue
        joined, end = head.group(1), m.end()
        longest: set[float] = set()  # "12 000 000" is 12000000, never 12000
        for nxt in runs[i + 1 : i + 4]:
            if nxt.start() != end + 1 or norm[end] != " ":
                break
            levered = _LEVERAGE.match(low, nxt.end()) is not None
            if not levered and low[nxt.end() : nxt.end() + 1].isalpha():
                if not _SUFFIX.match(low, nxt.end()):
                    break  # ("6 199 547kx": a word, no group; 6 199 is the number)
            # The group is the next run, or its first item when a comma ends it as a list's;
            # an "x" after the run makes its last item a leverage, never a group of thousands
            # ("9 940 003x"), but a list's first item still groups ("1 000,1001,100x").
            groups = [
                g
                for g in _prefixes(nxt.group())
                if _GROUP.fullmatch(g) and not (levered and g == nxt.group())
            ]
            if not groups:
                break
            longest = set()
            for g in groups:
                vals = _values(joined + g.replace(",", ".") if "," in g else joined + g)
                longest |= vals
                if g == nxt.group() and _SUFFIX.match(low, nxt.end()):
                    longest |= {v * 1000.0 for v in vals}  # "5 655k", "1 000,5k"
            if not nxt.group().isdigit():
                break
            joined, end = joined + nxt.group(), nxt.end()
        values |= longest
    return values


def split_index_values(norm: str, starts: list[int]) -> set[float]:
    """Values of a run read from where the parser's span starts, when that start marks a glued
    index: one or two digits into a run that follows a word ("tp41.31", "target12 0.5")."""
    values: set[float] = set()
    for m in _RUN.finditer(norm):
        for a in starts:
            if not m.start() < a < m.end() or a - m.start() > 2:
                continue
            head = norm[m.start() : a]
            if not head.isdigit() or not norm[m.start() - 1 : m.start()].isalpha():
                continue
            for piece in _pieces(norm[a : m.end()]):
                values |= _values(piece)
    return values
