"""The coin of a post that names it only by a tag somewhere in the text (the last resort of
parsers/coins.symbol_of): one coin, or none when the post's cashtags name several.

"... Entry: Market price 2.1008 / Take profit 1: 2.0052 / Stop loss: 2.1645 / $XRPUSD$PIEVERSE
/ $YALA": the body names no coin and the tags run on after the levels, each a different coin.
Taking the first would trade a guess (branch i13-lvl21, dev sq21-xrp-three-tags). A cashtag is a
ticker said outright ($SOL, never a word), so two of them naming different coins leave the
levels' coin unknown; hashtags (#Write2Earn, #MarketRebound) are topics as often as coins and
are not counted.

tag_heading_level_line (one of parsers/coins.py's another_coin checks, moved here in session 28):
another coin's tag opening a level's line ("$SUSHI mostra ... TP1 a $0.325" under a signal).
"""

from __future__ import annotations

import re
from typing import Final

from parsers import symbols
from parsers.extremes import first_at, last_at
from parsers.reading import Settled
from parsers.symbols import plain_base

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


# A coin's tag opening its line: "$SUSHI mostra un chiaro cambiamento ... TP1 a $0.325".
_TAG_HEAD: Final = re.compile(r"[^\w\n#$]{0,6}[#$][a-z][a-z0-9]{1,14}(?![\w/])")


def tag_heading_level_line(low: str, s: Settled, symbol: str, mine: str = "") -> str | None:
    """Another coin's tag ($SUSHI, #SUSHI) opening the line of a level read, or a line after the
    first level with levels read below it: those levels are the other coin's (a second post run
    on after the signal: "... Take profits: 0.065 ... / $SUSHI mostra ... TP1 a $0.325", "...
    Stop: 0.0555 / $SPK Long 🟢 / Buy Area - 0.09335"), or None. (One of parsers/coins.py's
    another_coin checks, which gives mine: plain_base(symbol).)"""
    if "$" not in low and "#" not in low:
        return None
    levels = [n.start for n in s.levels()]
    if not levels:
        return None
    last = last_at(levels)
    # The lines asked are every line starting from the first level's line to the last level
    # (a level's own line starts there too): its tag sign is within a line's first seven
    # characters, so two scans of that stretch reject most posts, and the lines are walked in
    # order (no set of line starts, no sort; tests/parsers/test_speed29.py compares).
    start = low.rfind("\n", 0, first_at(levels)) + 1
    if low.find("#", start, last + 7) < 0 and low.find("$", start, last + 7) < 0:
        return None
    while start <= last:
        if low.find("#", start, start + 7) >= 0 or low.find("$", start, start + 7) >= 0:
            coin = _tag_heading_coin(low, start, mine or plain_base(symbol))
            if coin is not None:
                return coin
        at = low.find("\n", start)
        if at < 0:
            return None
        start = at + 1
    return None


def _tag_heading_coin(low: str, start: int, mine: str) -> str | None:
    """The coin of a tag opening the line at start when its base is not mine."""
    m = _TAG_HEAD.match(low, start)
    if m is None:
        return None
    coin = symbols.from_tag(low[start : m.end()])
    return coin if coin is not None and plain_base(coin) != mine else None
