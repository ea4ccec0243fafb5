"""A coin written in lower case (or capitalised) where nothing else can be meant: alone on a
card's first line right above its levels ("link / Entry 7.5 / stop 7 / tp 9 / lev 10x", "Trb /
Entry 30 / ..."), or right after the side word there ("long ena / entry 0.45 / tp 0.55 / stop
0.41"). Short cards of this kind name the coin as a trader types it, without a tag, a pair or
capitals; read as nothing, a complete card was no signal at all (session 31, i13-cards33, from
the lead's masked held-out shapes; no held-out text was read).

Only a listed ticker (TICKERS: the well-known futures markets, no common word that could head a
card: not "move", "not", "one", "high") and only there: the word alone on the post's first line
(a side word before it at most), the next line opening with an entry label. "hello / entry
..." or "update / stop 7" name no coin. A ticker of the list is no misspelt coin either: MANTA is
Manta Network, not MANA with a letter added (parsers/symbols.misspelt asks TICKERS)."""

from __future__ import annotations

import re
from typing import Final

# The well-known USDT-margined futures markets, by ticker (their bases as exchanges list them).
# Left out: tickers that are common English words a card or a follow-up may open with (NOT, ONE,
# MOVE, HIGH, ME, IO, W, S, AI, ID, ACT, ALT, SUPER, MEME, RED, HOOK, MAGIC, PEOPLE, PORTAL,
# AUCTION, BAND, GAS, ACE, MASK, SAGA, OMNI, USUAL, LAYER, BAKE).
TICKERS: Final = frozenset(
    """
    BTC ETH BNB SOL XRP ADA DOGE TRX TON AVAX DOT LINK MATIC POL SHIB LTC BCH UNI ATOM XLM ETC
    FIL APT ARB OP NEAR INJ SUI SEI TIA ICP HBAR VET ALGO AAVE MKR GRT RNDR RENDER IMX STX EGLD
    SAND MANA AXS GALA APE CHZ FTM FLOW THETA XTZ EOS NEO KAVA ZEC DASH XMR RUNE SNX CRV LDO COMP
    YFI SUSHI 1INCH BAL ENS DYDX GMX PENDLE JUP PYTH JTO WIF BONK PEPE FLOKI ORDI SATS WLD BLUR
    ARKM FET AGIX OCEAN TAO ENA ETHFI ONDO STRK ZRO TRB LPT ROSE CELO ZIL IOTA QTUM ICX
    ONT WAVES BAT ENJ CHR ALICE LRC ANKR SKL STORJ RSR OGN KNC ZRX CTSI API3 LQTY SSV RDNT CFX
    ACH MINA KAS TWT CAKE SXP CKB JASMY LINA TRU SPELL DENT REEF COTI WOO FXS HFT ILV YGG
    AGLD MAV BNX EDU UMA POLYX IOTX GLMR ASTR SFP BIGTIME ORBS PIXEL AEVO DYM MANTA XAI NFP
    BOME REZ TNSR MEW POPCAT TURBO NEIRO DOGS HMSTR CATI EIGEN GOAT PNUT MOODENG VIRTUAL AI16Z
    TRUMP KAITO BERA HYPE PENGU VANA PLUME LUNA LUNC GMT ARPA AUDIO CELR COMBO DODO FLM HOT
    IOST JOE KLAY LEVER LIT MTL NKN OMG PERP RLC STMX SUN TLM UNFI XEM XVS ZEN AXL ALPHA ATA
    BLZ C98 CYBER DUSK GTC HIFI ID KEY LOOM MBOX OXT PHB QNT RIF SLP STG SYN T TOKEN VANRY
    XVG YGG ZETA ALT BB LISTA NOT ZK
    """.split()
) - frozenset(("ID", "KEY", "T", "TOKEN", "ALT", "BB", "NOT"))

# The first line holding a word or a number: its side word at most, then the coin alone
# ("long ena", "🔥 link", "Trb"); the next line opens with an entry label ("Entry 7.5",
# "entry: 0.45", "Buy 30"), emoji or bullets before it.
_HEAD: Final = re.compile(
    r"[^\w\n]*(?:(?:long|short|buy|sell)[^\S\n]+)?([a-z][a-z0-9]{1,9})[^\w\n]*\n"
    r"(?:[^\S\n]*\n)*[^\w\n]*(?:entry|entries|enter|buy)(?![a-z])"
)


def coin_over_card(low: str) -> str | None:
    """The listed ticker alone on the post's first line over an entry label (a side word before
    it at most), as its USDT symbol ("link" -> "LINKUSDT"), or None."""
    m = _HEAD.match(low.lstrip())
    if m is None:
        return None
    word = m.group(1).upper()
    return word + "USDT" if word in TICKERS else None  # (no quote named: USDT, as make_symbol)
