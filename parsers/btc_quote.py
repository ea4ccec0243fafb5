"""A coin quoted in BTC, however the post names the quote: "#XYZ/BTC" and "XYZBTC" are read by
parsers/symbols.py; these are the other ways channels say it (2017-2019 altcoin channels
mostly), read here once the coin is known:

- the quote after the coin: "XYZ (BTC pair)", "XYZ BTC pair", "#XYZ on BTC market", "XYZ/₿",
  "XYZ/Bitcoin", "XYZ:BTC", "XYZ (BTC)";
- the quote first, as Bittrex and Poloniex write their markets: "BTC-XYZ", "BTC_XYZ" (read as
  the coin BTC before: a trade of bitcoin at the altcoin's prices);
- the unit after a level: "Buy XYZ 0.00001234 BTC";
- where every level is satoshi-sized (below a tenth of a cent: no USDT price of such a coin),
  a looser word: "#XYZ BTC", "XYZ 🆚 BTC", "Exchange: Binance BTC market", "Market: BTC", "sat".

A post that names a dollar quote anywhere ("usd", "$0.0012") is left as read. Where the levels
are satoshi-sized and no quote is named at all, parsers/scale.py refuses the signal (which pair
is meant is a guess); a coin that trades below a tenth of a cent in dollars (PEPE, SHIB, ...:
vocabulary.SUB_MILLI_BASES) is priced in USDT at such levels and keeps its USDT pair.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.extremes import highest
from parsers.gate_words import gate, holds
from parsers.numbers import Num
from parsers.symbols import DEFAULT_QUOTE, QUOTES, base_of, make_symbol, ok_base
from parsers.vocabulary import COIN_NAMES, KNOWN_BASES, SUB_MILLI_BASES

# Coins known by name: "ETHBTC" is ETH quoted in BTC (the quote glued on), whatever its price.
_KNOWN: Final = KNOWN_BASES | frozenset(COIN_NAMES.values()) | frozenset(("BNB", "XRP", "TRX"))
# Satoshi-sized: below a tenth of a cent (the line; 100,000 satoshis).
SATOSHI_SIZED: Final = 0.001
# The quote's words, found in the post's one pass (parsers/gate_words.py).
_BTC_GATE: Final = gate(("btc", "xbt", "₿", "bitcoin"))
_SAT_GATE: Final = gate(("sat",))
_USDT_GATE: Final = gate(("usdt",))
_BITCOINS: Final = frozenset(("BTC", "XBT", "WBTC"))
# The quote's words: "btc", "xbt", "₿", "bitcoin".
_BTC: Final = r"(?:btc|xbt|₿|bitcoin)"
# "(BTC pair)", "BTC market", "on the BTC pair": the words that make BTC the pair's quote.
_PAIR_WORDS: Final = r"(?:pairs?|markets?|quote)"
# The quote right after the coin (the base is put in at {b}).
_AFTER: Final = (
    r"(?<![a-z0-9]){b}(?:"
    r"\s?[/:|\\-]\s?(?:₿|bitcoin|xbt(?![a-z]))"  # "XYZ/₿", "XYZ/Bitcoin", "XYZ:XBT"
    r"|:\s?btc(?![a-z])"  # "XYZ:BTC" ("/", "-", "_" are read by symbols.py)
    r"|[^\w\n]{{0,3}}(?:(?:on|in)\s(?:the\s|a\s)?)?" + _BTC + r"[\s-]?" + _PAIR_WORDS + r"(?![a-z])"
    r"|\s?\(\s?" + _BTC + r"\s?\)"  # "XYZ (BTC)"
    r")"
)
# The quote first: "BTC-XYZ", "BTC_XYZ", Bittrex's "MarketName=BTC-XYZ".
_FIRST: Final = r"(?<![a-z0-9])(?:btc|xbt)[-_]{b}(?![a-z0-9])"
# Any coin after the quote, where the coin read is bitcoin itself: "(Bittrex) BTC-XYZ".
_FIRST_ANY: Final = re.compile(r"(?<![a-z0-9])(?:btc|xbt)[-_/]([a-z][a-z0-9]{1,9})(?![a-z0-9])")
# A level with the unit after it: "0.00001234 BTC", "0.00001234₿" (on its line: "SL 0.50\nBTC
# looks weak" is a note on bitcoin under the levels, no unit).
_UNIT: Final = re.compile(r"[^\S\n]?" + _BTC + r"(?![a-z])")
# Looser words, read only where every level is satoshi-sized.
_LOOSE_AFTER: Final = r"(?<![a-z0-9]){b}[^\w\n]{{1,3}}" + _BTC + r"(?![a-z0-9/])"
_LOOSE: Final = re.compile(
    r"(?<![a-z0-9])" + _BTC + r"[\s-]?" + _PAIR_WORDS + r"(?![a-z])"
    r"|(?<![a-z])" + _PAIR_WORDS + r"\s?[:=\-]\s?" + _BTC + r"(?![a-z0-9/])"
    r"|(?<![a-z0-9])sats?(?![a-z])|satoshi"  # (not "1000SATS": the coin's contract)
)
# A dollar quote named anywhere: the levels are dollars, whatever else is said.
DOLLARS: Final = re.compile(r"usd|\$\s?[0-9]|[0-9]\s?\$|₮")


def btc_quoted(symbol: str, low: str, levels: list[Num]) -> str:
    """symbol, quoted in BTC where the post names that quote (see the module's docstring).

    low is the lower-cased post, levels the prices read, at their places in low."""
    if not levels:
        return symbol
    top = highest([n.value for n in levels])
    base = base_of(symbol)
    if base in _BITCOINS and symbol[len(base) :] in ("ETH", "TRX") and top < 1:
        # "BTC-TRX", "BTC_ETH": Bittrex's and Poloniex's quote first (bitcoin is worth more).
        return make_symbol(symbol[len(base) :], "BTC")
    if not symbol.endswith(DEFAULT_QUOTE) or base[:1].isdigit():
        return symbol  # (a contract with a multiplier, "1000PEPE", has no BTC pair)
    glued = symbol.endswith("BTCUSDT") and len(symbol) > 8 and not holds(low, _USDT_GATE)
    if glued and (top < 0.01 or (top < 1 and base[:-3] in _KNOWN)):
        # "DOGEBTC" with levels of 0.0000016: the pair glued to its BTC quote, not a coin called
        # DOGEBTC quoted in USDT (no coin worth a hundredth of a dollar has BTC in its name);
        # "ETHBTC" at 0.053: a known coin and its BTC quote, at a price below one bitcoin.
        return symbol[: -len(DEFAULT_QUOTE)]
    if not holds(low, _BTC_GATE) and (not holds(low, _SAT_GATE) or top >= SATOSHI_SIZED):
        return symbol  # (the quote's words are nowhere: most posts stop here)
    if DOLLARS.search(low) is not None:
        return symbol
    b = re.escape(base.lower())
    if base in _BITCOINS:
        # (Bitcoin at prices below a dollar: the quote, written first, before the coin.)
        m = _FIRST_ANY.search(low) if top < 1 else None
        coin = m.group(1) if m is not None else ""
        if coin and coin.upper() not in QUOTES and ok_base(coin):
            return make_symbol(coin, "BTC")
        return symbol
    pair = make_symbol(base, "BTC")
    if re.search(_AFTER.format(b=b), low) or re.search(_FIRST.format(b=b), low):
        return pair
    if any(_UNIT.match(low, n.end) for n in levels):
        return pair
    if top < SATOSHI_SIZED and base not in SUB_MILLI_BASES:
        if re.search(_LOOSE_AFTER.format(b=b), low) or _LOOSE.search(low):
            return pair
    return symbol


def glued_to_btc(symbol: str | None, low: str) -> str | None:
    """A known coin glued to its BTC quote in a follow-up ("#ETHBTC TP2 ✅", "LINKBTC closed"):
    the BTC pair, as btc_quoted reads the call ("ETHBTC" at 0.053), not a coin called ETHBTC
    quoted in USDT (the trade the follow-up names would be none; i13-en22). So is any coin
    tagged glued to BTC ("#NEBLBTC Target 2 achieved 🎯", as the call "#NEBLBTC / Buy ..." is
    read NEBLBTC; i13-status32), but an exchange or a wrapped bitcoin ("#hitbtc", "#RENBTC")."""
    if (
        symbol is not None
        and symbol.endswith("BTC" + DEFAULT_QUOTE)
        and len(symbol) > 8
        and not holds(low, _USDT_GATE)
    ):
        base = symbol[: -len("BTC" + DEFAULT_QUOTE)]
        pair = symbol[: -len(DEFAULT_QUOTE)]
        if base in _KNOWN or (
            pair not in _BTC_NAMED
            and base.isalpha()
            and (f"#{pair.lower()}" in low or f"${pair.lower()}" in low)
        ):
            return pair
    return symbol


# Names that end in "BTC" and are no BTC pair: an exchange, wrapped or bridged bitcoins.
_BTC_NAMED: Final = frozenset(
    ("HITBTC", "RENBTC", "WBTC", "TBTC", "HBTC", "OBTC", "PBTC", "SBTC", "BBTC", "FBTC", "LBTC")
    + ("CBBTC", "SOLVBTC", "ENZOBTC", "UNIBTC", "PUMPBTC", "STBTC", "XBTC", "MBTC", "EBTC")
)
