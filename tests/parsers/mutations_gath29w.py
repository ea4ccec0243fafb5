"""Mutation families of session 27 (issue 13, branch i13-gath29w): the shapes batch gath29w
brought (tests/fixtures/corpus/SOURCES.md, "batch gath29w": the next block of a Chinese trader's
messages in the "valuescan" group), each dev signal's coin written as the batch writes a coin
(mutations_gath27w.coin_name: its Chinese name, its ticker in lower case, or in capitals).

- ``gath29w_followup``: the coin's loss cut ("以太可以损了", "以太损掉 跑路": a close of that coin),
  a break-even stop put on and held ("以太 带个保本 多拿拿": the stop to the entry), and the
  most sold or a base kept ("以太 出手大部分", "以太 留个底仓 休息": a partial close, share unsaid),
  the coinless "今晚都止盈吧" (take profit, all of you: a close of the trade replied to) and
  "留个底仓就好";
- ``gath29w_not``: posts that ask nothing of one trade now: a loss told ("以太损了", "小损6u波动"),
  the cut with no coin ("可以损了") or of two majors ("大饼 以太 可以损了"), a question
  ("以太可以损了吗"), advice ("带好止损就好", "暂时别搞", "大饼以太 今晚不要接 等明天打针"),
  entries asked with no price ("以太 大饼 都布局一个小空单", "彩票仓 搞起"), a reduce or a base
  kept after a move to come ("反弹后 记得减仓", "以太 突破后 留个底仓"), a reduce weighed at a price
  ("以太到4372 左右在考虑减仓"), a reminder ("记得减仓"), holds ("以太 拿住不要换"): no action.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'gath29w*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.mutations_gath27w import coin_name
from tests.parsers.variant_forms import near_price

FOLLOW_G29W, NOT_G29W = "gath29w_followup", "gath29w_not"

# {c}: the coin as the post names it; {s}: nothing after a Chinese name, a space after a ticker.
CLOSE_FORMS: tuple[str, ...] = ("{c}{s}可以损了", "{c}{s}损掉 跑路", "{c}{s}损掉", "{c} 可以损了")
BREAK_EVEN_FORMS: tuple[str, ...] = ("{c} 带个保本 多拿拿", "{c} 带个保本")
PARTIAL_FORMS: tuple[str, ...] = (
    "{c} 出手大部分",
    "{c} 留个底仓 休息",
    "{c} 留底仓就好了 不追了",
    "{c} 可以平大部分",
)
COINLESS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("今晚都止盈吧", {"kind": "CLOSE", "symbol": None}),
    ("带个保本 多拿拿", {"kind": "MOVE_SL", "symbol": None, "to_entry": True}),
    ("留个底仓就好", {"kind": "CLOSE_PARTIAL", "symbol": None}),
    ("平一半 留个底仓保本", {"kind": "CLOSE_PARTIAL", "symbol": None, "fraction": 0.5}),
    ("没啥波动 懒得拿了", {"kind": "CLOSE", "symbol": None}),
)
NOT_FORMS: tuple[str, ...] = (
    "{c}{s}损了",
    "小损6u波动",
    "可以损了",
    "大饼 以太 可以损了",
    "{c}{s}可以损了吗",
    "{c} 可以损了？",
    "带好止损就好",
    "暂时别搞",
    "大饼以太 今晚不要接 等明天打针",
    "{c}{s}不做多",
    "以太 大饼 都布局一个小空单",
    "彩票仓 搞起",
    "反弹后 记得减仓  降息后 在搞",
    "{c} 回调后减仓",
    "{c} 突破后 留个底仓",
    "好的 标的 不要一次走完 留个底仓 保本",
    "{c}{s}底仓还在吗",
    "{c}到{p} 左右在考虑减仓",
    "17号 降息  高杠杠的 记得减仓 大额利润的记得落袋",
    "记得减仓",
    "{c} 可以继续拿拿",
    "{c} 拿住不要换",
    "继续拿",
)


def gath29w_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, one follow-up of its coin
    (or a coinless one) read as the action it asks and one post asking none, as (case id,
    family, text, reading, must)."""
    rng = random.Random(seed * 7919 + 29)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        base = symbol[:-4]
        name = coin_name(rng, base) if base.isalpha() else base
        s = " " if name.isascii() else ""
        if base.isalpha():  # ("1000PEPE可以损了"): a ticker of letters, as the batch's
            roll = rng.random()
            if roll < 0.45:
                text = rng.choice(CLOSE_FORMS).format(c=name, s=s)
                expect: dict[str, Any] = {"kind": "CLOSE", "symbol": symbol}
            elif roll < 0.65:
                text = rng.choice(PARTIAL_FORMS).format(c=name)
                expect = {"kind": "CLOSE_PARTIAL", "symbol": symbol}
            elif roll < 0.85:
                text = rng.choice(BREAK_EVEN_FORMS).format(c=name)
                expect = {"kind": "MOVE_SL", "symbol": symbol, "to_entry": True}
            else:
                text, reads = rng.choice(COINLESS)
                expect = dict(reads)
            out.append((case_id, FOLLOW_G29W, text, expect, FOLLOW))
        text = rng.choice(NOT_FORMS).format(c=name, s=s, p=near_price(rng, want))
        out.append((case_id, NOT_G29W, text, {}, NOT))
    return out
