"""Mutation family of session 31 (issue 13, branch i13-gath33): the shapes batch gath33 brought
(tests/fixtures/corpus/SOURCES.md, "batch gath33": the gold channel's next 300 English replies),
each dev signal's coin tagged in one of them.

- ``gath33_followup``: the channel's replies for the coin tagged: a target in its slang ("#X TP3
  shoot!!!", "#X We got TP1 here. then it moved back to entry price.": that target), a list of
  targets with the channel's words after it or "already" before the verb ("#X We hit TP 2 and
  TP3 here guys!!!", "#X TP1 and TP2 already Hit!!!": the last of the list), the stop said of the
  call ("#X SL on this one": a stop hit), a stop moved to a target for a purpose ("#X set your SL
  to TP1 for more profits!!!!": the move, no level);
- ``gath33_not``: posts that ask nothing of the coin now: a move to a target on a condition, as
  a question or the reader's choice, a price that may "shoot", the stop's level asked.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'gath33*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT

FOLLOW_G33, NOT_G33 = "gath33_followup", "gath33_not"

# {b}: the coin's ticker; {n}: a target's number (the next one is {m}); the reading's kind and
# target ("n": {n}; "last": the list's last, {m}).
REPLY_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("#{b} TP{n} shoot!!!", {"kind": "TP_HIT", "tp": "n"}),
    ("#{b} TP{n} Shoot! \n\nlets gow to TP{m}", {"kind": "TP_HIT", "tp": "n"}),
    ("#{b} We got TP{n}!!! \n\nnow road to TP{m}", {"kind": "TP_HIT", "tp": "n"}),
    ("#{b} We got TP{n} here. then it moved back to entry price.", {"kind": "TP_HIT", "tp": "n"}),
    ("#{b} We hit TP {n} and TP{m} here guys!!!", {"kind": "TP_HIT", "tp": "last"}),
    ("#{b} we hit TP{n} and TP{m} in this Sell signal!!!", {"kind": "TP_HIT", "tp": "last"}),
    (
        "#{b} if you hold on this trade\n\nTP{n} and TP{m} already Hit!!!",
        {"kind": "TP_HIT", "tp": "last"},
    ),
    ("#{b} if you held in this trade we did TP{n}!!", {"kind": "TP_HIT", "tp": "n"}),
    ("#{b} Shooot!!! All TP's!!!!", {"kind": "TP_HIT"}),
    ("#{b} SL on this one", {"kind": "SL_HIT"}),
    ("#{b} Stop loss on this trade!!", {"kind": "SL_HIT"}),
    ("#{b} set your SL to TP{n} for more profits!!!!", {"kind": "MOVE_SL"}),
)
NOT_FORMS: tuple[str, ...] = (
    "#{b} Move SL to TP1 if you want",
    "#{b} should I move SL to TP1 for more profits?",
    "Once #{b} TP2 is hit, move SL to TP1",
    "#{b} could shoot up to TP2 if the news is good",
    "#{b} what did TP1 do?",
    "Where is the SL on this one? #{b}",
    "#{b} You can Delete this trade for now. But if you want to pursue. Its still valid",
)


def gath33_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, one of the gold channel's
    replies for its coin and one post asking nothing of the coin, as (case id, family, text,
    reading, must)."""
    rng = random.Random(seed * 7919 + 33)
    out: list[Row] = []
    for case_id, _want, symbol in usdt_signals():
        base = symbol[:-4]
        if base[0].isalpha():  # ("#1000PEPE": a tag opening with a digit is no coin tag)
            form, reads = rng.choice(REPLY_FORMS)
            n = rng.randint(1, 4)
            expect: dict[str, Any] = {"kind": reads["kind"], "symbol": symbol}
            if reads.get("tp") == "last":
                expect["tp_index"] = n + 1
            elif reads.get("tp") == "n":
                expect["tp_index"] = n
            out.append((case_id, FOLLOW_G33, form.format(b=base, n=n, m=n + 1), expect, FOLLOW))
        out.append((case_id, NOT_G33, rng.choice(NOT_FORMS).format(b=base), {}, NOT))
    return out
