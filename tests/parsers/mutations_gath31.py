"""Mutation families of session 29 (issue 13, branch i13-gath31): the shapes batch gath31 brought
(tests/fixtures/corpus/SOURCES.md, "batch gath31": a gold channel's English replies, the Chinese
trader's next block, the radar's next cards), each dev signal's coin written in one of them.

- ``gath31_followup``: the gold channel's replies for the coin tagged ("#X CLOSE THIS TRADE. WE
  HIT BREAK EVEN. Looking for another Entry!", "#X CLOSED AT BREAK EVEN!!!": a close; "#X Delete
  all the Pending orders you placed...": a cancel; "#X SL Edited", "#X MOVE YOUR SL TO TP2": the
  stop moved, its level unsaid; capitals beside them, "TRADE CLOSED ... CONGRATS EVERYONE"), and
  the Chinese trader's "most profit taken, a base kept" for the coin as the trader names it or
  for none;
- ``gath31_not``: posts that ask nothing of the coin now: a close at break even or at the entry
  price (a level to come), a close beside a new entry at a price (several changes), the pending
  orders kept, a radar card's trailing-stop advice over its clock "(UTC+8)", the trader's
  question or negation.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'gath31*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.mutations_gath27w import coin_name
from tests.parsers.mutations_gath29 import tagged_replies

FOLLOW_G31, NOT_G31 = "gath31_followup", "gath31_not"

# {b}: the coin's ticker; {k}: a number (pips, an entry's digits).
REPLY_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("#{b} CLOSE THIS TRADE. WE HIT BREAK EVEN. Looking for another Entry!", {"kind": "CLOSE"}),
    ("#{b} CLOSE THE TRADE\n\nBREAKEVEN. Lets find another entry", {"kind": "CLOSE"}),
    ("#{b} CLOSED AT BREAK EVEN!!!", {"kind": "CLOSE"}),
    ("#{b} close the trade. We will look for a new entry", {"kind": "CLOSE"}),
    ("#{b} TRADE CLOSED. Hitting TP4\n\nCONGRATS EVERYONE", {"kind": "CLOSE"}),
    (
        "#{b} Delete all the Pending orders you placed... We will look for another entry",
        {"kind": "CANCEL"},
    ),
    ("#{b} SL Edited", {"kind": "MOVE_SL"}),
    ("#{b} MOVE YOUR SL TO TP2", {"kind": "MOVE_SL"}),
)
NOT_FORMS: tuple[str, ...] = (
    "#{b} CLOSE THIS TRADE ON ENTRY PRICE FOR  BREAKEVEN",
    "#{b} CLOSE YOUR TRADES TO Break even!",
    "CLOSE ALL YOUR #{b} TRADES ON BREAK EVEN. NEWS COMING",
    "#{b} close at break-even",
    "Close #{b}. New entry at {k}",
    "Don't delete the #{b} pending orders",
    "🔥 ${b} FOMO 情绪加剧\n   • 💰 已持仓建议分批止盈\n   • 🎯 可设置移动止损保护利润\n\n#FOMO加剧\n🕐 20:00:31 (UTC+8)",
)
# The trader's replies ({c}: the coin as the trader names it, {s}: a space after a ticker).
ZH_FORMS: tuple[str, ...] = ("{c} 止盈大部分 留个底仓", "{c}{s}止盈大部分", "{c} 这个留个底仓 就好")
ZH_COINLESS: tuple[str, ...] = ("止盈大部分 留个底仓", "这个留个底仓 就好", "留个底仓 就好")
ZH_NOT: tuple[str, ...] = ("{c} 止盈大部分了吗", "不要止盈大部分", "{c} 的底仓 还有人在吗")


def _zh_rows(rng: random.Random, rows: list[Row]) -> list[Row]:
    """The Chinese trader's replies for the coins of the English rows (one in three)."""
    out: list[Row] = []
    for case_id, family, _text, expect, _must in rows:
        if family != FOLLOW_G31 or rng.random() > 0.33:
            continue
        symbol = expect["symbol"]
        base = symbol[:-4]
        name = coin_name(rng, base) if base.isalpha() else base
        s = " " if name.isascii() else ""
        if base.isalpha() and rng.random() < 0.6:
            text = rng.choice(ZH_FORMS).format(c=name, s=s)
            out.append(
                (case_id, FOLLOW_G31, text, {"kind": "CLOSE_PARTIAL", "symbol": symbol}, FOLLOW)
            )
        else:
            text = rng.choice(ZH_COINLESS)
            out.append(
                (case_id, FOLLOW_G31, text, {"kind": "CLOSE_PARTIAL", "symbol": None}, FOLLOW)
            )
        out.append((case_id, NOT_G31, rng.choice(ZH_NOT).format(c=name, s=s), {}, NOT))
    return out


def gath31_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, one of the gold channel's
    replies for its coin and one post asking nothing of the coin, and for a third of them the
    Chinese trader's reply and a post asking nothing, as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 7919 + 31)
    rows = tagged_replies(
        rng, REPLY_FORMS, NOT_FORMS, (FOLLOW_G31, NOT_G31), (15, 50, 110, 2400), (50,)
    )
    return rows + _zh_rows(rng, rows)
