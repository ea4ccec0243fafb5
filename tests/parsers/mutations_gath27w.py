"""Mutation families of session 26 (issue 13, branch i13-gath27w): the shapes batch gath27w
brought (tests/fixtures/corpus/SOURCES.md, "batch gath27w": a Chinese trader's messages in the
"valuescan" group and the "valuescan" radar channel's cards), each dev signal's coin written in
one of them.

- ``gath27w_followup``: the batch's follow-up forms for the signal's coin, by its Chinese name
  (以太, 大饼 ...) or its ticker in lower case where the batch writes a major so ("eth 落袋吧"),
  else in capitals: out of it ("以太已跑路", "ARB 都走了哈", "eth 落袋吧"), a stop put on at a
  price ("以太 带上止损 4250"): each read as the action it asks, for that coin (at the price);
- ``gath27w_not``: posts that ask nothing of one trade now: two majors together ("大饼 以太 都走了"),
  a question ("以太都走了嘛"), a radar's option to holders ("已持仓可考虑减仓观望"), "跑路了" with no
  coin (a project gone with the money as often), a hedged reduce: no action, no trade.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'gath27w*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.variant_forms import near_price

FOLLOW_G27W, NOT_G27W = "gath27w_followup", "gath27w_not"
Want = dict[str, Any]

# The Chinese names of the majors (parsers/known_coin_words.ZH_COIN_NAMES), and the majors the
# batch writes in lower case before Chinese words (ZH_MAJOR_TICKERS).
_ZH_NAMES = {"ETH": ("以太", "以太坊", "姨太", "二饼"), "BTC": ("大饼", "比特币")}
_LOWER = ("BTC", "ETH", "SOL", "BNB", "XRP", "DOGE", "ADA", "AVAX", "LTC", "DOT", "BCH", "TRX")

# {c}: the coin as the post names it; {s}: nothing after a Chinese name, a space after a ticker
# (the batch's "以太都走了哈", "eth 落袋吧"); {p}: a price near its levels.
CLOSE_FORMS: tuple[str, ...] = (
    "{c}{s}已跑路",
    "{c} 已跑路",
    "{c}{s}跑路了哈",
    "{c}{s}都走了哈",
    "{c} 都走了",
    "{c} 落袋吧",
    "{c} 落袋为安",
)
STOP_FORMS: tuple[str, ...] = ("{c} 带上止损 {p}", "{c} 带个止损 {p}")
NOT_FORMS: tuple[str, ...] = (
    "大饼 以太 都走了",
    "btc eth 落袋吧",
    "{c}{s}都走了嘛",
    "{c} 都走了吗？",
    "跑路了",
    "项目方跑路了",
    "都走了",
    "💡 操作建议:\n   • 谨慎追高，等待企稳\n   • 已持仓可考虑减仓观望",
    "已持仓可以考虑减仓",
    "{c} 或许可以减仓",
    "🚨 ${b} 主力资金已出逃\n━━━━━━━━━\n💡 风险提示:\n   • 💰 已持仓建议及时止盈/止损\n#追踪结束",
)


def coin_name(rng: random.Random, base: str) -> str:
    """How the batch's posts may name the coin: a Chinese name, the ticker in lower case, or
    the ticker in capitals."""
    names = list(_ZH_NAMES.get(base, ()))
    if base in _LOWER:
        names.append(base.lower())
    return rng.choice(names) if names and rng.random() < 0.7 else base


def gath27w_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, one follow-up of its coin
    read as the action it asks and one post asking none, as (case id, family, text, reading,
    must)."""
    rng = random.Random(seed * 7919 + 27)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        base = symbol[:-4]
        if base.isalpha():  # ("1000PEPE已跑路"): a ticker of letters, as the batch's
            name = coin_name(rng, base)
            if rng.random() < 0.7:
                text = rng.choice(CLOSE_FORMS).format(c=name, s=" " if name.isascii() else "")
                expect: dict[str, Any] = {"kind": "CLOSE", "symbol": symbol}
            else:
                price = near_price(rng, want)
                text = rng.choice(STOP_FORMS).format(c=name, p=price)
                expect = {"kind": "MOVE_SL", "symbol": symbol, "price": float(price)}
            out.append((case_id, FOLLOW_G27W, text, expect, FOLLOW))
        form = rng.choice(NOT_FORMS)
        name = coin_name(rng, base) if base.isalpha() else base
        text = form.format(b=base, c=name, s=" " if name.isascii() else "")
        out.append((case_id, NOT_G27W, text, {}, NOT))
    return out
