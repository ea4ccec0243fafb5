"""Targets marked on the lines of a post that reads as levels: the first ones ticked or marked
hit, the later ones bare or marked still to come ("✅ Target 1: 0.365 / ⏳ Target 3: 0.405",
"Target 1: 0.22 🎯 / Target 2: 0.25"): a report re-posting an earlier signal, never a new trade.
(Split out of parsers/reports.py in session 31, branch i13-status33; reports.reports_status and
parsers/signal_parser.py ask these.)"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.numbers import Num

# A note may have words: "| +14.4% | بيع 25%"; a currency sign after the price: "15$++".
BARE_TAIL: Final = re.compile(r"[\s\w.,%()+/|:$-]*")


def target_tail(low: str, tps: list[Num], i: int) -> str:
    """What follows the i-th target on its line, up to the next target on that line."""
    n = tps[i]
    end = low.find("\n", n.end)
    end = len(low) if end < 0 else end
    if i + 1 < len(tps) and tps[i + 1].start < end:
        end = tps[i + 1].start
    return low[n.end : end]


def marked_then_bare(marked: list[bool], bare: list[bool]) -> bool:
    """A bare target follows the marked ones, and none after it is marked."""
    first_bare = next((i for i, b in enumerate(bare) if b), len(bare))
    return first_bare < len(bare) and not any(marked[first_bare:])


# "✅ Target 1: 0.365 / ✅ Target 2: 0.385 / ⏳ Target 3: 0.405": the first targets ticked off
# before their levels, a later one marked pending (an hourglass, a clock): a status post re-posting
# the signal (a new signal's bullets are one mark for all; i13-hits20).
_PENDING: Final = ("⏳", "⌛", "🕐", "🔜", "❌", "✖")  # (crossed out: not reached; i13-status31)
_PENDING_GATE: Final = gate(_PENDING)
_TARGET_MARK_GATE: Final = gate(("🎯",))
_MARKED_TARGET: Final = re.compile(
    r"[^\w\n]*?([✅✔☑⏳⌛🕐🔜❌✖])[^\w\n]*(?:target|tp|take[\s-]?profit)(?![a-z])"
)


_PICTOGRAPH: Final = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff]")
_STATES: Final = re.compile(r"m+p[pb]*")


def _marked_then_pending(low: str, tps: list[Num]) -> bool:
    """Each target's tail marked (an emoji, "m"), marked still to come ("p") or bare ("b"): the
    first ones marked, then one to come, none marked after it."""
    states = []
    for i in range(len(tps)):
        tail = target_tail(low, tps, i)
        if any(p in tail for p in _PENDING[:4]) or (tail.strip() and not tail.strip(" ❌✖\ufe0f")):
            states.append("p")  # (waiting, or crossed out and nothing after: not the stop's ❌)
        elif _PICTOGRAPH.search(tail):
            states.append("m")
        elif BARE_TAIL.fullmatch(tail):
            states.append("b")
        else:
            return False
    return _STATES.fullmatch("".join(states)) is not None


def ticked_then_pending(low: str) -> bool:
    if not any(p in low for p in _PENDING):
        return False
    ticked = False
    for line in low.split("\n"):
        m = _MARKED_TARGET.match(line)
        if m is None:
            continue
        if m.group(1) in _PENDING:
            return ticked
        ticked = True
    return False


def targets_marked_hit(low: str, tps: list[Num]) -> bool:
    """The first targets marked hit by a target emoji after the value ("Target 1: 0.22 🎯 /
    Target 2: 0.25"), the later ones bare: the hit mark of "#AST hit 661🎯", a report on an
    earlier signal as a tick is (every target so decorated is a new post's styling). Or the
    first targets marked by any emoji and the next ones marked still to come ("TP1: 3000 🔥 /
    TP2: 3100 🔥 / TP3: 3200 ⏳": i13-upd24)."""
    if holds(low, _PENDING_GATE) and _marked_then_pending(low, tps):
        return True
    if not holds(low, _TARGET_MARK_GATE):
        return False
    marked = [False] * len(tps)
    bare = [False] * len(tps)
    for i in range(len(tps)):
        tail = target_tail(low, tps, i)
        marked[i] = "🎯" in tail
        bare[i] = BARE_TAIL.fullmatch(tail) is not None
    if not marked[0]:
        return False
    return marked_then_bare(marked, bare)
