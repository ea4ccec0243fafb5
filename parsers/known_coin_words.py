"""A well-known coin named in a follow-up in any case, where no tag, pair or capitals name one:
"As expected matic reached to our 🎯", a reply headed "NeaR" over the signal it reports on
("NeaR met the first target"), a Russian one after "по" ("закрыл лонг по эфиру"). Only the coins of vocabulary.KNOWN_BASES and the names of
COIN_NAMES, and only where nothing else can be meant: the word right before the event ("matic
reached", "solana hit") or alone on the post's first line. A word of these that is also an
English word ("near", "link", "mask") is no coin elsewhere ("price near 100")."""

from __future__ import annotations

import re
from typing import Final

from parsers.symbols import make_symbol
from parsers.vocabulary import COIN_NAMES, KNOWN_BASES, RU_COIN_NAMES

_KNOWN: Final = "|".join(sorted((*(b.lower() for b in KNOWN_BASES), *COIN_NAMES), key=len)[::-1])
# The coin right before the event's verb: "matic reached", "solana has hit", "avax just touched".
_BEFORE_EVENT: Final = re.compile(
    r"(?<![\w#$/])(" + _KNOWN + r")\s(?:has\s|have\s|just\s|finally\s)?"
    r"(?:reached|hit|met|touched|achieved|smashed|pumped)(?!\w)"
)
# The post's first line: the coin alone ("NeaR", "✅ Matic").
_ALONE: Final = re.compile(r"[^\w\n]*(" + _KNOWN + r")[^\w\n]*")


# "по эфиру", "по битку", "по солане": a major named in Russian slang after "по" (on), its case
# ending after the stem ("биток" and "битк-а/-у/-ом/-е", "солан-а/-у/-е/-ы").
_RU_AFTER_PO: Final = re.compile(
    r"(?<!\w)по\s(" + "|".join(sorted(RU_COIN_NAMES, key=len)[::-1]) + r")(?:[ауеы]|ом|ой)?(?!\w)"
)


# "Закрываю биток", "скинул половину битка", "фиксирую солану": the major as the object of a
# close, its share between (i13-ru20; not "эфир" alone after a close: a broadcast ended,
# parsers/not_close_world.py).
_RU_OBJECT: Final = re.compile(
    r"(?<!\w)(?:закр[ыо]\w{1,6}|(?:за)?фиксир\w{0,5}|скин\w{1,4}|скидыва\w{1,3}|прикр\w{1,5}"
    r"|сократ\w{1,5})\s(?:(?:половину|часть|треть|остаток|лонг|шорт)\s)?("
    + "|".join(sorted(RU_COIN_NAMES, key=len)[::-1])
    + r")(?:[ауеы]|ом|ой)?(?!\w)"
)


# (i13-ru21) The major's nickname heading the post, as its subject: "Биток первая цель ✅",
# "Солана - закрываем половину", "Эфириум: стоп в бу" (the nominative; not "эфир", which also
# names a live stream: "Эфир отменяется" is no cancel of ETH).
_RU_HEAD: Final = re.compile(
    r"[^\w\n]*(биток|биткоин|биткойн|эфириум|солана|рипл|лайткоин|кардано|догикоин)"
    r"(?=[^\S\n]?[:\-–—,|]|[^\S\n])"
)


