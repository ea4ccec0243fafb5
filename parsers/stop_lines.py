"""A stop hit told in a few short lines and nothing else: the coin, the stop's word with its
marks, the loss signed ("#ABC/USDT / Stop 🛑 / -4.5%", "#ABCUSDT / Stop ❌ / Loss -4.5%", "-5%
stop"). Each line alone says little (a coin, a stop's label, a percentage); together, with no
level and no other word, they report the stop reached (session 30, branch i13-status32: such
posts were read as nothing). parsers/stop_hits.py asks `stop_lines` when no phrase matched.

Never a signal's stop: a line with a colon or an equals sign after the stop's word ("SL:",
"Stop loss: -5%") is a label, and a post with any other line (an entry, a target, a sentence) is
not this report.
"""

from __future__ import annotations

import re
from typing import Final

_COIN_LINE: Final = re.compile(
    r"[^\w\n]*(?:[#$][a-z0-9]{2,15}(?:\s?/\s?usdt)?|[a-z0-9]{2,12}\s?/\s?usdt|[a-z0-9]{2,12}usdt)"
    r"(?:\s(?:long|short))?[^\w\n]*"
)
_STOP_WORD: Final = re.compile(r"(?<![a-z])(?:sl|stop(?:[\s-]?loss)?|stoploss|stopped(?:\sout)?)")
_STOP: Final = (
    r"(?:sl|stop(?:[\s-]?loss)?|stoploss|stopped(?:\sout)?)(?:\s(?:hit|reached|triggered))?"
)
_LOSS: Final = (
    r"(?:(?:loss|pnl)\s?:?\s?[-−]?|[-−])\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%"
    r"(?:\s?\(?(?:x\s?[0-9]{1,3}|[0-9]{1,3}\s?x)\)?)?"
)
_STOP_LINE: Final = re.compile(r"[^\w\n:=]*" + _STOP + r"[^\w\n:=]*")
_LOSS_LINE: Final = re.compile(r"[^\w\n]*" + _LOSS + r"[^\w\n]*")
# "-5% stop", "-4.5% SL ❌": the loss, then the stop's word, on one line.
_LOSS_STOP_LINE: Final = re.compile(
    r"[^\w\n]*[-−]\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%\s" + _STOP + r"[^\w\n:=]*"
)
# "STOP -9%" under the coin's line ("[trader #c] Signal ID: #c9 / #SOL LONG / STOP -9%"): the
# stop's word and its loss on one line, a report when the coin's line is there (alone, "SL -5%"
# is a call's stop as a percentage; i13-status33). Not "sl": a call's stop label.
_STOP_LOSS_LINE: Final = re.compile(
    r"[^\w\n]*(?:stop(?:[\s-]?loss)?|stoploss|stopped(?:\sout)?)(?:\s(?:hit|reached|triggered))?"
    r"[^\w\n:=]{0,3}[-−]\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%[^\w\n:=]*"
)
# A relay's heading over the coin's line: the author's tag, the signal's number ("[trader #c]
# Signal ID: #c9", "Signal ID: #1997"; dev dk-trader-d-014).
_HEADING_LINE: Final = re.compile(
    r"[^\w\n]*(?:\[[^\]\n]{1,30}\]\s?)?(?:signal\s?id\s?:?\s?#?[a-z0-9]{1,10})?[^\w\n]*"
)
# On the stop's line: a mark (an emoji, a cross, a stop sign) or the hit's verb ("SL hit").
_TOLD: Final = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff]|\s(?:hit|reached|triggered)")
_MOST_LINES: Final = 5
_LONGEST: Final = 120


def stop_lines(low: str) -> re.Match[str] | None:
    """The stop's word of a post made only of a stop line and a loss line (a coin's line
    beside them at most), else None."""
    if len(low) > _LONGEST or "%" not in low:
        return None
    stop_at = -1
    coins = losses = 0
    start = 0
    lines = 0
    told = False  # a mark or a verb of the hit, or the word "loss": a report, not a plan
    joined = False  # the stop's word and its loss on one line, "STOP -9%"
    for line in low.split("\n"):
        at, start = start, start + len(line) + 1
        if not line.strip():
            continue
        lines += 1
        if lines > _MOST_LINES:
            return None
        if _LOSS_STOP_LINE.fullmatch(line) and stop_at < 0:
            stop_at, losses, told = at, losses + 1, True
        elif _STOP_LINE.fullmatch(line) and stop_at < 0:
            stop_at = at
            told = told or _TOLD.search(line) is not None
        elif _LOSS_LINE.fullmatch(line):
            losses += 1
            told = told or "loss" in line or "pnl" in line
        elif _STOP_LOSS_LINE.fullmatch(line) and stop_at < 0:
            stop_at, losses, joined = at, losses + 1, True
        elif _COIN_LINE.fullmatch(line) and not coins:
            coins += 1
        elif not coins and not stop_at >= 0 and _HEADING_LINE.fullmatch(line):
            continue
        else:
            return None
    if joined and coins:
        told = True  # (the coin's line, then "STOP -9%": the stop reached and its loss)
    if stop_at < 0 or losses != 1 or not told:
        return None
    return _STOP_WORD.search(low, stop_at)
