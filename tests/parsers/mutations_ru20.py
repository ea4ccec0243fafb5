"""Mutation families of session 19 (branch i13-ru20): every dev signal's coin given a Russian or
Arabic follow-up in the forms of parsers/followup_rows_ru20.py and the phrase-table words of this
branch, with the coin or as a coinless reply (the bot applies a reply to the signal it answers).

- ``ru20_followup``: a target fired or caught ("сработал первый тейк", "ТР1 ✅", "закрылись по
  тейку"), the stop hit in slang ("словили стоп", "ушли в стоп", "Стоп, -1% к депо", "СЛ ❌"),
  the stop to the entry by its nouns ("к точке входа", "переводим сделку в бу", "СЛ в бу"), a
  share with the position's noun ("половина позиции закрыта", "сократил позицию на 30%"), a close
  now ("выходим по текущим", "фикс +15%"), the entry off ("не заходим", "убрал ордер"); Arabic
  "تم تحقيق الهدف", "إغلاق جزئي". What it must give comes from the form and the dev signal's
  hand-checked coin (judged as tests/parsers/mutations_followups.judge), never from the parser.
- ``ru20_followup_not``: the same words about the market, others' trades, plans and questions
  ("стопы лонгистов выбило", "многие ушли в стоп", "когда сработает первый тейк, стоп в бу",
  "кто закрылся по тейку?"): never an action.

The words were written for this family from the glossaries cited in parsers/followup_rows_ru20.py
(no post copied, no held-out message read).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_ru_common import Form, followups

FOLLOWUP, FOLLOWUP_NOT = "ru20_followup", "ru20_followup_not"

_ORDINAL_F = {1: "первой", 2: "второй", 3: "третьей", 4: "четвёртой", 5: "пятой"}

# (kind, form): {c} the coin and a space, or nothing (a coinless reply); {n} a target's number,
# {o} its ordinal ("первый"), {of} its feminine genitive ("первой"); {s} a share (%); {lvl} a price
# of the signal (the stop's new level); {g} a gain in percent.
FORMS: tuple[Form, ...] = (
    ("TP_HIT", "{c}Сработал {o} тейк"),
    ("TP_HIT", "{c}{o} тейк словили ✅"),
    ("TP_HIT", "{c}Есть {n} цель"),
    ("TP_HIT", "{c}ТР{n} ✅"),
    ("TP_HIT", "{c}Тейк {n} (+{g}%)"),
    ("TP_HIT", "{c}Цена дошла до {of} цели"),
    ("TP_HIT", "{c}Закрылись по {n} тейку"),
    ("TP_HIT", "{c}تم الوصول للهدف {n}"),
    ("SL_HIT", "{c}Словили стоп"),
    ("SL_HIT", "{c}Ушли в стоп"),
    ("SL_HIT", "{c}Стоп, -1% к депо"),
    ("SL_HIT", "{c}СЛ ❌"),
    ("SL_HIT", "{c}Стоп выбит"),
    ("SL_HIT", "{c}Увы, стоп"),
    ("BE", "{c}Подтянул стоп к точке входа"),
    ("BE", "{c}Переводим сделку в безубыток"),
    ("BE", "{c}СЛ в бу"),
    ("BE", "{c}Стоп теперь на точке входа"),
    ("PRICE", "{c}Стоп-лосс теперь {lvl}"),
    ("HALF", "{c}Половина позиции закрыта"),
    ("HALF", "{c}Сокращаем позицию вдвое"),
    ("PART", "{c}Сократил позицию на {s}%"),
    ("PART", "{c}Фиксация {s}%"),
    ("SOME", "{c}Забираем часть прибыли"),
    ("SOME", "{c}إغلاق جزئي"),
    ("CLOSE", "{c}Выходим по текущим"),
    ("CLOSE", "{c}Фикс +{g}%"),
    ("CLOSE", "{c}Выхожу в ноль"),
    ("CANCEL", "{c}Не заходим"),
    ("CANCEL", "{c}Убрал ордер"),
)
NOT_FORMS: tuple[str, ...] = (
    "Стопы лонгистов по {c} выбило на проливе",
    "Многие ушли в стоп на проливе {c}",
    "Толпа словила стопы",
    "Когда сработает первый тейк по {c}, стоп в бу",
    "Если {c} дойдёт до {lvl}, фиксируем половину",
    "Если уйдём в стоп по {c}, перезайдём ниже",
    "Кто закрылся по тейку по {c}?",
    "Стоп по {c} ставить на точку входа?",
    "Урок: как переводить сделку в безубыток",
    "Вчера закрыли половину позиции по {c}, сегодня держим",
)


def ru20_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must); each dev signal's
    coin with one follow-up (tagged, or a coinless reply) and one sentence not to act on."""
    rng = random.Random(seed * 40960001 + 20)
    names = (FOLLOWUP, FOLLOWUP_NOT)
    return followups(rng, names, FORMS, NOT_FORMS, feminine=_ORDINAL_F, gains=(12, 25, 40))
