"""Follow-ups that ask for an action with a doubt a person must settle (session 21, branch
i13-wa22): each was read as a close, a partial close or a stop move (a wrong action where the
post is `needs_review` or asks nothing). parsers/followup_guard.py asks these of a post read as
an action, with where the action's word is (the two coins, parsers/two_trades.py).

    hedge      "#ETH maybe close half here", "perhaps take some profit", "возможно закроем",
               "По желанию закрываем часть", "Желающие могут закрыть половину", "optional: take
               some profit", "trailing stop-loss might be wise", "已持仓可考虑减仓", "SL nach
               Belieben auf Break Even…": the
               author's guess or the reader's option, no instruction
    cease      "Stop moving your stops!", "Stop closing your trades too early", "Хватит
               закрывать сделки раньше времени", "Перестаньте двигать стопы", "Стоп двигать
               нельзя": advice to stop doing a thing, nothing to do now
    stop place "move stop just below 2900", "переносим стоп под 2900", "стоп чуть выше 3100":
               the stop goes beside the price, not at it (a level no one wrote)
    two stops  "move stop to 2900 or 2850", "Стоп переносим на 2900 или 2850", "move SL to
               2900-2850 zone": one of two levels, or a zone, for the stop
    percent    "move SL to -5%", "trailing stop 2%": the stop's price unsaid (session 22)
    condition  "#ETH закрываем при пробое 2900", "close on a break of 2900": a close for when a
               level breaks, nothing now (a conditional
               close is needs_review: CONVENTIONS.md, session 18; session 22)
    two coins  "#BTC and #ETH move SL to entry", "Move stops to entry on BTC/USDT and
               ETH/USDT", "Стопы по $SOL и $AVAX в бу": the stops of two trades at once, which
               the parser reads as one coin's (needs_review by the session-16 ruling,
               CONVENTIONS.md; session 22, branch i13-wa23): `two_coins` and
               `stops_of_two_coins` name the coins, and parsers/two_trades.py (not
               followup_guard) reads the post with the reason it is not done (session 27)
"""

from __future__ import annotations

import re
from typing import Final

from parsers.sentences import clause_end, sentence_end, sentence_start
from parsers.vocabulary import COIN_NAMES

# In the action's clause, before its word.
_HEDGE: Final = re.compile(
    r"(?<![a-z])(?:maybe|perhaps|possibly|probably|optional(?:ly)?|if\syou\s(?:want|like|wish)"
    r"|for\sthose\swho\swant|those\swho\swant\s(?:to\s|can\s)?)(?![a-z])"
    r"|(?<![а-яё])(?:возможно|наверное|может\sбыть|по\sжеланию|желающи[ем]|кто\sхочет)(?![а-яё])"
    # "已持仓可考虑分批减仓" (holders may consider reducing in batches), "或许可以先走" (perhaps
    # leave first): a radar's advice, the reader's option (i13-gath27w: read as a partial close).
    r"|(?:可以?|在|再)考虑|或许|也许"
    # "大饼到1176 左右在考虑减仓" (reduce to be weighed at a price), "17号 降息 高杠杆的 记得减仓"
    # (remember to reduce: a reminder of the method, as "Don't forget about taking partial
    # profits!" is a status post): no instruction now (i13-gath29w: read as partial closes).
    r"|记得"
    # "SL nach Belieben auf Break Even…" (the stop to the entry at the reader's choice, under a
    # German gold channel's target reports, dev gath28-phenex-de), "wer möchte, schließt die
    # Hälfte" (whoever wants to): the reader's option (i13-gath28).
    r"|(?<![a-zäöü])(?:nach\s(?:belieben|wunsch)|wer\s(?:m[öo]chte|will|mag)|falls\sgew[üu]nscht)(?![a-zäöü])"
)
# After the action's words in its clause (or before them in its sentence): a suggestion weighed, not given ("trailing
# stop-loss might be wise for TP2/TP3 holders", "closing half could be an option").
_HEDGE_AFTER: Final = re.compile(
    r"(?<![a-z])(?:might|could|may)\s(?:be\s(?:wise|good|smart|worth|an?\s(?:option|idea))"
    r"|want\sto\sconsider)(?![a-z])"
    r"|(?<![a-zäöü])nach\s(?:belieben|wunsch)(?![a-zäöü])"
)
# A sentence opening with a word that tells the reader to stop doing something.
_CEASE: Final = re.compile(
    r"[^\w\n]*(?:[#$][a-z0-9/]{1,16}\s)?(?:(?:stop|quit)\s[a-z]+ing(?![a-z])"
    r"|(?:хватит|перестаньте|перестань|прекратите|прекрати|стоп)\s[а-яё]+(?:ть|ться)(?![а-яё]))"
)
# What a stop is set beside: after the stop word, before its number.
_PLACE: Final = re.compile(
    r"(?<![a-zа-яё])(?:below|under|beneath|above|over|ниже|выше|под|над)\s\$?[0-9]"
)
# A second level for the stop: "2900 or 2850", "2900 или 2850", "2900-2850", "2900 / 2850".
_SECOND: Final = re.compile(
    r"[0-9][0-9.,]*\$?\s?(?:(?:or|или|либо)\s|[-–/]\s?)\$?[0-9]|[0-9][0-9.,]*\$?\s(?:zone|area|зон[аеуы])"
)
_NUMBER: Final = re.compile(r"(?<![0-9.,])[0-9]")


