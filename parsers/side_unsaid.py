"""A call whose side no word says and whose entry no price gives: a stop and targets only.

"#ETH SL 3100 TP 3500", "#ETH Move SL to 3100 and TP to 3500", "#ETH стоп на 3100, цель меняем на
3500": the side is read from where the levels sit and the entry is the market's, yet nothing in
the post asks to open a trade; the same lines are how a channel gives new levels for a trade
already open. Opening a market position on them is a guess (session 23, the lead: a wrong trade
fu24 found on main). A side word ("LONG", "buy"), an entry price, a market word ("now", "market",
"по рынку") or a word to open ("开", "open", "enter") keeps the call.
Dev's side-less market calls say "开"/"開" ("怒开zen / 止损9.605 / 止盈.11.569",
pasttang-zh-group-topic-066).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.labels import MARKET
from parsers.models import ParsedSignal

# A word that asks to open the trade, with no side in it.
_OPEN: Final = re.compile(
    r"[开開進进入]|(?<![a-z])(?:open(?:ing)?|enter|entry|ape|get\sin|jump\sin)(?![a-z])"
    r"|(?<![а-яё])(?:откр\w*|вход\w*|заход\w*|входим)(?![а-яё])"
)


def side_unsaid(sig: ParsedSignal, low: str) -> str | None:
    """Why a call with no side word, no entry price and no word to open or buy at the market
    is no trade to open, or None."""
    if sig.side_at >= 0 or sig.entries or sig.entry_trigger is not None:
        return None
    if MARKET.search(low) >= 0 or _OPEN.search(low) is not None:
        return None
    return (
        f"the post gives exits for {sig.symbol} (a stop, targets) but no side, no entry and no word"
        " to open it: new levels for a trade already open, or a new one at the market? Which"
        " is meant is a guess"
    )


# An order added to a position ("DCA", "averaging", "add", "добор", "докупка", "усреднение"):
# with no side word and no word to open, its levels are those of a trade already open.
_ADDED: Final = re.compile(
    r"(?<![a-z])(?:dca|averag(?:e|ing)(?:\sdown)?|add(?:ing)?(?:\smore)?)(?![a-z])"
    r"|(?<![а-яё])(?:добор\w{0,3}|докуп\w{0,6}|усредн\w{0,6})(?![а-яё])"
)
_ADDED_WORDS: Final = ("dca", "averag", "add", "добор", "докуп", "усредн")


def side_added(sig: ParsedSignal, low: str) -> str | None:
    """Why a call whose side no word gives, whose entry only an added order's word names ("#ETH
    добор 3000, стоп 2900", "#ETH DCA 3000 / SL 2900") is no new trade to open, or None: a
    channel adds to a position already open so (session 30, the lead: main traded it as a new
    LONG at 3000, its side read from the stop under it)."""
    if sig.side_at >= 0 or not sig.entries or not any(word in low for word in _ADDED_WORDS):
        return None
    if (m := _ADDED.search(low)) is None or _OPEN.search(low) is not None:
        return None
    return (
        f"the post adds to a position ('{sig.norm_text[m.start() : m.end()]}') and says no side"
        " and no entry of a new trade: an order for a trade already open, or a new one? Which is"
        " meant is a guess"
    )


# The side denied: "NOT LONG", "not long here", "don't short this", "avoid longing". (Not "not
# long ago", "not long-term": time, no side.)
_DENIED: Final = re.compile(
    r"(?<![a-z])(?:not(?:\sa)?|no|avoid|never|don'?t|do\snot)\s(?P<side>long|short|buy|sell)"
    r"(?:ing|s)?(?![a-z])(?![\s-]?(?:term|time|while|way|run|lived|ago|enough|before|after|now"
    r"|period|wick|candle|squeeze)s?(?![a-z]))"
)
# Every denial _DENIED reads holds one of these ("no" is in "not" and "do not").
_DENIAL_WORDS: Final = ("no", "n't", "avoid", "never", "dont")
_DENIED_SIDE: Final = {"long": "LONG", "buy": "LONG", "short": "SHORT", "sell": "SHORT"}


def side_denied(sig: ParsedSignal, low: str) -> str | None:
    """Why a call whose side no word gives (read from its levels) is not traded when the post
    denies that very side ("#BTC reclaimed 100k → NOT LONG", "not long here"), or None: the
    levels say one thing and the words the other (or "NOT" is the coin: which is a guess)."""
    if sig.side_at >= 0 or not any(word in low for word in _DENIAL_WORDS):
        return None
    for m in _DENIED.finditer(low):
        if _DENIED_SIDE[m.group("side")] == sig.side:
            return (
                f"the post says '{sig.norm_text[m.start() : m.end()]}' and its levels are a"
                f" {sig.side}'s: the side denied, or a coin named so? Which is meant is a guess"
            )
    return None


def side_doubts(sig: ParsedSignal, low: str, review: list[str]) -> None:
    """Add to review why the side no word says makes the call no trade to open, each that holds:
    no side and no entry (side_unsaid), the side denied (side_denied), an added order's levels
    (side_added)."""
    for check in (side_unsaid, side_denied, side_added):
        if (why := check(sig, low)) is not None:
            review.append(why)
