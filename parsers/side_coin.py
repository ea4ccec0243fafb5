"""The coin at the side word, when it is not the coin read: "BTC looks strong. Buy ETH", "While
BTC consolidates, we go long on LINK", "ETH breakout confirmed! Now ARB long".

A post often names the market's coin (or another coin) in a sentence before its call; the symbol
reader takes the first ticker of the line, and the call's own coin, written right at its side word
("buy ETH", "long on LINK", "ARB long"), is left unread: the levels would be traded on another
coin's market. Wherever the side word has a ticker of its own beside it (the next word, after an
"on"/"in", or the word right before it) and that ticker is another coin than the one read, which
coin the levels belong to is a guess: needs review, never a trade of either. (coins.
coin_on_side_line covers the side's line that does not name the coin read at all; this is the line
that names both.)
"""

from __future__ import annotations

import re
from typing import Final

from parsers.symbols import STOPWORDS, base_of, ok_base
from parsers.vocabulary import COIN_NAMES, ONE_DIGIT_COINS

# The word after the side word: "Buy ETH", "long on LINK", "short #SOL", "buying $DOT".
# (A leverage may stand between: "Long 20x on #OP", "LONG X10 OP"; session 23.)
_AFTER: Final = re.compile(
    r"[^\W\d_]*[^\S\n]{1,3}(?:(?:[xX×][0-9]{1,3}|[0-9]{1,3}[xX×])[^\S\n]{1,3})?(?:(?:on|in)[^\S\n])?"
    r"[#$]?([A-Z][A-Z0-9]{1,11}|[0-9]{1,7}[A-Z][A-Z0-9]{0,9})(?![\w/.:-])"
)
# The word right before the side word: "ARB long", "JUP LONG", "$ARB — long".
_BEFORE: Final = re.compile(
    r"(?<![\w./_-])[#$]?([A-Z][A-Z0-9]{1,11}|[0-9]{1,7}[A-Z][A-Z0-9]{0,9})[^\S\n]{1,2}$"
)
# The longest text _BEFORE matches ("$" 1, "1000000PEPE12345678" 17, two spaces): it is searched
# only that far before the side word (a look-behind sees the text before where a search starts),
# where re tried it at every character of the line.
_BEFORE_LONGEST: Final = 20


def _base(symbol: str) -> str:
    """The base without a multiplier prefix: 1000PEPE and PEPE are one coin."""
    base = base_of(symbol)
    return base.lstrip("0123456789") or base


def coin_at_side(text: str, side_at: int, symbol: str) -> str | None:
    """A review reason when the word beside the side word at side_at (in text, the normalised
    post) is a ticker of another coin than symbol's, or None."""
    if side_at < 0 or not text.startswith(_ORDER_WORDS, side_at):
        return None  # (not "bullish BTC": a view, no order's word)
    start = text.rfind("\n", 0, side_at) + 1
    end = text.find("\n", side_at)
    end = len(text) if end < 0 else end
    mine = _base(symbol)
    # ("#ADA LONG X10", "LONG SOLUSDT", "1000PEPE LONG": the coin read, either word naming it)
    after = _AFTER.match(text, side_at, end)
    if after is not None and _names(after.group(1), mine, symbol):
        return None
    # (_BEFORE's match ends in a blank right before the side word, on its line: else none)
    before: re.Match[str] | None = None
    if side_at > start and text[side_at - 1].isspace():
        before = _BEFORE.search(text, max(start, side_at - _BEFORE_LONGEST), side_at)
        if before is not None and _names(before.group(1), mine, symbol):
            return None
    for m in (after, before):
        if m is None:
            continue
        word = m.group(1)
        if (
            word in STOPWORDS
            or word in _SIDE_NOTES
            or not ok_base(word)
            or _NOT_COIN.fullmatch(word)
        ):
            continue
        if word[0].isdigit() and word[1].isalpha() and word not in ONE_DIGIT_COINS:
            continue  # ("1ST", "2ND": words; "1INCH" is a coin, as symbols.from_bare_words reads)
        side_end = side_at
        while side_end < end and text[side_end].isalpha():
            side_end += 1
        said = text[min(m.start(), side_at) : max(m.end(), side_end)].strip()
        return (
            f"the post names {word} at its side word ('{said}') but the coin read is {mine}:"
            " which coin the levels are for is a guess"
        )
    return None


# (Its quote after it: "SOLUSDT", "LINKUSDTM", KuCoin's futures, "ETHBTC", "ADAEUR".)
_QUOTES: Final = ("USD", "BUSD", "FDUSD", "PERP", "BTC", "ETH", "EUR", "TRY", "BNB", "DAI")
# A leverage or a timeframe beside the side word, no coin: "LONG X10", "SHORT 20X", "LONG 4H".
_NOT_COIN: Final = re.compile(r"X[0-9]{1,3}|[0-9]{1,3}(?:X|[MHDW]|HR|MIN|K)")


# The order's words the side is read from, in any case ("Buy", "LONG", "buying").
_ORDER_WORDS: Final = tuple(
    w
    for word in ("long", "short", "buy", "sell", "longing", "shorting", "buying", "selling")
    for w in (word, word.upper(), word.capitalize())
)
# Words beside a side word that are no coin: "LONG BIAS", "BUY BID", "SAFETY BUY", "BUY ASAP".
_SIDE_NOTES: Final = frozenset(
    "BIAS BID ASK SAFETY SIDE IDEA OPPORTUNITY DIP DIPS ASAP HEAVY LIGHT PULLBACK ACTIVE VALID"
    " AGAIN MORE ONLY SMALL BIG".split()
)


def _names(word: str, mine: str, symbol: str) -> bool:
    """Whether word names the coin read ("SOL", "SOLUSDT", "1000PEPE", "SOL.P")."""
    if word in symbol or COIN_NAMES.get(word.lower()) == mine:
        return True  # (or its name: "LONG BITCOIN", "SHORT SOLANA")
    other = word.lstrip("0123456789") or word
    return other == mine or other.startswith(mine) and other[len(mine) :].startswith(_QUOTES)
