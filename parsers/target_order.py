"""Targets listed on one line from the far end: the list read in the trade's order.

Cornix's signal format (help.cornix.io, "Signal Posting"): "Multiple prices can be used in one
line. They will be sorted automatically based on the trade/signal direction, eg. Buy 100 300 200
400." Its simple template lists a short's targets from the lowest up ("enter 2.5600 2.4450 /
stop 2.6400 / targets 2.0300 2.3400"), where the cross-check wants them from the nearest on.

Exactly that list is read in the trade's order: in a post that names no side (Cornix's free text
needs none: "Cornix will do this automatically based on the prices", and so does the parser, from
the stop against the entries), one unnumbered target label, its prices on its own line and
nothing else there (no index, no share, no second label), every one of them past every entry on
the profitable side, and the whole list running exactly the wrong way (each one further out than
the next). Any other order is left as it was read, and the consistency check refuses it: a post
that says SHORT and lists "TP 0.42 / 0.44" (tests/fixtures/signals/invalid.json), "TP1 2.03 /
TP2 2.34" (numbered: the channel put 2.03 first), "2.1 2.3 2.0" (no order at all), a target on
the wrong side of an entry.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.reading import Reading, Settled

_DIGIT: Final = re.compile(r"[0-9]")
# Two prices joined as a range ("2960-2970", "0.90 ~ 1.00", "1.5 to 1.6"): a zone, not a list.
_ZONE: Final = re.compile(r"\s*(?:[-\u2013\u2014~]|to)\s*")


def in_trade_order(s: Settled, side: str, r: Reading, low: str, named: bool) -> None:
    """Reverse s.tps when they are one unnumbered list written from the far end (the caller
    calls it when the levels' side is the post's side; named: a side word says it too)."""
    tps = s.tps
    if len(tps) < 2:
        return
    if named and len(tps) == 2 and _ZONE.fullmatch(low, tps[0].end, tps[1].start):
        return  # "目標 2960-2970" of a short: one zone or two targets, the post does not say
    long = side == "LONG"
    values = [n.value for n in tps]
    pairs = list(zip(values, values[1:], strict=False))
    if not all((b < a) if long else (b > a) for a, b in pairs):
        return  # in the trade's order already, or in no order
    line_start = low.rfind("\n", 0, tps[0].start) + 1
    if "\n" in low[tps[0].start : tps[-1].end]:
        return
    labels = [lab for lab in r.labels if lab[0] in ("tp", "tpglued")]
    if len(labels) != 1 or not line_start <= labels[0][1] < tps[0].start:
        return
    kind, start, end = labels[0]
    line_end = low.find("\n", tps[-1].end)
    line_end = len(low) if line_end < 0 else line_end
    rest = low[end:line_end]
    for n in reversed(tps):
        a, b = n.start - end, n.end - end
        rest = rest[:a] + " " * (b - a) + rest[b:]
    if kind != "tp" or _DIGIT.search(low, start, end) or _DIGIT.search(rest):
        return  # "TP1 ...", an index, a share or another number beside the prices
    if s.entries:
        edge = max(n.value for n in s.entries) if long else min(n.value for n in s.entries)
        if any((v <= edge) if long else (v >= edge) for v in values):
            return
    if s.sl is not None and any((v <= s.sl.value) if long else (v >= s.sl.value) for v in values):
        return
    s.tps = list(reversed(tps))
