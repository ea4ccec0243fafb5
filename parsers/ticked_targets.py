"""The targets ticked off after their prices and the stop not: a report of targets hit that
quotes the signal ("Entry: 0.53 / TP1 0.56 ✅ / TP2 0.58 ✅ / SL 0.50", "TP1: 0.56 ☑️ / TP2:
0.58 / SL 0.50"), never a new trade.

A channel that styles its new posts with ticks ticks every line, the stop's too (or heads each
line with one: parsers/reports.py's "every target decorated is styling" is about marks like 🎯
and 🚀 and those bullets). A tick after each target's price alone, the stop's line bare, says
the targets were reached: the trade is over, and following it again opens one at old levels.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num

_TICKS: Final = ("✅", "☑", "✔")
# A target's line with no mark after its price (the later targets of a report): "🎯", "🚀" after
# them make every target decorated, a new post's styling ("TP1: 43k ✅ / TP2: 44k 🎯 / TP3 🚀").
# (A mark of a target still to come or not reached is no styling: "TP3 3200 ⏳", "🔜", a clock,
# "🔄", "❌" under "TP2 3100 ✅"; i13-upd24.)
_BARE: Final = re.compile(r"[\s\w.,%()+/|:$⏳⌛🔜🔄❌✖\U0001f550-\U0001f567\ufe0f-]*")
# What decorates a ticked target's line besides its tick ("TP1: 3000 🎯✅"): when every later
# target carries the same mark ("TP3: 3200 🎯"), the tick alone tells them apart (i13-upd24).
_NOT_MARK: Final = re.compile(r"[\s\w.,%()+/|:$✅☑✔\ufe0f-]+")


def _ticked(text: str) -> bool:
    return any(t in text for t in _TICKS)


def _after(low: str, n: Num, until: int) -> str:
    end = low.find("\n", n.end)
    return low[n.end : min(until, len(low) if end < 0 else end)]


def targets_ticked_off(low: str, tps: list[Num], stop: Num | None, entries: list[Num]) -> bool:
    """Whether the targets are ticked off in order, a tick after the price (before the next
    target on its line) of the first, of each up to some one and of none after, while the
    stop's line (or, with no stop, each entry's) has none after its price."""
    if not tps or not _ticked(low):
        return False
    ticks = []
    mark = ""  # the first ticked target's other mark
    for i, n in enumerate(tps):
        until = tps[i + 1].start if i + 1 < len(tps) and tps[i + 1].start > n.end else len(low)
        tail = _after(low, n, until)
        ticks.append(_ticked(tail))
        if ticks[-1] and i == 0:
            mark = _NOT_MARK.sub("", tail)
        if not ticks[-1] and _BARE.fullmatch(tail) is None:
            if not mark or _NOT_MARK.sub("", tail) != mark:
                return False
    if not ticks[0] or any(ticks[ticks.index(False) :] if False in ticks else ()):
        return False
    if stop is not None:
        return not _ticked(_after(low, stop, len(low)))
    return bool(entries) and not any(_ticked(_after(low, n, len(low))) for n in entries)
