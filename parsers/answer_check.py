"""Holding an outside reading (the AI fallback's answer) to what the rules read in the text.

A model may answer a market entry for "Buy zone: see chart", or a coin the post never names
("frog coin" -> PEPEUSDT). The post's labels are read by the rule pipeline's own steps
(normalise, label the lines, read the fields: parsers/lines.py) and judged by its own review
(parsers/unread.py), so an answer gets the same reasons, and the same unread spans, as a
rule reading would: an entry label with no price read is never a market entry, an infinity on a
target line is never dropped. And the answer's coin must be written in the post: its ticker, or
a known name of it.
"""

from __future__ import annotations

import re

from parsers.labels import MARKET
from parsers.lines import scan
from parsers.normalize import lower
from parsers.numbers import Num, blank_spans, find_leverage
from parsers.reading import Reading, Settled
from parsers.trailing import read_trailing
from parsers.unread import review
from parsers.vocabulary import COIN_NAMES

# Other names a coin is written by: COIN_NAMES ("bitcoin"), and these.
_MORE_NAMES = {"xbt": "BTC", "比特币": "BTC", "以太坊": "ETH"}
_NAMES_OF: dict[str, tuple[str, ...]] = {}
for _name, _ticker in (*COIN_NAMES.items(), *_MORE_NAMES.items()):
    _NAMES_OF[_ticker] = (*_NAMES_OF.get(_ticker, ()), _name)
# What may follow a ticker in a pair written as one word: "btcusdt", "ethbtc", "btc-perp".
_QUOTE_AFTER = r"(?:usdt|usdc|fdusd|busd|tusd|usd|btc|eth|eur|perp)?m?(?:\.p)?(?![a-z0-9])"


def label_review(norm: str, tps: list[Num], sl: Num | None) -> Settled:
    """The rules' review of the post's labels, given another reading's targets and stop (with
    their spans): its review reasons and the spans to highlight.

    Every entry label that read no price is a reason, whatever entries the answer gives: the
    label says where the entry is, and nothing could be read there. (A market word in the entry,
    "Entry: market", is a market entry, as for the rules.)
    """
    low = lower(norm)
    leverage, lev_spans, lev_values = find_leverage(low)
    trail = read_trailing(low)
    wlow = blank_spans(low, [*lev_spans, *trail.spans])
    r = Reading()
    if leverage is not None:
        r.leverage = leverage
        r.leverage_span = lev_spans[lev_values.index(leverage)]
    scan(wlow, r)
    s = Settled(entries=[], tps=list(tps), sl=sl)
    review(r, norm, s, MARKET.search(wlow) >= 0)
    return s


def coin_written(base: str, norm: str) -> bool:
    """Whether the ticker base ("PEPE", "1000PEPE"), or a known name of it ("bitcoin"), is
    written in the normalised post as a word of its own or the head of a pair."""
    low = lower(norm)
    for word in (base.lower(), *_NAMES_OF.get(base.upper(), ())):
        if word in low and re.search(r"(?<![a-z0-9])" + re.escape(word) + _QUOTE_AFTER, low):
            return True
    return False
