"""Mutation family of session 32 (branch i13-ru34): Russian follow-ups of forum-like channels, every
dev signal's coin (on a line of its own, under a made-up "[trader #c] Signal ID: #c9" header with
the id's letter Latin or Cyrillic, or no coin: a reply acts on the trade it answers, CONVENTIONS.md
"Follow-ups that name no coin") with one follow-up and one sentence not to act on.

- ``ru34_followup``: a close told with the price it was done at ("Закрыл по {lvl} 👌", "Выход по
  цене {lvl}" after "выходим из позиции", "Закрываем позицию по текущим {lvl}": CLOSE at that price,
  parsers/exit_price_ru.py), with its gain in parentheses ("Фиксирую по текущим {lvl} (3,5%)": a
  close of all, never a share of 5 %); a target with a remark or a link line under it ("{n}
  тейк, кто не закрыл уже даже больше 🔥", "{n} тейк / 🟢[Торговать на Bybit](https://...)"); one
  more target ("Плюс один тейк"); the stop at the entry said of the position ("Сейчас в Б/У
  позиция", "Остальные в бу"); the position dumped, sold or bought back ("Скинул позицию", "Продал
  всё по текущим"); the stop hit with the day's last word ("Тут тоже стоп (-1.5%) / На сегодня
  всё"); the stop's loss under the coin's line ("STOP -2%");
- ``ru34_followup_not``: the same words where nothing is asked now: a close at a price to come
  ("Закрою по {lvl}"), the perfective future ("Скину позицию"), a question, a story ("Вчера скинул
  позицию"), a review of the day's trades ("#DAILY ... от 5% до 20%"): never an action.

What a follow-up must give follows from its form and the dev signal's hand-checked coin and
levels (judged as tests/parsers/mutations_followups.judge judges), never from the parser. Every
form is made up (no post copied, no held-out message read). ``python -m tests.parsers.mutations
--family 'ru34*' --seeds 1 20`` prints its figures.
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
FOLLOWUP, FOLLOWUP_NOT = "ru34_followup", "ru34_followup_not"

# (kind, form): {n} a target's number, {lvl} a level of the dev signal (its stop or first entry).
FORMS: tuple[tuple[str, str], ...] = (
    ("AT", "Закрыл по {lvl} 👌"),
    ("AT", "Вышел по {lvl}. Спасибо всем"),
    ("AT", "Закрываем позицию по текущим {lvl}"),
    ("AT", "Выход по рынку {lvl}"),
    ("AT", "Фиксирую по текущим {lvl} (3,5%)"),
    ("AT", "Полностью выходим из позиции. Выход по цене {lvl}. Чистого движения 2,5%"),
    ("TP", "{n} тейк, кто не закрыл уже даже больше 🔥"),
    ("TP", "{n} тейк\n🟢[**Торговать на Bybit**](https://example.com/ref)"),
    ("TP0", "Плюс один тейк"),
    ("BE", "Сейчас в Б/У позиция"),
    ("BE", "Остальные в бу"),
    ("BE", "Плюс один тейк. Остаток в бу."),
    ("CLOSE", "Скинул позицию"),
    ("CLOSE", "Продал всё по текущим"),
    ("CLOSE", "Сбросил остаток"),
    ("SL", "Тут тоже стоп (-1.5%)\nНа сегодня всё, рынок к сожалению не дал нужной реакции"),
)
NOT_FORMS: tuple[str, ...] = (
    "Закрою по {lvl}",
    "Скину позицию",
    "Продам всё по {lvl}",
    "Может скинуть позицию?",
    "Вчера скинул позицию",
    "Сейчас в Б/У позиция?",
    "#DAILY #ALTCOINS\nСегодня рынок спокойный.\nМы закрыли несколько сделок, а так же перевели "
    "стопы на все позиции.\nИз них больше половины позиций закрыты с профитом от 5% до 20%",
)


def _want(kind: str, n: int, level: float) -> Want:
    if kind == "AT":
        return {"kind": "CLOSE", "price": level, "fraction": None}
    if kind == "TP":
        return {"kind": "TP_HIT", "tp_index": n}
    if kind == "TP0":
        return {"kind": "TP_HIT", "tp_index": None}
    if kind == "BE":
        return {"kind": "MOVE_SL", "to_entry": True, "price": None}
    if kind == "SL":
        return {"kind": "SL_HIT"}
    return {"kind": kind}


def _header(rng: random.Random) -> str:
    letter = rng.choice(("c", "с"))  # (the id's letter Latin, or the Cyrillic one)
    return f"[trader #c] Signal ID: #{letter}{rng.randint(1, 40)}\n"


def ru34_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must); each dev signal's
    coin with one short Russian follow-up (under its coin, a signal's header, or coinless) and
    one sentence not to act on."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 2654435761 + 34)
    for case in signal_cases():
        want = case.expect["signal"]
        symbol = want["symbol"]
        level = want["stop_loss"] or (want["entries"][0] if want["entries"] else 100.0)
        fill = {"n": rng.randint(1, 3), "lvl": fmt(level)}
        where = rng.random()
        coinless = where < 0.35
        if not coinless and symbol.endswith("USDT") and rng.random() < 0.1:
            # the stop's loss under the coin's line, the header's id in either script
            base = symbol[:-4]
            text = f"{_header(rng)}#{base}USDT LONG\nSTOP -{rng.randint(1, 5)}%"
            yield case.id, FOLLOWUP, text, {"kind": "SL_HIT", "symbol": symbol}, FOLLOW
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
                text, reading["symbol"] = f"{_header(rng)}{tag} SHORT\n{line}", symbol
            yield case.id, FOLLOWUP, text, reading, FOLLOW
        not_line = rng.choice(NOT_FORMS).format(**fill)
        not_text = not_line if coinless else f"{coin(rng, symbol)}\n{not_line}"
        yield case.id, FOLLOWUP_NOT, not_text, {}, NOT
