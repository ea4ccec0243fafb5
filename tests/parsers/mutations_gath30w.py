"""Mutation families of session 28 (issue 13, branch i13-gath30w): the shapes batch gath30w
brought (tests/fixtures/corpus/SOURCES.md, "batch gath30w": a Brazilian group's fixed-time calls
on the Ebinex broker and their results), each dev signal's coin written as the group writes a
pair ("XRP/USDT", in backticks or not).

- ``gath30w_result``: the call's one-line result, "✅ WIN em `XRP/USDT` ✅", "✅ WIN (G1) em ...",
  "❎ STOP em ...", "❌ LOSS em ...", under the paste's sender quote or alone: the pair's target
  hit (WIN) or stop hit (STOP, LOSS);
- ``gath30w_card``: the fixed-time call itself ("⚠️ Novo Sinal Encontrado ⚠️ / 🪙 Par: XRP/USDT
  / ⏰ Entrada: 21:28 / 🟢⬆️ Comprar", or "🔴⬇️ Vender"): an entry at a clock time and no price,
  never a trade;
- ``gath30w_not``: no action: a question, a word after the pair, two results in one post, a
  lower-case result, a member's question.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'gath30w*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import REFUSE, Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT

RESULT_G30W, CARD_G30W, NOT_G30W = "gath30w_result", "gath30w_card", "gath30w_not"

SENDERS: tuple[str, ...] = ("> 🌐 IA de Sinais na Ebinex: ", "")
# (form, kind): {p} the pair as written.
RESULT_FORMS: tuple[tuple[str, str], ...] = (
    ("✅ WIN em {p}\xa0✅", "TP_HIT"),
    ("✅ WIN (G1) em {p}\xa0✅", "TP_HIT"),
    ("✅ WIN (G2) em {p} ✅", "TP_HIT"),
    ("WIN em {p}", "TP_HIT"),
    ("❎ STOP em {p}\xa0❎", "SL_HIT"),
    ("❎ STOP em {p}", "SL_HIT"),
    ("❌ LOSS em {p} ❌", "SL_HIT"),
)
CARD_FORMS: tuple[str, ...] = (
    "⚠️ Novo Sinal Encontrado\xa0⚠️\n🪙 Par:\xa0{p}\n⏰ Entrada:\xa0{t}\n🟢⬆️ Comprar",
    "⚠️ Novo Sinal Encontrado ⚠️\n🪙 Par: {p}\n⏰ Entrada: {t}\n🔴⬇️ Vender",
    "⚠️ Novo Sinal Encontrado ⚠️\n🪙 Par: {p}\n⏰ Entrada: {t}\n🟢⬆️ Comprar ",
)
NOT_FORMS: tuple[str, ...] = (
    "WIN em {p}?",
    "✅ WIN em {p} ✅ ontem",
    "✅ WIN em {p} ✅\n✅ WIN em `BTC/USDT` ✅",
    "win em {l}",
    "Quem pegou o WIN em {p} hoje",
)


def gath30w_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, its pair's fixed-time
    result read as the pair's target or stop hit, its fixed-time call never traded, and a post
    that is no result of the pair, as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 7919 + 30)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        base = symbol[:-4]
        pair = f"{base}/USDT"
        shown = f"`{pair}`" if rng.random() < 0.7 else pair
        sender = rng.choice(SENDERS)
        form, kind = rng.choice(RESULT_FORMS)
        expect: dict[str, Any] = {"kind": kind, "symbol": symbol}
        out.append((case_id, RESULT_G30W, sender + form.format(p=shown), expect, FOLLOW))
        clock = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"
        card = rng.choice(CARD_FORMS).format(p=pair, t=clock)
        out.append((case_id, CARD_G30W, sender + card, want, REFUSE))
        text = rng.choice(NOT_FORMS).format(p=shown, l=pair.lower())
        out.append((case_id, NOT_G30W, sender + text, {}, NOT))
    return out
