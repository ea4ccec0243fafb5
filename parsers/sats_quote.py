"""A follow-up's coin whose prices are in satoshis: quoted in BTC ("#DUSK Hit 1050 Sats" reports
on DUSK/BTC, not DUSK/USDT).

A coin named without its quote is read as a USDT pair; a post that gives its prices in satoshis
(hundredths of a millionth of a bitcoin) says the pair is quoted in BTC. Its report is about
that market, never a USDT trade of the same coin opened from another post.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.symbols import DEFAULT_QUOTE, base_of, make_symbol
from parsers.vocabulary import SATOSHI

_SATOSHI: Final = re.compile(SATOSHI)
# The coin SATS (1000SATS on the exchanges): its name is no unit.
_NOT_IN_SATS: Final = frozenset(("SATS", "1000SATS", "BTC"))


def quoted_in_sats(symbol: str | None, low: str) -> str | None:
    """symbol, quoted in BTC when no quote is written and the post's prices are in satoshis."""
    if symbol is None or ("sat" not in low and "сатош" not in low):
        return symbol
    if not symbol.endswith(DEFAULT_QUOTE) or "usd" in low or _SATOSHI.search(low) is None:
        return symbol
    base = base_of(symbol)
    if base in _NOT_IN_SATS:
        return symbol
    # ("ANKRBTC" in the post, read as the coin ANKRBTC quoted in USDT: the pair ANKR/BTC.)
    return base if base.endswith("BTC") and len(base) > 3 else make_symbol(base, "BTC")
