"""Targets ticked off by a run of ticks after the last of them on their line ("Sell: 0.56 | 0.60
| 0.65 ✅✅", "Targets: 2.1 - 2.3 - 2.6 ✅"), and targets listed bare under the entry's line with
the first ones ticked ("SELL: 67,200 - 67,800 / 66,500✅ / 65,900✅ / 64,300 / STOP: ..."): a call
posted again as a report of the targets reached (CONVENTIONS: "An edited call whose targets carry
✅ is a TP-hit post"), never a new trade (session 31, branch i13-status33: the first was read as a
tradable signal beside its target hit, the second as nothing).

A fresh call ticks each line alike (its stop's too) or heads its lines with a tick; a run of
ticks standing after a line of targets, the stop's line bare, is the channel's count of targets
reached: the run's length is the last one reached, when it counts no more targets than the line
holds. parsers/reports.py refuses the card as a signal (`ticked_run`); parsers/update_targets.py
reads the target's number (`run_index`, `listed_ticked`).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num

_TICK: Final = "✅✔☑"
# After the last target: the run of ticks, then nothing but marks (no word, no number).
_RUN: Final = re.compile(r"[^\S\n]*((?:[✅✔☑]\ufe0f?[^\S\n]?){1,20})[^\w\n✅✔☑]*")
# A line of a call's levels with the run after them: its numbers (not a label's glued index:
# "TP1", nor one ending in a colon or a parenthesis: "Target 1:", "1)").
_RUN_LINE: Final = re.compile(
    r"(?m)^([^\n✅✔☑]*[0-9][^\n✅✔☑]*?)((?:[✅✔☑]\ufe0f?[^\S\n]?){1,20})[^\w\n✅✔☑]*$"
)
_PRICE: Final = re.compile(r"(?<![\w.,])[0-9]+(?:[.,][0-9]+)*(?![\w.,:)]|[.,][0-9])")
# The targets' label opening the line, or the line before it ("Targets:" over the list).
_TARGET_LABEL: Final = re.compile(
    r"[^\w\n]*(?:targets?|tps?|take[\s-]?profits?(?:\stargets?)?|sell|profit\stargets?)(?![a-z])"
)


def _line_end(low: str, at: int) -> int:
    end = low.find("\n", at)
    return len(low) if end < 0 else end


def _ticked(low: str, start: int, end: int) -> bool:
    return any(t in low[start:end] for t in _TICK)


def ticked_run(low: str, tps: list[Num], stop: Num | None, entries: list[Num]) -> bool:
    """Two or more targets on a line and a run of ticks after the last, with no tick between
    them, and none after the stop's price nor any entry's on their lines."""
    if not tps or not any(t in low for t in _TICK):
        return False
    for i, n in enumerate(tps):
        end = _line_end(low, n.end)
        on_line = [m for m in tps if m.start >= low.rfind("\n", 0, n.start) + 1 and m.end <= end]
        if (
            len(on_line) < 2
            or on_line[-1].start != n.start
            or i + 1 < len(tps)
            and tps[i + 1].end <= end
        ):
            continue
        if _RUN.fullmatch(low, n.end, end) is None or _ticked(low, on_line[0].start, n.end):
            continue
        levels = [stop] if stop is not None else []
        levels += entries
        return not any(_ticked(low, m.end, _line_end(low, m.end)) for m in levels)
    return False


def run_index(low: str) -> int:
    """The target a run of ticks after a line of targets reports: the run's length, when the line
    holds at least as many prices ("Sell: 0.56 | 0.60 | 0.65 ✅✅": the second); else 0."""
    for m in _RUN_LINE.finditer(low):
        before = low.rfind("\n", 0, max(0, m.start() - 1)) + 1
        if _TARGET_LABEL.match(m.group(1)) is None and (
            m.start() == 0
            or any(c.isalpha() for c in m.group(1))
            or _TARGET_LABEL.match(low, before, m.start()) is None
        ):
            continue
        prices = len(_PRICE.findall(m.group(1)))
        run = sum(m.group(2).count(t) for t in _TICK)
        if prices >= 2 and run <= prices:
            return run
    return 0


# The entry's line of a call whose targets follow it bare, one a line ("SELL: 67,200 - 67,800"
# in a short, "BUY: 2,450 - 2,500", "Entry: 0.51"), and those lines: a price, its tick at most.
_ENTRY_LINE: Final = re.compile(
    r"[^\w\n]*(?:sell|buy|entry|entries|enter|short|long)(?:\s(?:zone|price|at))?\s?[:：@-]?\s?"
    r"\$?[0-9][0-9.,]*\$?(?:\s?[-–/]\s?\$?[0-9][0-9.,]*\$?){0,5}[^\w\n]*"
)
_LISTED: Final = re.compile(r"[^\w\n]*\$?[0-9][0-9.,]*\$?[^\S\n]*((?:[✅✔☑]\ufe0f?[^\S\n]?){0,3})")
_MOST_LISTED: Final = 12


def listed_ticked(low: str) -> int:
    """How many prices listed bare under the entry's line, one a line, are ticked from the first
    ("SELL: 67,200 - 67,800 / 66,500✅ / 65,900✅ / 64,300": 2), none ticked after the first
    bare one, two listed at least; 0 otherwise."""
    if not any(t in low for t in _TICK):
        return 0
    lines = low.split("\n")
    for i, line in enumerate(lines):
        if _ENTRY_LINE.fullmatch(line) is None:
            continue
        marks = []
        for below in lines[i + 1 : i + 1 + _MOST_LISTED]:
            if not below.strip():
                continue
            listed = _LISTED.fullmatch(below)
            if listed is None:
                break
            marks.append(bool(listed.group(1)))
        ticked = marks.index(False) if False in marks else len(marks)
        if len(marks) >= 2 and ticked and not any(marks[ticked:]):
            return ticked
    return 0