# (i13-gath27w) A major heading a Chinese follow-up, as its subject: its Chinese name or nickname
# ("以太已跑路": ETH has run, i.e. we are out; "以太都走了哈", "大饼 止损"), or its ticker in lower
# case before the Chinese words ("eth 落袋吧": bank ETH), as Chinese groups write them. Two
# majors together ("大饼 以太 都走了", "btc eth 落袋吧") name no one coin: None.
ZH_COIN_NAMES: Final = {
    "以太坊": "ETH",
    "以太": "ETH",
    "姨太": "ETH",
    "二饼": "ETH",
    "大饼": "BTC",
    "比特币": "BTC",
}
ZH_MAJOR_TICKERS: Final = "btc|eth|sol|bnb|xrp|doge|ada|avax|ltc|dot|bch|trx|sui|link"
_ZH_NAMES: Final = "|".join(sorted(ZH_COIN_NAMES, key=len)[::-1])
_ZH_HEAD: Final = re.compile(
    r"[^\w\n]*(?:(" + _ZH_NAMES + r")|(" + ZH_MAJOR_TICKERS + r")(?=\s))\s?(?=[\u4e00-\u9fff])"
)
# A clause break with words after it: "以太目前比较强势，这个空单在成本价附近先走" (ETH is strong; this
# short, leave it near cost) names the market's mover first, and the short may be another
# coin's: only a one-clause reply names its coin so.
_ZH_CLAUSE_BREAK: Final = re.compile(r"[，,。；;！!？?\n](?=[^\n]*\w)|\n")
_ZH_SECOND: Final = re.compile(r"(?:" + _ZH_NAMES + r"|(?:" + ZH_MAJOR_TICKERS + r")(?![a-z0-9]))")


# (i13-ru31) A major's ticker in lower case in a Russian or Ukrainian reply, after "по" or
# heading it over Cyrillic words ("по eth первая цель", "sol выбило по стопу"), as chat replies
# write it; a second major in the post names no one coin.
_RU_TICKER: Final = re.compile(
    r"(?<![\w#$/])по\s(" + ZH_MAJOR_TICKERS + r")(?![\w/])"
    r"|^[^\w\n]*(" + ZH_MAJOR_TICKERS + r")(?=[^\S\n]?[:\-–—,]|[^\S\n])(?=[^\n]*[а-яёіїє])"
)
_SHORT: Final = 120
_ANY_TICKER: Final = re.compile(r"(?<![\w#$/])(?:" + ZH_MAJOR_TICKERS + r")(?![\w/])")


def ru_ticker_coin(low: str) -> str | None:
    """The major a Cyrillic reply names by its lower-case ticker (see _RU_TICKER), or None."""
    if len(low) > _SHORT:
        return None  # (a review's "по btc" names the market talked of, not the reply's trade)
    m = _RU_TICKER.search(low)
    if m is None or len(set(_ANY_TICKER.findall(low))) > 1:
        return None
    return make_symbol((m.group(1) or m.group(2)).upper())


def zh_head_coin(low: str) -> str | None:
    """The major a one-clause Chinese follow-up opens with (see _ZH_HEAD), or None (two of
    them, or a second clause after it: None)."""
    head = _ZH_HEAD.match(low)
    if head is None or _ZH_SECOND.match(low, head.end()) is not None:
        return None
    if _ZH_CLAUSE_BREAK.search(low.rstrip(), head.end()) is not None:
        return None
    name = head.group(1)
    return make_symbol(ZH_COIN_NAMES[name] if name else head.group(2).upper())


def _ru_symbol(word: str) -> str | None:
    base = RU_COIN_NAMES.get(word) or RU_COIN_NAMES.get(word[:-1])
    return make_symbol(base) if base is not None else None


def known_coin_word(low: str) -> str | None:
    """The symbol of the well-known coin the follow-up names in words (see the module's
    docstring), else None."""
    first = low.split("\n", 1)[0]
    m = _ALONE.fullmatch(first) or _BEFORE_EVENT.search(low)
    if m is None:
        if low.isascii():
            return None
        ru = _RU_AFTER_PO.search(low) or _RU_OBJECT.search(low)
        if ru is not None:
            return make_symbol(RU_COIN_NAMES[ru.group(1)])
        head = _RU_HEAD.match(low)
        if head is not None:
            return _ru_symbol(head.group(1))
        return ru_ticker_coin(low) or zh_head_coin(low)
    word = m.group(1)
    return make_symbol(COIN_NAMES.get(word, word))
