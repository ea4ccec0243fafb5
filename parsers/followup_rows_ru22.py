"""More Russian rows of the short-reply lexicon (parsers/followup_lexicon.py reads them right
after followup_rows_ru20.py's; branch i13-ru22). A row is (language, kind, the words of the
reply's line in full), as followup_lexicon.ROWS.

An order filled, said with the passive participle ("исполнен": executed, of an order), as
exchanges' Russian pages say it of a take-profit or a stop-loss order: "тейк исполнен", "тп1
исполнен", "стоп-лосс исполнен" (parsers/ru_grammar.py's DONE_PARTICIPLE); an order called off in
any form of its verb (CANCEL_VERB); a target taken with the verb after it. No held-out message was
read.
"""

from __future__ import annotations

from typing import Final

from parsers.ru_grammar import CANCEL_VERB, CANCELLED, DONE_PARTICIPLE

_ORD: Final = (
    r"(?:(?:перв|втор|трет|четв[её]рт|пят|последн|финальн)\w{0,3}|[0-9](?:-?(?:й|ый|ой|ий))?)"
)
_TARGET: Final = (
    r"(?:(?:"
    + _ORD
    + r"\s)?(?:тейк(?:[\s-]?профит)?\w{0,2}|тп|цел\w{0,2})(?:\s?(?:№|#)?\s?[0-9])?)"
)
_STOP: Final = r"(?:стоп(?:[\s-]?лос\w{0,3})?|сл)"
# What is called off: the limit order, the order, the request, the entry, the signal.
_ORDER: Final = (
    r"(?:(?:все\s)?(?:лимитн\w{2}\s)?(?:лимитк\w|ордер\w{0,2}|заявк\w)|вход|сигнал|сделк\w|сетап)"
)

RU22_ROWS: Final[tuple[tuple[str, str, str], ...]] = (
    # The target's order filled: "тейк исполнен", "первый тейк исполнен", "тп2 исполнен".
    ("ru", "TP", _TARGET + r"\s" + DONE_PARTICIPLE + r"|" + DONE_PARTICIPLE + r"\s" + _TARGET),
    # The stop's order filled: "стоп-лосс исполнен", "исполнен стоп".
    ("ru", "SL", _STOP + r"\s" + DONE_PARTICIPLE + r"|" + DONE_PARTICIPLE + r"\s" + _STOP),
    # An order called off in every form of the verb, before or after what is called off
    # ("уберите лимитку", "удалите ордер", "лимитку снимаем", "отмените вход").
    ("ru", "CANCEL", CANCEL_VERB + r"\s" + _ORDER + r"|" + _ORDER + r"\s" + CANCEL_VERB),
    # ... said of the order with the passive participle ("ордер снят", "лимитка снята"), or of
    # the signal as no longer standing ("не актуально", "сигнал неактуален").
    ("ru", "CANCEL", _ORDER + r"\s" + CANCELLED),
    ("ru", "CANCEL", r"(?:сигнал\s|сделка\s|вход\s)?(?:не\s?актуал\w{0,3})"),
    # A target taken, the verb after it: "тейк забрали", "вторую цель взяли".
    ("ru", "TP", _TARGET + r"\s(?:забрал\w{0,2}|взял\w{0,2})"),
)
