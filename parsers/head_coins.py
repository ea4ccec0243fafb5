"""A coin named in words at the head of a line, where no tag or pair names it: "avax long",
"PUMP 多", "Solana Futures - Short Setup", "HIGH Trade Setup", "sol 6 target hits". A word there
is a coin only when it is no common word opening such a line ("going long", "nice 6 targets")."""

from __future__ import annotations

import re
from typing import Final

from parsers.instruction_words import INSTRUCTION_VERBS
from parsers.symbols import KNOWN_BASES, NEVER_A_BASE, make_symbol, ok_base
from parsers.vocabulary import COIN_NAMES, ONE_DIGIT_COINS

# Coins whose ticker is also a word STOPWORDS holds ("HIGH", "ID"): a coin only where the
# post's heading names it in capitals ("HIGH Trade Setup: Betting on a Rejection"). (Not "AI" nor
# "ALT": "AI Trade Setup", "ALT trade setup" say who wrote it, or which kind of coin.)
WORD_TICKERS: Final = frozenset(("HIGH", "ID", "MOVE"))
_HEADING_COIN: Final = re.compile(r"[^\w\n]*([A-Z]{2,5})\s[Tt]rade\s[Ss]etup(?![a-z])")


def from_heading_word(first_line: str) -> str | None:
    """The coin of a heading "HIGH Trade Setup", when its ticker is a word (WORD_TICKERS) and no
    other coin is named."""
    m = _HEADING_COIN.match(first_line)
    if m is None or m.group(1) not in WORD_TICKERS:
        return None
    return make_symbol(m.group(1))


# "avax long", "rose spot long": a ticker in lower case, first on its line, right before the side
# (a market word between), or before the entry and the side ("btc 116000-115500附近多", "spx
# 多"). Common words that start such lines ("going long") are not coins. (Searched in "\n" +
# text: re skips from line to line.)
_LOWER_HEAD: Final = re.compile(
    r"\n\W*([a-z][a-z0-9]{1,9})(?:\s*[:;]\s*|\s+)(?:(?:spot|futures|perp)\s+)?"
    r"(?:[0-9][0-9.,]*(?:\s?-\s?[0-9][0-9.,]*)?\s?(?=附近))?"
    r"(?:long|short|лонг|шорт|附近多|附近空|多|空)(?!\w)"
)
# (Each side word above holds one of "long", "short", "лонг", "шорт", "多", "空": from_lower_head
# asks them first.)
_NOT_COINS: Final = frozenset(
    """
    GOING GO WENT GONNA WILL SHOULD COULD WOULD MAY MIGHT MUST JUST STILL ALSO THEN NOW TIME
    LOOKS LOOK LOOKING OPEN OPENING CLOSING CLOSE TAKE TAKING ENTER ENTERING SIGNAL TRADE
    POSITION SCALP SWING STRONG WEAK VERY BIG SMALL QUICK AN OR BUT IM THIS THAT NEXT GOOD
    INITIATE INITIATING PLACE PLACING OPENED ENTERED SIDE DIRECTION TYPE SIGNAL SETUP
    """.split()
)


# "PUMP    多      輕倉", "TA 多": a Chinese call's first line is the coin and its side, so the
# word is the coin even when it is also an English word (PUMP, TA).
# (A ticker of one letter too, "C  多": C, S, W and T are markets; only a first line holding
# nothing but it and the side names one.)
_CJK_HEAD: Final = re.compile(r"\W*([A-Za-z][A-Za-z0-9]{0,9})\s+[多空](?![\u3400-\u9fff])")
# "怒开zen", "开多 BTC": the call's verb (open, long, short) first, the coin ending the line.
_CJK_VERB_HEAD: Final = re.compile(
    r"\W*[\u3400-\u9fff]{0,3}[开多空][\u3400-\u9fff]{0,2}\s?([A-Za-z][A-Za-z0-9]{1,9})\W*$"
)


# "bera / 進場位置：2.20-2.21", "PUMP 三次回撤支撐👊 / 多 / 进场位置:0.0050": a Latin word alone
# heading a call whose fields have Chinese labels (the entry's among them), in any case, or
# before a Chinese note: the coin, as the side word's line would name it.
_CJK_WORD_HEAD: Final = re.compile(
    r"\W*([A-Za-z][A-Za-z0-9]{1,9})(?:\s+[\u3400-\u9fff][^\n]*)?\s*$"
)
# A line under the head, before the entry's label, that opens with a Latin word (or letter: "#SAFE"
# over "C 多" names the coin C, a word tag over it).
_LATIN_LINES: Final = re.compile(r"\n[^\w\n]*[A-Za-z][A-Za-z0-9]*(?![^\n]*(?:进场|入场))")
_CJK_ENTRY_LABEL: Final = re.compile(r"\n\W*(?:进场|入场)(?:位置|点位|价位?|区间)?\s?[:;]")


def from_cjk_head(norm: str) -> str | None:
    """The coin of a Chinese call's first line ("PUMP 多"), or None."""
    head = norm[: norm.find("\n")] if "\n" in norm else norm
    if "多" not in head and "空" not in head and "开" not in head:
        if "场" not in norm or _CJK_ENTRY_LABEL.search(norm) is None:
            return None
        m = _CJK_WORD_HEAD.match(head)
        if m is None or m.group(1).upper() in NEVER_A_BASE or _LATIN_LINES.search(norm, m.end()):
            return None  # ("DYOR" over "GRASS可能的底部": another Latin word before the entry)
        return make_symbol(m.group(1).upper())
    m = _CJK_HEAD.match(head) or _CJK_VERB_HEAD.match(head)
    if m is None or m.group(1).upper() in NEVER_A_BASE:
        return None
    return make_symbol(m.group(1).upper())


