"""A percentage after a close told done is the trade's result, not a share of the position
(session 23, branch i13-fu24). A close report that re-states the card ("#ETH/USDT Closed ✅ /
Entry: 3000 / TP1: 3100 (30%) / Result: 35%", "✅ #ETH CLOSED — 35% ROE", "#ETH Closed ✅ 35%
🚀", "Closed #ETH ✅ 10% move, 50% with 5x") was read as a partial close of the first
percentage within reach of the close word: a wrong action (dev square-fhe-trade-close-001 is
the card; the rest made up from it and the Cornix close reports of dev devos-crypto-009).

parsers/close_share.py asks `result_not_share` of the share it found after the close word. The
share is the result when, between the close word and the number, there is
- a line break with more than a colon or a dash on it (the number is another field of the card:
  "Closed ✅\\nResult: 35%", "CLOSED\\nEntry: 3000 (50% size)"), or
- a mark of a report: a tick, an emoji ("Closed ✅ 35%", "closed 🟢 50% ROI"), or
- a word naming the result ("closed, result 35%", "total", "return", "ROE").
A share said of the targets ("Trade closed / 1/3 targets hit", "Closed / Most of the targets hit
✅") is their count, never a share. A share said of the position ("Closed ✅ 50% of the
position") stays a share; so does one right
after its verb ("closed 50%", "Close:\\n50%", "Close half ✅").

Before the close word (`result_before`), a percentage is the result when it ends the line above
the close ("TP1: 3100 ✅ / Profit: 35% / Closed ✅", "All profit 35% / Exit ✅": the share said
first is said in the close's own line, "75% of the position closed", "30% der Position
schließen"), or when a result's word heads it ("ROI 35% Closed ✅").
"""

from __future__ import annotations

import re
from typing import Final

from parsers.sentences import line_bounds

# A tick or an emoji (the symbol blocks; not an arrow or a dash).
_MARK: Final = re.compile(r"[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
_RESULT_WORD: Final = re.compile(
    r"(?<![a-z])(?:result|total|return|achieved|roe|change|outcome)(?![a-z])"
    r"|(?<![а-яё])(?:итог|результат|доходност)"
)
_TARGETS_AFTER: Final = re.compile(
    r"\s?(?:of\s)?(?:the\s|our\s|its\s)?(?:targets?|tps?|take[\s-]?profits?|goals?|цел\w{0,2}"
    r"|тейк\w{0,2})(?![a-zа-яё])"
)
_ONLY_SEPARATORS: Final = re.compile(r"[\s:\-–—]*")
_OF_POSITION: Final = re.compile(
    r"\s?(?:of\s(?:the\s|my\s|our\s|your\s)?(?:position|size|qty|quantity|holdings?)"
    r"|(?:от\s)?(?:позици|объ[её]м)\w{0,2})(?![a-zа-яё])"
)


def result_not_share(low: str, close_end: int, share_start: int, share_end: int) -> bool:
    """Whether the percentage at low[share_start:share_end], after a close word ending at
    close_end, is the trade's result rather than the share closed."""
    shown = low[share_start:share_end]
    share_start += len(shown) - len(shown.lstrip())  # (a share matched with the space before it)
    if share_start < close_end or _OF_POSITION.match(low, share_end) is not None:
        return False
    if _TARGETS_AFTER.match(low, share_end) is not None:
        return True  # "Trade closed / 1/3 targets hit", "most of the targets": a count of targets
    between = low[close_end:share_start]
    if "\n" in between and _ONLY_SEPARATORS.fullmatch(between) is None:
        return True
    if _RESULT_JOIN.search(between) is not None:
        return True  # "closed in 45%", "closed with x10 45%", "closed = 64%" (i13-status32)
    if (
        low.startswith("closed", close_end - 6)
        and _SHARE_PLACE.match(low, share_end) is None
        and _leverage_on_line(low, share_end)
    ):
        return True  # "Closed 64% 🎯 (x20)": the trade's result at its leverage (i13-status32)
    return _MARK.search(between) is not None or _RESULT_WORD.search(between) is not None


# Between a close told done and a percentage: a word or sign joining the close to its result
# ("closed in 45%", "closed with x10 45%", "closed = 64%", "closed — 64%"; not "closed 50%").
_RESULT_JOIN: Final = re.compile(r"(?:^|\s)(?:in|with|=|—|–|->|→)(?:\s|$)")
# A leverage multiplier on the percentage's line ("(x20)", "20x", "x 10"): the percentage is the
# position's return at that leverage, never a share of it.
_LEVERAGE: Final = re.compile(r"(?<![a-z0-9.])(?:x\s?[0-9]{1,3}|[0-9]{1,3}\s?x)(?![a-z0-9])")


# "closed 50% at TP1 ✅ (x10)", "closed 50% here": where the share was closed, a share still.
_SHARE_PLACE: Final = re.compile(r"\s(?:at|@|on|of|here|now|near)(?![a-z])")


def _leverage_on_line(low: str, at: int) -> bool:
    start, end = line_bounds(low, at)
    return _LEVERAGE.search(low, start, end) is not None


_RESULT_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:profits?|gains?|roi|roe|pnl|p&l|result|total|return|loss|move)\s?[:=\-–]?\s?$"
    r"|(?<![а-яё])(?:прибыл\w{0,2}|профит|итог|результат)\s?[:=\-–]?\s?$"
)


def result_before(low: str, share_start: int, share_end: int, close_start: int) -> bool:
    """Whether the share at low[share_start:share_end], said before the close word at
    close_start, is the trade's result: on a line above it, or after a result's word."""
    if share_end > close_start:
        return False
    if "\n" in low[share_end:close_start]:
        return True
    line = low.rfind("\n", 0, share_start) + 1
    return _RESULT_BEFORE.search(low, max(line, share_start - 14), share_start) is not None