def hedged(low: str, at: int) -> bool:
    """The sentence of the action's word at low[at] holds a hedge or the reader's option before
    it (a guess, a choice: "maybe close half", "По желанию закрываем часть")."""
    start = sentence_start(low, at, 48)
    if _HEDGE.search(low, start, at) is not None or _HEDGE_AFTER.search(low, start, at):
        return True  # ("it might be wise to take some profit": weighed before the word too)
    # (its own clause: "Move SL to entry, it might be wise to take some profit" moves the stop)
    return _HEDGE_AFTER.search(low, at, min(clause_end(low, at), at + 48)) is not None


def cease(low: str, at: int) -> bool:
    """The action's sentence opens with "stop doing", "хватит делать" (advice)."""
    return _CEASE.match(low, sentence_start(low, at, 80)) is not None


# A stop given as a percentage ("move SL to -5%", "trailing stop 2%", "стоп на 3%"): the loss's
# price the post does not hold (a signal's stop given only as a percentage is needs_review:
# CONVENTIONS.md; i13-wa23: read as a stop move to no level).
_PERCENT_STOP: Final = re.compile(
    r"(?:s/?l|stop(?:[\s-]?loss)?|стоп\w{0,3})\w*[^\w\n]{0,3}(?:(?:to|at|by|on|of|is|на|в)\s){0,2}"
    r"[-+−]?[0-9]{1,2}(?:[.,][0-9]{1,2})?\s?%"
)


def stop_in_doubt(low: str, at: int) -> bool:
    """The stop word at low[at] is moved beside a price or to one of two ("just below 2900",
    "2900 или 2850"), or by a percentage ("move SL to -5%"): its sentence's first number after
    the word, and what comes before it."""
    if "%" in low and _PERCENT_STOP.search(low, at, at + 48) is not None:
        return True
    first = _NUMBER.search(low, at, min(sentence_end(low, at), at + 60))
    if first is None or "(" in low[at : first.start()]:
        return False  # ("SL to entry", "SL to entry (2900-2950 zone)": the entry's zone)
    return (
        _PLACE.search(low, at, first.end()) is not None
        or _SECOND.match(low, first.start()) is not None
    )


# A coin in the stop move's sentence: tagged ("#BTC", "$SOL"), a pair ("ETH/USDT", "ETHUSDT"),
# or a coin's name or ticker ("bitcoin", "btc": vocabulary.COIN_NAMES).
_COIN: Final = re.compile(
    r"(?<![a-z0-9/])[#$]?(?P<base>[a-z0-9]{1,14}?)(?:\s?/\s?(?:usdt?|usdc|btc|eth)|usdt)"
    r"(?![a-z0-9])"
    r"|(?<![/])[#$](?P<tag>[a-z0-9]{0,8}[a-z][a-z0-9]{0,11})(?![a-z0-9/])"
    r"|(?<![a-z0-9#$/])(?P<word>[a-z]{3,10})(?![a-z0-9/])"
)
_NAMED: Final = frozenset(COIN_NAMES) | frozenset(v.lower() for v in COIN_NAMES.values())


# Between two coins listed together: "#BTC and #ETH", "BTC, ETH", "$SOL & $AVAX", "SOL и AVAX".
# (A joiner is needed: tags side by side are a heading's, "#ETH #Futures move SL to entry".)
_JOINED: Final = re.compile(r"\s?(?:,|&|\+|and|и|y|e|ve|và)\s?")


def _coin(m: re.Match[str]) -> str | None:
    if m.group("word") is not None:
        word = m.group("word")
        return COIN_NAMES.get(word, word).upper() if word in _NAMED else None
    if m.group("base") is not None:  # ("#TAUSDT", "XYZ/USDT": a pair names a coin, any word)
        base = m.group("base").upper()
        return (
            COIN_NAMES.get(base.lower(), base).upper() if any(c.isalpha() for c in base) else None
        )
    # (Any word tagged beside another coin is one: "#THE", "$CROSS and #BNB"; a heading's tag
    # listed with a coin, "#Update, #BTC: move SL", is refused too: a miss, never an action.)
    base = m.group("tag").upper()
    return COIN_NAMES.get(base.lower(), base).upper() if any(c.isalpha() for c in base) else None


