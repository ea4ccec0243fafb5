"""An entry "at market" on one line with the stop after a sign (session 19, branch i13-close20):
"Entry: Market, ❌ STOP LOSS- 0.00508" read the stop's price as the entry (a wrong trade: the
order at the stop, no stop). Found by tests/parsers/test_variants.py (seed 13) on a one-line
rebuild of the dev post dk-trader-d-003, once gatherer P's batch re-drew the variants. A word
value ("Market") before a label is taken as a sentence running to the line's end only when the
label after it is a word, and not when a dash and a price follow the labels right behind it.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)


@pytest.mark.parametrize(
    "text",
    [
        "LONG ZILUSDT.P, ターゲット:0.00654, 🔰 Entry: Market, 🔰 ❌ STOP LOSS- 0.00508",
        "LONG ZILUSDT, TP: 0.00654, Entry: Market, ❌ 0.00508",
        "LONG ZILUSDT, TP: 0.00654, Entry: market price 🛑 0.00508",
    ],
)
def test_market_entry_when_the_stop_follows_a_sign_then_it_is_the_stop(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig
    assert (sig.symbol, sig.side) == ("ZILUSDT", "LONG")
    assert sig.entries == [] and sig.stop_loss == 0.00508 and sig.take_profits == [0.00654]
