"""A coin picked out of a list of tags: "#SOL #LINK #AVAX / LONG / Entry ...", "#Crypto #BTC #LINK".

A line of tags naming several coins is a topic list (the coins the post is about, the market's
coins, a channel's hashtags); when the coin read is named only there, the parser took the first
coin of the list, and which one the levels are for is a guess: a wrong coin traded at another
coin's prices. Needs review, unless the coin read is named outside such lines as well (the side
word's line "LINK LONG", a pair "LINK/USDT", a "Coin:" label): then the list is a signature
under a call that names its coin ("LONG #LINK ... Tags: #ETH #SOL"). A list naming one coin
("#LINK #altcoins #crypto") and a coin and its own pair ("#BTC #BTCUSD") name no other coin.
"""

from __future__ import annotations

import re
from typing import Final

from parsers import symbols
from parsers.models import ParsedSignal

# A line of two tags or more and nothing else but marks and a short label ("Tags:").
_TAG_LINE: Final = re.compile(
    r"(?m)^[^\w\n#$]*(?:[a-z]{1,8}[^\S\n]?:[^\S\n]*)?(?:[#$][a-z0-9_]{1,20}[^\w\n#$]*){2,}$"
)
_TAG: Final = re.compile(r"[#$][a-z0-9_]{1,20}")
# (Two tags side by side: opening with "#" or "$", scanned at C speed; _TAG_LINE opens at every
# line.)
_TWO_TAGS: Final = re.compile(r"[#$][a-z0-9_]{1,20}[^\w\n#$]*[#$][a-z0-9_]")


def coin_from_tag_list(sig: ParsedSignal, low: str) -> str | None:
    """A review reason when the coin read is named only in a line of tags that names another
    coin as well, or None. (low: the lower-cased post, as sig.norm_text.)"""
    if low.count("#") + low.count("$") < 2 or _TWO_TAGS.search(low) is None:
        return None
    mine = symbols.base_of(sig.symbol)
    quote = sig.symbol[len(mine) :]
    listed = False
    others: list[str] = []
    outside: list[str] = []
    last = 0
    for line in _TAG_LINE.finditer(low):
        outside.append(low[last : line.start()])
        last = line.end()
        for tag in _TAG.finditer(low, line.start(), line.end()):
            coin = symbols.from_tag(tag.group())
            if coin is None:
                continue
            base = symbols.base_of(coin)
            if base == mine:
                listed = True
            elif base != quote and base not in others:
                others.append(base)
    if not listed or not others:
        return None
    outside.append(low[last:])
    word = re.compile(r"(?<![a-z0-9])" + re.escape(mine.lower()) + r"(?![a-z])")
    if any(word.search(part) for part in outside):
        return None
    return (
        f"the coin read, {mine}, is named only in a list of tags with {', '.join(others)}:"
        " which coin the levels are for is a guess"
    )
