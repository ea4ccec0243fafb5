"""An entry offered as a choice between the market and a price: "Entry: market or 148", "Buy
0.51 or CMP", "Вход: по рынку или 148". Either is the channel's entry, and taking one of them
is a guess (a market order fills where the price is, a limit at 148 may never fill): the signal
needs review, the price highlighted. (The market word beside the price alone, "Entry: 148
(CMP)", "Buy now 0.51", gives the price of the moment: one entry, read as ever.)"""

from __future__ import annotations

import re
from typing import Final

from parsers.lead_first import lead_first
from parsers.led_search import led_finditer
from parsers.reading import Settled
from parsers.vocabulary import MARKET_UNSPACED, MARKET_WORDS

_MARKET: Final = "(?:" + "|".join((*MARKET_WORDS, *MARKET_UNSPACED)) + ")"
# The word of a choice between two: "or" in the languages of the lexicon ("或": Chinese).
_OR: Final = r"(?:[^\S\n](?:or|или|ou|o|oder|veya|hoặc|atau)[^\S\n]|[^\S\n]?或[^\S\n]?)"
_CHOICE: Final = re.compile(
    # The market first, then the price: "market or 148", "CMP or $0.51".
    r"(?<![a-z])" + _MARKET + r"(?![a-z])[^\S\n]?,?" + _OR + r"(?:at[^\S\n])?\$?[^\S\n]?[0-9]"
    # The price first: "148 or market", "0.51$ or at the current price".
    r"|[0-9]\$?[^\S\n]?,?" + _OR + r"(?:at[^\S\n])?(?:the[^\S\n])?" + _MARKET + r"(?![a-z])"
)

# Where a choice can begin (parsers/led_search.py): a market word not run on from a letter, or
# a digit the word of a choice follows. (_CHOICE opens with a look-behind: re entered it at
# every character of the post.)
_CHOICE_STARTS: Final = (
    re.compile(lead_first(r"(?<![a-z])" + _MARKET)),
    re.compile(r"[0-9]\$?[^\S\n]?,?" + _OR),
)


def market_or_price(norm: str, low: str, s: Settled) -> None:
    """The entry is the market or a price, the post's choice (see the module's docstring): a
    review reason, the entry highlighted."""
    if not s.entries or (
        " o" not in low
        and "или" not in low
        and "veya" not in low
        and "hoặc" not in low
        and "atau" not in low
        and "或" not in low
    ):
        return
    for m in led_finditer(_CHOICE, _CHOICE_STARTS, low):
        for n in s.entries:
            if n.start < m.end() and m.start() < n.end:
                s.review.append(
                    f"the entry is a choice, at market or at {norm[n.start : n.end]}: "
                    "which is meant?"
                )
                s.unread.append((n.start, n.end))
                return
