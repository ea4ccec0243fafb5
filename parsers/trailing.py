"""A signal's own trailing stop and break-even, read before its levels.

Wordings (channels' posts, and Cornix's signal format): "trailing stop 2% after TP1", "trail SL
1.5%", "use trailing stop 1.5% once TP1 is hit", "move SL to entry after TP2", "SL to breakeven
after TP1", "breakeven after 2 target", and Cornix's "Trailing Configuration: Stop: Breakeven -
Trigger: Target (2)". A vague "(use trailing SL when in profit)" gives no distance: nothing read.
Cornix's block also trails its entries and targets by a percentage ("Entry: Percentage (0.5%)",
"Take-Profit: Percentage (0.5%)" under "Trailing Configuration:", as its signal format sets it
out): a setting of the copier, no level; blanked, not kept (sigcopy trades the entries and targets
as written, never trailed).

What is read here is blanked out of the text the levels are read from (like the leverage): a
trailing percent is not a price, and "after TP1" is not a target, so neither can become an
entry, a target or a stop, and the check that every price is a number of the message holds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from parsers.gate_words import gate, holds
from parsers.lead_first import lead_first
from parsers.led_search import led_finditer
from parsers.spans import Span

if TYPE_CHECKING:
    from parsers.models import ParsedSignal

_NUM = r"(\d+(?:\.\d+)?)"
# When it starts: after TP n / target n, at entry, or after a profit percent.
_WHEN = (
    r"(?:\s*,?\s*(?:after|once|when|from|at|on)\s+(?:the\s+)?"
    r"(?:(?:tp|target|take[\s-]*profit)\s*(\d)|(entry)|" + _NUM + r"\s*%\s*(?:profit|gain)?)"
    r"(?:\s+(?:is\s+|gets\s+)?(?:hit|reached|done|filled|achieved))?)?"
)
_TRAIL: Final = re.compile(
    r"\b(?:use\s+(?:a\s+)?)?trail(?:ing)?[\s-]*(?:stop[\s-]*loss|stop|sl)?"
    r"\s*(?:[:=]|of|at|by)?\s*" + _NUM + r"\s*%" + _WHEN
)
_BE = r"(?:entry(?:\s+price)?|break[\s-]*even|be|bep)"
_MOVE_VERB = r"(?:move|adjust|set|shift|put|raise|bring)"
# ("Adjust SL to entry after T1": T1 is target 1.)
_MOVE_BE: Final = re.compile(
    r"\b(?:"
    + _MOVE_VERB
    + r"\s+(?:the\s+|your\s+)?)?(?:sl|stop[\s-]*loss|stop)\s+(?:to|at)\s+"
    + _BE
    + r"\s+(?:after|once|when|on)\s+(?:the\s+)?(?:tp|target|t)\s*(\d)"
    r"(?:\s+(?:is\s+)?(?:hit|reached|done|filled))?"
)
# "Once the price hits TP1 (0.2270), you must immediately move your Stop Loss down to your Entry
# Price": the trigger first. The entry's price may follow in brackets, said again or roughly
# ("to your Entry Price (≈0.02515)": the zone's middle, i13-lvl21): it is blanked with the move,
# a note on the entry, never one more level.
_BE_ONCE: Final = re.compile(
    r"\b(?:once|after|when|if)\s+(?:the\s+)?(?:price\s+)?(?:hits|reaches|touches|hit|reached)\s+"
    r"(?:tp|target|t)\s*(\d)[^\n]{0,60}?\b" + _MOVE_VERB + r"\s+(?:the\s+|your\s+)?"
    r"(?:sl|stop[\s-]*loss|stop)\b[^\n]{0,20}?\s(?:to|at)\s+(?:the\s+|your\s+)?"
    + _BE
    + r"(?:\s?\((?:≈|~|approx\.?\s)?\s?\$?[0-9][0-9.,]*\))?"
)
_BE_AFTER: Final = re.compile(
    r"\bbreak[\s-]*even\s+(?:after|once|on)\s+(?:(?:tp|target)\s*(\d)|(\d)\s*(?:st|nd|rd|th)?"
    r"\s*(?:tp|targets?))"
)
_CORNIX_BE: Final = re.compile(r"\bstop:\s*breakeven\s*-?\s*trigger:\s*target\s*\((\d)\)")
# Where each of the four can begin: a word of its own after a word boundary (each opens with
# "\b", then its words; re would enter it at every character: parsers/led_search.py).
_MOVE_BE_STARTS: Final = (
    re.compile(lead_first(r"(?<!\w)(?:move|adjust|set|shift|put|raise|bring|sl|stop)")),
)
_BE_ONCE_STARTS: Final = (re.compile(lead_first(r"(?<!\w)(?:once|after|when|if)")),)
_BE_AFTER_STARTS: Final = (re.compile(lead_first(r"(?<!\w)break")),)
_CORNIX_BE_STARTS: Final = (re.compile(lead_first(r"(?<!\w)stop:")),)
# Cornix's trailing configuration block: its heading, then the lines of its three settings (a
# stop's trigger may break onto a line of its own). The entry's and the targets' trailing are a
# percentage in that one form; anything else under the heading is read as ever.
_CORNIX_BLOCK: Final = re.compile(r"^[ \t]*trailing[ \t]configuration:[ \t]*\n", re.M)
_CORNIX_LINE: Final = re.compile(r"[ \t]*(?:entry|take-profit|stop|trigger):[^\n]*(?:\n|$)")
_CORNIX_PCT: Final = re.compile(
    r"[ \t]*(?:entry|take-profit):[ \t]*percentage[ \t]?\([0-9]{1,2}(?:\.[0-9]{1,3})?%\)[ \t]*"
)


class TrailingOrders:
    """What a post says of its own trailing stop and break-even, and where it says it.

    (A plain class, compiled: one is built for every message read, and a dataclass's generated
    __init__ runs interpreted.)"""

    __slots__ = ("trailing_pct", "trailing_activation", "break_even_after_tp", "spans")

    def __init__(self) -> None:
        self.trailing_pct: float | None = None  # a fraction: 0.02 for "2%"
        # "entry", "tp1", "1.5%" (TRAILING_ACTIVATION's form)
        self.trailing_activation: str | None = None
        self.break_even_after_tp: int | None = None
        self.spans: list[Span] = []


# Each wording's words, found in the post's one pass (parsers/gate_words.py).
_CORNIX_GATE: Final = gate(("percentage (",))
_TRAIL_GATE: Final = gate(("trail",))
_BREAK_GATE: Final = gate(("break",))
_WHEN_GATE: Final = gate(("after", "once", "when", " on", "\non"))
# What every move of the stop to break-even holds, _MOVE_BE's "sl to entry" and _BE_ONCE's "move
# your Stop Loss down to your Entry": a blank, "to" or "at", blanks (the, your) and the entry's or
# break-even's word. One search of the post where the two searched from each "sl", "stop", "set",
# "if", "when" ... (a blank before the "to": its \s+, or _BE_ONCE's \s.)
_TO_BREAK_EVEN: Final = re.compile(r"\s(?:to|at)\s+(?:the\s+|your\s+)?(?:entry|break|be)")


def read_trailing(low: str) -> TrailingOrders:
    """The trailing stop and break-even a (lowercased, normalised) post asks for."""
    out = TrailingOrders()
    if holds(low, _CORNIX_GATE):
        _cornix_percentages(low, out)
    # Each wording needs one of these words; most posts have none, so look first.
    trail = holds(low, _TRAIL_GATE)
    be = holds(low, _BREAK_GATE)
    when = holds(low, _WHEN_GATE)
    if not (trail or be or when):
        return out
    m = _TRAIL.search(low) if trail else None
    if m is not None:
        pct = float(m.group(1))
        if 0 < pct < 100:
            out.trailing_pct = round(pct / 100, 6)
            tp, entry, profit = m.group(2), m.group(3), m.group(4)
            if tp and int(tp) >= 1:
                out.trailing_activation = f"tp{int(tp)}"
            elif entry:
                out.trailing_activation = "entry"
            elif profit:
                out.trailing_activation = f"{profit}%"
            out.spans.append(m.span())
    moved = when and _TO_BREAK_EVEN.search(low) is not None
    for rx, starts, needed in (
        (_MOVE_BE, _MOVE_BE_STARTS, moved),
        (_BE_ONCE, _BE_ONCE_STARTS, moved),
        (_BE_AFTER, _BE_AFTER_STARTS, be),
        (_CORNIX_BE, _CORNIX_BE_STARTS, be),
    ):
        if not needed:
            continue
        for b in led_finditer(rx, starts, low):
            if any(a < b.end() and b.start() < z for a, z in out.spans):
                continue  # "SL to breakeven after TP1" holds "breakeven after TP1"
            n = int(next(g for g in b.groups() if g))
            if n >= 1 and out.break_even_after_tp is None:
                out.break_even_after_tp = n
            out.spans.append(b.span())
    return out


def _cornix_percentages(low: str, out: TrailingOrders) -> None:
    """The "Entry: Percentage (0.5%)" and "Take-Profit: Percentage (0.5%)" lines of a Cornix
    trailing configuration block, blanked (never outside that block: there "Entry: Percentage
    (0.5%)" is an entry label giving a percentage, which the cross-check refuses)."""
    for head in _CORNIX_BLOCK.finditer(low):
        at = head.end()
        while (line := _CORNIX_LINE.match(low, at)) is not None:
            if (pct := _CORNIX_PCT.match(low, at)) is not None and pct.end() == line.end() - (
                1 if low[line.end() - 1 : line.end()] == "\n" else 0
            ):
                out.spans.append((at, pct.end()))
            at = line.end()


def with_trailing(sig: ParsedSignal, t: TrailingOrders) -> ParsedSignal:
    """The parsed signal carrying what its post said of trailing and break-even."""
    sig.trailing_stop_pct = t.trailing_pct
    sig.trailing_activation = t.trailing_activation if t.trailing_pct is not None else None
    sig.break_even_after_tp = t.break_even_after_tp
    if t.spans:
        sig.norm_spans["trailing"] = sorted(t.spans)
    return sig
