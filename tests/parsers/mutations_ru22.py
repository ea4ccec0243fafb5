"""Mutation families of session 21 (branch i13-ru22): every dev signal's coin given a Russian
follow-up in the verb forms parsers/ru_grammar.py builds (both aspects; the 1st person, the past,
the infinitive and the polite imperative), with the coin or as a coinless reply (the bot applies a
reply to the signal it answers).

- ``ru22_followup``: a stop moved to the entry or to a price ("Переставьте стоп-лосс на вход",
  "Перенесли сл в ноль", "Перевести стоп на 0.512"), out of the trade ("Выйти из позиции",
  "Выходим из всей позиции"), a share cut, dumped or taken ("Сокращаем позицию на 30%",
  "Сбрасываем 30% позиции", "Забираем 30%", "Скиньте 1/2 позиции"), an order filled ("Тп2
  исполнен", "Стоп-лосс исполнен"), an order called off ("Уберите лимитку", "Лимитка снята").
  What it must give comes from the form and the dev signal's hand-checked coin (judged as
  mutations_followups.judge), never from the parser.
- ``ru22_followup_not``: the same verbs hedged, told of a time gone by or planned for a level
  ("Можно перенести стоп по {c} в бу", "В прошлый раз по {c} выбило по стопу", "При достижении
  {lvl} по {c} забираем 30%"): never an action (parsers/ru_hedges.py).

The words were written for this family from Russian grammar (no post copied, no held-out
message read). ``python -m tests.parsers.mutations --family ru22_mutations --seeds 1 20`` prints
its figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_ru_common import Form, followups

FOLLOWUP, FOLLOWUP_NOT = "ru22_followup", "ru22_followup_not"

# (kind, form): {c} the coin and a space, or nothing (a coinless reply); {n} a target's number,
# {o} its ordinal ("первый"); {s} a share (%); {lvl} a price of the signal.
FORMS: tuple[Form, ...] = (
    ("BE", "{c}Переставьте стоп-лосс на вход"),
    ("BE", "{c}Перенесли сл в ноль"),
    ("BE", "{c}Стоп перевести в безубыток"),
    ("BE", "{c}Подтяните стоп в бу"),
    ("PRICE", "{c}Переставьте стоп на {lvl}"),
    ("PRICE", "{c}Стоп-лосс переносим на {lvl}"),
    ("PRICE", "{c}Перевести стоп на {lvl}"),
    ("PRICE", "{c}Тянем стоп на {lvl}"),
    ("PRICE", "{c}upd: стоп на {lvl}"),
    ("CLOSE", "{c}Выйти из позиции"),
    ("CLOSE", "{c}Выходим из всей позиции"),
    ("CLOSE", "{c}Выходите из сделки"),
    ("PART", "{c}Сокращаем позицию на {s}%"),
    ("PART", "{c}Сбрасываем {s}% позиции"),
    ("PART", "{c}Забираем {s}%"),
    ("HALF", "{c}Скиньте 1/2 позиции"),
    ("HALF", "{c}Сбросили половину"),
    ("HALF", "{c}Режу половину +0,5R"),
    ("PART", "{c}Tp1 {s}% фикс, стоп в бу"),
    ("TP_HIT", "{c}Тп{n} исполнен"),
    ("TP_HIT", "{c}{O} тейк исполнен"),
    ("SL_HIT", "{c}Стоп-лосс исполнен"),
    ("CANCEL", "{c}Уберите лимитку"),
    ("CANCEL", "{c}Лимитка снята"),
    ("CANCEL", "{c}Удалите ордер"),
)
NOT_FORMS: tuple[str, ...] = (
    "Можно перенести стоп по {c} в бу",
    "Я бы сбросил половину {c}",
    "Стоило выйти из {c} раньше",
    "Надо было зафиксировать {c} на {lvl}",
    "В прошлый раз по {c} выбило по стопу",
    "В 2021 году я закрыл лонг по {c}",
    "При достижении {lvl} по {c} забираем {s}%",
    "Собираюсь закрыть {c} на выходных",
    "Хотел убрать лимитку по {c}, но передумал",
    "Тогда мы зафиксировали половину {c} и перенесли стоп в бу",
)


def ru22_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must); each dev signal's
    coin with one follow-up (tagged, or a coinless reply) and one sentence not to act on."""
    rng = random.Random(seed * 52579871 + 22)
    return followups(rng, (FOLLOWUP, FOLLOWUP_NOT), FORMS, NOT_FORMS)
