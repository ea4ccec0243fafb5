"""A close of the whole position said beside a report of a target hit (session 20, branch
i13-en21): "TCI HIT TARGET 675 FROM 639 EXIT FULLY ✅", "SUNFLAG HIT TARGET FULLY EXIT AT 205",
"JINDAL HIT TARGET 470 FROM 444 🔥 EXIT ✅", "NEAR TARGET 🎯 / EXIT HERE", "10% RETURNS BOOK AND
EXIT ALL". A hit report beside a close word used to read as the report (the hit's tick or word
won), though the post tells the reader to get out: parsers/update_kind.py reads such a post as
the close when its close word says all of it by these rows, and parsers/close_share.py takes no
share for a close said with the adverb of all ("HIT 12% EXIT FULLY": the 12% is the result).

The rows, each a way channels say "all of it, now" around the close word (the English of stock
and coin call channels: DndsP/SwingTrades' export in tests/fixtures/corpus/dev/en21-swing.json):

    adverb after   "exit fully", "close all", "book full profit", "exit completely", "exit rest
                   20% qts" (the rest: all that is left)
    adverb before  "fully exit", "completely closed"
    here and now   "exit here", "exit now", "exit here for safe": the close at the market now
    alone          "EXIT ✅" ending its line: the word is the whole instruction

Not a plan ("exit fully at TP3 if ..."), a wait ("wait for exit"), a negation ("don't exit
fully"): the close word must instruct (parsers/close_share.py asks), and the post must not be
negated (parsers/updates.py).
"""

from __future__ import annotations

import re
from typing import Final

# Right after the close word: the whole of it said by an adverb ("exit fully", "close all",
# "book full profit", "exit rest": all that is left; not "close all targets": the targets, nor
# "exit all 3 entries").
ALL_AFTER: Final = re.compile(
    # ("✅ +45 PIPS Close trade fully!", "Close the  trade fully", "close SWING trade": the trade
    # named between, the adverb after it or none; gath29.)
    # (Not "close trade 50%", "close the trade half": a share said after it; nor "close the
    # trade at 3300", "close trade fully at 3300": a price to come.)
    r"\s(?:(?:the|this|our|your|swing|day)\s+){0,2}trade(?![a-z])"
    r"(?!(?:\s+(?:fully|completely|entirely))?\s+(?:at|@|near|around|above|below|under|over|when"
    r"|once|if|after)(?![a-z]))"
    r"(?![^\n]{0,24}(?:[0-9]\s?%|(?<![a-z])(?:half|partial\w*|part|third|quarter)(?![a-z])))"
    r"|\s(?:fully|completely|entirely|everything|(?:the\s)?(?:rest|remaining|remainder)"
    r"|full(?:\sprofits?)?|all(?!\s(?:targets?|tps?|entr\w*|orders?|[0-9])))(?![a-z])"
)
# Right before it: "fully exit", "completely close".
ALL_BEFORE: Final = re.compile(r"(?<![a-z])(?:fully|completely|entirely)\s$")
# The close now, at the market ("exit here", "exit now", "exit here for safe"); an "exit"
# alone at the end of its line, emoji after it ("🔥🔥EXIT ✅✅✅").
_NOW_AFTER: Final = re.compile(r"\s(?:right\s)?(?:here|now)(?![a-z])|\sfor\ssafe(?:ty)?(?![a-z])")
_ALONE_AFTER: Final = re.compile(r"[^\w\n]*(?:\n|$)")


def says_all(low: str, close: re.Match[str]) -> bool:
    """Whether the close word `close` of low says the whole position by its adverb ("exit
    fully", "fully exit", "close all")."""
    return (
        ALL_AFTER.match(low, close.end()) is not None
        or ALL_BEFORE.search(low, max(0, close.start() - 12), close.start()) is not None
    )


def exits_now(low: str, close: re.Match[str]) -> bool:
    """Whether the close word says to get out of all of it now: by its adverb of all, "here"
    or "now" after it, or an "exit" standing alone at the end of its line."""
    if says_all(low, close) or _NOW_AFTER.match(low, close.end()) is not None:
        return True
    return close.group().startswith("exit") and _ALONE_AFTER.match(low, close.end()) is not None
