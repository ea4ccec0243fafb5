"""Mutation families of session 30 (issue 13, branch i13-gath32): the shapes batch gath32 brought
(tests/fixtures/corpus/SOURCES.md, "batch gath32": the gold channel's next English replies),
each dev signal's coin tagged in one of them.

- ``gath32_followup``: the channel's replies for the coin tagged: a pending order deleted
  ("#X DELETE THIS TRADE", "#X DELETE THIS ENTRY. / News coming in 6mns.": a cancel), a trade told
  closed in the passive ("#X This trade is closed. waiting for another Buy entry": a close), a
  list of targets after its verb ("#X we hit TP3 and TP4!!!", "#X HITTING TP2 and TP3", "#X HIT
  ALL TP / TP1, TP2 and TP3": the last of the list), every target hit ("#X hitting all our TP's");
- ``gath32_not``: posts that ask nothing of the coin now: a close at the entry price (a level to
  come, the channel's spelling "entey" too), profits secured beside a close at the entry price, a
  message or an app deleted, a deletion denied, the market closed, a trade closed under a
  condition.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'gath32*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT

FOLLOW_G32, NOT_G32 = "gath32_followup", "gath32_not"

# {b}: the coin's ticker; {n}: a target's number (the next one is {m}); the reading's kind and
# target ("last": the list's last, {m}).
REPLY_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("#{b} DELETE THIS", {"kind": "CANCEL"}),
    ("#{b} DELETE THIS TRADE", {"kind": "CANCEL"}),
    ("#{b} DELETE THIS ENTRY. \n\nNews coming in 6mns.", {"kind": "CANCEL"}),
    ("#{b} DELETE THIS!!! News coming!!! later", {"kind": "CANCEL"}),
    ("#{b} DELETE THIS TRADE. WE MISSED 15pips", {"kind": "CANCEL"}),
    ("#{b} delete this order too", {"kind": "CANCEL"}),
    ("#{b} This trade is closed. waiting for another Buy entry", {"kind": "CLOSE"}),
    ("#{b} position is closed", {"kind": "CLOSE"}),
    ("#{b} we hit TP{n} and TP{m}!!!", {"kind": "TP_HIT", "tp": "last"}),
    ("#{b} HITTING TP{n} and TP{m}", {"kind": "TP_HIT", "tp": "last"}),
    ("#{b} Hiiting TP{n} and TP{m} in 10mns!!!", {"kind": "TP_HIT", "tp": "last"}),
    ("#{b} HIT ALL TP\n\nTP1, TP2 and TP3", {"kind": "TP_HIT", "tp": 3}),
    ("#{b} WE ARE SMASHING!!!\n\nTP1 , TP2 and now TP3 HIT!!!", {"kind": "TP_HIT", "tp": 3}),
    ("#{b} hitting all our TP's", {"kind": "TP_HIT"}),
)
NOT_FORMS: tuple[str, ...] = (
    "#{b} close this trade on entey price",
    "#{b} CLOSE THIS TRADE ON ENTRY PRICE.",
    "#{b} Secure your Profits. You can cliose to entry Price",
    "#{b} you can secure profits, close the rest at the entry price",
    "Please delete this message about #{b}.",
    "#{b} don't delete this trade",
    "The #{b} market is closed",
    "If the #{b} trade is closed, wait for the next entry",
    "Is the #{b} trade closed?",
)


def gath32_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, one of the gold channel's
    replies for its coin and one post asking nothing of the coin, as (case id, family, text,
    reading, must)."""
    rng = random.Random(seed * 7919 + 32)
    out: list[Row] = []
    for case_id, _want, symbol in usdt_signals():
        base = symbol[:-4]
        if base[0].isalpha():  # ("#1000PEPE": a tag opening with a digit is no coin tag)
            form, reads = rng.choice(REPLY_FORMS)
            n = rng.randint(1, 4)
            expect: dict[str, Any] = {"kind": reads["kind"], "symbol": symbol}
            if reads.get("tp") == "last":
                expect["tp_index"] = n + 1
            elif reads.get("tp") is not None:
                expect["tp_index"] = reads["tp"]
            out.append((case_id, FOLLOW_G32, form.format(b=base, n=n, m=n + 1), expect, FOLLOW))
        out.append((case_id, NOT_G32, rng.choice(NOT_FORMS).format(b=base), {}, NOT))
    return out
