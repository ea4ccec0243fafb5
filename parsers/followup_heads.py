"""A post titled as a follow-up of a coin's call, whose levels restate or replace that call's: an
update ("Update on #LINK", "Signal update $LINK", "#LINK long update") or a correction
("Correction #LINK long", "#LINK long (corrected)", "Sorry, wrong coin above").

Such a post repeats a signal's card under a heading that says it is about an earlier call: the
levels replace that call's (a correction) or restate them (an update), and opening them as a new
trade would put a second position on one call, or one on the coin the channel said was wrong.
Whether to replace, add or ignore cannot be told from the post: needs review (the corpus
convention for "a re-post of an earlier order with new levels", tests/fixtures/corpus/
CONVENTIONS.md). Only a heading naming the coin counts, or the word alone on its line or in
brackets: "UPDATE 🚀🚀 BTC/USDT / You can LONG at ..." and "Update on my Ethereum trade" (dev
signals) name none right after the word, and the market's "correction to 0.45" is no heading.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds

_TAG = r"[#$](?=[0-9]{0,7}[a-z])[a-z0-9]{2,15}(?:[/_-]?(?:usdt|usd|btc|perp))?"
_FOLLOWUP: Final = re.compile(
    # "Update on #LINK", "Signal update $LINK", "Update: #LINK", "Trade update for #LINK"
    r"(?<![\w-])(?:(?:signal|trade|call|position)\s)?update(?:\s(?:on|for|of))?[^\S\n]?[:-]?"
    r"[^\S\n]?" + _TAG + r"(?![\w/])"
    # "#LINK update", "#LINK long update", "$LINK signal update"
    r"|" + _TAG + r"(?:\s(?:long|short|signal|trade|call))?\supdate(?![\w-])"
    # "Correction #LINK long", "Corrected: $LINK", "#LINK long (corrected)", "[correction]"
    r"|(?<![\w-])correct(?:ed|ion)[^\S\n]?[:-]?[^\S\n]?" + _TAG + r"(?![\w/])"
    r"|[(\[]correct(?:ed|ion)[)\]]"
    # A line that is the word alone ("Update", "📢 UPDATE:", "Trade update"), or the word in
    # brackets ("#LINK/USDT LONG (Update)"): the card under or beside it is the earlier call's
    # (dev: every post with such a line is a follow-up; i13-wt23)
    r"|(?:^|(?<=\n))[^\w\n]*(?:(?:signal|trade|call|position)\s)?updated?[^\w\n]*(?=\n|$)"
    r"|[(\[]updated?[)\]]"
    # "Sorry, wrong coin above", "wrong pair in the last post"
    r"|(?<![\w-])wrong\s(?:coin|pair|ticker|symbol|token)(?!\w)"
)
_HEADS: Final = ("update", "correct", "wrong")
_HEADS_GATE: Final = gate(_HEADS)  # (found in the post's one pass: parsers/gate_words.py)


def followup_head(low: str) -> re.Match[str] | None:
    """The words that title the post (lower-cased) a follow-up of a coin's call, or None."""
    if not holds(low, _HEADS_GATE):
        return None
    return _FOLLOWUP.search(low)
