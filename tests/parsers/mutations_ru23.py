"""Mutation families of session 22 (branch i13-ru23): every dev signal followed up in Russian in
the forms of channels the corpus has not seen.

- ``ru23_followup``: the dev call posted again as a Russian card with a status line under it
  ("✅ Вторая цель достигнута", "Первая цель ✅ Стоп в бу", "Отменено ❌", "Выбило по стопу");
  the coin and side restated as a heading over a follow-up line ("Тейк 2 +1.8R", "Цель 2 +35%",
  "Вторая цель пройдена", "Добрались до второй цели", "+35% от входа", "Общий профит +1.2р",
  "Фикс 30% по {lvl}", "Сократил позицию"). What it must give comes from the form and the dev
  signal's hand-checked coin (judged as mutations_followups.judge), never from the parser: the
  card and the heading must never be traded again.
- ``ru23_followup_not``: Russian market talk with the same words ("Маркетмейкеры частично закрыли
  шорты по {c}", "Цена {c} пробила сопротивление {lvl}", "Биткоин сделал +5% за день"),
  monthly results, losses, hedges and past times: never an action.

The words were written for this family from Russian grammar and the dev corpus's Russian
channels (no post copied, no held-out message read). ``python -m tests.parsers.mutations --family
ru23_mutations --seeds 1 20`` prints its figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.mutations_ru19 import _coin
from tests.parsers.variants import fmt

Want = dict[str, Any]
Row = tuple[str, str, str, Want, str]
FOLLOWUP, FOLLOWUP_NOT = "ru23_followup", "ru23_followup_not"

_NOM = ("Первая", "Вторая", "Третья", "Четвертая", "Пятая")
_GEN = ("первой", "второй", "третьей", "четвертой", "пятой")

# (kind, status line under the card): {O} the target's ordinal, {n} its number.
CARD_FORMS: tuple[tuple[str, str], ...] = (
    ("TP_HIT", "✅ {O} цель достигнута"),
    ("TP_HIT", "Тейк {n} взят ✅"),
    ("BE", "{O} цель ✅ Стоп в бу"),
    ("CANCEL", "Отменено ❌"),
    ("CANCEL", "❌ Сигнал отменён"),
    ("SL_HIT", "Сделка закрыта по стопу ❌"),
    ("SL_HIT", "Выбило по стопу"),
    ("TP_ANY", "🎯 Все цели достигнуты"),
)
# (kind, follow-up line under the heading "#COIN Лонг"): {g} a gain in R, {p} in %, {s} a
# share, {lvl} one of the call's prices.
HEAD_FORMS: tuple[tuple[str, str], ...] = (
    ("TP_HIT", "Тейк {n} +{g}R"),
    ("TP_HIT", "Цель {n} +{p}%"),
    ("TP_HIT", "{O} цель пройдена"),
    ("TP_HIT", "Добрались до {G} цели"),
    ("TP_ANY", "+{p}% от входа"),
    ("TP_ANY", "Общий профит +{g}р"),
    ("TP_ANY", "Сделка отработала полностью +{g}R"),
    ("PART", "Фикс {s}% по {lvl}"),
    ("SOME", "Сократил позицию"),
)
NOT_FORMS: tuple[str, ...] = (
    "Маркетмейкеры частично закрыли шорты по {c}",
    "Киты сократили позиции по {c}",
    "Цена {c} пробила сопротивление {lvl}",
    "Биткоин сделал +{p}% за день",
    "Итоги месяца: +{p}%",
    "Результат: -{p}%",
    "Можно сократить позицию по {c}",
    "Вчера сократил позицию по {c}",
    "Добрались до первой поддержки по {c}",
    "Перевожу стоп по {c} в б/у, если цена дойдет до {lvl}",
)


def _want(kind: str, symbol: str | None, n: int, share: int) -> Want:
    want: Want = {"kind": kind, "symbol": symbol}
    if kind == "TP_HIT":
        want["tp_index"] = n
    elif kind == "TP_ANY":
        want["kind"] = "TP_HIT"
    elif kind == "BE":
        want.update(kind="MOVE_SL", to_entry=True)
    elif kind == "PART":
        want.update(kind="CLOSE_PARTIAL", fraction=share / 100)
    elif kind == "SOME":
        want.update(kind="CLOSE_PARTIAL", fraction=None)
    return want


def _card(want: Want, coin: str) -> str | None:
    """The dev call as a Russian card, or None when it lacks an entry, a target or its stop."""
    if not want["entries"] or not want["take_profits"] or want["stop_loss"] is None:
        return None
    side = "ЛОНГ" if want["side"] == "LONG" else "ШОРТ"
    entries = " - ".join(fmt(e) for e in want["entries"])
    targets = " / ".join(fmt(t) for t in want["take_profits"])
    return f"{coin} {side}\nВход: {entries}\nЦели: {targets}\nСтоп: {fmt(want['stop_loss'])}\n\n"


def ru23_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must); each dev signal's
    coin with one follow-up (a card under a status line, or a line under the heading) and one
    sentence not to act on."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 73856093 + 23)
    for case in signal_cases():
        want = case.expect["signal"]
        symbol = want["symbol"]
        n = rng.randint(1, max(1, min(len(want["take_profits"]), 5)))
        share = rng.choice((25, 30, 50, 70))
        level = want["stop_loss"] or (want["entries"][0] if want["entries"] else 100.0)
        coin = _coin(rng, symbol)
        fill = {
            "O": _NOM[n - 1],
            "G": _GEN[n - 1],
            "n": n,
            "g": rng.choice(("0.8", "1.2", "1,5", "2")),
            "p": rng.choice((12, 25, 35, 48)),
            "s": share,
            "lvl": fmt(level),
        }
        card = _card(want, coin) if rng.random() < 0.5 else None
        if card is not None:
            kind, form = rng.choice(CARD_FORMS)
            text = card + form.format(**fill)
        else:
            kind, form = rng.choice(HEAD_FORMS)
            side = "Лонг" if want["side"] == "LONG" else "Шорт"
            text = f"{coin} {side}\n{form.format(**fill)}"
        yield case.id, FOLLOWUP, text, _want(kind, symbol, n, share), FOLLOW
        not_form = rng.choice(NOT_FORMS)
        yield case.id, FOLLOWUP_NOT, not_form.format(c=coin, **fill), {}, NOT
