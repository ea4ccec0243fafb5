"""An entry label with its price, and no entry read: "Entry: 14.2 (good RR)" traded at the market.

A note word the lexicon knows as a label of its own (RR, risk, reward, volume) after the entry's
price took that price as its own, and the signal was left with no entry: a market order where the
channel posted a limit at a price. Unless the entry's line says the market ("Entry: 10.57
(current market)", "Entry: $92 now": the price a reference, the corpus's `market_ok`), a price
written after the entry label and not read as the entry is a doubt: needs review.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.models import ParsedSignal

_PRICED_ENTRY: Final = re.compile(
    r"(?m)^[^\w\n]*(?:entry|entries|entry\s(?:zone|price|point)|buy\s(?:zone|price))[^\S\n]?"
    r"[:=-][^\S\n]?\$?[0-9][^\n]*"
)
_MARKET: Final = re.compile(r"(?<![a-z])(?:now|market|current|cmp|instant|immediately)(?![a-z])")


def entry_price_lost(sig: ParsedSignal, low: str) -> str | None:
    """A review reason when an entry label is followed by a price and no entry was read (a
    market entry), its line saying nothing of the market; or None."""
    if sig.entries or ("entr" not in low and "buy" not in low):
        return None
    m = _PRICED_ENTRY.search(low)
    if m is None or _MARKET.search(m.group()) is not None:
        return None
    return (
        f"the entry is written '{sig.norm_text[m.start() : m.end()].strip()}' but no entry price"
        " was read from it: a limit at that price, or the market? Which is meant is a guess"
    )
