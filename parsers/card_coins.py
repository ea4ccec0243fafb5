"""The coin a short card names alone on the line right above its entry label: in lower case
("link / Entry 7.5 / stop 7 / tp 9 / lev 10x", "Trb / Entry 30 / ..."), after the side word ("long
ena / entry 0.45 / tp 0.55 / stop 0.41"), or under a heading, a pin before it ("ⓑⓘⓝⓐⓝⓒⓔ futures /
✅ Long / 📍KAVA / EN : 0.51_0.50 / ..."). Cards of this kind name the coin as a trader types it,
without a tag or a pair; read as nothing, a complete card was no signal at all (session 31,
i13-cards33, from the lead's masked held-out shapes; no held-out text was read).

Only there, and only a word that can be nothing else: a listed ticker in any case
(parsers/tickers.py: the well-known futures markets, no common word that could head a card: not
"move", "not", "one", "high"), or a word written in capitals that may be a ticker (not a side,
a label or a stopword: "SIGNAL", "VIP", "SPOT"). "hello / entry ..." or "update / stop 7" name no
coin."""

from __future__ import annotations

import re
from typing import Final

from parsers.symbols import NEVER_A_BASE, make_symbol, ok_base
from parsers.tickers import TICKERS

# A line opening with an entry label ("Entry 7.5", "entry: 0.45", "Buy 30", "EN : 0.51_0.50"),
# emoji or bullets before it (searched in "\n" + text).
_ENTRY_LINE: Final = re.compile(r"\n[^\w\n]*(?:entry|entries|enter|buy|en(?=[ \t]?:))(?![a-z])")
# The line above it: the side word at most, then the coin alone ("long ena", "📍KAVA", "Trb").
_COIN_LINE: Final = re.compile(
    r"[^\w\n]*(?:(?:long|short|buy|sell)[^\S\n]+)?([a-z][a-z0-9]{1,9})[^\w\n]*"
)

# The title over it: a few words, then the side or entry word and the coin ending the line.
_TITLE_COIN: Final = re.compile(
    r"[^\w\n]*(?:[a-z]{1,12}[^\S\n]+){1,5}(?:long|short|buy|sell|entry)[^\S\n]+([a-z][a-z0-9]{1,9})"
    r"[^\w\n]*"
)


def coin_over_card(norm: str, low: str) -> str | None:
    """The coin alone on the line right above the card's first entry label (a side word before
    it at most): a listed ticker in any case, or a word in capitals that may be a ticker
    ("📍KAVA"); as its symbol ("link" -> "LINKUSDT"), or None."""
    m = _ENTRY_LINE.search("\n" + low)
    if m is None or m.start() == 0:
        return None
    end = m.start() - 1  # (the entry line's "\n" in low)
    while end > 0 and not low[low.rfind("\n", 0, end) + 1 : end].strip():
        end = low.rfind("\n", 0, end)  # (blank lines between)
    if end <= 0:
        return None
    start = low.rfind("\n", 0, end) + 1
    line = _COIN_LINE.fullmatch(low, start, end)
    if line is None:
        # "High risk entry Algo" over "Entry 0.1345": a title ending in the side or entry word
        # and a listed ticker (i13-cards34); only a listed one ("... entry now" names none).
        titled = _TITLE_COIN.fullmatch(low, start, end)
        if titled is None or titled.group(1).upper() not in TICKERS:
            return None
        # (Written with its capital, "Algo", "ALGO": "long near" in lower case is a word.)
        return make_symbol(titled.group(1).upper()) if norm[titled.start(1)].isupper() else None
    word = line.group(1).upper()
    if word in TICKERS:
        return make_symbol(word)
    written = norm[line.start(1) : line.end(1)]
    if written.isupper() and word not in NEVER_A_BASE and ok_base(word):
        return make_symbol(word)
    return None
