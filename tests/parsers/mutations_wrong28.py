"""The shapes of the wrong trades and wrong actions left in session 27, attacked by shape (branch
i13-wrong28): the families wrong28_hit / wrong28_review / wrong28_not / wrong28_action of
tests/parsers/mutations.py, a generator of their own (the other families draw as before).

For the coin of every dev signal quoted in USDT with entries, targets and a stop:
``wrong28_hit`` writes the signal's own card re-posted with a hit mark (the first targets marked
on a one-line list, a line of ticks, a tick and the first target's price under it, a gain at its
leverage, a heading telling a target reached; parsers/card_reports.py), a report: any trade or
action is wrong; ``wrong28_review`` the card given for later, again, or with a field a person
cannot read (a condition heading it, a plan for tomorrow, a recap, a promotion's "calls like
this", an entry label left to come or empty, a target label left empty after the targets, the
call given for another coin too, the zone's end left open; parsers/call_later.py,
target_placeholder.py, call_lines.py, call_framing.py): any trade or action is wrong. For every
such coin also ``wrong28_not``: chatter with close words in English, Russian and other Latin
scripts, and Russian management posts that are a plan, a choice or a question
(parsers/not_close_senses.py, ru_hedges.py, followup_guard.py): any action is wrong; and
``wrong28_action``: a real follow-up beside the same words (a Russian partial close said as a
share, a close in Spanish, Portuguese, Indonesian), which must be read as the action it asks for
the coin. Forms: the rows of tests/parsers/test_wrong28.py and the made-up set
tests/parsers/wrong28_set.py.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutations_drawn import coin_tag, usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.mutations_wrong25 import _card, _usable
from tests.parsers.variant_forms import fmt

HIT_WRONG28, REVIEW_WRONG28, NOT_WRONG28, ACTION_WRONG28 = (
    "wrong28_hit",
    "wrong28_review",
    "wrong28_not",
    "wrong28_action",
)
MAKERS = (HIT_WRONG28, REVIEW_WRONG28, NOT_WRONG28, ACTION_WRONG28)

# Under the card ({t}: its first target).
HIT_TAILS: tuple[str, ...] = (
    "✅✅✅",
    "✅ {t}",
    "✔️ {t}",
    "+42% with 10x leverage 💰💰",
    "Сделка отработала ✅",
    "🎯 Reached",
)
HIT_HEADS: tuple[str, ...] = (
    "✅ TP1 HIT",
    "Target 1 reached 🎯",
    "Цель 1 взята ✅",
    "💰 Profit booked 💰",
    "Первая цель достигнута 🎯",
)
# Over the card ({c}: the coin, {e}: its first entry).
REVIEW_HEADS: tuple[str, ...] = (
    "If {c} breaks {e}, then {side}:",
    "Plan for tomorrow 👇",
    "Setup for next week, not active yet:",
    "Recap of yesterday's call:",
    "🔁 Reminder of our {c} call from Monday",
    "Join VIP to get calls like this:",
    "Если пробьём {e} — вход",
    "План на завтра:",
    "Напоминание о сигнале 👇",
    "Alert set at {e}. If triggered:",
)
REVIEW_TAILS: tuple[str, ...] = (
    "Waiting for confirmation before entry.",
    "(entry might be lower, will update)",
    "Entry 2: later",
    "DCA: TBA",
    "{o} same setup",
    "{o} too",
)
NOT_FORMS: tuple[str, ...] = (
    "November closed +180% 💰 {c} led the way",
    "Closing the books on 2024: {c} +450% 📚",
    "Q3 closed +420% for VIP members, {c} best trade 🎉",
    "Cerramos el mes con +240% gracias a {c} 🚀",
    "🚀 Fechamos mais uma semana no lucro! {c} +95%",
    "Minggu ini kita tutup dengan profit +80% 🚀 {c}",
    "Pasar tutup hijau hari ini 📈 {c} naik",
    "Le marché a clôturé en hausse 📈 {c} aussi",
    "Cerré mi cuenta de Binance, {c} ahora en Bybit",
    "Live de hoje cancelada, amanhã falamos de {c} 🙏",
    "Cara geser SL ke entry untuk {c} 📚",
    "Grupo cerrado: solo 10 plazas, señales de {c} 🔒",
    "Take half of your time to learn {c}, half to trade ⚡",
    "Фиксируем прибыль по плану — это наше правило, {c} не исключение",
    "Стоп в бу по {c} по желанию",
    "Переносить стоп в бу по {c} рано",
    "Закрываться по {c} не спешим",
    "{c} закрывать половину пока рано",
    "Скоро будем фиксировать часть по {c}, ждите сигнал",
)
# (form, what it must be read as).
ACTION_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("Закрываю половину по {c}", {"kind": "CLOSE_PARTIAL", "fraction": 0.5}),
    ("{c} фиксирую 50%", {"kind": "CLOSE_PARTIAL", "fraction": 0.5}),
    ("Cerramos {c} ahora ✅", {"kind": "CLOSE"}),
    ("Fechamos {c} no lucro ✅", {"kind": "CLOSE"}),
    ("{c} tutup posisi sekarang", {"kind": "CLOSE"}),
    ("Close {c} now, the month closed red anyway", {"kind": "CLOSE"}),
)
_OTHERS: tuple[str, ...] = ("#BTC", "#DOT", "$ATOM", "#XRP", "$BNB")


def _hit(rng: random.Random, symbol: str, want: dict[str, Any]) -> str:
    """The card re-posted with a hit mark."""
    card = _card(rng, symbol, want)
    first = fmt(want["take_profits"][0])
    way = rng.randrange(3)
    if way == 0 and len(want["take_profits"]) > 1:
        # the targets on one line, the first marked before the list's separator
        tps = [fmt(v) for v in want["take_profits"][:3]]
        mark = rng.choice(("🔥", "🚀", "💰", "✅"))
        listed = f"Targets: {tps[0]} {mark} - " + " - ".join(tps[1:])
        lines = [line for line in card.split("\n") if not line.startswith("TP")]
        return "\n".join([*lines[:2], listed, *lines[2:]])
    if way == 1:
        return f"{rng.choice(HIT_HEADS)}\n\n{card}"
    return f"{card}\n\n" + rng.choice(HIT_TAILS).format(t=first)


def _review(rng: random.Random, symbol: str, want: dict[str, Any]) -> str:
    """The card given for later, again, or with a field a person cannot read."""
    card = _card(rng, symbol, want)
    base = symbol[:-4]
    fill = {
        "c": coin_tag(rng, symbol),
        "e": fmt(want["entries"][0]),
        "side": want["side"].lower(),
        "o": rng.choice([o for o in _OTHERS if o[1:] != base]),
    }
    way = rng.randrange(4)
    if way == 0:
        return rng.choice(REVIEW_HEADS).format(**fill) + "\n" + card
    if way == 1:
        return card + "\n\n" + rng.choice(REVIEW_TAILS).format(**fill)
    if way == 2:
        # a target label left empty after the targets, over the stop's line
        n = min(3, len(want["take_profits"])) + 1
        lines = card.split("\n")
        return "\n".join([*lines[:-1], f"TP{n}:", lines[-1]])
    if len(want["entries"]) > 1:
        # the zone's end left open, read with a condition either way
        end = rng.choice(("or lower", "and lower", "or higher", "and above"))
        lines = card.split("\n")
        return "\n".join([lines[0], f"{lines[1]} {end}", *lines[2:]])
    return card + "\nEntry 2:\nSL2: later"


def wrong28_mutations(seed: int) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT, a re-posted card with
    a hit mark and a card for later or in doubt (when it has entries, targets and a stop), one
    post asking no action and one follow-up read as the action it asks, as (case id, family,
    text, reading, must)."""
    rng = random.Random(seed * 2654435761 + 28)
    out: list[tuple[str, str, str, dict[str, Any], str]] = []
    for case_id, want, symbol in usdt_signals():
        if _usable(want):
            out.append((case_id, HIT_WRONG28, _hit(rng, symbol, want), {}, NOT))
            out.append((case_id, REVIEW_WRONG28, _review(rng, symbol, want), {}, NOT))
        tag = coin_tag(rng, symbol)
        out.append((case_id, NOT_WRONG28, rng.choice(NOT_FORMS).format(c=tag), {}, NOT))
        form, reads = rng.choice(ACTION_FORMS)
        expect: dict[str, Any] = {"symbol": symbol, **reads}
        out.append((case_id, ACTION_WRONG28, form.format(c=coin_tag(rng, symbol)), expect, FOLLOW))
    return out
