"""A follow-up's word inside an English idiom or a near miss, which asks nothing of a position.

- An idiom: the close, exit or cancel word makes a noun with the word after it ("close call",
  "close attention", "closing remarks", "closing bell", "closed group", "exit liquidity", "exit
  polls", "cancel culture") or is said of something else ("close your eyes", "cancel anytime").
  English dictionaries list these as set phrases (Merriam-Webster, Cambridge: "close call",
  "closing bell", "exit poll", "exit strategy", "cancel culture"); a channel posting about its
  group, its market wrap or its members writes them with no trade meant.
- A near miss: the event said not to have happened ("nearly hit our stop loss", "almost stopped
  out", "barely missed SL"): the stop did not close the trade.

parsers/not_close.py asks `idiom_after` of every close and cancel word; parsers/followup_guard.py
asks `near_miss` before a stop hit, a close, a cancel or a move is returned.
"""

from __future__ import annotations

import re
from typing import Final

# After the word (its end): the noun or object that makes the phrase an idiom.
_IDIOM_AFTER: Final = re.compile(
    r"\s(?:"
    r"(?<=close\s)(?:call|calls|attention|friends?|eyes?|your\seyes|relationship|contact"
    r"|proximity|second|race|shave|quarters)"
    r"|(?<=closing\s)(?:remarks?|bell|thoughts|words|ceremony|statement|speech)"
    r"|(?<=closed\s)(?:group|community|beta|doors?|source|captioning|circle)"
    r"|(?<=exit\s)(?:liquidity|polls?|scam|strategy|strategies|interview|survey|door|plans?)"
    r"|(?<=cancel\s)(?:culture|anytime|any\stime|your\s(?:subscription|membership|plan))"
    r")(?![a-z])"
)
# Before the action's word: it nearly happened, it did not.
_NEAR_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:almost|nearly|barely|narrowly|close\sto|about\sto|so\sclose\sto)\s"
    r"(?:(?:got|get|been|being|hit(?:ting)?|touch(?:ed|ing)?|reach(?:ed|ing)?)\s)?$"
)
_NEAR_WINDOW: Final = 24


def idiom_after(low: str, end: int) -> bool:
    """The close or cancel word ending at low[end] makes an idiom with the word after it."""
    return _IDIOM_AFTER.match(low, end) is not None


def near_miss(low: str, at: int) -> bool:
    """The action's word at low[at] comes right after "almost", "nearly" ...: it did not happen."""
    return _NEAR_BEFORE.search(low[max(0, at - _NEAR_WINDOW) : at]) is not None
