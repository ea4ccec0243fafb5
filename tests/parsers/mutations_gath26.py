"""Mutation families of session 25 (issue 13, branch i13-gath26): the shapes batch gath26 brought
(tests/fixtures/corpus/SOURCES.md, "batch gath26": the rest of the Indonesian call channel's
export), each dev signal's coin written in one of them.

- ``gath26_followup``: the batch's follow-up forms for the signal's coin (a call post headed
  "[CLOSED] X" whatever its note says, "cutloss" said as done now, the stop at a price, "SL lebih
  dangkal di ..."): each read as the action it reports or asks, for that coin;
- ``gath26_word``: a listed word ticker or a letter in capitals heading a target or stop report
  ("HIGH hit TP 3", "NOT kena SL", "D hit TP 4."): that coin's report;
- ``gath26_not``: the channel's posts that ask nothing of one trade now (two tickers side by side
  heading a close, a stop offered "klo mau ...", a condition "kalo ...", "Cutlossnya" the noun,
  a cut loss on a condition): no action, no trade.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'gath26*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from parsers.plain_words import LISTED_PLAIN_WORDS
from parsers.symbols import ok_base
from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.variant_forms import near_price

FOLLOW_G26, WORD_G26, NOT_G26 = "gath26_followup", "gath26_word", "gath26_not"
Want = dict[str, Any]
_OTHERS = ("BTC", "ETH", "SOL", "XRP", "BNB")
_WORDS = ("HIGH", "NOT", "SUPER", "PUMP", "OPEN", "D")

# {b}: the coin's ticker; {o}: another coin; {p}: a price near its levels. A form whose reading
# holds "price" is read at {p}.
ACTION_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("[CLOSED] {b}. Long. 🟢\n\nShortnya cancel, reverse ke long kepala dino", {"kind": "CLOSE"}),
    (
        "[CLOSED] {b}. Long. 🟢 \n\nTargetnya balik ke {p}.\n\nInvalidasi jika break bawah lagi, "
        "bisa set SL di {p}",
        {"kind": "CLOSE"},
    ),
    ("[CLOSED] {b}. Short. 🔴\n\nEntry now, cancel limit lama", {"kind": "CLOSE"}),
    ("{b} kami cutloss dlu. Mulai melemah.", {"kind": "CLOSE"}),
    ("{b} cutloss. Reverse aja ke short", {"kind": "CLOSE"}),
    ("#{b} cut loss dulu", {"kind": "CLOSE"}),
    ("{b} SL lebih dangkal di {p}", {"kind": "MOVE_SL", "price": True}),
    ("{b} Short SL di {p}.", {"kind": "MOVE_SL", "price": True}),
)
WORD_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("{w} hit TP {n}", {"kind": "TP_HIT", "tp": True}),
    ("{w} hit TP{n}.", {"kind": "TP_HIT", "tp": True}),
    ("{w} hit SL", {"kind": "SL_HIT"}),
    ("{w} kena SL hunter baru gerak 🙃", {"kind": "SL_HIT"}),
)
NOT_FORMS: tuple[str, ...] = (
    "{b} {o} longnya meresahkan. \nCutloss dulu biar enak tidur",
    "{b} {o} close now",
    "Kalo mau short {b} set SL di {p}",
    "klo mau SL ketat di {p} itu 11%",
    "{b} cutloss kalau tembus {p}",
    "Cutlossnya ketutup yak",
    "{b} hit SL yet? belum",
)


def _fill(rng: random.Random, form: str, symbol: str, want: Want, price: str) -> str:
    base = symbol[:-4]
    other = rng.choice([o for o in _OTHERS if o != base])
    return form.format(b=base, o=other, p=price)


def gath26_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, one follow-up of its coin
    read as the action it asks, one word ticker's report and one post asking none, as (case id,
    family, text, reading, must)."""
    rng = random.Random(seed * 7919 + 26)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        base = symbol[:-4]
        price = near_price(rng, want)
        if base.isalpha():  # ("[CLOSED] 1000PEPE."): a ticker of letters, as the batch's
            form, reads = rng.choice(ACTION_FORMS)
            expect: dict[str, Any] = {"kind": reads["kind"], "symbol": symbol}
            if reads.get("price"):
                expect["price"] = float(price)
            out.append((case_id, FOLLOW_G26, _fill(rng, form, symbol, want, price), expect, FOLLOW))
        word = rng.choice(_WORDS)
        form, reads = rng.choice(WORD_FORMS)
        n = rng.randint(1, 5)
        expect = {"kind": reads["kind"], "symbol": f"{word}USDT"}
        if reads.get("tp"):
            expect["tp_index"] = n
        out.append((case_id, WORD_G26, form.format(w=word, n=n), expect, FOLLOW))
        form = rng.choice(NOT_FORMS)
        if "{o}" in form and not (ok_base(base) or base in LISTED_PLAIN_WORDS):
            form = NOT_FORMS[-1]  # ("THE BTC close now": a word, then one coin's close)
        text = _fill(rng, form, symbol, want, price)
        out.append((case_id, NOT_G26, text, {}, NOT))
    return out
