"""Mutation families of session 26 (issue 13, branch i13-gath27): the shapes batch gath27 brought
(tests/fixtures/corpus/SOURCES.md, "batch gath27": WolfX Signals and two gold channels' posts as
a Telethon capture stored them), each dev signal's coin written in one of them.

- ``gath27_followup``: "Cover #X at P / Percent change from entry price is: ..." and "Cover #X
  now" (the close of a short, "cover" opening its line): that coin's close; the forex channel's
  replies for the coin ("#X all entries risk free", "#X +25 pips in profit running, make it
  risk free🤪": the stop to the entry; "#X take profit 50% of positions": that share; "Close #X
  now / I don’t like how it moves": the close);
- ``gath27_word``: the gold channels' coinless reports with a capitals word in them ("TP 1 & 2
  are BOTH hit ✅ ... Move your SL back to entry.", "✅ TP2 hit: +540 pips / WHAT A TRADE 🚀"):
  the stop moved to the entry or the target reported, of no coin (the trade replied to);
- ``gath27_not``: posts that ask nothing of the coin now ("take every single trade with me" in a
  promotion naming the coin, "cover" in prose, a cover at a price to come, the trade made risk
  free at a price to come, a digest's news of closes): no action, no trade.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'gath27*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.variant_forms import near_price

FOLLOW_G27, WORD_G27, NOT_G27 = "gath27_followup", "gath27_word", "gath27_not"

# {b}: the coin's ticker; {p}: a price near its levels; {c}: a percent change.
COVER_FORMS: tuple[str, ...] = (
    "Cover #{b}USDT  at {p}\nPercent change from entry price is: {c}%\nLets move on to next Good "
    "trade!\n\nGet 25USDT Bonus & trade now : https://bit.ly/3lVqgfY",
    "Cover #{b}USDT at {p}\nPercent change from entry price is: {c}%",
    "Cover #{b} now",
    "Cover ${b}",
    "Cover #{b}/USDT now 🔥",
)
# The forex channel's replies, each for the coin tagged. (form, reading)
REPLY_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("#{b} all entries risk free", {"kind": "MOVE_SL", "to_entry": True}),
    ("#{b} +25 pips in profit running, make it risk free🤪", {"kind": "MOVE_SL", "to_entry": True}),
    (
        "#{b} take profit 50% of positions +70 and +50 pips",
        {"kind": "CLOSE_PARTIAL", "fraction": 0.5},
    ),
    ("Close #{b} now\nI don’t like how it moves", {"kind": "CLOSE"}),
)
# {n}, {m}: target numbers; {k}: the pips. (form, reading)
WORD_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "TP {n} & {m} are BOTH hit ✅\n\n+ {k} pips profit secured as we used double lotsize "
        "🔥🔥🔥\n\nMove your SL back to entry.",
        {"kind": "MOVE_SL", "to_entry": True, "symbol": None},
    ),
    (
        "TP {n} is hit! 👏\n\n+ {k} pips profit secured.\n\nSL back to entry.",
        {"kind": "MOVE_SL", "to_entry": True, "symbol": None},
    ),
    (
        "✅ TP{n} hit: +{k} pips\n\nWHAT A TRADE 🚀🚀🚀",
        {"kind": "TP_HIT", "tp": True, "symbol": None},
    ),
    ("✅ TP{n} hit: +{k} pips \n\nManage your trades, team 🫡🔥", {"kind": "TP_HIT", "tp": True}),
    ("BOTH targets hit ✅ Move SL to entry", {"kind": "MOVE_SL", "to_entry": True, "symbol": None}),
)
NOT_FORMS: tuple[str, ...] = (
    "📆 It’s Sunday, are you investing or procrastinating your goals?\n\nThe markets open tonight, "
    "and #{b} is on my list 🕯\n\nYou have the chance to take every single trade with me, all you "
    "have to do is start 💰",
    "Take every #{b} trade I post and you will be profitable",
    "Shorts are covering #{b} at {p}, careful",
    "Once shorts finish covering, #{b} can stall or reverse quickly.",
    "Cover #{b}USDT at {p}",
    "I am ready to cover my #{b} short again.",
    "Make #{b} trade risk free at {p}",
    "Try our risk-free #{b} trial today",
    'Investors on Thursday had to "emergency" close positions in #{b} and go into the cash',
    "#{b} fell after the decision to close the PRC Consulate General in Houston",
)


def gath27_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, one cover of its coin
    read as its close, one coinless report with a capitals word and one post asking nothing of
    the coin, as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 7919 + 27)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        base = symbol[:-4]
        price = near_price(rng, want)
        if base[0].isalpha():  # ("Cover #1000PEPE": a tag opening with a digit is no coin tag)
            change = f"{rng.choice(('-', '+'))}{rng.randint(0, 9)}.{rng.randint(0, 99):02d}"
            text = rng.choice(COVER_FORMS).format(b=base, p=price, c=change)
            expect: dict[str, Any] = {"kind": "CLOSE", "symbol": symbol}
            out.append((case_id, FOLLOW_G27, text, expect, FOLLOW))
            form, reads = rng.choice(REPLY_FORMS)
            expect = {**reads, "symbol": symbol}
            out.append((case_id, FOLLOW_G27, form.format(b=base), expect, FOLLOW))
        form, reads = rng.choice(WORD_FORMS)
        n = rng.randint(1, 4)
        text = form.format(n=n, m=n + 1, k=rng.choice((40, 80, 90, 220, 540, 1540)))
        expect = {key: value for key, value in reads.items() if key != "tp"}
        if reads.get("tp"):
            expect["tp_index"] = n
        out.append((case_id, WORD_G27, text, expect, FOLLOW))
        text = rng.choice(NOT_FORMS).format(b=base, p=price)
        out.append((case_id, NOT_G27, text, {}, NOT))
    return out
