"""A price label whose own line gives only a percentage, its price on the line under it:
"TP1: +5%\\n0.245", "Entry (50%):\\n0.2550", "Take-Profit 1 — 5%\\n$0.245" (session 23, i13-sig24).

The percentage is the distance to the level or the share to put or take there, a note; the one
price on the line right under the label is the label's. The label heads a list (lines.py reads
that line under it, as under "Targets:"), and the percentage is no review reason when exactly
that one price was read there for the label's field, alone on its line. Anything else stays a
percentage where a price belongs (needs review): no price under it, two lines of prices under
one label ("TP1: +5%\\n0.245\\n0.231": target 1 at which?), words or other numbers on the price's
line, a stop ("SL: 5%\\n0.24": a stop told as a percentage is never traded from a guess).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num
from parsers.reading import Settled, Span

# The label's value: its index ("Entry 1: 50%"), one percentage, in parentheses, an arrow or a
# colon after it; a target's may be signed (its distance: "TP1: +5%"), an entry's not ("Entry:
# -2%" is an entry told as a distance from the market price: which price is the one under it?).
_INDEX: Final = r"(?:[ \t:=]|[—–-](?![0-9]))*(?:[0-9]{1,2}[ \t]?(?:[:.)]|[—–-](?![0-9]))[ \t]*)?"
_SHARE: Final = r"\(?[ \t]?[0-9]{1,3}(?:[.,][0-9]{1,2})?[ \t]?%[ \t]?\)?[ \t:↓↑⬇⬆\ufe0f📉📈]*"
_PERCENT_ALONE: Final = re.compile(_INDEX + _SHARE)
_SIGNED_ALONE: Final = re.compile(_INDEX + r"(?:\(?[ \t]?[+\-−–][ \t]?)?" + _SHARE)
# The line under it: one price, a dollar sign, a bullet or an arrow around it, nothing else.
_PRICE_ALONE: Final = re.compile(
    r"[ \t•·▪➖➡→>-]*\$?[ \t]?([0-9][0-9.,]*[0-9]|[0-9])[ \t]?\$?[ \t]*(?:usdt?)?[ \t]*"
)
HEAD_KINDS: Final = ("entry", "tp")


def percent_alone(value: str, kind: str) -> bool:
    """Whether a label's value on its line is one percentage and nothing else."""
    if "%" not in value or kind not in HEAD_KINDS:
        return False
    return (_SIGNED_ALONE if kind == "tp" else _PERCENT_ALONE).fullmatch(value) is not None


def price_alone_under(low: str, value_end: int) -> re.Match[str] | None:
    """The match of one price alone on the line right under a label's value (its own line
    ending blank after value_end), or None (step_entries.step_under reads its steps by it too)."""
    eol = low.find("\n", value_end)
    if eol < 0 or low[value_end:eol].strip():
        return None
    start = eol + 1
    end = low.find("\n", start)
    return _PRICE_ALONE.fullmatch(low, start, len(low) if end < 0 else end)


def price_under(low: str, kind: str, span: Span, s: Settled) -> bool:
    """Whether the percentage at span (a label's whole value, its line's end) has the one price
    of the label's field on the line right under it, alone, and no more bare lines after it."""
    if not percent_alone(low[span[0] : span[1]], kind):
        return False
    m = price_alone_under(low, span[1])
    if m is None:
        return False
    start, end = m.span()
    field: list[Num] = s.tps if kind == "tp" else s.entries
    under = [n for n in field if start <= n.start < end]
    if len(under) != 1 or (under[0].start, under[0].end) != m.span(1):
        return False
    # The line after it: a label, words, or the end; another bare number is the list's second
    # item under one numbered label, or a second price for one share: which is meant?
    after_end = low.find("\n", end + 1)
    after = low[end + 1 : len(low) if after_end < 0 else after_end] if end < len(low) else ""
    return not (any(c.isdigit() for c in after) and not any(c.isalpha() for c in after))
