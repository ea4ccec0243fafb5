"""The analysis under a signal's levels: a section headed "Reasons for buying:", "Key Technical
Features:", "Technical analysis:" or "Why this setup works:", whose numbers are no levels. The
post read without it, whole (targets and a stop), is the signal (parsers/signal_parser.py asks
when the post as written is no valid signal)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from parsers.line_led import LineLed
from parsers.models import ParsedSignal
from parsers.not_prices import blank_lines
from parsers.other_levels import other_level_named
from parsers.symbols import pairs_in

# A heading that opens the analysis under a signal's levels ("Reasons for Buying:", "Key
# Technical Features:"): a line of its own.
_ANALYSIS_HEADING: Final = LineLed(
    r"(?m)^[^\w\n]{0,6}(?:reasons?\s(?:for|to)\s(?:buying|selling|buy|sell|entry|the\s(?:trade|setup)"
    # ("Reasons for short selling:", the same template's heading over a short: dev gt22-dot-*)
    r"|short(?:\s|-)?selling|shorting|going\s(?:long|short)|the\s(?:long|short))"
    r"|key\stechnical\s(?:features|factors|points)|technical\s(?:analysis|breakdown|rationale)"
    r"|why\sthis\s(?:trade|setup)(?:\sworks)?|trade\srationale)[^\w\n]{0,4}$"
)
# A blank line, then a line that carries the section on: a list item ("- Weekly RSI ...", "2.
# Trend Structure:", "• ...") or another analysis heading. A post that leaves a blank line after
# every line keeps its section across them.
_BLANK_THEN_ITEM: Final = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?:[-•·*▪▫◦‣–]|[0-9]{1,2}[.)]\s)")


def levels_above_analysis(
    norm: str, read: Callable[[str], ParsedSignal | None]
) -> ParsedSignal | None:
    """ "Stop loss price: below 0.22 / Reasons for buying: / 1. Support validity: - the price
    ... at 0.22 (Fibonacci ...)": the levels, then a section of analysis whose numbers are no
    levels. The post read (by read) without that section, to its next blank line that no list
    item follows, whole (targets and a stop), is the signal."""
    low = norm.lower()
    if (
        "reason" not in low
        and "technical" not in low
        and "why" not in low
        and "rationale" not in low
    ):
        return None
    m = _ANALYSIS_HEADING.search(low)
    if m is None or m.start() == 0:
        return None
    # (The section runs to the next blank line: a post after it, "Entry got filled ✅", or a
    # second signal, is read and checked as ever.)
    end = m.end()
    while True:
        end = norm.find("\n\n", end)
        if end < 0:
            end = len(norm)
            break
        item = _BLANK_THEN_ITEM.match(norm, end)
        heading = _ANALYSIS_HEADING.match(low, norm.find("\n", end + 1) + 1)
        if item is None and heading is None:
            break
        end += 1
    if _holds_a_call(low, m.start(), end):
        return None  # a second post's levels under the heading, never analysis to set aside
    section = blank_lines(norm[m.start() : end])
    levels = read(norm[: m.start()] + section + norm[end:])
    if levels is None or not levels.is_valid() or not levels.take_profits:
        return None
    if levels.stop_loss is None:
        return None
    # ("Why this setup: ... a more careful trader keeps the stop at 591.7": another stop in the
    # section set aside, parsers/other_levels.py.)
    return None if other_level_named(low, m.start(), end, levels) else levels


# A line that opens with an entry label or with a stop label (after a bullet or an emoji).
_ENTRY_LINE: Final = re.compile(r"(?m)^[^\w\n]{0,6}(?:entry|entries|buy\s(?:zone|area|range))\b")
_STOP_LINE: Final = re.compile(r"(?m)^[^\w\n]{0,6}(?:stop[\s-]?loss|sl|stop)\b")


def _holds_a_call(low: str, start: int, end: int) -> bool:
    """Whether low[start:end], the section under an analysis heading, holds lines opening with an
    entry label and a stop label, and names a pair: a call of its own (a second post spliced under the first, the
    harness's two_real_posts: "📉 Technical Analysis" over a whole SUI short was set aside and
    the post above it traded alone), not analysis."""
    if not (_ENTRY_LINE.search(low, start, end) and _STOP_LINE.search(low, start, end)):
        return False
    # (A summary of the same call, "Entry (Avg) / SL / TP1 ..." under "Technical Breakdown", names
    # no pair of its own: dev square-btc-short-breakdown-001.)
    return bool(pairs_in(low[start:end]))
