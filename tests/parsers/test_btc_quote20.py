"""The pair's quote read from what the post says of it, not from a word under the levels,
through the parser's entry point.

"SL 0.50\\nBTC looks weak, manage risk": "BTC" opening the line under the last level was read as
the stop's unit ("0.50 BTC"), and ADA/USDT at 0.53 was traded as ADA/BTC at 0.53 bitcoins (a buy
limit thousands of times above that market: it fills at once). A unit is on its level's line.
"#ETHBTC" at 0.053 is ETH quoted in BTC (the quote glued on, a price below one bitcoin), not a
coin called ETHBTC quoted in USDT.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

_PARSER = EnhancedParser(enable_ai=False)


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("#ADA LONG\nEntry: 0.53\nTP 0.58\nSL 0.50\nBTC looks weak, manage risk", "ADAUSDT"),
        ("#ADA LONG\nEntry: 0.53\nTP 0.58\nSL 0.50\nbitcoin dominance rising", "ADAUSDT"),
        ("#ADA LONG\nEntry: 0.0000053 BTC\nTP 0.0000058\nSL 0.0000050", "ADABTC"),
        ("#ETHBTC LONG\nEntry 0.053\nTP 0.058\nSL 0.050", "ETHBTC"),
        ("#BNBBTC LONG\nEntry 0.0091\nTP 0.0095\nSL 0.0088", "BNBBTC"),
        ("#WBTC LONG\nEntry 60000\nTP 62000\nSL 58000", "WBTCUSDT"),
    ],
)
def test_parse_when_quote_said_or_not_then_symbol_as_posted(text: str, symbol: str) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.symbol == symbol
