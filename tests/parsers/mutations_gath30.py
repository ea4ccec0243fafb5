"""Mutation families of session 28 (issue 13, branch i13-gath30): the English shapes batch gath30
brought (tests/fixtures/corpus/SOURCES.md, "batch gath30": a forex and gold channel's and a forex
mentorship channel's replies), each dev signal's coin written in one of them.

- ``gath30_followup``: the channels' replies for the coin tagged ("#X -86 pips Close now not
  liking movement ❌", "#X I’m out !": a close; "#X Cut 70%": that share; "PLEASE DELETE THIS #X
  SELL LIMIT!": a cancel; "#X Tp 1 hit stops to break even": the stop to the entry; "#X just got
  spiked into stop loss. Sorry I let you guys down this week": a stop hit);
- ``gath30_not``: posts that ask nothing of the coin now (a close negated beside the liking, a
  loss's share cut, the supply cut, a buy limit kept, a recap's title over a stop hit, a close
  at the reader's choice): no action, no trade.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'gath30*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_gath29 import tagged_replies

FOLLOW_G30, NOT_G30 = "gath30_followup", "gath30_not"

# {b}: the coin's ticker; {k}: pips; {s}: a share in percent.
REPLY_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("#{b} -{k} pips Close now not liking movement ❌", {"kind": "CLOSE"}),
    ("#{b} close now, not liking how it moves", {"kind": "CLOSE"}),
    ("#{b} I’m out !", {"kind": "CLOSE"}),
    ("#{b} Cut {s}%", {"kind": "CLOSE_PARTIAL", "share": True}),
    ("PLEASE DELETE THIS #{b} SELL LIMIT!", {"kind": "CANCEL"}),
    ("#{b} delete the buy limit", {"kind": "CANCEL"}),
    ("#{b} Tp 1 hit stops to break even.", {"kind": "MOVE_SL", "to_entry": True}),
    (
        "#{b} just got spiked into stop loss literally in 10 seconds. Sorry I let you guys down "
        "this week 😞",
        {"kind": "SL_HIT"},
    ),
    ("#{b} stopped out\nThis week we made only +{k} pips", {"kind": "SL_HIT"}),
)
NOT_FORMS: tuple[str, ...] = (
    "Don’t close #{b}, not liking it but hold",
    "#{b} cut {s}% loss from the top",
    "#{b} team cut {s}% of the supply",
    "Don't delete the #{b} buy limit",
    "Weekly recap: #{b} TP1 hit, others stopped out",
    "If you want close #{b} now at -1 pips cause this thing is ganna either fly {k} pips up or down",
    "If you close #{b} now you will be profitable for the day",
)


def gath30_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, one English reply for its
    coin and one post asking nothing of the coin, as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 7919 + 30)
    return tagged_replies(
        rng,
        REPLY_FORMS,
        NOT_FORMS,
        (FOLLOW_G30, NOT_G30),
        (2, 15, 45, 70, 86, 160),
        (25, 30, 50, 70, 90),
    )
