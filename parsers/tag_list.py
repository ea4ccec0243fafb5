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
from parsers.line_led import LineLed
from parsers.models import ParsedSignal

# A line of two tags or more and nothing else but marks and a short label ("Tags:").
_TAG_LINE: Final = LineLed(
    r"(?m)^[^\w\n#$]*(?:[a-z]{1,8}[^\S\n]?:[^\S\n]*)?(?:[#$][a-z0-9_]{1,20}[^\w\n#$]*){2,}$"
)
_TAG: Final = re.compile(r"[#$][a-z0-9_]{1,20}")
# (Two tags side by side: opening with "#" or "$", scanned at C speed; _TAG_LINE opens at every
# line.)
_TWO_TAGS: Final = re.compile(r"[#$][a-z0-9_]{1,20}[^\w\n#$]*[#$][a-z0-9_]")


def coin_from_tag_list(sig: ParsedSignal, low: str) -> str | None:
    """A review reason when the coin read is named only in a line of tags that names another
    coin as well, or None. (low: the lower-cased post, as sig.norm_text.)"""
    if not _two_marks(low):
        return None  # (fewer than two "#" and "$")
    mine = symbols.base_of(sig.symbol)
    quote = sig.symbol[len(mine) :]
    if _TWO_TAGS.search(low) is None:
        return _tags_on_a_heading(low, mine, quote)
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
    if not listed:
        return _tags_on_a_heading(low, mine, quote)
    if not others:
        return None
    outside.append(low[last:])
    word = re.compile(r"(?<![a-z0-9])" + re.escape(mine.lower()) + r"(?![a-z])")
    if any(word.search(part) for part in outside):
        return None
    return (
        f"the coin read, {mine}, is named only in a list of tags with {', '.join(others)}:"
        " which coin the levels are for is a guess"
    )


def _two_marks(low: str) -> bool:
    """low.count("#") + low.count("$") >= 2, by finds that stop at the second mark."""
    tag = low.find("#")
    dollar = low.find("$")
    if tag >= 0 and dollar >= 0:
        return True
    if tag >= 0:
        return low.find("#", tag + 1) >= 0
    return dollar >= 0 and low.find("$", dollar + 1) >= 0


# A short line naming two coins by their tags among words: "🟢 #SOL ecosystem pick: #JUP" (the
# first tag read, the call's coin the second; session 23). A tag written as a pair ("#LINK/USDT")
# names its coin outright and is never such a list.
_TAG_PAIR: Final = re.compile(r"[#$][a-z0-9_]{1,20}\s?[/_-]")
_HEADING_WORDS: Final = 8


def _tags_on_a_heading(low: str, mine: str, quote: str) -> str | None:
    """A review reason when the coin read is tagged only on one short line that tags another
    coin as well, or None."""
    name = mine.lower()
    word = re.compile(r"(?<![a-z0-9])" + re.escape(name) + r"(?![a-z])")
    found: str | None = None
    for line in low.split("\n"):
        if name not in line or not word.search(line):  # (the name first: a search a line)
            continue
        if found is not None:
            return None  # (named on another line too)
        if len(line.split()) > _HEADING_WORDS or _TAG_PAIR.search(line):
            return None
        found = line
    if found is None:
        return None
    others = []
    mine_tagged = False
    for tag in _TAG.finditer(found):
        coin = symbols.from_tag(tag.group())
        base = symbols.base_of(coin) if coin is not None else None
        if base == mine:
            mine_tagged = True
        elif base is not None and base != quote and base not in others:
            if _bare(base) != _bare(mine):  # ("#1000RATS #RATS": the contract and its coin)
                others.append(base)
    if not mine_tagged or not others:
        return None
    return (
        f"the post tags {mine} and {', '.join(others)} on one line ('{found.strip()}'): which"
        " coin the levels are for is a guess"
    )


def _bare(base: str) -> str:
    """The coin without a multiplier before or after it: 1000RATS, 1MBABYDOGE, SHIB1000."""
    core = base[2:] if base.startswith("1M") and base[2:3].isalpha() else base
    core = core.lstrip("0123456789")
    return core.rstrip("0123456789") or base
