"""Mutation families of session 26 (issue 13, branch i13-gath28): the German shapes batch gath28
brought (tests/fixtures/corpus/SOURCES.md, "batch gath28": a forex and a gold channel's posts as
a Telethon capture stored them), each dev signal's coin written in one of them.

- ``gath28_followup``: the gold channel's replies for the coin tagged ("#X 70% raus ✅": that
  share; "#X Teilgewinne raus!": a share unsaid; "#X Auf Break Even bitte wieder 😇✅": the stop
  to the entry; "#X TP3 wieder mal abgeholt 💵": the third target's report) and its coinless
  target report with the stop at the reader's choice ("TP1 hit, that’s +500 pips 🚀✅ / SL nach
  Belieben auf Break Even…": the report, of no coin);
- ``gath28_not``: posts that ask nothing of the coin now (the day or the week closed, the stop
  offered at the reader's choice alone, a member's own exit thanking for the signals, a pips
  count alone): no action, no trade.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'gath28*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT

FOLLOW_G28, NOT_G28 = "gath28_followup", "gath28_not"

# {b}: the coin's ticker; {s}: a share in percent; {k}: pips; {n}: a target's number.
REPLY_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("#{b} {s}% raus ✅", {"kind": "CLOSE_PARTIAL", "share": True}),
    ("{k}+ Pips\n\n#{b} {s}% raus ✅", {"kind": "CLOSE_PARTIAL", "share": True}),
    ("#{b} Teilgewinne raus!", {"kind": "CLOSE_PARTIAL"}),
    ("#{b} Auf Break Even bitte wieder 😇✅", {"kind": "MOVE_SL", "to_entry": True}),
    ("#{b} SL auf Break Even", {"kind": "MOVE_SL", "to_entry": True}),
    ("#{b} TP{n} wieder mal abgeholt 💵", {"kind": "TP_HIT", "tp": True}),
)
REPORT_FORMS: tuple[str, ...] = (
    "TP{n} hit, that’s +{k} pips 🚀✅\n\nSL nach Belieben auf Break Even…",
    "TP{n} hit, that’s +{k} pips 🥷🏼✅\n\nSL nach Belieben auf Break Even…",
)
NOT_FORMS: tuple[str, ...] = (
    "Was eine Woche bisher💲\n\nWir schließen den Tag mit #{b} und wünschen eine Gute Nacht 💯",
    "Wir schließen die Woche mit +{k} Pips ab, #{b} war der beste Trade",
    "#{b} SL nach Belieben auf Break Even…",
    "Heute Lief super mit #{b}. Bin aber aus allen Positionen raus, ist mir jetzt zu viel "
    "Manipulation. Wie immer vielen Dank für die Signale",
    "#{b} +{k} Pips ✅",
    "We close the week with +{k} pips on #{b}",
)


def gath28_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, one German reply for its
    coin, one coinless target report with the stop at the reader's choice and one post asking
    nothing of the coin, as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 7919 + 28)
    out: list[Row] = []
    for case_id, _want, symbol in usdt_signals():
        base = symbol[:-4]
        n = rng.randint(1, 4)
        k = rng.choice((65, 100, 350, 500, 900, 1300))
        share = rng.choice((25, 30, 50, 70, 75))
        if base[0].isalpha():  # ("#1000PEPE": a tag opening with a digit is no coin tag)
            form, reads = rng.choice(REPLY_FORMS)
            text = form.format(b=base, s=share, k=k, n=n)
            expect: dict[str, Any] = {"kind": reads["kind"], "symbol": symbol}
            if reads.get("share"):
                expect["fraction"] = share / 100
            if reads.get("to_entry"):
                expect["to_entry"] = True
            if reads.get("tp"):
                expect["tp_index"] = n
            out.append((case_id, FOLLOW_G28, text, expect, FOLLOW))
        text = rng.choice(REPORT_FORMS).format(n=n, k=k)
        out.append(
            (case_id, FOLLOW_G28, text, {"kind": "TP_HIT", "tp_index": n, "symbol": None}, FOLLOW)
        )
        text = rng.choice(NOT_FORMS).format(b=base, k=k)
        out.append((case_id, NOT_G28, text, {}, NOT))
    return out
