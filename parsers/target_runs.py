"""Targets read with numbers that are no targets, or twice: a small number after each target's
price, and a list of targets given again.

A small number after a target on its line ("5.00 ➡️ 2", "4.80 | 2.0", "41600 - 1"): an index, a
ratio, a percent or a count written after the price, read as one more target between two real
ones (the list "5.00, 2, 4.80, 4, 4.60" of a SHORT, refused as out of order). Such a number is a
whole number of at most two digits, parted from the target before it by marks and at most two
words ("ROI 2"; never a range's "to", a glued "1/3" or "6.95-7.00", a label's index "Target 4
42", the list's own separator), nothing numeric after it on its line but the next target. It
is read as a note only when the post makes that certain: once every such number is left out the
targets run strictly one way, the notes never fall ("2, 4", "1, 2": a column of indexes, ratios
or shares) and are parted from their targets alike, and either each is on the wrong side of the
targets around it or they stand beside targets one a line, every target but the last noted; and
never when they sit beside their targets as a second column of prices does. Any other number of
that shape in a list out of order, or on one line of a list of one target a line, makes the
signal needs review with its line named, never a target.

A list given twice ("Targets: 5.00 - 4.80" over "TP1 5.00 / TP2 4.80 / TP3 4.60", or the same
list under another heading): the targets read run one way, then start again under a target label
of their own. When one list is the other's start (or the same list), it is one list, and the
fuller is read; when they disagree ("5.00 4.80 4.40" and "5.00 4.80 4.60"), the signal needs
review: which list is meant is a guess.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num
from parsers.reading import Reading, Settled

# A whole number of at most two digits ("2", "2.0", "10"): an index, a ratio, a percent, a count.
_SMALL: Final = re.compile(r"[0-9]{1,2}(?:[.,]0{1,2})?")
# Between a target and the note after it, on one line: marks and spaces, and at most two words
# naming it ("ROI", "gain", "RRR", "No."), none that joins two prices ("to", "and", "or").
_MARKS: Final = re.compile(
    r"[^\w\n]{1,8}(?:(?!(?:to|and|or|then|till|until|y|e|et|und|и|до)(?![^\W\d_]))"
    r"[^\W\d_]{1,12}[^\w\n]{1,3}){0,2}"
)
_DIGIT: Final = re.compile(r"[0-9]")
_INDEX: Final = re.compile(r"[0-9]{1,2}")
_LABELLED: Final = re.compile(r"[^\W\d_][ \t#]?$")
_GLUED: Final = frozenset(("/", ":", " :", ": ", ",", ".", "-", "–"))
_WORKED: Final = re.compile(r"[×*=]")
_TARGET_KINDS: Final = frozenset(("tp", "tpglued"))
_ENTRY_KINDS: Final = frozenset(("entry", "buy", "sell", "weak"))
# Notes that sit the same distance (a share of the target) from each target are prices.
_SAME: Final = 0.02
# Two lists of the same targets start within this factor of each other.
_NEAR: Final = 1.5


def _ordered(values: list[float]) -> bool:
    """Whether values run strictly one way (two at least)."""
    if len(values) < 2:
        return False
    # (By index: compiled, a zip of slices and two generators cost ~2,000 instructions a post.)
    rising = falling = True
    for i in range(1, len(values)):
        if not values[i - 1] < values[i]:
            rising = False
        if not values[i - 1] > values[i]:
            falling = False
    return rising or falling


def _line_end(low: str, at: int) -> int:
    end = low.find("\n", at)
    return len(low) if end < 0 else end


def _notes(tps: list[Num], low: str) -> list[int] | None:
    """The positions in tps of the small numbers written after a target on its line, or None
    when there is none."""
    out: list[int] = []
    for i in range(1, len(tps)):
        n, before = tps[i], tps[i - 1]
        # (The value first: a number outside 1-99 is no note, whatever its literal.)
        if (i - 1) in out or not 1 <= n.value <= 99:
            continue
        if _SMALL.fullmatch(low, n.start, n.end) is None:
            continue
        if _MARKS.fullmatch(low, before.end, n.start) is None:
            continue
        if _INDEX.fullmatch(low, before.start, before.end) and _LABELLED.search(
            low, max(0, before.start - 2), before.start
        ):
            continue  # "Target 4 42", "targets 1-3": a label's index before it, no price
        if low[before.end : n.start] in _GLUED:
            continue  # "1/3", "5.00:1", "100.198,29", "6.95-7.00": one number, a ratio, a range
        if (
            n.end - n.start > 2
            and not low[before.end : n.start].strip()
            and _decimals(low, n) >= _decimals(low, before)
        ):
            continue  # "Targets: 0.90 1.00 0.80": written as the prices are, one of them
        line_end = _line_end(low, n.end)
        after = min(tps[i + 1].start if i + 1 < len(tps) else len(low), line_end)
        if _DIGIT.search(low, n.end, after) or _WORKED.search(low, n.end, line_end):
            continue  # "5.00 close 1/3", "0.4925 - (2 × 0.0235) = 0.4455": more than a note
        out.append(i)
    if not out:
        return None
    # "24.80 - 25.30 - 26 - 27": a mark that parts two targets on a line parts a list, no note
    listed = {
        _separator(low, a, b)
        for j, (a, b) in enumerate(zip(tps, tps[1:], strict=False))
        if j not in out and j + 1 not in out and "\n" not in low[a.end : b.start]
    }
    out = [i for i in out if _separator(low, tps[i - 1], tps[i]) not in listed]
    return out or None


def _decimals(low: str, n: Num) -> int:
    """How many digits n is written with after its decimal point."""
    for at in range(n.start, n.end):
        if low[at] in ".,":
            return n.end - at - 1
    return 0


def _separator(low: str, a: Num, b: Num) -> str:
    return low[a.end : b.start].strip()


def notes_after_targets(s: Settled, low: str, norm: str) -> None:
    """Leave out of s.tps the small numbers written after a target that are notes beside it, or
    refuse the signal when such a number cannot be told from a target."""
    tps = s.tps
    notes = _notes(tps, low)
    if notes is None:
        return
    kept = [n for i, n in enumerate(tps) if i not in notes]
    ordered = _ordered([n.value for n in tps])
    if _priced(tps, notes):
        pass  # "| TP1 | 50 | 55 |" over "| TP2 | 52 | 57 |": a second column of prices
    elif _column(tps, notes, kept, low) or (not ordered and _fits(tps, notes, kept, low)):
        s.tps = kept
        return
    if ordered and not _one_a_line(kept, low) and not _far_note(tps, notes, kept):
        return  # "Targets: 0.55 → 1 → 2": a chain of targets on one line
    first = tps[notes[0]]
    start = low.rfind("\n", 0, first.start) + 1
    end = _line_end(low, first.end)
    s.review.append(
        f"'{norm[start:end].strip()}' holds {norm[first.start : first.end]} after the target"
        f" {norm[tps[notes[0] - 1].start : tps[notes[0] - 1].end]}: a note beside it (an index,"
        " a ratio, a share) or one more target? Which targets are meant is a guess"
    )
    s.unread.append((first.start, first.end))


def _far_note(tps: list[Num], notes: list[int], kept: list[Num]) -> bool:
    """Whether one target stands with a note after it that is less than half of it or more than
    twice it ("TP: 5.00 ➡️ 2" of a short: no second target 60 % away)."""
    if len(kept) != 1:
        return False
    target = kept[0].value
    return any(tps[i].value * 2 < target or tps[i].value > 2 * target for i in notes)


def _priced(tps: list[Num], notes: list[int]) -> bool:
    """Whether the notes run beside their targets as prices do: each the same distance from its
    target, or the same multiple of it (a spot and a futures column, two exchanges' prices)."""
    if len(notes) < 2:
        return False
    pairs = [(tps[i - 1].value, tps[i].value) for i in notes]
    if not all(0 < a < 2 * b < 4 * a for a, b in pairs):
        return False  # (a price beside a price sits within a factor two of it)
    gaps = [b - a for a, b in pairs]
    ratios = [b / a for a, b in pairs]
    scale = max(abs(a) for a, _ in pairs) * _SAME
    return max(gaps) - min(gaps) <= scale or max(ratios) - min(ratios) <= _SAME * max(ratios)


def _one_a_line(kept: list[Num], low: str) -> bool:
    """Whether the targets left stand one a line, on two lines at least."""
    return len(kept) > 1 and all(
        "\n" in low[a.end : b.start] for a, b in zip(kept, kept[1:], strict=False)
    )


def _column(tps: list[Num], notes: list[int], kept: list[Num], low: str) -> bool:
    """Whether the notes are a column beside targets standing one a line: two at least, each
    after a target on its line (every target but the last has one), parted from it alike, never
    falling, and the targets left run one way ("5.00 ➡️ 1 / 4.80 ➡️ 2")."""
    if len(notes) < 2 or not _one_a_line(kept, low) or not _ordered([n.value for n in kept]):
        return False
    if len({_separator(low, tps[i - 1], tps[i]) for i in notes}) != 1:
        return False
    noted = {tps[i - 1].start for i in notes}
    if any(n.start not in noted for n in kept[:-1]):
        return False
    values = [tps[i].value for i in notes]
    return all(a <= b for a, b in zip(values, values[1:], strict=False))


def _fits(tps: list[Num], notes: list[int], kept: list[Num], low: str) -> bool:
    """Whether the numbers at notes are notes beyond doubt in a list out of order: the targets
    left run one way, each note is on the wrong side of the targets around it, the notes never
    fall and are parted from their targets alike, by marks the targets are not parted by."""
    kept_values = [n.value for n in kept]
    if not _ordered(kept_values):
        return False
    marks = {_separator(low, tps[i - 1], tps[i]) for i in notes}
    if len(marks) != 1 or "" in marks:
        return False  # (a space alone parts a list's items: "0.90 1 0.80" is one out of order)
    for a, b in zip(kept, kept[1:], strict=False):
        if "\n" not in low[a.end : b.start] and _separator(low, a, b) in marks:
            return False  # "0.55 - 0.60 - 1 - 0.70": one list out of order
    note_values = [tps[i].value for i in notes]
    if any(b < a for a, b in zip(note_values, note_values[1:], strict=False)):
        return False
    falling = kept_values[1] < kept_values[0]
    for i in notes:
        prev = tps[i - 1].value
        nxt = next((tps[j].value for j in range(i + 1, len(tps)) if j not in notes), None)
        # (A number between its neighbours, "5.00 → 4 / 3.80", may be a target: not a note.)
        if falling and prev > tps[i].value and (nxt is None or tps[i].value > nxt):
            return False
        if not falling and prev < tps[i].value and (nxt is None or tps[i].value < nxt):
            return False
    return True


def restated_list(s: Settled, r: Reading, low: str, norm: str) -> None:
    """Read a list of targets given twice once (the fuller), or refuse two lists that disagree."""
    tps = s.tps
    if _ordered([n.value for n in tps]):
        return
    for k in range(1, len(tps) - 1):
        a, b = tps[:k], tps[k:]
        if not _fresh_list(r, low, a[-1], b[0]):
            continue
        first, second = [n.value for n in a], [n.value for n in b]
        if not _ordered(second) or (k > 1 and not _ordered(first)):
            continue
        if k == 1 and not _one_list(r, a[-1], b):
            continue  # "🎯 10.835 / 🎯 10.8350 / 🎯 10.363": a label a line, one list
        if first[: len(second)] == second[: len(first)]:
            s.tps = b if len(second) > len(first) else a
            return
        if k == 1 or (first[1] < first[0]) != (second[1] < second[0]):
            continue  # (one target, then a list: "Short-term target: 5.00 / Targets: 5.20 5.40")
        if max(first[0], second[0]) > _NEAR * min(first[0], second[0]):
            continue  # (levels of another kind or coin, weighed by the other checks)
        s.review.append(
            f"two target lists disagree ({', '.join(norm[n.start : n.end] for n in a)} and"
            f" {', '.join(norm[n.start : n.end] for n in b)}): which is meant is a guess"
        )
        s.unread.append((b[0].start, b[-1].end))
        return


def _one_list(r: Reading, last: Num, b: list[Num]) -> bool:
    """Whether the targets b after one target (last) are a list of their own: under one label
    ("Targets: 5.00 - 5.20 - 5.40"), or numbered from 1 ("TP1: 5.00 / TP2: 5.20")."""
    if not any(kind in _TARGET_KINDS and b[0].end <= at < b[-1].start for kind, at, _ in r.labels):
        return True
    return any(
        kind in _TARGET_KINDS and last.end <= at <= b[0].start and index == 1
        for kind, at, index in r.indexed
    )


def _fresh_list(r: Reading, low: str, last: Num, first: Num) -> bool:
    """Whether a target label opens a list again between two targets on different lines: an
    unnumbered one, or target 1 ("TP2: 5.00" under "TP1: 5.00" carries the list on), and no
    entry label comes before it (a second plan, the whole call again, is weighed elsewhere)."""
    if "\n" not in low[last.end : first.start]:
        return False
    if any(kind in _ENTRY_KINDS and last.end <= at < first.start for kind, at, _ in r.labels):
        return False  # "⚡ Second plan / BUY @ 10.57 / TP1 ...": the call listed again, weighed
    if any(
        kind in _TARGET_KINDS and last.end <= at < first.start and index != 1
        for kind, at, index in r.indexed
    ):
        return False
    return any(kind in _TARGET_KINDS and last.end <= at < first.start for kind, at, _ in r.labels)
