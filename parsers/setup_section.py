"""The trade's own section in a long analysis post: a title, "Market Context", indicator values
("Price is below MA(7) (2.41)"), then "Trade Setup" with the entry, the targets and the stop,
then "Why this setup", "Risk Management", "Final Verdict" (AI-assisted writers on Binance Square
and similar feeds). The levels are those of the section that holds the level labels; a number
of a section of analysis that names no level at all (a moving average, a 24h low, a demand zone)
is no level.

Strict (session 32's branch i13-prose33 lifted doubts of sections that named levels, and broke
posts that must stay refused). A post refused only for numbers it could not place (the reasons
of _DOUBTS), each highlighted in a section other than the trade's, is read again when:

- every section that holds a doubt names no level word at all (no stop, target, entry, exit,
  side, add, buy, sell, close: "Next Demand Zone: $2.30 - $2.28" under "Technical Breakdown");
  only such sections are blanked, every other line is read and checked as written;
- that reading is whole (an entry, targets and a stop), has no doubt, names its side outside the
  blanked sections, and keeps the entries and the stop the post read as written;
- the trade's section alone (the title kept, every other section blanked, the coin named over
  it) reads as the same whole card: a level of a kept section that the trade's section does not write keeps the
  refusal, and so does a status word ("hit", "closed") anywhere outside the trade's section.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from parsers.models import ParsedSignal
from parsers.not_prices import blank_lines
from parsers.other_levels import other_level_named

# The refusals this module may lift: numbers the post holds that no label placed. (Not a
# percentage where a price belongs, not a side the levels contradict, not a target named in
# prose: tests/parsers/test_sig25.py and test_rules14.py hold posts that must stay refused.)
_DOUBTS: Final = re.compile(
    r"holds a number I could not read|holds prices that no label claims|holds a number that is"
    r" none of|names its numbers with a word I do not know|is far from the other levels"
)
# A line that opens a section: bullets, marks or a list number, then a few words (no digits) and
# at most a colon; or a few words and a colon opening a line of prose ("Market Context: BTC ...").
_HEAD: Final = re.compile(
    r"[^\w\n]{0,8}(?:[0-9]{1,2}[.)][^\S\n]{0,3}[^\w\n]{0,4})?(?P<words>[^\W\d_][^\n:0-9]{0,60}?)"
    r"[^\w\n]{0,6}(?::(?P<rest>[^\n]*))?$"
)
# The words of a section of analysis (what the trade's numbers are not).
_ANALYSIS: Final = re.compile(
    r"(?<![a-z])(?:context|snapshot|overview|analysis|breakdown|indicators?|reasons?|rationale"
    r"|why|logic|thesis|confluences?|risk|risks|conclusion|verdict|outlook|view|summary|notes?"
    r"|disclaimer|probability|candlestick|moving\saverages|momentum|volume|price\saction"
    r"|structure|trend|key\slevels|observations|insights|sentiment|factors|considerations"
    r"|scenarios?|management|takeaways?|thoughts|bias|status|picture)(?![a-z])"
)
# The words of the trade's own section, and of a level's label (never a section of analysis).
_SETUP: Final = re.compile(
    r"(?<![a-z])(?:set-?up|plan|signal|idea|entry|entries|targets?|tp[0-9]?|take[\s-]?profits?"
    r"|stop|stop[\s-]?loss|sl|invalidation|leverage|direction|position)(?![a-z])"
)
# A level's label opening a line: where the trade's section is.
_LEVEL_LINE: Final = re.compile(
    r"(?m)^[^\w\n]{0,8}(?:entry|entries|buy\szone|sell\szone|short\szone|tp[0-9]?|t[1-9]|targets?"
    r"|take[\s-]?profits?|stop[\s-]?loss|stoploss|sl|stop)(?![a-z])"
)
# A word that names a level, an order or a side: a section holding one is never set aside.
_LEVEL_WORD: Final = re.compile(
    r"(?<![a-z])(?:stop|stops|stopp\w*|sl|loss|invalid\w*|targets?|tp[0-9]*|t[1-9]|take|profits?"
    r"|entry|entries|enter|entering|exit\w*|add|adding|buy\w*|sell\w*|long|longs|short|shorts"
    r"|close[sd]?|closing|order|orders|position|leverage|liquidat\w*|tgt|reach\w*"
    r"|aim(?:s|ing)?\s(?:for|at))"
    r"(?![a-z])"
)
# A status told outside the trade's section: a report, never a new trade.
_STATUS: Final = re.compile(
    r"(?<![a-z])(?:hit|closed|booked|filled|activated|cancell?ed|stopped\sout|triggered)(?![a-z])"
    r"|✅\s?(?:tp|target)"
)
_WORD: Final = re.compile(r"[^\W\d_]+")
_DIGIT: Final = re.compile(r"[0-9]")
# A section heading's list number ("2. Trade Setup", "3) Risk Note:"): no price.
_HEADING_NUMBER: Final = re.compile(
    r"(?im)^([^\w\n]{0,8})([0-9]{1,2})(?=[.)][ \t]{0,3}[^\W\d_][^\n0-9]{0,60}$)"
)


def _sections(low: str) -> list[tuple[int, bool]]:
    """Where each section of analysis or of the trade opens: (line start, is analysis)."""
    out: list[tuple[int, bool]] = []
    start = 0
    while start < len(low):
        end = low.find("\n", start)
        end = len(low) if end < 0 else end
        m = _HEAD.match(low, start, end)
        if m is not None and start > 0:
            words = m.group("words")
            rest = m.group("rest")
            if len(_WORD.findall(words)) <= (4 if rest and rest.strip() else 7):
                if _SETUP.search(words):
                    out.append((start, False))
                elif _ANALYSIS.search(words):
                    out.append((start, True))
        start = end + 1
    return out


def _parts(low: str) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """The trade's section (from the heading over the first level label opening a line to the
    next heading of analysis) and the sections of analysis outside it, each to the next
    heading; None when the post has no level label opening a line or no section outside."""
    first = _LEVEL_LINE.search(low)
    if first is None:
        return None
    heads = _sections(low)
    after = max((at for at, analysis in heads if analysis and at <= first.start()), default=0)
    start = min((at for at, analysis in heads if not analysis and after < at), default=after)
    end = min((at for at, analysis in heads if analysis and at > first.start()), default=len(low))
    title = low.find("\n")
    title = len(low) if title < 0 else title
    if start <= title and end >= len(low):
        return None
    bounds = sorted({title, *(at for at, _ in heads), start, end, len(low)})
    outside = [
        (a, b)
        for a, b in zip(bounds, bounds[1:], strict=False)
        if a < b and (b <= start or a >= end) and a >= title
    ]
    return (start, end), outside


def _blanked(norm: str, parts: list[tuple[int, int]]) -> str:
    cut = _HEADING_NUMBER.sub(_blank_number, norm)
    for a, b in parts:
        cut = cut[:a] + blank_lines(cut[a:b]) + cut[b:]
    return cut


def _blank_number(m: re.Match[str]) -> str:
    return m.group(1) + " " * len(m.group(2))


def _whole(levels: ParsedSignal | None) -> bool:
    return (
        levels is not None
        and levels.is_valid()
        and not levels.review
        and bool(levels.entries)
        and bool(levels.take_profits)
        and levels.stop_loss is not None
        and levels.side_at >= 0
    )


def levels_in_setup(
    norm: str, sig: ParsedSignal | None, read: Callable[[str], ParsedSignal | None]
) -> ParsedSignal | None:
    """The signal of the post with its sections of analysis that name no level set aside, when
    the post as written was refused only for numbers inside those sections and the trade's
    section alone gives the same whole card; None otherwise (the refusal stands)."""
    if sig is None or not sig.review or not sig.norm_unread or "\n" not in norm:
        return None
    if not all(_DOUBTS.search(why) for why in sig.review):
        return None
    low = norm.lower()
    found = _parts(low) if len(low) == len(norm) else None
    if found is None:
        return None
    (start, end), outside = found
    # (The sections to set aside: those holding a doubt, each naming no level at all.)
    aside = [(a, b) for a, b in outside if any(a <= sp[0] and sp[1] <= b for sp in sig.norm_unread)]
    if any(not (start > sp[0] or sp[1] > end) for sp in sig.norm_unread):
        return None  # a doubt in the trade's own section
    if not all(any(a <= sp[0] and sp[1] <= b for a, b in aside) for sp in sig.norm_unread):
        return None
    if any(_LEVEL_WORD.search(low, a, b) for a, b in aside):
        return None
    if any(_STATUS.search(low, a, b) for a, b in outside):
        return None
    levels = read(_blanked(norm, aside))
    if levels is None or not _whole(levels) or any(a <= levels.side_at < b for a, b in aside):
        return None
    if (sig.symbol and levels.symbol != sig.symbol) or (sig.side and levels.side != sig.side):
        return None
    # (The entries and the stop the post gave as written stay: only numbers set aside go.)
    if levels.entries != sig.entries or levels.stop_loss != sig.stop_loss:
        return None
    # (The trade's section alone: the same whole card, and no other level kept beside it.)
    # (The coin may be named in a section of analysis only: "SUI/USDT is showing ...".)
    alone = read(f"{levels.symbol}\n{_blanked(norm, outside)}")
    if alone is None or not _whole(alone) or _levels(alone) != _levels(levels):
        return None
    if any(other_level_named(low, a, b, levels) for a, b in outside):
        return None
    return levels


def _levels(sig: ParsedSignal) -> tuple[str, str | None, list[float], list[float], float | None]:
    return sig.symbol, sig.side, sig.entries, sig.take_profits, sig.stop_loss
