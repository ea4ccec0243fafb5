"""Mutation families of session 24 (branch i13-ru25): Russian posts in the layouts of the dev
channels `dk-trader-a`, `dk-trader-d` and `vovilonn-ch1-ru` (no held-out post read).

- ``ru25_note``: the dev call as a Russian card with decimal commas, a note after each target
  ("(1,5R)", "1,5 R", "1:1,5", "1;2", "+0,42р", "(1 к 2,5)", "рр 1;2") or the position's split
  after the targets ("50/50"): ``exact``;
- ``ru25_number``: the coin and side as a heading over a target's number and no price ("Тейк 1
  забрали", "TP 2 taken", "Цель 2 🔥"): ``refuse`` (a report, never a call with a target at 1);
- ``ru25_followup``: a management post (a greeting, a heading or a review whose sentences say
  "не смог закрепиться", one trade's line, another trade held) or a reply of two clauses of one
  kind; what it must give follows from the line written and the dev signal's coin (judged as
  mutations_followups.judge);
- ``ru25_followup_not``: the same words under a condition heading the line, a maxim, a
  forecast, an entry window shut, two trades' lines that act: never an action.

``python -m tests.parsers.mutations --family 'ru25*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from tests.parsers.mutation_post import EXACT, REFUSE, Made, Row, Want
from tests.parsers.mutations_drawn import coin_tag, drawn_once, usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.variant_forms import fmt

FOLLOWUP, FOLLOWUP_NOT = "ru25_followup", "ru25_followup_not"

NOTES = ("(1,5R)", "1,5R", "— 1,5R", "1,5 R", "(2,5 р)", "+0,42р", "1:1,5", "1;2", "(1 к 2,5)")
NOTES_LABELLED = ("рр 1;2", "rr 1:2,5", "(rr 1;1,5)")
SPLITS = ("50/50", "30/70", "30/30/40", "25/25/50")


def _comma(value: float) -> str:
    """A price as a Russian channel writes it, with a decimal comma; a dot where the comma would
    read as thousands ("1,234")."""
    text = fmt(value)
    head, dot, tail = text.partition(".")
    if not dot or (len(tail) == 3 and head != "0"):
        return text
    return f"{head},{tail}"


def _usable(want: Want) -> bool:
    return bool(want["take_profits"]) and want["stop_loss"] is not None


def _card(rng: random.Random, want: Want, notes: list[str] | None) -> list[str]:
    """The call in the layout of `dk-trader-d` ("Scrt short риск 0,5 / сл ... / тп1 ..."), a note
    after each target (notes), or no target lines (None)."""
    base = want["symbol"][:-4] if want["symbol"].endswith("USDT") else want["symbol"]
    coin = rng.choice((base, f"#{base}", base.capitalize() if base.isalpha() else base))
    side = rng.choice(("short", "шорт", "SHORT")) if want["side"] == "SHORT" else "лонг"
    lines = [f"{coin} {side} риск 0,5"]
    if want["entries"]:
        lines.append("вход " + " - ".join(_comma(v) for v in want["entries"]))
    lines.append(f"сл {_comma(want['stop_loss'])}")
    for i, (v, note) in enumerate(zip(want["take_profits"], notes or [], strict=False), 1):
        lines.append(f"тп{i} {_comma(v)} {note}")
    return lines


def note(rng: random.Random, want: Want) -> Made:
    """The call with a note after each target, or its split after the targets."""
    if want["leverage"] is not None or not want["symbol"].endswith("USDT"):
        return None
    tps = want["take_profits"]
    splits = [s for s in SPLITS if s.count("/") == len(tps) - 1]
    if splits and rng.random() < 0.25:
        lines = _card(rng, want, None)
        lines.append(f"тп {' / '.join(_comma(v) for v in tps)} {rng.choice(splits)}")
        return "\n".join(lines), EXACT
    pool = NOTES + NOTES_LABELLED
    return "\n".join(_card(rng, want, [rng.choice(pool) for _ in tps])), EXACT


NUMBER_LINES = (
    "Тейк {n} забрали",
    "Цель {n} взяли",
    "Тейк {n} закрыли",
    "Тейк {n} есть",
    "TP {n} taken",
    "TP {n} secured",
    "Цель {n} 🔥",
    "TP {n} 👍",
    "Тейк {n} профит 12%",
)


def number(rng: random.Random, want: Want) -> Made:
    """The coin and side as a heading over a target's number and no price."""
    if not want["symbol"].endswith("USDT"):
        return None
    side = ("Лонг", "Long") if want["side"] == "LONG" else ("Шорт", "Short")
    head = f"{coin_tag(rng, want['symbol'])} {rng.choice(side)}"
    line = rng.choice(NUMBER_LINES).format(n=rng.randint(1, 3))
    return f"{head}\n{line}", REFUSE


