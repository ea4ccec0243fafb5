"""Mutation families of session 20 (branch i13-ru21): every dev signal's coin given a Russian
follow-up in the forms this branch reads, with the coin or as a coinless reply (the bot applies a
reply to the signal it answers).

- ``ru21_followup``: a target named as what was closed ("Закрыли первый тейк", "Тейк 2 закрыт"),
  the exit as a noun or at a price ("Выход по рынку", "Вышли по 0.512"), the trade reported
  closed ("Сделка закрыта ✅"), a share closed with the stop to the entry's word and a price
  ("Фиксируем 30% по 0.512, стоп на вход 0.5": never a LONG from 0.5), a stop moved with a target
  beside it ("Стоп переносим на 0.512, тейк 0.6": no trade, read as no follow-up or a stop moved),
  and a word typed with a Latin look-alike ("Cтоп переносим в бу"). What it must give comes from
  the form and the dev signal's hand-checked coin (judged as mutations_followups.judge), never
  from the parser.
- ``ru21_followup_not``: the same words told, planned or asked ("Когда закроем первый тейк по
  {c}, стоп в бу", "Вчера вышли по {lvl}", "Кто закрыл первый тейк?", "Эфир отменяется"): never
  an action.

The words were written for this family from the grammar of the glossaries cited in
parsers/followup_rows_ru20.py (no post copied, no held-out message read). ``python -m
tests.parsers.mutations --family ru21_mutations --seeds 1 20`` prints its figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from tests.parsers.mutation_post import Row, Want
from tests.parsers.mutations_ru_common import Form, expect_followup, followups

FOLLOWUP, FOLLOWUP_NOT = "ru21_followup", "ru21_followup_not"

_ORDINAL_F = {1: "первая", 2: "вторая", 3: "третья", 4: "четвёртая", 5: "пятая"}

# (kind, form): {c} the coin and a space, or nothing (a coinless reply); {n} a target's number,
# {o} its ordinal ("первый"), {of} the feminine one ("первая"); {s} a share (%); {lvl} a price of
# the signal, {lvl2} another. NONE_OR_SL: no follow-up, or a stop moved (never a trade).
FORMS: tuple[Form, ...] = (
    ("TP_HIT", "{c}Закрыли {o} тейк"),
    ("TP_HIT", "{c}{Of} цель закрыта ✅"),
    ("TP_HIT", "{c}Тейк {n} закрыт"),
    ("TP_HIT", "{c}Закрыли тп{n} +15%"),
    ("CLOSE", "{c}Выход по рынку"),
    ("CLOSE", "{c}Вышли по {lvl}"),
    ("CLOSE", "{c}Сделка закрыта ✅"),
    ("PART", "{c}Фиксируем {s}% по {lvl}, стоп на вход {lvl2}"),
    ("PART", "{c}Закрываем {s}% по {lvl}, стоп на точку входа {lvl2}"),
    ("NONE_OR_SL", "{c}Стоп переносим на {lvl}, тейк {lvl2}"),
    ("NONE_OR_SL", "{c}Новый стоп {lvl}, цель {lvl2}"),
    ("BE", "{c}Cтоп переносим в бу"),  # a Latin C
    ("BE", "{c}Стоп в бу, {of} цель закрыта"),
)
NOT_FORMS: tuple[str, ...] = (
    "Когда закроем первый тейк по {c}, стоп в бу",
    "Если {c} дойдёт до {lvl}, выход по рынку",
    "Кто закрыл первый тейк по {c}?",
    "Вчера по {c} вышли по {lvl}, сегодня ищем вход",
    "Урок: выход по рынку или по стопу?",
    "Эфир отменяется",
    "Сигналы отменяются до понедельника",
)


def _expect(kind: str, symbol: str | None, n: int, share: int, level: float) -> Want:
    if kind == "NONE_OR_SL":
        return {"kind": "MOVE_SL", "symbol": symbol, "price": level}  # (or no reading: a miss)
    return expect_followup(kind, symbol, n, share, level)


def ru21_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must); each dev signal's
    coin with one follow-up (tagged, or a coinless reply) and one sentence not to act on."""
    rng = random.Random(seed * 73939133 + 21)
    names = (FOLLOWUP, FOLLOWUP_NOT)
    return followups(
        rng, names, FORMS, NOT_FORMS, feminine=_ORDINAL_F, needs_target=True, expect=_expect
    )
