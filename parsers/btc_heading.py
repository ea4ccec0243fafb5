"""A follow-up headed by its coin and the BTC quote as a word apart: "#LINK btc (Update)",
"$ADA BTC", "#XYZ  btc  update" (made up, in the form of the old altcoin channels that post
BTC-quoted calls and report on them under the same heading). The heading names the pair
COIN/BTC, as "#XYZ/BTC" does; read as the coin alone it would be a USDT trade the channel never
called (i13-status34).

Only the heading: the post's first line with text holds the coin, "btc" and nothing more than an
update word; a post naming a dollar quote anywhere ("usd", "usdt", "$0.5") keeps its reading. A
"btc" in a later line is a remark on bitcoin ("#ETH / BTC looks weak"), never the quote.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.btc_quote import DOLLARS
from parsers.symbols import DEFAULT_QUOTE, base_of, make_symbol

# The heading: marks, the coin (tagged or not), "btc", then at most an update word or a pair word,
# bracketed or not, and marks.
_HEADING: Final = re.compile(
    r"[^\w\n#$]{0,4}[#$]?(?P<coin>[a-z][a-z0-9]{1,14})[^\S\n]+btc"
    r"(?:[^\S\n]*[(\[]?[^\S\n]*(?:update|updates|pair|market|result|spot)[^\S\n]*[)\]]?)?"
    r"[^\w\n]*(?:\n|$)"
)
_BITCOINS: Final = frozenset(("BTC", "XBT", "WBTC"))


def btc_headed(symbol: str | None, low: str) -> str | None:
    """symbol quoted in BTC when low's heading is the coin then "btc" (see the docstring)."""
    if symbol is None or "btc" not in low or not symbol.endswith(DEFAULT_QUOTE):
        return symbol
    base = base_of(symbol)
    if base in _BITCOINS or base[:1].isdigit():
        return symbol
    m = _HEADING.match(low.lstrip())
    if m is None or m.group("coin").upper() != base or DOLLARS.search(low) is not None:
        return symbol
    return make_symbol(base, "BTC")
