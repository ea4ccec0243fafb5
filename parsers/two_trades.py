"""One follow-up said of two trades: why it is not done (SignalUpdate.problem), or None. One
update is acted on per post, and a post acting on two trades is refused with this reason, shown
to the user (the session-16 ruling on two coins' stops, the session-25 rulings (c) and of branch
i13-left26, CONVENTIONS.md). parsers/updates.py asks `two_trades` of every follow-up it reads;
the forms:

    joined head   "BROCCOLI & LDO hit TP1. Hold = set sl+", "BTC & ETH hit TP1. Move SL to
                  entry": two coins open the post and the stop's move follows, naming none
                  (i13-gath25: the stop of the first coin alone was moved)
    spaced head   "SOL ETH longnya meresahkan. / Cutloss dulu biar enak tidur": two tickers side
                  by side, then the close (i13-gath26: the first coin's trade was closed)
    several       "For both trades, stops to entry", "Close both positions now", "по обеим
                  сделкам стоп в бу": no coin, two or more trades by count (ruling (c))
    two acted     "Close #ETH and #SOL", "#ETH and #SOL: close", "Close #ETH. Close #SOL.",
                  "Cancel #ETH or #SOL order", "Закрываем #ETH и #SOL", "#ETH close half, #SOL
                  close all": the first coin's close or cancel was read, the second's dropped
    two stops     "#BTC and #ETH move SL to entry", "Переношу стоп по #ONDO в б/у. По #PENDLE
                  стоп на 1,25", "ETH/USDT стоп на 3100, BTC/USDT стоп на 65000": the stops
                  of two coins moved (`two_stops`; the session-16 ruling)

A coin named only as the close's context stays a close of the one coin: "Close #ETH, #SOL stays
open", "Close BTC now, ETH looks weak", "Закрываем #ETH. #SOL держим". Several coins' results
told in the past are a results board (parsers/results_board.py), refused before this is asked.
(Forms made up from the rulings' examples; never a held-out post.) Until session 26 the first
three were parsers/joined_coins.py's, until session 27 the two stops were
parsers/followup_guard.py's, and each left the post unread, no reason shown.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.followup_doubts import coins_in, stops_of_two_coins, two_coins
from parsers.models import UpdateKind
from parsers.outcomes_listed import outcomes_listed
from parsers.plain_words import LISTED_PLAIN_WORDS
from parsers.sentences import coin_of, line_bounds, sentence_end, sentence_start
from parsers.stop_doubts_ru import ru_coins_stops
from parsers.symbols import NEVER_A_BASE, ok_base
from parsers.update_words import SL_WORD

KINDS: Final = (UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.CANCEL)
_CLOSES: Final = (UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL)
_SEVERAL_KINDS: Final = (*KINDS, UpdateKind.MOVE_SL)


def two_trades(
    norm: str, low: str, kind: UpdateKind, symbol: str | None, at: int | None
) -> str | None:
    """Why the follow-up read as `kind` of `symbol` (None: the trade it replies to) is said of
    two trades, or None (norm: the normalised post, low: it lowered, at: where the action's
    word is, when known)."""
    if kind is UpdateKind.MOVE_SL and (joined := joined_head(norm)) is not None:
        return two_trades_reason(kind, joined)  # "BTC & ETH hit TP1. Move SL to entry"
    if kind is UpdateKind.MOVE_SL and (stops := two_stops(low, at)) is not None:
        return two_trades_reason(kind, stops)  # "#BTC and #ETH move SL to entry"
    if kind in _CLOSES and (spaced := spaced_head(norm)) is not None:
        return two_trades_reason(kind, spaced)  # "SOL ETH longnya meresahkan. / Cutloss dulu"
    if symbol is None and kind in _SEVERAL_KINDS and (several := several_trades(low)):
        # "For both trades, stops to entry": two trades, no coin
        return f'the post {_verb(kind)} several trades ("{several}"): {_ONE_PER_POST}'
    return (
        (two_coins_acted(low, kind) or outcomes_listed(norm, low, kind)) if kind in KINDS else None
    )


_ONE_PER_POST: Final = "one follow-up per post is acted on"


def two_stops(low: str, at: int | None) -> list[str] | None:
    """The two coins whose stops the post moves (the stop word read at low[at], when known), or
    None: listed together in the move's sentence ("#BTC and #ETH move SL to entry",
    followup_doubts.two_coins), each tagged in a sentence of its own ("Переношу стоп по #ONDO в
    б/у. По #PENDLE стоп на 1,25", followup_doubts.stops_of_two_coins), or each before its own
    stop word in Russian ("ETH/USDT стоп на 3100, BTC/USDT стоп на 65000",
    stop_doubts_ru.ru_coins_stops). (Until session 27 followup_guard refused these with no reason
    shown.)"""
    stops = stops_of_two_coins(low, [m.span() for m in SL_WORD.finditer(low)][:8])
    if stops is not None or at is None:
        return stops
    return two_coins(low, at) or ru_coins_stops(low, at)


def _verb(kind: UpdateKind) -> str:
    if kind is UpdateKind.MOVE_SL:
        return "moves the stops of"
    return "cancels" if kind is UpdateKind.CANCEL else "closes"


def two_trades_reason(kind: UpdateKind, coins: list[str]) -> str:
    """The reason a follow-up of `kind` said of two coins is not done."""
    return f"the post {_verb(kind)} two coins ({', '.join(coins)}): {_ONE_PER_POST}"


# The action's word asked now (not told in the past: "closed" is a report, results_board's,
# but a share fixed is a partial close to follow now;
# "Cancelled orders: #ETH, #SOL" tells the cancels the reader is to follow).
ACT: Final = re.compile(
    r"(?<![a-zа-яё])(?:close|closing|cancel|cancell?ing|exit|exiting|закрыва\w{1,4}|закрою"
    r"|закрыть|закрой\w{0,2}|закрываем|отменя\w{1,3}|отменить|снима\w{1,3}|снять"
    r"|фиксиру\w{1,3}|выходим|cancell?ed|отмен[её]н\w{0,2}|отменили"
    # a close told as done in Russian, of coins listed together: "Закрыл #BTC и #ETH", "По BTC и
    # ETH закрылись в плюс" (i13-ru32: read as the first coin's close)
    r"|закрыл(?:и|а|ся|ась|ись)?|закрылись|закрыт[аоы]?"
    # ... or each coin's own outcome listed: "BTC закрыта в плюс, ETH выбило"
    r"|выбило|стопнуло"
    # a share fixed, told as done: "#ONDO и #PENDLE - первые цели взяты, зафиксировал 50%
    # позиции" (dev vovilonn-ch1-ru-015, ruling (i)): the partial close the follower makes now
    r"|зафиксирова(?:л|ли|ла)(?=\s[0-9]{1,3}\s?%))(?![a-zа-яё])"
)
# Between two coins listed together ("#ETH and #SOL", "#ETH or #SOL", "$ETH & $SOL", "#ETH и
# #SOL", "#ETH, #SOL").
_JOINED: Final = re.compile(r"\s?(?:,|&|\+|and|or|и|или)\s?")
# After the second coin, in its clause: it is kept, not closed ("#SOL stays open", "#SOL держим"),
# or described ("#SOL looks weak").
_KEPT: Final = re.compile(
    r"(?<![a-zа-яё])(?:stay\w{0,2}|remain\w{0,2}|hold\w{0,3}|keep\w{0,3}|run\w{0,4}|still"
    r"|looks?|looking|seems?|is|weak|strong|bullish|bearish|выгляд\w{1,4}|слаб\w{1,3}"
    r"|держ\w{1,4}|оставля\w{1,4}|оставить|пусть|оста[её]тся)(?![a-zа-яё])"
)
# Tags that head a post, no coin: "#ETH #Futures close 50%".
HEADINGS: Final = frozenset(
    (
        "FUTURES",
        "SPOT",
        "SIGNAL",
        "SIGNALS",
        "UPDATE",
        "CRYPTO",
        "BINANCE",
        "BYBIT",
        "VIP",
        "SCALP",
        "SWING",
        "LONG",
        "SHORT",
        "TRADE",
        "ALERT",
        "USDT",
        "PERP",
        "OKX",
        "BITGET",
        "MEXC",
    )
)
_CLAUSE_END: Final = re.compile(r"[,;:!?\n]|\.(?![0-9])|\s(?:but|while|а|но)\s")
_WORD: Final = re.compile(r"[^\W\d_]+")
_NEAR_WORDS: Final = 4  # words between the action's word and the coins it is said of


def two_coins_acted(low: str, kind: UpdateKind) -> str | None:
    """Why a post read as a close or a cancel is not done because it says the action of two
    coins, or None."""
    coins = coins_in(low, 0, len(low))
    if len({coin for coin, _, _ in coins}) < 2:
        return None
    said: list[str] = []
    for act in ACT.finditer(low):
        start, end = sentence_start(low, act.start()), sentence_end(low, act.start())
        inside = [c for c in coins if start <= c[1] < end]
        if not inside:  # "🚨 Close all longs now! (#ETH, #SOL)": the coins of its line
            line_end = low.find("\n", act.end())
            end = len(low) if line_end < 0 else line_end
            inside = [c for c in coins if start <= c[1] < end]
        listed = _listed(low, inside, act.start(), act.end())
        if listed is not None:
            return two_trades_reason(kind, listed)
        # (the coin the word is said of: the last named before it in its sentence, else the
        # first after it)
        coin = coin_of(inside, act.start(), start, end)
        if coin is not None and coin not in said:
            said.append(coin)
    return two_trades_reason(kind, said[:2]) if len(said) >= 2 else None


def _listed(low: str, inside: list[tuple[str, int, int]], at: int, end: int) -> list[str] | None:
    """Two coins of the action's sentence listed together next to its word (at:end), the second
    not kept open in its clause, or None."""
    for (first, first_at, first_end), (second, second_at, second_end) in zip(
        inside, inside[1:], strict=False
    ):
        if first == second or first in HEADINGS or second in HEADINGS:
            continue
        if _JOINED.fullmatch(low, first_end, second_at) is None and not (
            low[first_at] in "#$"
            and low[second_at] in "#$"
            and not low[first_end:second_at].strip()
        ):
            continue  # (tags side by side list coins too: "Closing all positions: #ETH #SOL")
        if first_at >= end:
            gap = low[end:first_at]
        elif second_end <= at:
            gap = low[second_end:at]
        else:
            continue
        if len(_WORD.findall(gap)) > _NEAR_WORDS:
            continue
        clause = _CLAUSE_END.search(low, second_end)
        stop = clause.start() if clause is not None else len(low)
        if _KEPT.search(low, second_end, stop) is None:
            return [first, second]
    return None


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


def joined_head(norm: str) -> list[str] | None:
    """The two different coins joined at a line's head ("BROCCOLI & LDO", "#BTC and #ETH"), its
    line going on with their trades' news, or None."""
    if not any(joiner in norm for joiner in _JOINERS):
        return None  # (nearly every post: no joiner at all)
    for m in _JOINED_HEAD.finditer(norm):
        # (A ticker that is also a word counts, "OPEN & BTC", "#CROSS and #ETH": any word in
        # capitals but a side's or a level's.)
        if (
            m.group("a") != m.group("b")
            and all(
                c not in NEVER_A_BASE and _LEVEL.fullmatch(c) is None for c in m.group("a", "b")
            )
            and _TRADE_NEWS.match(norm, m.end()) is not None
        ):
            return [m.group("a"), m.group("b")]
    return None


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
_WORD_REST: Final = re.compile(r"\w*")
_SEVERAL_WORDS: Final = ("both", "two", "three", "2 ", "3 ", "об", "дв", "тр")


def several_trades(low: str) -> str | None:
    """The words by which the lowered post says its follow-up of two or more trades it names by
    count ("both trades", "обеим сделк"), or None."""
    if not any(w in low for w in _SEVERAL_WORDS):
        return None
    m = _SEVERAL_TRADES.search(low)
    if m is None:
        return None
    rest = _WORD_REST.match(
        low, m.end()
    )  # (to the word's end: the pattern ends at a stem, "сделк")
    return low[m.start() : rest.end() if rest is not None else m.end()]


# Two tickers in capitals side by side opening the post, no joiner between them ("SOL ETH longnya
# meresahkan. / Cutloss dulu biar enak tidur"): the close after them is said of both trades, and
# one post closing two is refused as two coins' stops are (i13-gath26: the first coin's trade was
# closed once "cutloss" was read).
_SPACED_HEAD: Final = re.compile(
    r"[^\w\n]{0,4}[#$]?(?P<a>(?=[0-9]{0,9}[A-Z])[A-Z0-9]{1,16})[ \t][#$]?"
    r"(?P<b>(?=[0-9]{0,9}[A-Z])[A-Z0-9]{1,16})(?![\w/])"
)

# The largest markets whose tickers are no English word (not NEAR, ONE, LINK, GAS, TON).
MAJORS: Final = frozenset(
    "BTC ETH SOL BNB XRP ADA TRX SUI APT ARB INJ DOGE AVAX LTC DOT BCH XLM HBAR PEPE SHIB".split()
)


def spaced_head(norm: str) -> list[str] | None:
    """The post opens with two different tickers side by side, one of them a major ("SOL ETH
    ...", "1000BONK XRP", "C SOL", "PUMP ETH": a letter and a listed word ticker count), neither
    another word, a side or a level's name ("ETH SL", "BTC NOW", "THE BTC"): the two, or None."""
    m = _SPACED_HEAD.match(norm)
    if (
        m is not None
        and m.group("a") != m.group("b")
        # (One of them a major: "DHAMPUR SUGAR 282✅ ... EXIT 80%" names one stock in two words,
        # "#HIGH NEAR 2ND TARGET" one coin near its target.)
        and (m.group("a") in MAJORS or m.group("b") in MAJORS)
        and all(
            (ok_base(c) or c in LISTED_PLAIN_WORDS)
            and c != "I"  # ("I ETH ...": the author)
            and c not in NEVER_A_BASE
            and _LEVEL.fullmatch(c) is None
            for c in m.group("a", "b")
        )
    ):
        return [m.group("a"), m.group("b")]
    return None


# "EXIT ALL ALTS NOW ⚠️ / BTC is dumping hard ... Close everything": a close of every position
# held; the coin named on another line is the reason, not the trade (was read as BTC's close;
# i13-status32). ("#ETH close everything": the coin on the close's line stays the trade.)
_ALL_HELD: Final = re.compile(
    r"(?:clos|exit|sell)\w{0,3}\s(?:all\s(?:(?:your|our|the|my)\s)?(?:alts?|altcoins?|coins|positions"
    r"|trades|longs|shorts|bags)|everything)(?![a-z])"
)


def held_all(low: str, at: int, symbol: str) -> str | None:
    """symbol, or None when the close at low[at] is of every position held and the coin is
    named neither on its line nor by its tag ("#BTC", "$BTC"), or is BTC beside "all alts"."""
    held = _ALL_HELD.match(low, at)
    if held is None:
        return symbol
    base = symbol[:-4].lower() if symbol.endswith("USDT") else symbol.lower()
    if base == "btc" and "alt" in held.group():
        return None  # "Close all your alts now, BTC is dumping"
    if f"#{base}" in low or f"${base}" in low or f"{base}/" in low or f"{base}usdt" in low:
        return symbol  # "#BTC / Close all positions now", "... / 1000PEPE/USDT": tag or pair
    start, end = line_bounds(low, at)
    return symbol if base in low[start:end] else None
