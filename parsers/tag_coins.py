"""The coin of a post that names it only by a tag somewhere in the text (the last resort of
parsers/coins.symbol_of): one coin, or none when the post's cashtags name several.

"... Entry: Market price 2.1008 / Take profit 1: 2.0052 / Stop loss: 2.1645 / $XRPUSD$PIEVERSE
/ $YALA": the body names no coin and the tags run on after the levels, each a different coin.
Taking the first would trade a guess (branch i13-lvl21, dev sq21-xrp-three-tags). A cashtag is a
ticker said outright ($SOL, never a word), so two of them naming different coins leave the
levels' coin unknown; hashtags (#Write2Earn, #MarketRebound) are topics as often as coins and
are not counted.
"""

from __future__ import annotations

import re
from typing import Final

from parsers import symbols

_CASHTAG: Final = re.compile(r"\$([a-z][a-z0-9]{0,14})(?![a-z0-9_])")


def one_coin_tag(low: str) -> str | None:
    """symbols.from_tag(low), unless the post's cashtags name another coin as well (None)."""
    sym = symbols.from_tag(low)
    if sym is None or low.count("$") < 2:
        return sym
    base = symbols.base_of(sym)
    for m in _CASHTAG.finditer(low):
        other = symbols.from_tag(m.group())
        # (A one-letter cashtag, "$B", is a coin said outright too, though from_tag wants it
        # beside a side or levels to read it.)
        name = symbols.base_of(other) if other is not None else m.group(1).upper()
        if (other is not None or len(m.group(1)) == 1) and name != base:
            return None
    return sym
