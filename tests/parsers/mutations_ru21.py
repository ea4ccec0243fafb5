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
from typing import Any

from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.mutations_ru19 import _coin, expect_followup
from tests.parsers.variants import fmt

Want = dict[str, Any]
Row = tuple[str, str, str, Want, str]
FOLLOWUP, FOLLOWUP_NOT = "ru21_followup", "ru21_followup_not"

_ORDINAL = {1: "первый", 2: "второй", 3: "третий", 4: "четвёртый", 5: "пятый"}
_ORDINAL_F = {1: "первая", 2: "вторая", 3: "третья", 4: "четвёртая", 5: "пятая"}

# (kind, form): {c} the coin and a space, or nothing (a coinless reply); {n} a target's number,
# {o} its ordinal ("первый"), {of} the feminine one ("первая"); {s} a share (%); {lvl} a price of
# the signal, {lvl2} another. NONE_OR_SL: no follow-up, or a stop moved (never a trade).
FORMS: tuple[tuple[str, str], ...] = (
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
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 73939133 + 21)
    for case in signal_cases():
        want = case.expect["signal"]
        symbol = want["symbol"]
        n = rng.randint(1, max(1, min(len(want["take_profits"]), 5)))
        share = rng.choice((25, 30, 50, 70))
        level = want["stop_loss"] or (want["entries"][0] if want["entries"] else None)
        target = want["take_profits"][0] if want["take_profits"] else None
        kind, form = rng.choice(FORMS)
        if (level is None or target is None) and "{lvl" in form:
            kind, form = FORMS[0]
        lvl = fmt(level) if level is not None else "100"
        lvl2 = fmt(target) if target is not None else "110"
        coin = _coin(rng, symbol)
        tagged = rng.random() < 0.5
        text = form.format(
            c=f"{coin} " if tagged else "",
            n=n,
            o=_ORDINAL[n],
            of=_ORDINAL_F[n],
            Of=_ORDINAL_F[n].capitalize(),
            s=share,
            lvl=lvl,
            lvl2=lvl2,
        )
        if not tagged:
            text = text[0].upper() + text[1:]
        reading = _expect(kind, symbol if tagged else None, n, share, float(lvl))
        yield case.id, FOLLOWUP, text, reading, FOLLOW
        yield case.id, FOLLOWUP_NOT, rng.choice(NOT_FORMS).format(c=coin, lvl=lvl), {}, NOT
