"""A call on a forex pair, a metal, a stock index or a commodity: "EURUSD LONG", "XAUUSD BUY",
"GOLD SELL", "GBPJPY", "US30", "NAS100", "USOIL".

The labelling conventions leave forex and gold calls out of the corpus (tests/fixtures/corpus/
CONVENTIONS.md: "the posts that open a forex or gold position (calls, add-ons, re-entries) are
left out, as forex and gold calls are"), and sigcopy trades crypto markets. Read as they were,
such a call traded another market than the one posted: "GBPJPY" as GBPJPYUSDT, "OIL" as OILUSDT
(a crypto token of that name where one is listed), "EURUSD" and "XAUUSD" as whatever spot
market an exchange lists under those letters; a gold perpetual (XAUUSDT) or a tokenised gold
(PAXG, XAUT) is not the broker's XAUUSD either (its price, hours and contract differ); a USDT
pair the post writes itself ("#XAUUSDT") is the crypto market it names. Needs review, with the reason (session 28, branch i13-forms30; each was traded or refused for another
reason: GOLD and US30 as satoshis). A crypto ticker that only shares letters with an index
("SPX", SPX6900: dev pasttang-zh-group-topic-007) is no index and stays read.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.models import ParsedSignal

# The currencies forex channels pair (ISO 4217 codes), as base and quote.
_FIAT: Final = frozenset(
    (
        "EUR", "USD", "GBP", "JPY", "AUD", "NZD", "CAD", "CHF", "CNH", "SGD", "HKD", "ZAR",
        "MXN", "SEK", "NOK", "DKK", "PLN", "HUF", "CZK",
    )
)  # fmt: skip
# Metals, stock indices and commodities as brokers name them (with a USD quote or none).
_INSTRUMENTS: Final = frozenset(
    (
        "XAU", "XAG", "XPT", "XPD", "GOLD", "SILVER", "OIL", "USOIL", "UKOIL", "WTI", "BRENT",
        "XTI", "XBR", "NGAS", "NATGAS", "US30", "US100", "US500", "NAS100", "SPX500", "USTEC",
        "NDX100", "GER40", "GER30", "DE40", "DE30", "UK100", "JP225", "DJ30", "HK50", "AUS200",
        "FRA40", "EU50", "STOXX50", "DAX40",
    )
)  # fmt: skip
_WHAT: Final = (
    (frozenset(("XAU", "GOLD")), "gold"),
    (frozenset(("XAG", "SILVER", "XPT", "XPD")), "a metal"),
    (frozenset(("OIL", "USOIL", "UKOIL", "WTI", "BRENT", "XTI", "XBR", "NGAS", "NATGAS")),
     "a commodity"),
)  # fmt: skip


def _instrument(symbol: str) -> str | None:
    """What symbol names when it is a forex pair, a metal, an index or a commodity, else None."""
    core = symbol.removesuffix("USDT") if symbol.endswith("USDT") else symbol
    base = core.removesuffix("USD") if core.endswith("USD") and len(core) > 3 else core
    for name in (core, base):
        if name in _INSTRUMENTS:
            return next((what for names, what in _WHAT if name in names), "a stock index")
    if len(core) == 6 and core[:3] in _FIAT and core[3:] in _FIAT and core[:3] != core[3:]:
        return "a forex pair"
    return None


def fx_market(sig: ParsedSignal, low: str) -> str | None:
    """Why a call on a forex pair, a metal, an index or a commodity is not traded, or None.
    (low: the lower-cased post.) A USDT pair the post writes itself ("#XAUUSDT", "OIL/USDT") is
    the crypto market it names, and stays read."""
    what = _instrument(sig.symbol)
    if what is None:
        return None
    base = sig.symbol.removesuffix("USDT").lower()
    if base != sig.symbol.lower() and re.search(re.escape(base) + r"\s?[/_-]?\s?usdt", low):
        return None
    return (
        f"{sig.symbol} is read as the coin, but the post names {what}: forex, metal, index and"
        " commodity calls are not traded as a crypto market"
    )
