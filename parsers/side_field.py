"""The side a post gives in a field of its own, over a side word its prose uses otherwise.

The side is read from the post's first side word; when that word is prose ("Longs are getting
trapped", "I closed my long yesterday", "Not a good place to long") and the levels are a short's,
the check refuses the post. Its side is still written, in a field: "Direction: Short", "Trade
Type: Short (Sell)", "Side: SELL", "#ETH SHORT", "SHORT" alone on its line. That field names
the side the levels prove, and it is read only when every side field of the post names that one
side (a post with a "Long" field and a "Short" field is two setups, still refused) and the
levels agree with it (the caller's condition: the levels' side is this one).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.numbers import Num
from parsers.sides import other_side_words

_COIN = r"[#$]?[a-z0-9]{2,15}(?:[/-]?usdt?|/btc|\.p)?"
_PATTERNS: Final = tuple(
    re.compile(pattern)
    for pattern in (
        # A side after its label: "Direction: Short", "Trade Type: Long (Buy)", "Bias - SHORT",
        # "Position: #LONG", "Signal type = sell".
        r"(?:^|\n)[^\w\n]{0,4}(?:trade\s|signal\s|position\s|order\s)?"
        r"(?:direction|side|type|bias|position|trade|signal|call)\s?(?:[:=]|[\-\u2013](?![a-z]))"
        r"\s?[^\w\n]{0,3}"
        r"(?P<side>long|short|buy|sell)(?!\w)",
        # "LONG", "📉 SHORT" alone on a line, or after the coin: "#ETH SHORT", "BTC/USDT LONG".
        r"(?:^|\n)[^\w\n]{0,4}(?:"
        + _COIN
        + r"[^\w\n]{1,4})?(?P<side>long|short)[^\w\n]{0,4}(?=\n|$)",
        # "Pair: FLOW/USDT SHORT", "COMPUSDT Perpetual LONG", "LINEA/USDT (Binance Futures) Long",
        # "#RONIN/USDT:USDT Short": a line naming the coin (a tag, a pair, a quote) and no price,
        # the side its last word.
        r"(?:^|\n)(?:(?![0-9][.,][0-9])[^\n]){0,60}?(?:[#$][a-z]|[a-z0-9]/[a-z]|usdt|perp|pair\s?:"
        r"|coin\s?:)(?:(?![0-9][.,][0-9])[^\n]){0,40}?[^\w\n](?P<side>long|short)[^\w\n]{0,4}(?=\n|$)",
        # "Short #BTC", "LONG $SOL/USDT 🟢": the side, then the coin, alone on the line.
        r"(?:^|\n)[^\w\n]{0,4}(?P<side>long|short)\s" + _COIN + r"[^\w\n]{0,4}(?=\n|$)",
        # An entry label naming its side: "Buy zone:", "Buy:", "Long Entry:", "Short entry -".
        # (A bare "Sell:" is no field: in a spot call's "Buy: / Sell:" pair it gives targets.)
        r"(?:^|\n)[^\w\n]{0,4}(?P<side>buy|long|short)(?:\s(?:zone|entry|entries|area|range"
        r"|between|around|near|limit|order|price))?\s?(?:[:=@]|[\-\u2013](?![a-z]))",
        # "Entry (Long):", "Entry Short:", "Entry zone (short):".
        r"(?:^|\n)[^\w\n]{0,4}entry(?:\szone)?\s?\(?(?P<side>long|short)\)?\s?(?:[:=@]|[\-\u2013](?![a-z]))",
    )
)
_LONG_WORDS: Final = frozenset(("long", "buy"))


def field_sides(low: str) -> set[str]:
    """The sides ("LONG", "SHORT") the lower-cased post names in a field of its own."""
    if "long" not in low and "short" not in low and "buy" not in low and "sell" not in low:
        return set()
    return {
        "LONG" if m.group("side") in _LONG_WORDS else "SHORT"
        for pattern in _PATTERNS
        for m in pattern.finditer(low)
    }


def named_in_a_field(low: str, side: str) -> bool:
    """The post's side fields name exactly this side (and at least one does)."""
    return field_sides(low) == {side}


def pair_side(
    low: str, side: str | None, buy: list[Num], sell: list[Num], sl: Num | None
) -> str | None:
    """The side a "Buy:" / "Sell:" pair runs when a side word stands in the post's prose only.

    "Shorting this was a mistake. / Buy: 100 - 105 / Sell: 110 - 120 / Stop: 95": a long buys in
    and sells out, a short the reverse, and the stop tells them apart: below every buy and sell
    in a long, above them all in a short. A side said in a field of its own ("Direction: Short",
    "#BTC SHORT") keeps the pair its way; so does a stop that fits both or neither.
    """
    if side is None or sl is None or not buy or not sell or side in field_sides(low):
        return side
    stop, levels = sl.value, [n.value for n in (*buy, *sell)]
    below, above = stop < min(levels), stop > max(levels)
    if side == "SHORT" and below:
        return "LONG"
    if side == "LONG" and above:
        return "SHORT"
    return side


# "Short stop: 4.60", "SL: 4.60 (short stop)", "a short SL", "long target": the word sizes a
# level (a tight stop, a near target), written in small letters ("SHORT SL" may be the side).
_SIZES_A_LEVEL: Final = re.compile(
    r"(?:long|short)[ \t-](?:sl|stop(?:[ \t-]?loss)?|tp|targets?|take[ \t-]?profits?)(?!\w)"
)


def side_said(low: str, side: str, word_at: int, norm: str) -> bool:
    """Whether the post says this side (the levels' side) over the side word read at word_at:
    its side fields name exactly this side, or that word only sizes a level ("Short stop: 4.60"
    on a long's card) and no other word names the side it was read as."""
    if named_in_a_field(low, side):
        return True
    m = _SIZES_A_LEVEL.match(low, word_at)
    if m is None or norm[word_at : word_at + 5].isupper():
        return False
    read = "SHORT" if low.startswith("short", word_at) else "LONG"
    return read != side and not other_side_words(low, read, m.end(), len(low))
