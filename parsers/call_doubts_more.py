"""More doubts of a whole call (parsers/call_doubts.py is at its size): a running trade's report
card, and an entry named by a word that is no price and no market word.

- **A card giving the price now and its gain beside the entry** (made up: "Currency: #XYZ / BTC
  / Exchange: Binance / Buy: 0.0000152 / Current: 0.0000171 (12.5%)"): "Current: N (P%)" after a
  "Buy:" price is how far a running trade has come, a report on it (a status post), never a new
  call to open; read as one it would be a trade nobody posted.
- **An entry label whose value is a word, neither a price nor the market** (made up: "#ETHUSDT
  LONG / Вход по ретесту / SL 2450"): the entry is a condition whose level the post does not give
  (CONVENTIONS, "A side with a stop and targets whose entry is a condition with no price is
  `needs_review`"); "Вход по рынку", "по текущим", "по маркету" (at the market) stay a market
  entry. Asked of a call read with no entry price, whatever path read it.
- **A post that opens with a coin's name in title case and is read as another coin** (made up:
  "Doge Army announced 3 entries to buy and hold ... / first entry 0.12 USDT ..." read with the
  coin of a later word): the coin the post is about is its first word, which the symbol search
  does not take in title case; trading another is a wrong trade. Only the coins whose name is
  no English word and no market's own coin: DOGE, SHIB, PEPE, FLOKI, BONK.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.labels import at_market
from parsers.models import ParsedSignal
from parsers.symbols import base_of

# "Current: 0.0000171 (12.5%)", "Now: 1.71 (+12.5 %)", "Current price - $171 (-3%)".
_RUNNING: Final = re.compile(
    r"(?<![a-z])(?:current(?:\sprice)?|price\snow|now)\s?[:=\-–]\s?\$?[0-9][0-9.,]*\s?\$?"
    r"\s?\(\s?[+\-]?[0-9][0-9.,]*\s?%\s?\)"
)
# "Вход по ретесту", "Входим по пробою", "Вход: по лимитке" and the word after "по".
_ENTRY_BY: Final = re.compile(r"(?<![а-яё])(?:вход|входим|заход|заходим)\s?[:\-]?\s?по\s([а-яё]+)")
# The first word of a post, after any emoji or mark: "Doge", "Bitcoin".
_FIRST_WORD: Final = re.compile(r"[^\w\n]*([A-Z][a-z]{2,9})(?![\w])")
# (Not "Bitcoin" nor "Ethereum": a post opening on the market's coin names the altcoin after it,
# "Bitcoin holds 60k, ETH LONG ...".)
_TITLED_COINS: Final = frozenset(("DOGE", "SHIB", "PEPE", "FLOKI", "BONK"))
_MARKET_RU: Final = re.compile(r"(?:маркет|рынк|ринк|текущ)[а-яё]*")


def more_call_doubts(sig: ParsedSignal, low: str) -> list[str]:
    """The review reasons of the doubts above (none most of the time)."""
    out: list[str] = []
    if sig.entries and ("current" in low or "now" in low) and (m := _RUNNING.search(low)):
        out.append(
            f"the post gives '{sig.norm_text[m.start() : m.end()]}' beside its entry: the price"
            " now and its gain, a report on a running trade, not a new call to open"
        )
    if not sig.entries and "по" in low:
        for m in _ENTRY_BY.finditer(low):
            word = m.group(1)
            if _MARKET_RU.fullmatch(word) or at_market(word):
                continue
            line_end = low.find("\n", m.end())
            if any(c.isdigit() for c in low[m.end() : len(low) if line_end < 0 else line_end]):
                continue
            out.append(
                f"the entry is given as '{sig.norm_text[m.start() : m.end()]}', a condition"
                " with no price: at the market, or at which level? Which is meant is a guess"
            )
            break
    m = _FIRST_WORD.match(sig.norm_text)
    if m is not None and (coin := m.group(1).upper()) in _TITLED_COINS:
        if base_of(sig.symbol) != coin:
            out.append(
                f"the post opens with '{m.group(1)}' ({coin}) but the coin read is"
                f" {base_of(sig.symbol)}: which coin the levels are for is a guess"
            )
    return out
