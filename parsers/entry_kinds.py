"""Entries of two kinds in one post: "Buy limit: 0.50 / Buy stop: 0.55", "Entry: 0.50 (limit)
or 0.55 (breakout)".

A signal carries one way to enter (parsers/trigger.py reads it from the first entry's line): read
as one, a buy stop above the market becomes a limit that fills at once, or a limit below it a stop
that waits for a break nobody posted. Where the entries' own words name two kinds of order, the
signal needs review with the reason.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.lead_first import lead_first
from parsers.models import ParsedSignal
from parsers.quick_tests import required_literals, written

# The kinds of order an entry's own words name (checked in this order: "stop limit" is a stop).
_KINDS: Final = (
    (
        "stop",
        r"(?<![a-z])(?:(?:buy|sell)[\s-]?stop|stop[\s-]?(?:limit|market|order|entry)"
        r"|break[\s-]?(?:out|down)s?|trigger(?:ed)?)(?![a-z])"
        # (not a stop's own label and price: "Entry 0.33 0.34 Stop market 0.29")
        r"(?![^\S\n]*[:=@]?[^\S\n]*\$?[0-9])",
    ),
    ("limit", r"(?<![a-z])limit(?![a-z])"),
    ("market", r"(?<![a-z])(?:market|cmp|now)(?![a-z])"),
)
# Each kind's pattern (opening with its letters, parsers/lead_first.py) and its words ("stop",
# "break", "trigger"; "limit"; "market", "cmp", "now"): most entries' words hold none, and an
# `in` test of a few characters is far cheaper than a search.
_SEARCHES: Final = [(name, re.compile(lead_first(p)), required_literals(p)) for name, p in _KINDS]


def _kind(text: str) -> str | None:
    for name, pattern, heads in _SEARCHES:
        if written(text, heads, 0, len(text)) and pattern.search(text):
            return name
    return None


def mixed_entry_kinds(sig: ParsedSignal, low: str) -> ParsedSignal:
    """The signal, needing review when its entries' own words name two kinds of order."""
    spans = sig.norm_spans.get("entries")
    if not spans or len(spans) < 2:
        return sig
    if "stop" not in low and "break" not in low and "trigger" not in low:
        return sig  # (no stop kind written: one kind at most)
    kinds: list[str | None] = []
    lines: list[int] = []
    for i, (start, end) in enumerate(spans):
        line = low.rfind("\n", 0, start) + 1
        line_end = low.find("\n", end)
        line_end = len(low) if line_end < 0 else line_end
        before = max(line, spans[i - 1][1]) if i else line
        after = min(line_end, spans[i + 1][0]) if i + 1 < len(spans) else line_end
        kinds.append(_kind(low[before:start] + " | " + low[end:after]))
        lines.append(line)
    named = {k for k in kinds if k is not None}
    # On one line a kind said once covers the zone ("0.53 - 0.535 (after breakout)"): two kinds
    # named there mix; on lines of their own, a stop entry's line beside a line that names none.
    per_line: dict[int, str | None] = {}
    for k, line in zip(kinds, lines, strict=True):
        per_line[line] = per_line.get(line) or k
    by_lines = set(per_line.values())
    if len(named) > 1 or (len(by_lines) > 1 and "stop" in by_lines):
        said = " and ".join(sorted(k or "plain" for k in set(kinds)))
        sig.review.append(
            f"the post gives entries of different kinds ({said}): one signal enters one way,"
            " and a stop entry read as a limit (or a limit as a stop) is a trade nobody posted"
        )
    return sig
