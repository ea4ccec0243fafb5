"""Mutation families of session 27 (issue 13, branch i13-gath29): the English shapes batch gath29
brought (tests/fixtures/corpus/SOURCES.md, "batch gath29": a forex mentorship channel's, a forex
and gold channel's and a gold channel's posts), each dev signal's coin written in one of them.

- ``gath29_followup``: the channels' replies for the coin tagged ("#X stopped by 3 pips ...": a
  stop hit; "#X ✅ +45 PIPS Close trade fully!", "#X close SWING trade +70 pips", "#X 210 pips ✅
  close fully if this is still running", "#X Take profits with +160 pips", "#X TP1 ✅ close
  trade": a close; "#X ✅ +45 PIPS Close trade 50%": that share; "MOVE ALL #X STOPLOSSES TO
  ENTRY": the stop to the entry; "#X\\nThis trade is out with a loss unfortunately.": a stop
  hit);
- ``gath29_not``: posts that ask nothing of the coin now (a trade to take, its object before
  "take" or a side after it; the market's players taking profit; a close at the reader's choice;
  the stop moved away from break even, to no level said; "stopped by" a level; a plan if the
  trade is out at a loss; a close if the price is still beyond a level): no action, no trade.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'gath29*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT

FOLLOW_G29, NOT_G29 = "gath29_followup", "gath29_not"

# {b}: the coin's ticker; {k}: pips; {s}: a share in percent.
REPLY_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("#{b} stopped by {k} pips and then flys 30 pips", {"kind": "SL_HIT"}),
    ("#{b} ✅ +{k} PIPS Close trade fully!", {"kind": "CLOSE"}),
    ("✅ +{k} PIPS #{b} Close trade entirely.", {"kind": "CLOSE"}),
    ("#{b} close SWING trade +{k} pips", {"kind": "CLOSE"}),
    ("#{b} {k} pips ✅ close fully if this is still running", {"kind": "CLOSE"}),
    ("#{b} Take profits with +{k} pips", {"kind": "CLOSE"}),
    ("#{b} TP1 ✅ close trade", {"kind": "CLOSE"}),
    ("#{b} ✅ +{k} PIPS Close trade {s}%", {"kind": "CLOSE_PARTIAL", "share": True}),
    ("MOVE ALL #{b} STOPLOSSES TO ENTRY", {"kind": "MOVE_SL", "to_entry": True}),
    ("#{b}\nThis trade is out with a loss unfortunately.", {"kind": "SL_HIT"}),
)
NOT_FORMS: tuple[str, ...] = (
    "Risky little #{b} swing I’m ganna take",
    "#{b} looks like a good trade to take.",
    "Daily has a fat rejection so #{b} is savage as hell to take for longs. Manage risk",
    "🟠 US: American investors decided to fix profits on #{b} after the rally",
    "#{b} {k}+ pips floating, close if you’re happy with profit ✅",
    "Move #{b} SL to previous from break even",
    "#{b} stopped by resistance at the daily level",
    "If this trade is out with a loss we re-enter #{b}",
    "#{b} close fully if it is still running below the entry",
)


def tagged_replies(
    rng: random.Random,
    forms: tuple[tuple[str, dict[str, Any]], ...],
    not_forms: tuple[str, ...],
    families: tuple[str, str],
    pips: tuple[int, ...],
    shares: tuple[int, ...],
) -> list[Row]:
    """For each USDT-quoted dev signal, one reply of `forms` for its coin tagged ({b}: the
    ticker, {k}: pips, {s}: a share in percent; the reading from the form's dict: kind, a share,
    to the entry) and one post of `not_forms` asking nothing of it, as (case id, family, text,
    reading, must) rows of the families (follow-up, not)."""
    out: list[Row] = []
    for case_id, _want, symbol in usdt_signals():
        base = symbol[:-4]
        k = rng.choice(pips)
        share = rng.choice(shares)
        if base[0].isalpha():  # ("#1000PEPE": a tag opening with a digit is no coin tag)
            form, reads = rng.choice(forms)
            text = form.format(b=base, k=k, s=share)
            expect: dict[str, Any] = {"kind": reads["kind"], "symbol": symbol}
            if reads.get("share"):
                expect["fraction"] = share / 100
            if reads.get("to_entry"):
                expect["to_entry"] = True
            out.append((case_id, families[0], text, expect, FOLLOW))
        text = rng.choice(not_forms).format(b=base, k=k, s=share)
        out.append((case_id, families[1], text, {}, NOT))
    return out


def gath29_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, one English reply for its
    coin and one post asking nothing of the coin, as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 7919 + 29)
    return tagged_replies(
        rng,
        REPLY_FORMS,
        NOT_FORMS,
        (FOLLOW_G29, NOT_G29),
        (2, 15, 45, 70, 160, 210),
        (25, 30, 50, 70, 75),
    )
