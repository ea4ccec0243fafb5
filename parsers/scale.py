"""Prices in the wrong unit: satoshis of a BTC pair, read as if they were dollar prices.

A channel that prices a coin in satoshis ("Buy #RVN/BTC around 220 sats", "#MDA Buy zone
11100-11270" for a coin worth a few cents) writes numbers no order can carry: a limit order at
220 for RVN/BTC or at 11100 USDT for MDA would be a trade nobody posted. The text alone often
says so; when it does, the signal needs review. Where only the market price could tell (a
cheap coin posted as "2785" with its "0." dropped and a quote written), nothing is said here.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.btc_quote import DOLLARS, SATOSHI_SIZED
from parsers.extremes import highest, lowest
from parsers.gate_words import gate, holds
from parsers.numbers import Num
from parsers.symbols import base_of
from parsers.vocabulary import (
    HIGH_PRICE_BASES,
    PRICE_CEILINGS,
    PRICE_FLOORS,
    SATOSHI,
    SUB_MILLI_BASES,
)

_SATOSHI: Final = re.compile(SATOSHI)
# A quote currency written anywhere: the channel said what its prices are in.
_DOT_THOUSANDS: Final = re.compile(r"[0-9]{1,3}\.[0-9]{3}")
_BTC_WRAPPERS: Final = frozenset(("WBTC", "BTCB", "TBTC", "CBBTC", "RENBTC", "HBTC"))
# A whole number as written: "11100", or with commas grouping its thousands ("1,110").
WHOLE_LEVEL: Final = re.compile(r"[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+")
_DOLLARS: Final = frozenset(("USDT", "USD", "USDC", "BUSD", "FDUSD", "TUSD"))
# ("$" beside a number: "$270", "270$"; never a cashtag, "$QTUM". "BTC" only as the pair's quote,
# "/BTC": "Buy zone for bullish BTC: 1150-1180" talks of the market, its levels still satoshis.)
QUOTE_WRITTEN: Final = re.compile(r"usd|busd|fdusd|\$\s?[0-9]|[0-9]\s?\$|/\s?btc|eur|₮")


def satoshi_problem(low: str, norm: str, symbol: str, nums: list[Num]) -> str | None:
    """Why the levels look like satoshis rather than prices, or None.

    low is the lower-cased normalised post (norm), symbol the pair read, nums the levels read.
    """
    if holds(low, _SAT_GATE):
        m = _SATOSHI.search(low)
        if m is not None:
            return (
                f"the prices are given in satoshis ('{m.group().strip()}'), not in the quote"
                " currency: ask the channel for prices an order can carry"
            )
    twin = multiplier_twin(low, symbol)
    if twin is not None:
        return (
            f"the post names {base_of(symbol)} and '{twin}', the same coin's contract with a"
            " multiplier, whose prices differ by it: which market is meant is a guess"
        )
    if not nums:
        return None
    values = [n.value for n in nums]
    if symbol[-3:] == "BTC" and len(symbol) > 3:
        top = highest(values)
        # (No coin but bitcoin's own wrappers has traded above a fifth of a bitcoin: "ADA/BTC
        # Entry: 0.53" gives dollar prices.)
        if top >= 0.2 and symbol[:-3] not in _BTC_WRAPPERS:
            return f"{symbol} is quoted in BTC but its levels reach {top:g}: these are" + (
                " satoshis, not prices an order can carry"
                if top >= 1
                else " dollar prices, not prices of its BTC market"
            )
    base = base_of(symbol)
    if (
        symbol[len(base) :] == "USDT"
        and (top := highest(values)) < SATOSHI_SIZED
        and base not in SUB_MILLI_BASES
        and not base[:1].isdigit()  # ("#1000WHY": a contract of a dollar-priced futures market)
        and DOLLARS.search(low) is None
    ):
        if base in PRICE_FLOORS:  # ("#XYZ / Pair: BTC / Buy 0.0000123": not bitcoin's price)
            return (
                f"{base} levels of {top:g} are no price {base} has ever traded at: the levels"
                " of another coin, quoted in BTC?"
            )
        return (
            f"{base} is posted with no quote currency at satoshi-sized levels ({top:g} and"
            f" below): prices of its BTC pair, or of {base}/USDT? Which market is meant is a guess"
        )
    floor = PRICE_FLOORS.get(base)
    if floor is not None and symbol[len(base) :] in _DOLLARS:
        least = lowest(values)
        # Only where the dot could group thousands ("64.000", "3.200"): a post writing "100"
        # for BTC is a made-up example, not a misreading.
        if least < floor and all(_DOT_THOUSANDS.fullmatch(norm[n.start : n.end]) for n in nums):
            return (
                f"{base} levels of {least:g} are far below any price {base} has traded at for"
                " years: are the dots separating thousands (64.000 for 64000)?"
            )
    ceiling = PRICE_CEILINGS.get(base)
    if ceiling is not None and (top := highest(values)) > ceiling:
        return (
            f"{base} levels of {top:g} are far above any price {base} has"
            f" traded at for years: are they prices of 1000{base}?"
        )
    plain = base.lstrip("0123456789")
    ceiling = PRICE_CEILINGS.get(plain) if plain != base else None
    # ("#1000PEPE Entry: 0.0000123": a price of PEPE itself, a thousandth of 1000PEPE's; a tenth
    # of the plain coin's ceiling leaves the contract's own lowest prices alone.)
    if ceiling is not None and (top := highest(values)) < ceiling / 10:
        return (
            f"{base} levels of {top:g} are prices of {plain} itself, not of its contract"
            f" {base}: which market is meant is a guess"
        )
    if base in HIGH_PRICE_BASES:
        return None
    # (Cheapest first: the search for a quote anywhere in the post comes last.)
    least = lowest(values)
    if (
        least >= 100
        and all(WHOLE_LEVEL.fullmatch(norm[n.start : n.end]) for n in nums)
        and not QUOTE_WRITTEN.search(low)
    ):
        return (
            f"{base_of(symbol)} is posted with no quote currency and whole-number levels of"
            f" {least:g} and more: these look like satoshis of its BTC pair, not prices"
        )
    return None


# "ICH KAUFE BITCOIN PUT 95000 (EK: 2922.00)", "BTC call option": an option on the coin, its
# strike and premium no price of the coin itself.
# (Each word first, its boundary after it: re skips straight to a "p" or a "c".)
_OPTION: Final = re.compile(
    r"(?:put(?<![a-z]put)|call(?<![a-z]call))"
    r"(?:\s?\$?[0-9]{3,}(?![0-9]|[.,][0-9])"
    r"|\s(?:options?|opsiyon\w{0,3}|opci[oó]n\w{0,2}|опцион\w{0,2})(?![a-z]))"
)


# The words each check needs, found in the post's one pass (parsers/gate_words.py).
_SAT_GATE: Final = gate(("sat", "сат"))
_OPTION_GATE: Final = gate(("put", "call"))
_TWIN_GATE: Final = gate(("000", "1m", "1k"))


def option_problem(low: str) -> str | None:
    """Why the post is no trade of the coin: it buys or sells an option on it, or None."""
    if not holds(low, _OPTION_GATE):
        return None
    m = _OPTION.search(low)
    if m is None:
        return None
    return (
        f"the post trades an option ('{m.group()}'), not the coin: its prices are the option's"
        " strike and premium, not prices of the coin"
    )


def multiplier_twin(low: str, symbol: str) -> str | None:
    """The same coin's contract with a multiplier written in the post ("$RATS (1000RATS)",
    "1000 PEPE/USDT", "1000-RATS", "1k RATS", Bybit's "SHIB1000", "RATS x1000") when the coin read is the plain one, or None: 1000RATS
    trades at a thousand times RATS's price, and which of the two the levels are is a guess. (A
    post that names both and is read as the contract, "#1000PEPE #PEPE", is read as written.)"""
    base = base_of(symbol)
    if not base[:1].isalpha() or not holds(low, _TWIN_GATE):
        return None
    m = _twin_pattern(base.lower()).search(low)
    return m.group() if m is not None else None


# The pattern of each base asked, compiled once ("1000rats" / "rats1000" around the base).
_TWINS: Final[dict[str, re.Pattern[str]]] = {}


def _twin_pattern(base: str) -> re.Pattern[str]:
    """multiplier_twin's pattern for base (lower case). Each alternative opens with its literal
    (the "1" of "1000", the base's first letter) and looks behind it for the word start
    ("1(?<![\\w.,$]1)" is "(?<![\\w.,$])1"), so re skips to those characters where a
    look-behind first made it try the pattern at every position of the post."""
    pattern = _TWINS.get(base)
    if pattern is None:
        if len(_TWINS) >= 512:
            _TWINS.clear()
        b = re.escape(base)
        pattern = re.compile(
            r"1(?<![\w.,$]1)(?:0{3,8}|[km])[ \t_.-]?" + b + r"(?![a-z0-9])"
            r"|" + b + r"(?<![a-z0-9]" + b + r")(?:[ \t]?[x×]|\()?10{3,8}(?![0-9])"
        )
        _TWINS[base] = pattern
    return pattern