MAKERS = {"ru25_note": note, "ru25_number": number}

GREETINGS = (
    "Доброе утро, друзья! ☀️",
    "🔄 Менеджмент открытых позиций.",
    "#BTC обзор 💸\n\nВсем привет! Биткоин протестировал имбаланс, но не смог закрепиться выше"
    " уровня и ушел на коррекцию. Вчера новые позиции не открывались.",
)
# (kind, the trade's line after "{c} - "): {O} an ordinal in the genitive, {n} its number.
LINES: tuple[tuple[str, str], ...] = (
    ("TP_HIT", "первый тейк есть."),
    ("TP_HIT", "достигла первой цели."),
    ("SL_HIT", "к сожалению, стоп."),
    ("SL_HIT", "выбило по стоп-лоссу."),
    ("MOVE_SL", "стоп перевел в б/у."),
    ("PART", "зафиксировал 50% позиции."),
    ("PART", "фикс 50% от позиции."),
    ("PART", "закрываю 1/2."),
    ("SOME", "фиксирую долю."),
    ("CLOSE", "закрываю позицию по текущим."),
)
CLAUSES: tuple[tuple[str, str], ...] = (
    ("TP_ANY", "Идея отработала, цель достигнута."),
    ("SL_HIT", "Отработали по стопу, идем дальше."),
    ("SL_HIT", "К сожалению, по {c} стоп."),
)
NOT_FORMS: tuple[str, ...] = (
    "Если BTC пробьет 60 000$:\n{c} - стоп в б/у",
    "Фиксировать прибыль - это важно. Никогда не жадничайте.",
    "Закрытие позиций по {c} приведет к падению рынка.",
    "Вход закрыт! Спасибо всем, кто успел.",
    "🔄 Менеджмент позиций\n\n{c} и #DOT - перевожу стоп в б/у.\n#ATOM - также перевел стоп в б/у.",
)


def _want(kind: str, symbol: str | None) -> dict[str, Any]:
    want: dict[str, Any] = {"kind": kind, "symbol": symbol}
    if kind == "TP_ANY":
        want["kind"] = "TP_HIT"
    elif kind == "MOVE_SL":
        want["to_entry"] = True
    elif kind == "PART":
        want.update(kind="CLOSE_PARTIAL", fraction=0.5)
    elif kind == "SOME":
        want.update(kind="CLOSE_PARTIAL", fraction=None)
    return want


def ru25_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must); each usable dev
    signal in one of MAKERS, and each USDT signal's coin in one follow-up and one post that must
    not act."""
    rng = random.Random(seed * 2654435761 + 25)
    yield from drawn_once(rng, MAKERS, _usable)
    for case_id, _, symbol in usdt_signals():
        coin = f"#{symbol[:-4]}"
        if rng.random() < 0.7:
            kind, line = rng.choice(LINES)
            parts = [rng.choice(GREETINGS), f"{coin} - {line}"]
            if rng.random() < 0.5:
                parts.append("#DOT - продолжаю удерживать.")
            text = "\n\n".join(parts)
            want = _want(kind, symbol)
            if kind == "TP_HIT":
                want["tp_index"] = 1
        else:
            kind, line = rng.choice(CLAUSES)
            text = line.format(c=coin)
            want = _want(kind, symbol if "{c}" in line else None)
        yield case_id, FOLLOWUP, text, want, FOLLOW
        yield case_id, FOLLOWUP_NOT, rng.choice(NOT_FORMS).format(c=coin), {}, NOT