def two_coins(low: str, at: int) -> list[str] | None:
    """The two coins the stop move's sentence (its word at low[at]) lists together ("#BTC and
    #ETH", "on BTC/USDT and ETH/USDT"): the stops of several trades at once, or None. (A coin
    named in the sentence's comment is none of them: "#SOL move SL to entry, BTC looks weak".)"""
    start = sentence_start(low, at, 160)
    last: tuple[str, int] | None = None
    for m in _COIN.finditer(low, start, sentence_end(low, at)):
        coin = _coin(m)
        if coin is None:
            continue
        if last is not None and last[0] != coin and _JOINED.fullmatch(low, last[1], m.start()):
            return [last[0], coin]
        last = (coin, m.end())
    return None


# A condition after the action's word, in its clause ("закрываем при пробое 2900", "close on a
# break of 2900"). (A clause of its own after the verb's comma, "закрываем, если ...", is left:
# with the channel's own case, "if not done yet", it is an instruction now.)
_CONDITION_AFTER: Final = re.compile(
    r"[^\n.!?;,]{0,24}?(?<![\wа-яё])(?:при\s(?:пробое|пробитии|закреплении|уходе|потере|слом\w{0,2})"
    r"|on\s(?:a\s|the\s)?(?:break|breakdown|breakout|loss|close|retest)\s(?:of|below|above|under)"
    r"|upon\s(?:a\s)?(?:break|loss|close))(?![\wа-яё])"
    # A move of the price still to come, after the verb's comma: "закрываем по 0.6, если
    # дойдёт", "фіксуємо, якщо дійде до 0.6" (not the reader's own case; i13-ru31).
    r"|(?:[^\n.!?;]|\.(?=[0-9])){0,40}?,?\s(?:если|когда|как\sтолько|якщо|коли)\s(?:цена\s|монета\s|ціна\s)?"
    r"(?:дойд|достигн|пробь|пробъ|закрепит|верн[её]т|косн[её]т|дотян|подойд|опустит|подним|дійд"
    r"|досягн|проб['ʼ]?[єь]|повернет)\w*"
)


def condition_after(low: str, at: int) -> bool:
    """The action's word at low[at] is followed, in its clause, by the condition it waits for
    ("при пробое 2900", "on a break of 2900")."""
    return _CONDITION_AFTER.match(low, at) is not None


def coins_in(low: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The coins named in low[start:end] (tagged, a pair, a coin's name or ticker) with where
    each starts and ends, in order (parsers/results_board.py counts them)."""
    found: list[tuple[str, int, int]] = []
    for m in _COIN.finditer(low, start, end):
        coin = _coin(m)
        if coin is not None:
            found.append((coin, m.start(), m.end()))
    return found


# A coin's tag ("#ONDO", "$SOL").
_TAG: Final = re.compile(r"(?<![\w#$])[#$](?=[0-9]{0,7}[a-z])([a-z0-9]{2,15})(?![\w/])")


def stops_of_two_coins(low: str, stops: list[tuple[int, int]]) -> list[str] | None:
    """The stop words (spans) of low, in two sentences each tagging its own coin ("Переношу стоп
    по #ONDO в б/у. По #PENDLE стоп на 1,25"): the stops of several trades at once, which one a
    reply moves is a person's to settle (the session-16 ruling; i13-ru25: read as ONDO's): the
    first two coins they tag, or None."""
    seen: dict[int, list[str]] = {}
    for at, end in stops:
        start = sentence_start(low, at, 160)
        tags = _TAG.findall(low, start, sentence_end(low, end))
        if tags:
            seen[start] = tags
    if len({frozenset(tags) for tags in seen.values()}) < 2:
        return None
    # (two sets of tags that differ name two coins or more between them)
    return [tag.upper() for tag in dict.fromkeys(t for tags in seen.values() for t in tags)][:2]


def other_coin_between(low: str, first: int, second: int) -> bool:
    """Two actions at low[first] and low[second] (first < second) name two coins: the tags on
    the first one's line before it and those between them ("#ONDO стоп в б/у, #PENDLE
    закрываю": a close of PENDLE beside a stop move of ONDO, not a pair on one trade)."""
    line_start = low.rfind("\n", 0, first) + 1
    return len(set(_TAG.findall(low, line_start, second))) > 1
