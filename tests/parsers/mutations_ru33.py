"""Mutation family of session 31 (branch i13-ru33): a forum trader's short Russian replies, one or
two short lines whose clauses are each a report or an instruction (parsers/clauses_ru.py), every
dev signal's coin (on a line of its own, under a made-up "[trader #A] Signal #a2" header, or no
coin: a reply acts on the trade it answers, CONVENTIONS.md "Follow-ups that name no coin") with
one follow-up and one sentence not to act on.

- ``ru33_followup``: a target by its number and the target's mark ("{n}🎯"), a target told done on
  the line under it ("{n}-й тейк / Есть ✔️"), one more target ("Ещё один тейк"); the same beside
  the stop to the entry ("{n}🎯 / Стоп на твх", "Ещё один тейк. Остаток в бу": a stop move to
  the entry, CONVENTIONS.md session 31); the stop to the entry said "на твх" (точка входа), after
  a verb alone ("Переношу… Стоп на твх") or after the place ("В бу перевёл"); a close with the stop
  to the entry ("Фиксирую… Стоп на твх": a partial close, its share unsaid); the stop hit told with
  the trader's "I won't go on" or the market's move ("Тут стоп, дальше не буду"), out at break
  even ("Вышли по б/у"); an entry called off with a reason ("Не входим , не успели"); the stop to
  a target with no level ("Стоп на первой цели": shown, not done); a coin's stop at a level ("Sl
  #SOL 1.5", "#SOL Sl 1.5");
- ``ru33_followup_not``: the same words where nothing is asked now: a regret ("Жаль, что не
  зафиксировал"), a question, a condition or a plan ("Если
  пробьём {lvl}, стоп на твх", "Завтра стоп на твх"), a negation ("Стоп не переносим, держим"), a
  level struck out ("Стоп {lvl} ❌"): never an action.

What a follow-up must give follows from its form and the dev signal's hand-checked coin (judged
as tests/parsers/mutations_followups.judge judges), never from the parser. Every form is made up
(no post copied, no held-out message read). ``python -m tests.parsers.mutations --family 'ru33*'
--seeds 1 20`` prints its figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.mutations_ru_common import coin
from tests.parsers.variants import fmt

Want = dict[str, Any]
Row = tuple[str, str, str, Want, str]
FOLLOWUP, FOLLOWUP_NOT = "ru33_followup", "ru33_followup_not"

_ORD = {1: "Первый", 2: "Второй", 3: "Третий"}
_ORD_AT = {1: "первой", 2: "второй", 3: "третьей"}

# (kind, form): {n} a target's number, {o} its ordinal, {oa} the ordinal after "на", {lvl} a level.
FORMS: tuple[tuple[str, str], ...] = (
    ("TP", "{n}🎯"),
    ("TP", "{n} 🎯"),
    ("TP", "{n}-й тейк\nЕсть ✔️"),
    ("TP", "{n}-ой Тейк\nвзят ✔️"),
    ("TP0", "Ещё один тейк"),
    ("TP0", "Взяли один тейк"),
    ("TPBE", "{n}🎯\nСтоп на твх"),
    ("TPBE", "Стоп на твх\n{n}🎯"),
    ("TPBE", "{n}🎯стоп на твх"),
    ("TPBE", "Стоп на твх\n{o} тейк {lvl}"),
    ("TPBE", "Ещё один тейк. Остаток в бу."),
    ("TPBE", "Взяли один тейк. Стоп в бу."),
    ("BE", "Стоп переносим на твх"),
    ("BE", "Переношу… Стоп на твх"),
    ("BE", "Сейчас в Б/У стоп"),
    ("BE", "В бу перевёл"),
    ("BE", "Итак… стоп на т.вх."),
    ("SOME", "Фиксирую… Стоп на твх"),
    ("SOME", "Сократил позицию\nСтоп на твх"),
    ("SOME", "Прикрыл часть. Стоп на твх"),
    ("SL", "Тут стоп, дальше не буду"),
    ("SL", "Тут стоп, перезаходить не буду"),
    ("SL", "К сожалению стоп лосс, рынок развернулся вниз"),
    ("SL", "Вышли по б/у"),
    ("SL", "Вынесло в безубыток"),
    ("CANCEL", "Не входим , не успели"),
    ("CANCEL", "Пока не входим, цена ушла выше, ждём"),
    ("TOTP", "Стоп на {oa} цели"),
    ("TOTP", "Стоп на тп{n}"),
)
NOT_FORMS: tuple[str, ...] = (
    "Жаль, что не зафиксировал",
    "Стоп на твх?",
    "Может стоп на твх?",
    "Если пробьём {lvl}, стоп на твх",
    "Завтра стоп на твх",
    "Стоп на твх после тп{n}",
    "Стоп не переносим, держим",
    "Стоп {lvl} ❌",
    "Стоп в бу ❌",
    "Фиксировать не буду, стоп на месте",
)
_HEADER = "[trader #A] Signal #a2\n"


def _want(kind: str, n: int, level: float) -> Want:
    if kind == "TP":
        return {"kind": "TP_HIT", "tp_index": n}
    if kind == "TP0":
        return {"kind": "TP_HIT", "tp_index": None}
    if kind in ("TPBE", "BE"):
        return {"kind": "MOVE_SL", "to_entry": True, "price": None}
    if kind == "SOME":
        return {"kind": "CLOSE_PARTIAL", "fraction": None}
    if kind == "SL":
        return {"kind": "SL_HIT"}
    if kind == "TOTP":
        return {"kind": "MOVE_SL", "tp_index": n, "to_entry": False, "price": None}
    if kind == "PRICE":
        return {"kind": "MOVE_SL", "price": level, "to_entry": False}
    return {"kind": kind}


def _fill(rng: random.Random, level: float) -> dict[str, Any]:
    n = rng.randint(1, 3)
    return {"n": n, "o": _ORD[n], "oa": _ORD_AT[n], "lvl": fmt(level)}


def ru33_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must); each dev signal's
    coin with one short Russian reply (under its coin, a signal's header, or coinless) and one
    sentence not to act on."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 2654435761 + 33)
    for case in signal_cases():
        want = case.expect["signal"]
        symbol = want["symbol"]
        level = want["stop_loss"] or (want["entries"][0] if want["entries"] else 100.0)
        fill = _fill(rng, level)
        where = rng.random()
        coinless = where < 0.35
        if not coinless and rng.random() < 0.15:
            base = symbol[:-4] if symbol.endswith("USDT") else symbol
            form = rng.choice(("Sl #{b} {lvl}", "#{b} Sl {lvl}", "#{b} стоп {lvl}"))
            text = form.format(b=base, lvl=fill["lvl"])
            reading = {
                **_want("PRICE", 0, level),
                "symbol": symbol if symbol.endswith("USDT") else None,
            }
            if symbol.endswith("USDT"):
                yield case.id, FOLLOWUP, text, reading, FOLLOW
        else:
            kind, form = rng.choice(FORMS)
            line = form.format(**fill)
            reading = _want(kind, fill["n"], level)
            if coinless:
                text, reading["symbol"] = line, None
            elif where < 0.75:
                text, reading["symbol"] = f"{coin(rng, symbol)}\n{line}", symbol
            else:
                tag = coin(rng, symbol)
                if not tag.startswith("#"):
                    tag = "#" + tag.replace("/", "")
                text, reading["symbol"] = f"{_HEADER}{tag} Лонг\n{line}", symbol
            yield case.id, FOLLOWUP, text, reading, FOLLOW
        not_line = rng.choice(NOT_FORMS).format(**fill)
        not_text = not_line if coinless else f"{coin(rng, symbol)}\n{not_line}"
        yield case.id, FOLLOWUP_NOT, not_text, {}, NOT
