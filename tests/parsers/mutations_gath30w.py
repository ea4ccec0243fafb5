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
  lower-case result, a member's question;
- ``gath30w_zh``: the Chinese trader's replies (batch gath30w's second block), the coin named as
  the trader names it (mutations_gath27w.coin_name): the coin done, most of it ("以太收工  大部分"),
  those on board taking most profit ("以太 上车的 可以大部分止盈"), a break-even stop set ("以太 做个
  保本"), out now ("以太 可以跑了"), and the coinless "留个底仓 继续玩", "其他留个底仓  保本", "要死不活的
  赚了出大部分 留个底仓吧", "做个保本", "可以跑了", "别空 也别多 空头落袋";
- ``gath30w_zh_not``: no action now: a weekday's clause ("周六通知你们 去杠杆 减仓", "周六 以太 减仓"),
  the day's end ("收工  大部分" with no coin), a question ("以太 可以跑了吗"), advice ("别空 也别多").

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
from tests.parsers.mutations_gath27w import coin_name

RESULT_G30W, CARD_G30W, NOT_G30W = "gath30w_result", "gath30w_card", "gath30w_not"
ZH_G30W, ZH_NOT_G30W = "gath30w_zh", "gath30w_zh_not"

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

# (form, reading): {c} the coin as the trader names it, {s} a space after a ticker.
ZH_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("{c}{s}收工  大部分", {"kind": "CLOSE_PARTIAL"}),
    ("{c} 收工 大部分", {"kind": "CLOSE_PARTIAL"}),
    ("{c} 上车的 可以大部分止盈", {"kind": "CLOSE_PARTIAL"}),
    ("{c} 做个保本", {"kind": "MOVE_SL", "to_entry": True}),
    ("{c} 可以跑了", {"kind": "CLOSE"}),
)
ZH_COINLESS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("留个底仓 继续玩", {"kind": "CLOSE_PARTIAL", "symbol": None}),
    ("其他留个底仓  保本", {"kind": "CLOSE_PARTIAL", "symbol": None}),
    ("要死不活的  赚了出大部分 留个底仓吧", {"kind": "CLOSE_PARTIAL", "symbol": None}),
    ("做个保本", {"kind": "MOVE_SL", "symbol": None, "to_entry": True}),
    ("可以跑了", {"kind": "CLOSE", "symbol": None}),
    ("别空 也别多 空头落袋", {"kind": "CLOSE", "symbol": None}),
)
ZH_NOT_FORMS: tuple[str, ...] = (
    "周六通知你们 去杠杆 减仓",
    "周六 {c} 减仓",
    "星期一 {c} 平一半",
    "收工  大部分",
    "{c} 可以跑了吗",
    "{c}{s}可以跑了？",
    "别空 也别多",
    "今天收工",
)


def _zh_rows(rng: random.Random, case_id: str, symbol: str) -> list[Row]:
    """The Chinese trader's replies for one dev signal's coin, and one asking nothing now."""
    base = symbol[:-4]
    name = coin_name(rng, base) if base.isalpha() else base
    s = " " if name.isascii() else ""
    out: list[Row] = []
    if base.isalpha() and rng.random() < 0.75:
        form, reads = rng.choice(ZH_FORMS)
        expect = {**reads, "symbol": symbol}
        out.append((case_id, ZH_G30W, form.format(c=name, s=s), expect, FOLLOW))
    else:
        text, reads = rng.choice(ZH_COINLESS)
        out.append((case_id, ZH_G30W, text, dict(reads), FOLLOW))
    out.append((case_id, ZH_NOT_G30W, rng.choice(ZH_NOT_FORMS).format(c=name, s=s), {}, NOT))
    return out


def gath30w_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, its pair's fixed-time
    result read as the pair's target or stop hit, its fixed-time call never traded, a post that
    is no result of the pair, and the Chinese trader's reply for its coin and one asking nothing
    now, as (case id, family, text, reading, must)."""
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
        out.extend(_zh_rows(rng, case_id, symbol))
    return out
