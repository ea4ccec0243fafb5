"""A Russian close or cancel word that instructs nobody: its subject is the market, a candle, a
period or a channel's sign-up, or what it closes, fixes or cancels is a move of the price, a
sign-up or a policy (session 18, branch i13-ru19). parsers/not_close.py asks this beside its
English words, only for a post that is not ASCII.

    "Рынок закрылся в плюс"                the market closed up: a report on the market
    "Биткоин закрыл неделю выше 60000"     (already: the candle words, parsers/update_words.py)
    "Закрытие дневной свечи выше 61000"    a candle's close: a condition of the chart
    "Фиксируем рост биткоина"              "we observe (fix) a rise": no profit taken
    "Сегодня вход в наш VIP канал закрыт"  a channel's sign-up closed: a promotion
    "Закрываем набор в приватный канал"    the same
    "Отмена ставки ФРС может ..."          a policy's cancel: news, no order

Each was read as a close or a cancel of the trade the post replies to (a wrong action). The
words come from Russian market news as channels repost it and the glossaries cited in
parsers/followup_rows_ru.py ("закрыть неделю/месяц" of a candle, "фиксировать прибыль" of a
profit, against "фиксировать рост" of an observation); a trade's own words stay read: "#BTC
закрыли в плюс", "по биткоину закрываем", "фиксируем прибыль".
"""

from __future__ import annotations

import re
from typing import Final

from parsers.sentences import clause_head

# The subject right before the verb, in its clause: the market, a coin named as a market (not
# "по биткоину", a trade on it), a candle or a period, a sign-up or a chat.
_SUBJECT_BEFORE: Final = re.compile(
    r"(?<!\w)(?<!по\s)(?:рынок|рынки|крипторынок|биткоин|биткойн|эфириум|индекс\w{0,2}|s&p|nasdaq"
    r"|фондов\w{0,3}\sрын\w{0,3}|свеч\w{0,2}|день|неделя|месяц|год|квартал|сессия|биржа|доступ"
    r"|тред|опрос|голосование|обсуждение|(?:набор|запись|регистрация)(?:\s(?:в|на|для)\s[^\n:,.!?]{1,30})?:?|канал|чат|комментарии|вход\sв\s(?:наш\w{0,2}\s)?(?:vip|вип"
    r"|приват\w{0,3}|закрыт\w{0,3}|платн\w{0,3}|канал|чат|клуб|группу)[^\n,.!?]{0,30}"
    # ("Вход закрыт!": no entry any more, a sign-up's or the call's; never the trade closed.)
    r"|вход"
    # ("Стоп на 0.45 по 4ч закрытию", "Стоп 0.45 по закрытию": the stop on a candle's close, said
    # before it; i13-ru32: read as a close.)
    r"|(?:стоп\w{0,3}|сл|sl)\s[^\n,!?]{0,20}\sпо(?:\s(?:[0-9]{1,2}\s?[чhдd]\w{0,4}|дневн\w{2,3}"
    r"|часов\w{2,3}|недельн\w{2,3}|4-?х?\s?часов\w{2,3}))?)"
    r"\s(?:уже\s|сегодня\s|снова\s|вновь\s|вчера\s|был\w?\s)?$"
)
# What the verb closes, fixes or cancels, right after it: a candle ("дневной свечи"), a move of
# the price, a sign-up or a chat, a policy or an event.
_OBJECT_AFTER: Final = re.compile(
    r"\s(?:(?:дневн|недельн|месячн|часов|[0-9]{1,2}\s?[чhд])\w{0,4}\s)?свеч\w{0,2}(?!\w)"
    # ("Стоп на 0.45 по закрытию 4ч": the stop on a 4-hour candle's close; i13-ru31.)
    r"|\s(?:[0-9]{1,2}\s?(?:ч|h|д|d|час\w{0,3}|мин\w{0,3})|дня|недели|дневки|часовика|недельки)(?!\w)"
    r"|\s(?:рост|падени|снижени|пробо|отскок|коррекци|рекорд|приток|отток|набор|запис"
    r"|регистраци|доступ|канал|чат|комментари|ставк|санкци|пошлин|тариф|запрет|закон|эфир"
    r"|стрим|вебинар|трансляци|конференци|встреч|розыгрыш|конкурс|гэп|имбаланс)\w{0,3}(?!\w)"
    # ("Закрыл ноут, иду спать", "Зафиксировали новый максимум": a laptop, an observed high;
    # i13-ru32)
    r"|\s(?:ноут|ноутбук|комп|компьютер|глаза|гештальт|кредит|ипотек|(?:нов\w{2}\s)?(?:максимум"
    r"|минимум|хай|лой))\w{0,3}(?!\w)"
)
_CLAUSE_BEFORE: Final = 48


def market_subject(low: str, m: re.Match[str]) -> bool:
    """Whether the close or cancel word m of low (a post that is not ASCII) has the market, a
    candle, a period or a sign-up for its subject or object, rather than the trade."""
    if _OBJECT_AFTER.match(low, m.end()) is not None:
        return True
    head, cut = clause_head(low, m.start(), _CLAUSE_BEFORE, colon=False)
    return _SUBJECT_BEFORE.search(head[cut:]) is not None
