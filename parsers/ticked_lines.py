"""Targets ticked off on their own lines, whatever stands between the label and the tick.

A call posted again with its first targets ticked reports the last one ticked ("TP1 = 0.25 ✅",
"Target 1 @ 145 ✔️", "TP2: 150 (+12%) ✅", "TP1 - 145 - 25% ✅": a separator, a currency or
the share and gain notes between the target's label and its tick; "✅ TP1 145 / ✅ TP2 150 /
TP3 155": the tick heading the line, the later targets with none). parsers/update_targets.py
reads the target's number with these; parsers/reports.py refuses such a card as a new signal.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.line_led import LineLed

_TICKS: Final = ("✅", "✔", "☑")
# A target's label at the head of its line, after a tick or none ("✅ TP1 145", "☑️ Target 2:",
# "TP3 155"); the tick before it is a report's or a bullet's, the lines around tell which.
_LABEL_LINE: Final = LineLed(
    r"(?m)^[^\S\n]*(?P<mark>[^\w\n]*?)[^\S\n]*(?:tp|take[\s-]?profit|target)[^\S\n]?[-#]?[^\S\n]?"
    r"[0-9]{1,2}(?![0-9.,])"
)


def tick_on_line(low: str, start: int, until: int) -> bool:
    """A tick on the line after start, before until (the next target's label) or the line's
    end: "= 0.25 ✅", "@ 145 ✔️", ": 150 (+12%) ✅" after the label of a target."""
    end = low.find("\n", start)
    end = len(low) if end < 0 else end
    segment = low[start : min(end, until)]
    return any(t in segment for t in _TICKS)


def _mark_ticks(mark: str) -> bool:
    return any(t in mark for t in _TICKS)


def led_ticked(low: str) -> int:
    """How many target lines, in order from the first, open with a tick ("✅ TP1 145 / ✅ TP2 150
    / TP3 155 / TP4 160": 2), when the later ones open with no mark at all; 0 otherwise (every
    line ticked is a new call's bullets, and a later tick after a bare line is no run)."""
    marks = [m.group("mark") for m in _LABEL_LINE.finditer(low)]
    if len(marks) < 2:
        return 0
    led = 0
    while led < len(marks) and _mark_ticks(marks[led]):
        led += 1
    if led == 0 or led == len(marks):
        return 0
    return led if all(not m.strip() for m in marks[led:]) else 0


_OPENS_TICKED: Final = re.compile(r"[^\w\n]*?[✅✔☑]")


def opens_ticked(low: str, start: int) -> bool:
    """The line holding start opens with a tick, before any word ("✅ Entry: 140", "✅ SL 135")."""
    return _OPENS_TICKED.match(low, low.rfind("\n", 0, start) + 1, start) is not None
