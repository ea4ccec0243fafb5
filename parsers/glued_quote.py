"""A coin's ticker glued to BTC and read as a coin of its own on the USDT market: "#LINKBTC LONG
/ Entry: 14.2" read as LINKBTC/USDT.

Channels write a BTC pair as one word ("LINKBTC", Binance's own symbol for LINK/BTC); where its
levels are no satoshi prices the reader takes the word as a coin's ticker quoted in USDT: a
market that does not exist, or another coin's. Whether the post means LINK/BTC, LINK/USDT or a
coin so named is a guess: needs review. Only a base of three letters or more before "BTC" (not
WBTC, TBTC, HBTC: wrapped bitcoins, one letter) and none of the bitcoin tokens of more letters.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds

# Tokens whose own ticker ends in BTC (wrapped, bridged or pegged bitcoins).
_BITCOIN_TOKENS: Final = frozenset(("RENBTC", "SOLVBTC", "LBTC", "CBBTC", "FBTC", "UNIBTC"))


# Tokens whose own ticker ends in ETH after three letters or more (staked, wrapped or restaked
# ethers): "#LINKETH" is LINK's ETH pair, "#WSTETH" a coin (session 23: the same glued quote).
_ETHER_TOKENS: Final = frozenset(
    ("WSTETH", "FRXETH", "SFRXETH", "ANKRETH", "SWETH", "RSWETH", "PUFETH", "WBETH", "OSETH")
)


def glued_btc(symbol: str) -> str | None:
    """A review reason when symbol is a USDT market whose base ends in BTC (or ETH) after a
    coin's ticker of three letters or more ("LINKBTCUSDT", "LINKETHUSDT"), or None."""
    base = symbol.removesuffix("USDT")
    if base == symbol or base in _BITCOIN_TOKENS or base in _ETHER_TOKENS:
        return None
    quote = base[-3:]
    if quote not in ("BTC", "ETH"):
        return None
    coin = base[:-3]
    if len(coin) < 3 or not coin.isalpha():
        return None
    return (
        f"the post names {base}, read as a coin quoted in USDT: {coin}'s {quote} pair"
        f" ({coin}/{quote}), {coin}/USDT, or a coin so named? Which market is meant is a guess"
    )


# A leverage run into the coin's ticker: "#SUI20X" read as a coin SUI20X, "SUIx20" as SUIX20,
# "SUI×20" read as SUI with no leverage (session 23: a wrong coin, or the leverage lost).
_LEVERAGE_TAIL: Final = re.compile(r"([A-Z]{2,12}?)(?:[0-9]{1,3}X|X[0-9]{1,3})")

_TIMES_GATE: Final = gate(("×", "х"))  # (found in the post's one pass: parsers/gate_words.py)


def glued_leverage(symbol: str, leverage: int | None, low: str) -> str | None:
    """A review reason when the coin read ends in a leverage ("SUI20XUSDT"), or when the post
    writes a leverage run into the coin's ticker that was not read ("SUI×20" with no leverage):
    low is the lower-case post; or None."""
    base = symbol.removesuffix("USDT")
    # (a whole match holds an "X" and ends in "X" or a digit: most bases do neither)
    if (
        base != symbol
        and "X" in base
        and base[-1:] in "X0123456789"
        and (m := _LEVERAGE_TAIL.fullmatch(base)) is not None
    ):
        coin = m.group(1)
        return (
            f"the post names {base}, read as a coin: {coin} at {base[len(coin) :].lower()}"
            " leverage, or a coin so named? Which market is meant is a guess"
        )
    if leverage is not None or base == symbol or not holds(low, _TIMES_GATE):
        return None  # (the pattern's "[×х]": a post holding neither holds no match)
    glued = re.search(
        r"(?<![a-z0-9])" + re.escape(base.lower()) + r"[×х][0-9]{1,3}(?![0-9.,])", low
    )
    if glued is None:
        return None
    return (
        f"'{glued.group()}' runs a leverage into the coin's ticker, and no leverage was read:"
        " the trade would go at another leverage than the post's"
    )
