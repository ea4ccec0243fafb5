"""Every number explained: a price-like number among the levels that the reading leaves out.

The last part of the cross-check. Once the entries, targets and stop are read, every number
written from the first price label's line to the last one's (and on short unlabelled lines
after them) must be accounted for: read as a level, or part of a label ("Target 1"), a list
index ("1)"), the value of a note label (leverage, risk, R:R, volume, "OTE"), a percentage, a
ratio, a duration, a date or time (blanked by normalisation), or too far from the levels to be
a price of this coin (an id, a volume). A number left over that could be a price of this coin
("Entry 0.51\\nTake 0.56 0.60\\nSL 0.45" with an unknown label, or "Goals: 0.6 0.7" after the
stop) means some level was not read: the signal needs review, never a trade without it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from parsers.fields import AVG, Span
from parsers.labels import MARKET
from parsers.numbers import NUMBER, strip_list_index, to_float

# Labels that name a level; the region to check runs from the first to the last of them.
_LEVEL_KINDS = frozenset(("entry", "tp", "tpglued", "sl", "slclose", "buy", "sell"))
# Labels whose value is a note, never a price: their segment explains its numbers.
_NOTE_KINDS = frozenset(("noise", "lev", "sym"))
# Numbers that are fine beside a price: percentages and ranges of them, ratios ("1:3", "3/10"),
# durations ("4h", "7 days"), counts ("10th"), hashtag numbers (ids), "x5".
_BENIGN = re.compile(
    r"[0-9][0-9.,]*\s?%"
    r"|(?<![0-9.,])[0-9]{1,3}(?:[.,][0-9])?\s?(?:-|to|–)\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%"
    r"|(?<![0-9.])[0-9]{1,3}\s?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|m|mins?|minutes?"
    r"|months?|st|nd|rd|th|ч|д|小时|天)(?![a-z])"
    r"|(?<![0-9.])[0-9]{1,2}(?:\.[0-9])?\s?[:/]\s?[0-9]{1,2}(?:\.[0-9])?(?![0-9.])"
    r"|#[0-9]+"
    r"|\(?(?<![0-9.])[0-9]{1,2}\s?[).:#-](?![0-9])"
)
_WORD = re.compile(r"[^\W\d_]{2,}")
# A line after the last level with more words than this is a sentence, not an unlabelled list.
_MAX_WORDS_AFTER = 3
# A line among the levels with more words than this is prose (a comment on the trade).
_MAX_WORDS_AMONG = 6
# How far from the levels' median a number may be and still be a price of this coin.
_PRICE_LIKE = 3.0


def _line_bounds(text: str, at: int) -> Span:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def unexplained_number(
    low: str, labels: list[tuple[str, int, int]], used: list[Span], levels: list[float]
) -> Span | None:
    """The line holding the first price-like number nobody explains, or None.

    low is the lower-cased text the fields were read from (leverage and trailing notes already
    blanked), labels what parsers.labels.find_labels found in it, used the spans of the levels
    read, levels their values.
    """
    first = last = None
    for lab in labels:
        if lab[0] in _LEVEL_KINDS:
            last = lab
            if first is None:
                first = lab
    if first is None or last is None or not levels:
        return None
    # What explains itself: the levels read, the labels, and the values of note labels.
    # (These spans never overlap one another, so one bisect finds the one that may cover.)
    explained: list[Span] = [*used]
    n = len(labels)
    for i, (kind, s, e) in enumerate(labels):
        explained.append((s, e))
        if kind in _NOTE_KINDS:
            nxt = labels[i + 1][1] if i + 1 < n else len(low)
            line_end = low.find("\n", e)
            explained.append((e, nxt if line_end < 0 else min(line_end, nxt)))
    explained.sort()
    starts = [sp[0] for sp in explained]
    ordered = sorted(levels)
    mid = ordered[len(ordered) // 2]
    low_price, high_price = mid / _PRICE_LIKE, mid * _PRICE_LIKE
    region_end = _line_bounds(low, last[2] - 1)[1]
    for m in NUMBER.finditer(low, _line_bounds(low, first[1])[0]):
        if m.group(5):
            continue  # a percentage
        a, b = m.start(2), m.end(2)
        k = bisect_right(starts, b - 1) - 1
        if k >= 0 and explained[k][1] > a:
            continue
        value = to_float(m.group(2))
        if value is None:
            continue
        if m.group(3):
            value *= 1000.0
        if low_price <= value <= high_price and not _benign(low, a, b, region_end, starts):
            return _line_bounds(low, a)
    return None


def _benign(low: str, a: int, b: int, region_end: int, label_starts: list[int]) -> bool:
    """Whether the line around low[a:b] explains the number: prose, a note, an index ..."""
    line_start, line_end = _line_bounds(low, a)
    line = low[line_start:line_end]
    words = len(_WORD.findall(line))
    if line_start > region_end:
        # After the levels: only an unlabelled line with a word or three ("Goals: 0.6").
        k = bisect_right(label_starts, line_end - 1) - 1
        if words > _MAX_WORDS_AFTER or (k >= 0 and label_starts[k] >= line_start):
            return True
    elif words > _MAX_WORDS_AMONG:
        return True  # a sentence about the trade
    at, end = a - line_start, b - line_start
    # "→ avg 0.50", "CMP 0.52", "current 0.52": what follows is an average or the market
    # price for reference, not a level.
    avg = AVG.search(line, 0, at)
    if avg is not None or 0 <= MARKET.search(line[:at]):
        return True
    rest = strip_list_index(line)
    if end <= len(line) - len(rest):
        return True  # "1) 0.512": the index
    return any(m.start() <= at and end <= m.end() for m in _BENIGN.finditer(line))
