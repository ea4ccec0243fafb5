"""Mutation family of session 30 (branch i13-ru32): Russian and Ukrainian follow-ups a forum
analyst or a terse trader writes, second round, every dev signal's coin (tagged, under a made-up
"[trader #A] Signal #a2" header, or no coin: a reply acts on the trade it answers,
CONVENTIONS.md "Follow-ups that name no coin") with one follow-up and one sentence not to act on.

- ``ru32_followup``: a share at a target ("снял {s}% на тп{n}", "Tp{n} фикс {s}% +0,5R", "Tp{n}
  фикс", "частичная фиксация на тп{n}", "Зняв {s}% на тп{n}"), the stop hit in more forms
  ("меня выбило", "Стоп. Рынок развернулся", "Стоп в бу сработал", "Стоп в бу 🛑", "-1%, стоп"),
  the stop to the entry ("стоп на вхід", "Тейк ✅ бу"), a close ("Прибыль зафиксирована ✅",
  "закрили з профітом {s}%"), a target with its gain ("Tp{n} +1R");
- ``ru32_followup_not``: the stop or a close said where nothing is asked now: a plan for a target
  or a time ("Стоп в бу при тп{n}", "Завтра перенесу стоп в бу", "Переставлю стоп на {lvl}"),
  one's own ("Лично я стоп перенёс в бу", "Я свій стоп переніс у бу"), a negation ("Стоп не
  двигаем, {lvl}"), an example or a rule ("Например стоп в бу", "Стоп в бу всегда"), a candle's
  close ("Стоп на {lvl} по 4ч закрытию"), another trade ("Стоп по прошлой сделке в бу"), a new
  plan's entry ("Стоп ставим {lvl}, вход от {lvl}"): never an action.

What a follow-up must give follows from its form and the dev signal's hand-checked coin (judged
as tests/parsers/mutations_followups.judge judges), never from the parser. Every form is made up
(no post copied, no held-out message read). ``python -m tests.parsers.mutations --family 'ru32*'
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
FOLLOWUP, FOLLOWUP_NOT = "ru32_followup", "ru32_followup_not"

# (kind, form, what more it must give): {n} a target's number, {s} a share (%), {lvl} a level.
# "PART" forms give their share ({s}%); "SOME" a share unsaid.
FORMS: tuple[tuple[str, str], ...] = (
    ("PART", "снял {s}% на тп{n}"),
    ("PART", "Снял {s}% по тп{n}"),
    ("PART", "Фикс {s}% на тп{n}"),
    ("PART", "{s}% сняли на тп{n}"),
    ("PART", "Tp{n} фикс {s}% +0,5R"),
    ("PART", "Тп{n} частичный фикс {s}%"),
    ("PART", "Tp{n} ✅ Частичная фиксация {s}%"),
    ("PART", "Зняв {s}% на тп{n}"),
    ("PART", "фікс {s}%"),
    ("SOME", "Tp{n} фикс"),
    ("SOME", "Частичная фиксация на тп{n}"),
    ("SOME", "Тп{n} - частичная фиксация"),
    ("SOME", "Зафіксував частину на тп{n}"),
    ("SL_HIT", "Стоп. Рынок развернулся"),
    ("SL_HIT", "Стоп, сетап не отработал"),
    ("SL_HIT", "Стоп в бу сработал"),
    ("SL_HIT", "Стоп в бу 🛑"),
    ("SL_HIT", "Стоп у бу спрацював"),
    ("SL_HIT", "-1%, стоп"),
    ("SL_HIT", "Спіймали стоп"),
    ("BE", "стоп на вхід"),
    ("CLOSE", "Прибыль зафиксирована ✅"),
    ("CLOSE", "прибуток зафіксовано"),
    ("CLOSE", "закрили з профітом {s}%"),
)
# Forms only a coinless reply says (a person's own words, no coin heads them).
BARE_FORMS: tuple[tuple[str, str], ...] = (
    ("SL_HIT", "меня выбило"),
    ("SL_HIT", "мене вибило"),
    ("BE", "Тейк ✅ бу"),
)
NOT_FORMS: tuple[str, ...] = (
    "Стоп в бу при тп{n}",
    "Стоп в бу на первой цели",
    "Стоп в бу ставим как возьмём первый тейк",
    "Стоп у беззбиток при тп{n}",
    "Завтра перенесу стоп в бу",
    "Потом стоп в бу",
    "Переставлю стоп на {lvl}",
    "Подтяну стоп на {lvl}",
    "Стоп перенесём на {lvl}",
    "Я свой стоп переставил на {lvl}",
    "Лично я стоп перенёс в бу",
    "Я свій стоп переніс у бу",
    "У мене вибило стоп",
    "Стоп не двигаем, {lvl}",
    "Например стоп в бу",
    "Подумайте о переносе стопа в бу",
    "Стоп в бу всегда",
    "Стоп в бу рано",
    "Стоп давно в бу",
    "Стоп на {lvl} по 4ч закрытию",
    "Стоп {lvl} по закрытию",
    "Стоп ставим {lvl}, вход от {lvl}",
    "Стоп по прошлой сделке в бу",
    "Стоп в бу ❌",
)
_HEADER = "[trader #A] Signal #a2\n"


def _want(kind: str, n: int, share: int, level: float) -> Want:
    want: Want = {"kind": kind}
    if kind == "PART":
        want.update(kind="CLOSE_PARTIAL", fraction=share / 100)
    elif kind == "SOME":
        want.update(kind="CLOSE_PARTIAL", fraction=None)
    elif kind == "BE":
        want.update(kind="MOVE_SL", to_entry=True)
    del level, n
    return want


def ru32_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must); each dev signal's
    coin with one Russian or Ukrainian follow-up (tagged, under a signal's header, or coinless)
    and one sentence not to act on."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 2654435761 + 32)
    for case in signal_cases():
        want = case.expect["signal"]
        symbol = want["symbol"]
        n = rng.randint(1, 3)
        share = rng.choice((25, 30, 50, 70))
        level = want["stop_loss"] or (want["entries"][0] if want["entries"] else 100.0)
        fill = {"n": n, "s": share, "lvl": fmt(level)}
        where = rng.random()
        coinless = where < 0.4
        kind, form = rng.choice(FORMS + (BARE_FORMS if coinless else ()))
        line = form.format(**fill)
        reading = _want(kind, n, share, level)
        if coinless:
            text, reading["symbol"] = line, None
        elif where < 0.7:
            text, reading["symbol"] = f"{coin(rng, symbol)}\n{line}", symbol
        else:
            tag = coin(rng, symbol)
            if not tag.startswith("#"):
                tag = "#" + tag.replace("/", "")
            text, reading["symbol"] = f"{_HEADER}{tag} Лонг\n{line}", symbol
        yield case.id, FOLLOWUP, text, reading, FOLLOW
        not_line = rng.choice(NOT_FORMS).format(**fill)
        not_text = not_line if coinless else f"{coin(rng, symbol)} {not_line}"
        yield case.id, FOLLOWUP_NOT, not_text, {}, NOT
