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


def glued_btc(symbol: str) -> str | None:
    """A review reason when symbol is a USDT market whose base ends in BTC after a coin's ticker
    of three letters or more ("LINKBTCUSDT"), or None."""
    base = symbol.removesuffix("USDT")
    if base == symbol or not base.endswith("BTC") or base in _BITCOIN_TOKENS:
        return None
    coin = base[:-3]
    if len(coin) < 3 or not coin.isalpha():
        return None
    return (
        f"the post names {base}, read as a coin quoted in USDT: {coin}'s BTC pair ({coin}/BTC),"
        f" {coin}/USDT, or a coin so named? Which market is meant is a guess"
    )
