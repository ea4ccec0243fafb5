"""A coin's ticker glued to BTC and read as a coin of its own on the USDT market: "#LINKBTC LONG
/ Entry: 14.2" read as LINKBTC/USDT.

Channels write a BTC pair as one word ("LINKBTC", Binance's own symbol for LINK/BTC); where its
levels are no satoshi prices the reader takes the word as a coin's ticker quoted in USDT: a
market that does not exist, or another coin's. Whether the post means LINK/BTC, LINK/USDT or a
coin so named is a guess: needs review. Only a base of three letters or more before "BTC" (not
WBTC, TBTC, HBTC: wrapped bitcoins, one letter) and none of the bitcoin tokens of more letters.
"""

from __future__ import annotations

from typing import Final

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
