"""Lines of an analysis beside a signal's labelled levels: an indicator's reading, the market's
figures, a chart feature named with its price. Each line says by its first words what its numbers
are, and none is a level of the trade.

Analysis-style posts (Binance Square, TradingView ideas, bots' cards) write them around the
levels: "EMA 20 / 50 / 200: 144.1 / 141.3 / 138.7", "RSI (14): 58.4", "VWAP: 144.9", "Fib 0.618:
143.2", "24h High: 147.9", "Market cap: $68.2B", "Funding: 0.01%", "Swing high: 153.9". Their
numbers sit near the coin's price, so the cross-check (parsers/explain.py) asked which field they
are. They are notes ONLY when the post's entries, targets and stop were each read under a label
of their own (explain.unexplained_number's `aside`): with a field missing, a number on such a
line may be the level a label this lexicon lacks named, and the post stays refused. A line that
starts with anything else ("Zorblat: 143.2", "Plan 143.2") explains nothing.

One row a head; a new indicator or figure is a row here, not a branch of code.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.reading import Reading, Settled, Span

# (An indicator's periods: "EMA 20 / 50 / 200", "MA(50)", "EMA20", "200 EMA", "EMAs 20/50".)
_PERIODS = r"(?:[ \t]?\(?[0-9]{1,3}\)?(?:[ \t]?[/,&][ \t]?[0-9]{1,3})*)?"
_AVERAGES = r"(?:[0-9]{1,3}[ \t-]?)?(?:ema|sma|wma|hma|ma)s?" + _PERIODS
ASIDE_HEADS: Final[tuple[str, ...]] = (
    # Moving averages, bands and lines an indicator draws on the chart.
    _AVERAGES,
    r"vwap",
    r"super[ \t]?trend",
    r"bollinger(?:[ \t]bands?)?(?:[ \t](?:upper|lower|mid(?:dle)?|basis))?",
    r"bb[ \t]?(?:upper|lower|mid(?:dle)?|basis)",
    r"(?:kijun|tenkan)(?:[ \t-]sen)?",
    r"ichimoku(?:[ \t]cloud)?",
    r"fib(?:onacci)?(?:[ \t](?:level|retracement|extension))?(?:[ \t]?[0-9]?\.[0-9]{1,3})?",
    r"poc",
    # Oscillators: a reading, never a price ("RSI: 58.4" beside a coin at 60 is no level).
    r"rsi(?:[ \t]?\(?[0-9]{1,2}\)?)?",
    r"stoch(?:astic)?(?:[ \t]?rsi)?",
    r"macd(?:[ \t]?\([0-9, ]{1,12}\))?(?:[ \t](?:line|signal|histogram))?",
    r"atr(?:[ \t]?\(?[0-9]{1,2}\)?)?",
    r"adx",
    r"cci",
    r"mfi",
    r"obv",
    # The market's figures.
    r"24[ \t]?h(?:ours?|r)?[ \t](?:high|low|change|volume|vol|range)",
    r"(?:daily|weekly|monthly|day|week|month)(?:'s)?[ \t](?:high|low|open|range)",
    r"market[ \t]?cap(?:italization)?",
    r"m\.?cap",
    r"fdv",
    r"open[ \t]interest",
    r"oi",
    r"funding(?:[ \t]rate)?",
    r"liquidations?(?:[ \t](?:levels?|clusters?|zones?|map))?",
    r"all[ \t-]time[ \t](?:high|low)",
    r"ath",
    r"atl",
    r"(?:circulating|total|max)[ \t]supply",
    r"vol(?:ume)?(?:[ \t]?\(?24[ \t]?h\)?)?",
    r"(?:current|last|mark|index|spot)[ \t]price",
    r"cmp",
    # A chart feature named ("Swing high: 153.9", "Recent low - 139.5", "Previous high 156").
    r"(?:(?:recent|local|previous|prev\.?|prior|last)[ \t])?(?:swing|local|recent|previous|prior)"
    r"[ \t](?:highs?|lows?|tops?|bottoms?)",
    # Support and resistance named as such ("Key support 141.5 / 139"; a bare "Support:" is a
    # note label of the lexicon already).
    r"(?:key|major|minor|strong|immediate|next|main|nearest|first|second)[ \t]"
    r"(?:supports?|resistances?)(?:[ \t](?:levels?|zones?|areas?))?",
    # The market's state in words: "Price above EMA 50 (141.3)", "Trend: bullish above 141.3",
    # "Bias: bullish while above 141.3".
    r"price[ \t](?:is[ \t])?(?:trading[ \t])?(?:above|below|under|over|near|holding|testing)"
    r"(?:[ \t][a-z]{1,12}){0,3}",
    r"(?:trend|bias|outlook|structure|momentum|sentiment)(?=[ \t]?:)",
)
# A head opens its field (after a bullet or an emoji, maybe a timeframe: "4H RSI: 61", "RSI (4H)")
# and is followed by its separator or straight by its number.
_TIMEFRAME = r"(?:[ \t]?\(?(?:[0-9]{1,2}[ \t]?[mhdw]|daily|weekly)\)?)?"
_HEAD: Final = re.compile(
    r"[^\w\n$]{0,6}(?:[0-9]{1,2}[ \t]?[mhdw][ \t])?(?:"
    + "|".join(ASIDE_HEADS)
    + r")"
    + _TIMEFRAME
    + r"(?:[ \t]?[:=@→-]|[ \t](?:at|is|of|near|around)(?![a-z])|[ \t]?(?=\$?[0-9]))"
)
# The fields of one line: "RSI: 58 | Funding: 0.01%".
_FIELD_END: Final = re.compile(r"[|•;\n]")
# A word of a level or an order in the field: "Price below 140.5 = exit", "Bias: invalid below
# 140.5", "Swing low 139.5: add here" may give a level, so the field explains nothing.
_ORDER_WORD: Final = re.compile(
    r"(?<![a-z])(?:exit\w*|stop\w*|sl|close\w*|entry|entries|enter\w*|buy\w*|sell\w*"
    r"|targets?|tps?|invalid\w*|cut\w*|add\w*|take)(?![a-z])"
)


def aside_spans(line: str) -> list[Span]:
    """The fields of line that an analysis head opens, from the head to the field's end: their
    numbers are the indicator's, the market's or the chart feature's, no level of the trade."""
    out: list[Span] = []
    start = 0
    while start <= len(line):
        m = _FIELD_END.search(line, start)
        end = m.start() if m else len(line)
        if _HEAD.match(line, start, end) is not None and not _ORDER_WORD.search(line, start, end):
            out.append((start, end))
        start = end + 1
    return out


def all_labelled(r: Reading, s: Settled) -> bool:
    """Whether the entries, targets and stop were each read, the entries under a label of their
    own (not a bare price on the coin's line): the only posts whose analysis lines are notes."""
    return bool(s.entries and s.tps and s.sl is not None and (r.entry_label or r.buy or r.sell))


def aside_line(low: str, span: Span) -> bool:
    """Whether low[span] lies in a field of its line that an analysis head opens."""
    start = low.rfind("\n", 0, span[0]) + 1
    end = low.find("\n", span[0])
    end = len(low) if end < 0 else end
    return any(
        start + i <= span[0] and span[1] <= start + j for i, j in aside_spans(low[start:end])
    )
