"""Mutation family of session 32 (issue 13, branch i13-gath34): the shapes batch gath34 brought
(tests/fixtures/corpus/SOURCES.md, "batch gath34": a Chinese group member's replies), each dev
signal's coin tagged in one of them.

- ``gath34_followup``: the replies for the coin tagged: the break-even stop set, told done ("#X
  设置了保本", "#X 设了保本": a stop move to the entry), out of the trade told done of the group
  ("#X 我们都下车了", "#X 已经下车了": a close), and the close, the cancel and the partial close
  with no word against them ("#X 止盈了", "#X 取消", "#X 部分止盈"), which must still act;
- ``gath34_not``: the same words that ask nothing now: negated right before the verb ("#X 不取消",
  "#X 先不平仓"), guessed ("#X 上去了 猜取消", "#X 估计取消"), left to the reader to manage ("#X
  自己做好部分止盈"), told of a time gone by ("#X 昨晚到位就止盈了", "#X 上周清仓了"); and a gold
  channel's close at the entry price beside "the market" as a place ("#X Close this trade on
  entry price. Let's get inside the market tomorrow").

What each must give comes from how the post was written (the rows of
tests/parsers/test_gath34.py, made up or dev), never from the parser's output. ``python -m
tests.parsers.mutations --family 'gath34*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT

FOLLOW_G34, NOT_G34 = "gath34_followup", "gath34_not"

# ({c}: the coin as tagged; the reading's kind and fields.)
REPLY_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("{c} 设置了保本", {"kind": "MOVE_SL", "to_entry": True}),
    ("{c} 设了保本", {"kind": "MOVE_SL", "to_entry": True}),
    ("{c} 做个保本", {"kind": "MOVE_SL", "to_entry": True}),
    ("{c} 我们都下车了", {"kind": "CLOSE"}),
    ("{c} 大家都下车了", {"kind": "CLOSE"}),
    ("{c} 已经下车了", {"kind": "CLOSE"}),
    ("{c} 止盈了", {"kind": "CLOSE"}),
    ("{c} 今天止盈了", {"kind": "CLOSE"}),
    ("{c} 清仓了", {"kind": "CLOSE"}),
    ("{c} 取消", {"kind": "CANCEL"}),
    ("{c} 部分止盈", {"kind": "CLOSE_PARTIAL"}),
)
NOT_FORMS: tuple[str, ...] = (
    "{c} 不取消",
    "{c} 先不取消",
    "{c} 没取消",
    "{c} 不上去 不取消",
    "{c} 先不平仓",
    "{c} 上去了 猜取消",
    "{c} 估计取消",
    "{c} 自己做好部分止盈",
    "{c} 自己做止盈",
    "{c} 昨晚到位就止盈了",
    "{c} 昨天止盈了",
    "{c} 上周清仓了",
    "{c} 前天平仓了",
    "{c} Close this trade on entry price. Let's get inside the market tomorrow",
    "{c} close at entry price, back into the market later",
)


def gath34_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, one of the replies for its
    coin (read as what it says) and one that asks nothing of it, as (case id, family, text,
    reading, must)."""
    rng = random.Random(seed * 7919 + 34)
    out: list[Row] = []
    for case_id, _want, symbol in usdt_signals():
        base = symbol[:-4]
        if not base[0].isalpha():  # ("#1000PEPE": a tag opening with a digit is no coin tag)
            continue
        tag = rng.choice((f"#{base}", f"${base}", f"#{symbol}", f"#{base}/USDT"))
        form, fields = rng.choice(REPLY_FORMS)
        out.append((case_id, FOLLOW_G34, form.format(c=tag), {**fields, "symbol": symbol}, FOLLOW))
        out.append((case_id, NOT_G34, rng.choice(NOT_FORMS).format(c=tag), {}, NOT))
    return out
