"""A line no label claims, in a post that gives no entry: is any number on it a price of this
coin?

With no entry read (a market order), a line before the labels or between two of them that holds
a number is refused ("'…' holds prices that no label claims": parsers/preludes.stray_prices), for
that number may be the entry a label this lexicon lacks named. That doubt is exact only when the
number could be a price of this coin: "3 touches of the 200 EMA on the 1D chart", "RSI 28 on the
4H, MACD crossing up", "Trade 2 of 5 this week" beside a coin at 0.05 hold an indicator's period
or value, a count, a timeframe, and no number a price of the coin could be. Such a line explains
itself; one holding a number within reach of the levels read ("Get in 0.0577", "RSI 28" beside a
coin at 27) is still refused.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.leftovers import BENIGN
from parsers.not_prices import not_prices
from parsers.numbers import read_prices
from parsers.price_window import price_window
from parsers.reading import Settled, Span

# An indicator's period or value beside its name ("RSI 28", "EMA 200", "200 EMA", "the 50-day
# MA"), a count ("2 of 5", "Top 10", "rank 7"): integers that are never a price. (Not a decimal:
# "EMA 25.5" is where the average stands, a price.)
NOTES: Final = re.compile(
    r"(?<![a-z])(?:rsi|ema|sma|ma|wma|macd|adx|cci|mfi|atr|stoch(?:rsi)?|williams)[ \t]?\(?"
    r"[0-9]{1,3}\)?(?![0-9.,])"
    r"|(?<![0-9.,])[0-9]{1,3}[ \t-]?(?:ema|sma|ma|wma)(?![a-z])"
    r"|(?<![0-9.,])[0-9]{1,3}[ \t](?:out[ \t]of|of)[ \t][0-9]{1,3}(?![0-9.,])"
    r"|(?<![a-z])(?:top|rank|ranked|no\.?)[ \t]#?[0-9]{1,3}(?![0-9.,])"
    # "3 targets", "4 TPs", "2 entries": a count of the post's levels, never a price.
    r"|(?<![0-9.,])[0-9]{1,2}[ \t](?:targets|tps|take[ \t-]?profits|entries|entry[ \t]points)(?![a-z])"
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def no_price_here(low: str, span: Span, s: Settled, said_market: bool) -> bool:
    """Whether low[span], a line no label claims, holds no number that could be a price of this
    coin (False when no level was read to weigh it against). A number far from the levels is
    weighed out only when the post said its entry is at market: with the entry merely absent,
    any number may be the entry a label this lexicon lacks named ("Plan = 2.5" over a target at
    100, a 40x call: harness unknown_label), so only the notes' numbers are excused."""
    levels = [n.value for n in s.levels()]
    if not levels:
        return False
    text = NOTES.sub(_blank, BENIGN.sub(_blank, not_prices(low[span[0] : span[1]])))
    prices = read_prices(text)
    if not said_market:
        return not prices
    lowest, highest = price_window(levels)
    return not any(lowest <= n.value <= highest for n in prices)
