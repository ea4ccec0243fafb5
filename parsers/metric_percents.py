"""A market figure's percentage after "at" in an analysis: "Funding rate at -0.5758%", "Depth
imbalance at -20.59%", "RSI at 74%", "BTC dominance at 57%".

"at" is the lexicon's weak entry label (an entry only when nothing better names one), so a
percentage after it was refused as an entry given as a percentage. Analysis posts (Binance
Square, gate.io's plan posts: dev `gate-stg-squeeze-long-001`) write the market's figures that
way in their "logic" paragraph, under a card whose entries, targets and stop were each read
under a label of their own. The percentage is a note ONLY when:

- the entries, targets and stop were each read under a label (aside_lines.all_labelled);
- the words right before "at", in the same clause (back to a comma, colon, semicolon, a
  sentence's end, a list index "2)" or the line's start), end with a figure of this table and
  hold no level word
  (note_words.LEVEL_WORD: "add at -5%", "entry at 3%", "stop loss at -5%" stay refused: an
  entry or a stop given as a percentage; so "order book imbalance" and "long/short ratio",
  whose words are level words, stay refused), and no word of a loss, a gain, a profit, a risk
  or a drop ("cut loss at -5%", "take gains at 20%": a stop or a target told as a distance);
- the value after "at" is a percentage, and no other number follows it up to the next label
  (a list's next index "2)" aside): the rest of a percentage's value is never read.

One row a figure; a new figure is a row here, not a branch of code.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.note_words import LEVEL_WORD

# The figures a post gives as a percentage that are never a level of the trade.
METRIC_FIGURES: Final[tuple[str, ...]] = (
    r"funding(?:[ \t]rates?)?",
    r"(?:depth[ \t])?imbalance",
    r"dominance",
    r"open[ \t]interest(?:[ \t]change)?",
    r"(?:oi|24[ \t]?h|daily|weekly|price|volume)[ \t]change",
    r"rsi(?:[ \t]?\(?[0-9]{1,2}\)?)?",
    r"stoch(?:astic)?(?:[ \t]?rsi)?",
    r"(?:implied[ \t])?volatility",
    r"(?:win[ \t]?rate|probability|likelihood|odds)",
    r"(?:futures[ \t])?(?:basis|premium)",
    r"apr|apy|yield",
    r"(?:market|fear[ \t](?:and|&)[ \t]greed)[ \t]index",
)
_METRIC_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:" + "|".join(METRIC_FIGURES) + r")(?:[ \t]?\([^()\n]{0,12}\))?[ \t]*$"
)
# Where the clause before "at" starts: a comma, colon, semicolon, a sentence's end, a list index
# "2)", the line.
_CLAUSE_START: Final = re.compile(r"[,;:!?\n]|\.(?=\s)|(?<![0-9])[0-9]{1,2}\)")
# A loss or a gain told as a distance: a stop or a target, never a note.
_DISTANCE_WORD: Final = re.compile(r"(?<![a-z])(?:loss\w*|gain\w*|profit\w*|risk\w*|drop\w*)")
# The value: a percentage alone ("-0.5758%", "+20.59 %").
_PERCENT: Final = re.compile(r"[ \t]*[+\-−]?[0-9]{1,3}(?:[.,][0-9]{1,6})?[ \t]?%")
# After it, only a list's next index may hold a digit ("...; 2) Open interest ...").
_LIST_INDEX: Final = re.compile(r"(?<![0-9.,])[0-9]{1,2}\)")
_DIGIT: Final = re.compile(r"[0-9]")


def metric_percent(low: str, at: int, value_start: int, value_end: int) -> bool:
    """Whether the weak label at low[at] ("at") follows a market figure of its clause and gives
    its percentage at low[value_start:value_end], no other number: a note, no entry."""
    if not low.startswith("at", at):
        return False
    pct = _PERCENT.match(low, value_start, value_end)
    if pct is None or _DIGIT.search(_LIST_INDEX.sub("", low[pct.end() : value_end])):
        return False  # "Funding at 0.01% while price holds 0.1871": a number left unread
    start = 0
    for m in _CLAUSE_START.finditer(low, max(0, at - 80), at):
        start = m.end()
    clause = low[max(start, at - 80) : at]
    if LEVEL_WORD.search(clause) or _DISTANCE_WORD.search(clause):
        return False
    return _METRIC_BEFORE.search(clause) is not None
