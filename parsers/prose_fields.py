"""An entry or a stop named in prose with a price ("If the market dips I would add a second entry
at 0.48", "My stop loss would go somewhere under 0.45 to be safe"): never a field that vanishes
silently. A missing stop is a different trade and a missing entry becomes a market entry, so a
sentence naming one of them with a price the signal does not hold makes it needs review, the
label and the price named (the same rule as a target named in prose, parsers/prose_levels.py).

parsers/lines.py records every entry or stop label it reads as prose (a label deep inside a
sentence after its field was read, or a label followed by a sentence rather than a value);
review_prose_levels weighs them once the levels are settled.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.fields import EXAMPLE_OR_CHOICE
from parsers.not_prices import not_prices
from parsers.numbers import read_prices
from parsers.prose_levels import sentence_stop
from parsers.reading import Reading, Settled

# The kinds of label weighed here (a target's label has its own rule, prose_levels).
PROSE_KINDS: Final = frozenset(("entry", "sl", "tp"))

# "Move the stop to 0.51 once TP1 is hit", "trail your SL to 0.56": the plan for a stop already
# set, no level of the trade being opened (parsers/trailing.py reads "to entry" plans).
_MOVED: Final = re.compile(
    r"(?<![a-z])(?:move|moving|moved|raise|raising|lower|lowering|trail|trailing|shift|adjust"
    r"|bring|tighten|update|set\sthe\snew)\s(?:[^\W\d_]+\s){0,2}$"
)
# "... can be moved to .888", "SL will be raised to 0.53": the plan for the stop after the label.
_MOVED_AFTER: Final = re.compile(
    r"(?<![a-z])(?:moved?|raised?|lowered?|trail(?:ed)?|shifted?|adjusted?|tightened?)\s"
    r"(?:up\s|down\s)?(?:to|at)(?![a-z])"
)
# "sellers' stop orders", "a stop hunt": stops of other traders, no level of this trade.
_OTHERS_STOPS: Final = re.compile(
    r"\s?(?:orders?|hunts?|hunting|runs?|clusters?|liquidity)(?![a-z])"
)
# A stop read, and the sentence's price told as the stop's own value ("keep the stop loss a
# little tighter at 0.46", "the stop could also sit at 0.44"): the word before the price. (Not
# "just below the 1.3411 Supertrend line", "above the recent high at $2,804.39": a chart level
# the stop goes beyond.)
_AS_VALUE: Final = re.compile(r"(?:\sat|\sto|\sis|\saround|\snear|@|=|:)\s?\$?\s?$")
_BEYOND: Final = re.compile(r"(?<![a-z])(?:below|above|under|over|beneath|beyond)(?![a-z])")
# "Invalidation: a 4H close beyond 608.7": a candle's close past a price is a stop of its own
# (the stop read and this one differ: two stops), never a chart feature the stop goes beyond.
_CANDLE: Final = re.compile(r"(?<![a-z])(?:close[sd]?|closing|candle)(?![a-z])")

# A line of the card's alternative scenario: "• Alternative Scenario: If price reclaims MA20,
# consider long above 661.05 targeting 675.70" (AI-written "Trading Plan" posts). An alternative
# inside a card does not make it two cards (CONVENTIONS.md, rulings of session 25).
_ALTERNATIVE: Final = re.compile(
    r"[^\w\n]{0,6}(?:alternative|alternate|alt\.?)(?:[ \t](?:scenario|setup|plan|case|view|idea))?"
    r"[ \t]?[:\-–—]"
)
_LONG_WORD: Final = re.compile(r"(?<![a-z])(?:long|buy)(?![a-z])")
_SHORT_WORD: Final = re.compile(r"(?<![a-z])(?:short|sell)(?![a-z])")

# A sentence ends at a stop before a space or the line's end ("e.g.," and "0.45." do not end).
_SENTENCE_END: Final = re.compile(r"(?<!e\.g)(?<!i\.e)[.!?。！？](?=\s|$)")
# An entry's price is in its own clause: "Using the center entry of $6.10, the risk distance is
# 6.10-5.80=0.30" names 6.10 alone. (A stop's sentence is read whole: "SL: Not Explicitly Stated,
# but must be placed just below the support (e.g., $3.88 or $3.85)".)
_CLAUSE_END: Final = re.compile(r"(?<!e\.g)(?<!i\.e)[.!?。！？](?=\s|$)|[,;，；](?=\s)|\s[-–—]\s|=")
# "Entry was at 0.48 last week": another trade's story, not this one's level.
_PAST: Final = re.compile(
    r"(?<![a-z])(?:was|were|had|previous|previously|last\s(?:week|time|month|signal|trade|call)"
    r"|yesterday|earlier|ago|old|original)(?![a-z])"
)


def note_prose_level(low: str, kind: str, start: int, end: int, stop: int, r: Reading) -> None:
    """Record an entry or stop label read as prose, with the prices of its sentence after it."""
    if kind not in PROSE_KINDS:
        return
    line_start = low.rfind("\n", 0, start) + 1
    if _MOVED.search(low, max(line_start, start - 40), start):
        return
    # (The sentence ends the value: "... under 0.45. Targets above 0.60 ..." gives 0.45 alone;
    # a note's label inside it, "... below the critical support zone (e.g., $3.88)", does not.)
    stop = sentence_stop(low, end, stop)
    end_at = (_SENTENCE_END if kind == "sl" else _CLAUSE_END).search(low, end, stop)
    value_end = end_at.start() if end_at else stop
    if _PAST.search(low, max(line_start, start - 24), value_end):
        return
    if kind == "sl" and (_OTHERS_STOPS.match(low, end) or _MOVED_AFTER.search(low, end, value_end)):
        return
    if kind == "tp" and (low[start:end].endswith("s") or low.find("=", end, value_end) >= 0):
        return  # ("targets aimed at ... $94 - $91", a sum: the analysis's, as ever)
    nums = read_prices(not_prices(low[end:value_end]), end)
    if nums:
        if kind == "sl" and EXAMPLE_OR_CHOICE.search(low, end, value_end):
            kind = _CHOICE  # "... just below the support (e.g., $3.88 or $3.85)"
        r.prose_levels.append((kind, (start, end), (nums[0].start, nums[-1].end)))


# A stop label whose sentence gives examples or a choice of prices (kept under this kind).
_CHOICE: Final = "sl-choice"
# "entry label 'entry' in a sentence names 0.48, not an entry I read": the review reasons hold it.
PROSE_LEVEL: Final = "in a sentence names"


def review_prose_levels(r: Reading, norm: str, s: Settled, market: bool, low: str) -> None:
    """The review reasons for entries and stops named in prose with a price the signal lacks
    (low: norm.lower())."""
    entries = [n.value for n in s.entries]
    said = set(entries)
    if len(entries) == 2:
        said.add((entries[0] + entries[1]) / 2)  # "using the center entry of $6.10"
    others = {n.value for n in (*s.tps, *([s.sl] if s.sl is not None else []))}
    for kind, label, prices in r.prose_levels:
        nums = read_prices(not_prices(low[prices[0] : prices[1]]), prices[0])
        if not nums:
            continue
        shown = norm[label[0] : label[1]].strip()
        written = norm[prices[0] : prices[1]]
        if kind == "tp":
            if len(nums) != 1 or nums[0].value in others:
                continue  # the targets said again, or the analysis's several prices
            have = "no target" if not s.tps else "other targets"
            why = f"target label '{shown}' {PROSE_LEVEL} {written}, and I read {have}"
        elif kind == _CHOICE:
            why = f"stop label '{shown}' {PROSE_LEVEL} {written} as examples or a choice: no stop"
        elif kind == "sl":
            if s.sl is not None and nums[0].value == s.sl.value:
                continue  # the stop read, said again ("the stop loss sits at 0.45, below ...")
            if s.sl is None:
                why = f"stop label '{shown}' {PROSE_LEVEL} {written}: is it the stop?"
            else:
                gap = low[label[1] : nums[0].start]
                if (_BEYOND.search(gap) or not _AS_VALUE.search(gap)) and not _CANDLE.search(gap):
                    continue  # a chart level the stop goes beyond, or a sentence's other price
                why = f"stop label '{shown}' {PROSE_LEVEL} {written}, not the stop I read"
        else:
            if _alternative(low, label, s):
                continue  # "Alternative Scenario: ... consider long above 661.05 targeting 675.70"
            new = [n for n in nums if n.value not in said and n.value not in others]
            if s.entries and not new:
                continue  # the entries read, said again
            if not s.entries:
                what = "the market entry" if market else "no entry"
                why = f"entry label '{shown}' {PROSE_LEVEL} {written}, and I read {what}"
            else:
                why = f"entry label '{shown}' {PROSE_LEVEL} {written}, not an entry I read"
        s.review.append(why)
        s.unread.append((label[0], prices[1]))


def _alternative(low: str, label: tuple[int, int], s: Settled) -> bool:
    """Whether an entry label in a sentence opens the other side's trade on the card's
    alternative-scenario line ("Alternative Scenario: ... consider long above 661.05" on a card
    whose targets lie below its entries): the card's alternative, no entry of this trade."""
    start = low.rfind("\n", 0, label[0]) + 1
    if not _ALTERNATIVE.match(low, start) or not s.entries or not s.tps or s.sl is None:
        return False
    entries = [n.value for n in s.entries]
    tps = [n.value for n in s.tps]
    word = low[label[0] : label[1]]
    if max(tps) < min(entries) <= max(entries) < s.sl.value:
        return _LONG_WORD.search(word) is not None  # a short card, its alternative a long
    if s.sl.value < min(entries) <= max(entries) < min(tps):
        return _SHORT_WORD.search(word) is not None
    return False