def may_be_coin(word: str) -> bool:
    """Whether a lower-case word opening a line may be a ticker ("eth"), not a word ("going")."""
    upper = word.upper()
    return upper not in _NOT_COINS and ok_base(upper)


def from_lower_head(low: str) -> str | None:
    """A lower-case ticker first on a line, right before long/short ("avax long")."""
    # (Six `in` tests written out: any() over the tuple walks it through an iterator.)
    if not (
        "long" in low
        or "short" in low
        or "лонг" in low
        or "шорт" in low
        or "多" in low
        or "空" in low
    ):
        return None
    for m in _LOWER_HEAD.finditer("\n" + low):
        named = COIN_NAMES.get(m.group(1))  # "ethereum short setup": the coin's name
        if named is not None:
            return make_symbol(named)
        word = m.group(1).upper()
        if word not in _NOT_COINS and ok_base(word):
            return make_symbol(word)
    return None


# "Algo spot .245-.238 stop 1D close under .2287": a well-known coin's ticker in any case opening
# a one-line order, its market or order word, the zone and the stop's label (no side word).
# ("AZERO limit spot.8180-.8040": the order word glued to a price written from its dot.)
_ORDER_HEAD: Final = re.compile(
    r"\n\W*([a-z1][a-z0-9]{1,9})\s+(?:(?:spot|limit)(?:\s+|(?=\.[0-9]))){0,2}\$?\.?[0-9][0-9.,]*"
    r"\s?[-–]\s?\$?\.?[0-9][0-9.,]*\s+(?:stop|sl)(?!\w)"
)
# The majors, known in any case too ("Sol limit 150.2-148.9 stop 141"): the coins the names of
# COIN_NAMES give, and the largest markets of three letters.
_WELL_KNOWN: Final = (
    KNOWN_BASES
    | ONE_DIGIT_COINS
    | frozenset(COIN_NAMES.values())
    | frozenset("BTC ETH SOL BNB XRP ADA TRX TON SUI APT ARB INJ".split())
)


def from_order_head(low: str) -> str | None:
    """A well-known coin's ticker in any case heading a one-line order ("algo .245-.238 stop")."""
    if "stop" not in low and "sl" not in low:
        return None
    for m in _ORDER_HEAD.finditer("\n" + low):
        word = m.group(1).upper()
        if word in _WELL_KNOWN:  # ("1inch .569-.563 stop .549")
            return make_symbol(word)
    return None


# "Sol 6 Target Hits", "eth tp2 hit", "Btc Hit first target": a ticker in any case, the first
# word of a follow-up, before the target or stop it reports ("Nice 6 targets hit": no coin).
_HEAD_BEFORE_LABEL: Final = re.compile(
    r"\W*([a-z][a-z0-9]{1,9})\s+(?:hits?\s)?"
    r"(?:(?:[0-9]{1,2}(?:st|nd|rd|th)?|first|second|third)\s+)?"
    r"(?:targets?|tps?[0-9]{0,2}|take[\s-]?profit|sl|stop[\s-]?loss)(?!\w)"
)
# ("Fix SL at entry": an instruction verb, parsers/instruction_words.py.)
_NOT_COINS_BEFORE_LABEL: Final = (
    _NOT_COINS
    | INSTRUCTION_VERBS
    | frozenset(
        """
        NICE GREAT BOOM WOW HUGE ANOTHER FIRST SECOND THIRD FOURTH FIFTH FINAL LAST ALL BOTH
        MORE NEW OUR YOUR MY THE ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN MANY EASY
        PROFIT SAFE TRAILING SET MOVE MOVED HIT BOOK PARTIAL DAILY SHORT LONG SPOT FUTURES
        FINALLY
        """.split()
    )
)


def from_head_before_label(low: str) -> str | None:
    """A ticker in any case opening a follow-up, right before a target or stop ("sol 6 target
    hits")."""
    m = _HEAD_BEFORE_LABEL.match(low)
    if m is None:
        return None
    word = m.group(1).upper()
    if word in _NOT_COINS_BEFORE_LABEL or not ok_base(word):
        return None
    return make_symbol(word)


# The name opens its line as a heading does, right before the market, the side, a dash or the
# line's end: "Solana meme: Bonk Long" and "Bitcoin dips, short Doge" name another coin.
_COIN_NAME: Final = re.compile(
    # ("Buy Bitcoin / Entry 11620 / SL 11350 / TP 13000": the side first, the name alone after
    # it ending its line; gath29.)
    r"[^\w\n]*(?:(?:buy|sell)\s+(?=[a-z]+[^\S\n]*$))?(" + "|".join(COIN_NAMES) + r")"
    r"(?=\s*(?:(?:futures|spot|perp|perpetual|long|short)(?!\w)|[-–—]|$))"
)


def from_coin_name(lines: list[str]) -> str | None:
    """The coin a well-known name heading one of the given lines stands for ("Solana Futures -
    Short Setup" -> SOL)."""
    for line in lines:
        m = _COIN_NAME.match(line.lower())
        if m is not None:
            return make_symbol(COIN_NAMES[m.group(1)])
    return None
