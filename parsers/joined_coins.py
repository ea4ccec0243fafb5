"""Two coins named together at a follow-up's head ("BROCCOLI & LDO hit TP1. Hold = set sl+",
"BTC & ETH hit TP1. Move SL to entry"): the stop move after them is said of both trades, and a
post moving the stops of two coins at once is refused (the session-16 ruling, CONVENTIONS.md).
parsers/followup_doubts.two_coins finds the coins in the stop move's own sentence; here the coins
open the post and the move follows in a sentence of its own, naming none (i13-gath25: the stop
of the first coin alone was moved).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.plain_words import LISTED_PLAIN_WORDS
from parsers.symbols import NEVER_A_BASE, ok_base

# A line's first words (the post's, or under a chatter line): a ticker in capitals (or tagged), a
# joiner ("&", "+", ",", "and", Indonesian "dan"), another ticker, then anything but a slash.
_JOINED_HEAD: Final = re.compile(
    r"(?:^|(?<=\n))[^\w\n]*[#$]?(?P<a>[A-Z][A-Z0-9]{0,14})\s?(?:&|\+|,|\sand|\sdan)\s?[#$]?"
    r"(?P<b>[A-Z][A-Z0-9]{0,14})(?![\w/])"
)
_JOINERS: Final = ("&", "+", ",", " and ", " dan ")
# What the joined coins' line goes on to say of their trades: a report or the stop's move ("hit
# TP1", ": move SL"), not a sign-off listed so ("NFA, DYOR").
_TRADE_NEWS: Final = re.compile(
    r"[^\n]*?(?<![A-Za-z])(?:hit|TP|tp|SL|sl|stop|Stop|target|Target|move|Move|set|Set)(?![a-z])"
)
# A level's name, never a coin ("TP1 & TP2 hit": two targets of one trade).
_LEVEL: Final = re.compile(r"(?:TP|SL|T|TARGET|ENTRY|EP)[0-9]{0,2}")


def joined_head(norm: str) -> bool:
    """A line of the post opens with two different coins joined ("BROCCOLI & LDO", "#BTC and
    #ETH")."""
    if not any(joiner in norm for joiner in _JOINERS):
        return False  # (nearly every post: no joiner at all)
    # (A ticker that is also a word counts, "OPEN & BTC", "#CROSS and #ETH": any word in capitals
    # but a side's or a level's.)
    return any(
        m.group("a") != m.group("b")
        and all(c not in NEVER_A_BASE and _LEVEL.fullmatch(c) is None for c in m.group("a", "b"))
        and _TRADE_NEWS.match(norm, m.end()) is not None
        for m in _JOINED_HEAD.finditer(norm)
    )


# A follow-up naming no coin but said of two or more trades ("For both trades, stops to entry",
# "Close both positions now", "stops of the two trades above to 10.5", "по обеим сделкам стоп в
# бу"): a coinless follow-up acts on the one trade it replies to, and one update cannot carry
# two: refused, as two coins' stops are (the session-25 ruling (c), CONVENTIONS.md). A follow-up
# of *all* positions ("Close all trades", "close everything") is no such post (session 17).
_SEVERAL_TRADES: Final = re.compile(
    # (not "all": "Close all 3 positions now" closes every position, session 17)
    r"(?<![a-z])(?<!all\s)(?:both|two|three|2|3)\s(?:(?:of\s)?(?:the|these|those|our|my)\s)?"
    r"(?:trades?|positions?|longs?|shorts?|calls?|signals?|setups?|deals?)(?![a-z])"
    r"|(?<![a-z])(?:on|for|to|of)\sboth(?=\s*(?:$|[^\w\s]))"
    r"|(?<![а-яё])(?:об(?:е|оих|еим|оим)|дв(?:е|ух|ум)|тр(?:и|ех|ёх|ем|ём))\s"
    r"(?:сделк|позици|лонг|шорт)"
)
_SEVERAL_WORDS: Final = ("both", "two", "three", "2 ", "3 ", "об", "дв", "тр")


def several_trades(low: str) -> bool:
    """Whether the lowered post says its follow-up of two or more trades it names by count."""
    if not any(w in low for w in _SEVERAL_WORDS):
        return False
    return _SEVERAL_TRADES.search(low) is not None


# Two tickers in capitals side by side opening the post, no joiner between them ("SOL ETH longnya
# meresahkan. / Cutloss dulu biar enak tidur"): the close after them is said of both trades, and
# one post closing two is refused as two coins' stops are (i13-gath26: the first coin's trade was
# closed once "cutloss" was read).
_SPACED_HEAD: Final = re.compile(
    r"[^\w\n]{0,4}[#$]?(?P<a>(?=[0-9]{0,9}[A-Z])[A-Z0-9]{1,16})[ \t][#$]?"
    r"(?P<b>(?=[0-9]{0,9}[A-Z])[A-Z0-9]{1,16})(?![\w/])"
)

# The largest markets whose tickers are no English word (not NEAR, ONE, LINK, GAS, TON).
_MAJORS: Final = frozenset(
    "BTC ETH SOL BNB XRP ADA TRX SUI APT ARB INJ DOGE AVAX LTC DOT BCH XLM HBAR PEPE SHIB".split()
)


def spaced_head(norm: str) -> bool:
    """The post opens with two different tickers side by side, one of them a major ("SOL ETH
    ...", "1000BONK XRP", "C SOL", "PUMP ETH": a letter and a listed word ticker count), neither
    another word, a side or a level's name ("ETH SL", "BTC NOW", "THE BTC")."""
    m = _SPACED_HEAD.match(norm)
    return (
        m is not None
        and m.group("a") != m.group("b")
        # (One of them a major: "DHAMPUR SUGAR 282✅ ... EXIT 80%" names one stock in two words,
        # "#HIGH NEAR 2ND TARGET" one coin near its target.)
        and (m.group("a") in _MAJORS or m.group("b") in _MAJORS)
        and all(
            (ok_base(c) or c in LISTED_PLAIN_WORDS)
            and c != "I"  # ("I ETH ...": the author)
            and c not in NEVER_A_BASE
            and _LEVEL.fullmatch(c) is None
            for c in m.group("a", "b")
        )
    )
