"""A coin named inside a label's words, as the market the entry depends on ("ZIL 4H chart / Buy
zone for bullish BTC: 450-470", "Entry if BTC holds: 0.045-0.047"): BTC there is a condition of
the market, not the coin to trade, when another coin heads the post ("ZIL 4H chart", "ZIL/USDT",
"ZIL"). parsers/coins.py takes the heading's coin then; with no other coin heading the post, the
label's coin is read as before ("Buy zone for BTC: 60000-61000")."""

from __future__ import annotations

import re
from typing import Final

from parsers.symbols import make_symbol, ok_base

# The side's line: words, then a condition word, the leading coin and more words, then the
# label's colon ("Buy zone for bullish BTC:", "Buy zone for BTC fall:", "Long if ETH holds:").
_PROSE_COIN: Final = re.compile(
    r"[^\w\n]*[A-Za-z][^:\n0-9]*?(?<![A-Za-z])(?:for|if|when|while|during|after|before|with|on"
    r"|bullish|bearish|case\sof|case)\s(?:[A-Za-z]+\s){0,2}?(?:BTC|ETH|Bitcoin|BITCOIN|bitcoin"
    r"|Ethereum|ETHEREUM|ethereum)(?![\w])[^:\n0-9]*[:：]"
)
# The heading: a ticker in capitals first, then at most a timeframe, the word chart, a quote or
# the side ("ZIL 4H chart", "ZIL/USDT", "ZIL LONG", "ZIL").
_HEADING: Final = re.compile(r"[^\w\n]*([A-Z][A-Z0-9]{1,11})(?![\w])")
_HEADING_REST: Final = re.compile(
    r"(?:[^\w\n]|[0-9]{1,3}\s?(?:m|h|d|w|min|mins|hr|hrs|hours?|days?|weeks?)(?![a-z])"
    r"|(?:chart|usdt|usd|spot|futures|perp|long|short|idea|setup)(?![a-z]))*"
)
# Words of a period or a market that may head a post in capitals: no coin there.
_NOT_HEADS: Final = frozenset(
    "BTC ETH DAILY WEEKLY MONTHLY HOURLY INTRADAY MARKET CRYPTO UPDATE CHART".split()
)


def coin_over_label_prose(norm: str, side_line: str) -> str | None:
    """The coin heading the post when the side's line names the leading coin in its label's
    words (see the module's docstring), else None."""
    if ":" not in side_line and "：" not in side_line:
        return None
    if _PROSE_COIN.match(side_line) is None:
        return None
    first = next((line for line in norm.split("\n", 6) if line.strip()), "")
    if first == side_line:
        return None
    head = _HEADING.match(first)
    if head is None or head.group(1) in _NOT_HEADS or not ok_base(head.group(1)):
        return None
    if _HEADING_REST.fullmatch(first.lower(), head.end()) is None:
        return None
    return make_symbol(head.group(1))
