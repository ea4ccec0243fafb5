"""A Russian status line under (or over) a call posted again: the call's own news, which makes
the post a report on a trade already running, never a new one (branch i13-ru23).

Channels edit a call, or post it again, with a line saying what became of it: "✅ Первая цель
достигнута", "Первая цель ✅ Стоп в бу", "Отменено ❌", "❌ Сигнал отменён", "Выбило по стопу",
"Сделка закрыта по стопу", "Все цели взяты 🎯", "Результат: +15%", "Статус: стоп". The English
lines of the same kind are parsers/vocabulary.py's STATUS_WORDS and TARGET_REPORTED; these are
their Russian rows. Before this branch the Russian ones left the quoted call tradable (a wrong
trade: the levels of a call the channel reports on) or held for review with the follow-up
unread. With them, parsers/signal_parser.py reads no signal in the post, and parsers/enhanced.py
reads the follow-up from the status lines alone (`_from_status_lines`).

Written from Russian grammar (the passive participles "достигнута", "взята", "закрыта",
"отменён" in their genders, the impersonal "выбило") and the dev corpus's Russian channels'
follow-ups (`vovilonn-ch1-ru`, `dk-trader-a`, `cryptoyoda-ru`); no held-out message was read.
A line about later ("будет отменён, если", "после первой цели стоп в бу") is no status: the
participles are not taken after "будет", and no row is a plan.
"""

from __future__ import annotations

from typing import Final

# The words that make a post a status post at all (parsers/labels.py's STATUS, with the
# English STATUS_WORDS); TARGET_RU below says which of its lines reports the call's news.
STATUS_WORDS_RU: Final = (
    r"отмен[её]н[аоы]?",
    r"отменено",
    r"закрыт[аоы]?",
    r"выбило",
    r"стопнуло",
    r"отстопило",
    r"результат",
    r"итог",
    r"статус",
    r"сработал[аио]?",
    r"отработал[аио]?",
    r"отработан[аоы]?",
    r"выполнен[аоы]?",
    r"пройден[аоы]?",
    r"был[аио]?",
    # "Тейк 1 забрали", "цель 2 взяли", "тейк 1 закрыли": taken ("1" was read as a target; i13-ru25).
    r"забрал[аио]?",
    r"взял[аио]?",
    r"закрыл[аио]?",
    # "Tp1 0.2211 фикс 50%", "зафиксировал 50%": a share fixed, the trade's news (i13-ru32: a
    # coin, its side and a target over it were traded at market).
    r"фикс",
    r"фиксирую",
    r"фиксируем",
    r"зафиксир(?:овал|овали|овано|ована|ован)",
    r"фіксу(?:ю|ємо)",
    r"зафіксува(?:в|ли|но)",
    # "Тейк 1 есть": it is there, taken.
    *(r"тейк\w{0,2}\s?[0-9]\sесть", r"цел[ьи]\s?[0-9]\sесть", r"тп\s?[0-9]\sесть"),
)

_ORD: Final = r"(?:(?:перв|втор|трет|четв[её]рт|пят|последн|финальн)\w{0,3}\s)?"
_TARGET: Final = r"(?:цел[ьи]|тейк(?:[\s-]?профит)?\w{0,2}|тп|тр)(?:\s?#?[0-9]{1,2})?"
# Its price said beside it: "первая цель 150 взята", "Первая цель (2500) достигнута".
_PRICE: Final = r"(?:\s\(?\$?[0-9][0-9.,]*\$?\)?)?"
_DONE: Final = (
    r"(?:взят|достигнут|выполнен|отработан|закрыт|исполнен|пройден|пробит|реализован)[аоы]?"
    # "Первая цель отработала": the past verb (session 23).
    r"|(?:отработал|сработал)[аио]?"
)
_STOP: Final = r"(?:стоп(?:[\s-]?лосс?)?\w{0,2}|сл)"
_GAIN: Final = r"[+-]\s?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?(?:%|[rр](?!\w))"

TARGET_RU: Final = "|".join(
    (
        # A target reached, its word first or its verb first: "первая цель достигнута",
        # "тейк 2 взят", "достигнута вторая цель", "взят тп1".
        r"(?<!\w)" + _ORD + _TARGET + _PRICE + r"\s" + _DONE + r"(?!\w)",
        r"(?<!\w)(?<!будет\s)(?<!будут\s)" + _DONE + r"\s" + _ORD + _TARGET + r"(?!\w)",
        # A target ticked with nothing after it on its line: "Первая цель ✅", "Тейк 2 ✅ +30%".
        r"(?<!\w)" + _ORD + _TARGET + r"\s?[✅✔☑](?=[^\n0-9]*(?:" + _GAIN + r")?[^\n0-9]*(?:\n|$))",
        # All of them: "все цели взяты", "все тейки отработаны".
        r"(?<!\w)все\s(?:цели|тейки|тейк-профиты)\s" + _DONE + r"(?!\w)",
        # The call called off, the trade closed or stopped: "Отменено ❌", "сигнал отменён",
        # "сделка закрыта по стопу", "выбило по стопу", "стоп сработал", "закрыто в бу".
        r"(?<!\w)(?<!будет\s)(?<!будут\s)(?:отмен[её]н[аоы]?|отменено)(?!\w)(?![^\n]{0,12}если)",
        r"(?<!\w)(?:сделка|позиция|сигнал|сетап)\s(?:закрыт|отработан)[аоы]?(?!\w)",
        r"(?<!\w)(?:закрыт[аоы]?|закрылись|закрыли|вышли)\s(?:по|в)\s(?:стоп\w{0,5}|тейк\w{0,2}"
        r"|безубыт\w{1,3}|бу|б/у|ноль|плюс\w?|минус\w?)(?!\w)",
        r"(?<!\w)(?:выбило|стопнуло|отстопило)(?!\w)",
        # The trade's levels told in the past: "Вход был 145, стоп 140" (a recap, no call).
        r"(?<!\w)(?:вход|стоп|цель|тейк|точка\sвхода)\s(?:был|была|было)(?!\w)",
        r"(?<!\w)" + _STOP + r"\s(?:сработал|выбит|исполнен)\w{0,2}(?!\w)",
        r"(?<!\w)(?:сработал|словили|поймали)\s" + _STOP + r"(?!\w)",
        # The trade's result or status on its own line: "Результат: +15%", "Итог: -1R",
        # "Статус: закрыта", "Статус: стоп".
        r"(?:^|(?<=\n))[^\w\n]*(?:результат|итог)\w{0,2}(?:\sсделки|\sпо\sсделке)?\s?:?\s?" + _GAIN,
        r"(?:^|(?<=\n))[^\w\n]*статус\s?:\s?(?:закрыт|отмен|стоп|тейк|цел|выбит|отработ)",
    )
)
"""The Russian rows of parsers/reports.py's _TARGET_REPORTED (a line reporting a call's news)."""
