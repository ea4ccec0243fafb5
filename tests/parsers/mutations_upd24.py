"""Follow-ups not read (branch i13-upd24): the families upd24_followup / upd24_not of
tests/parsers/mutations.py, a generator of their own (the other families draw as before).

For the coin of every dev signal quoted in USDT, ``upd24_followup`` writes a follow-up in one of
the forms of tests/parsers/test_upd24.py (a target's number as a keycap or a circled number, an
emoji between a word and the verb of a hit, a close with a money bag or after a target, a stop hit
with a mark or a misspelt verb, a stop moved with the verbs channels use, the trade made risk
free; the English and Arabic forms): each must be read as the kind it is, for the tagged coin,
with its target's number, its level or its move to the entry when the form says one. A target
number or price is drawn at random, so the forms are read for every number, not the one written
in the test. ``upd24_not`` writes a post with the same words that asks for no action (a gain
booked, a coin that stopped rising, a keycap list of levels in a lesson, an emoji-decorated
plan for later): any action or a trade is wrong. Judged as tests/parsers/mutations_followups.judge
judges; what each must give comes from the form, never from the parser.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row, Want
from tests.parsers.mutations_drawn import follow_and_not, form_reading
from tests.parsers.variant_forms import near_price

FOLLOW_UPD24, NOT_UPD24 = "upd24_followup", "upd24_not"

_KEYCAPS = {n: f"{n}\ufe0f\u20e3" for n in range(1, 10)}
_CIRCLED = {n: chr(0x2460 + n - 1) for n in range(1, 10)}

# (form, what it must be read as: kind, and "n" (the target), "p" (the price), to_entry).
# {c}: the coin as channels tag it; {k}: the target as a keycap; {r}: as a circled number;
# {n}: the number; {p}: a price near the coin's levels; {g}: a gain.
FOLLOW_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "{c} Take-Profit target {k} ✅\nProfit: {g}% 📈\nPeriod: 3 Hours 5 Minutes ⏰",
        {"kind": "TP_HIT", "n": True},
    ),
    ("{c}\n✅✅✅\nTarget {k} reached\nProfit: {g}% 📈", {"kind": "TP_HIT", "n": True}),
    ("{c}\n🎯 Target {k} ✅\n💰 Profit: +{g}%\n⏰ Period: 2h 15m", {"kind": "TP_HIT", "n": True}),
    ("✅ {c} Take Profit {k} ✅\n\n📊 Profit Made: {g}%🔥", {"kind": "TP_HIT", "n": True}),
    ("{c} TP {k} hit 🔥", {"kind": "TP_HIT", "n": True}),
    ("{c} Target {r} ✅", {"kind": "TP_HIT", "n": True}),
    ("{c} Target 🎯 achieved", {"kind": "TP_HIT"}),
    ("{c} Target {n} 🔥 done ✅", {"kind": "TP_HIT", "n": True}),
    ("{c} TP{n} ✔️", {"kind": "TP_HIT", "n": True}),
    ("{c} T/P {n} ✅", {"kind": "TP_HIT", "n": True}),
    ("{c} 🏆 TP{n}", {"kind": "TP_HIT", "n": True}),
    ("{c} Closed 🔒 Profit {g}% 💰", {"kind": "CLOSE"}),
    ("ℹ️ Update: Signal {c} Closed\n💰 Profit: +{g}% 📈", {"kind": "CLOSE"}),
    ("{c} Closed after reaching TP{n} 🎯", {"kind": "CLOSE"}),
    ("{c} Close ✅", {"kind": "CLOSE"}),
    ("{c} Get out now ‼️", {"kind": "CLOSE"}),
    ("{c} Kill the trade ☠️", {"kind": "CLOSE"}),
    ("{c} Stop 🔴 hit", {"kind": "SL_HIT"}),
    ("{c} ⛔ STOP", {"kind": "SL_HIT"}),
    ("{c}\n🛑 SL\nLoss: -{g}%", {"kind": "SL_HIT"}),
    ("{c} SL ⛔️ -{g}%", {"kind": "SL_HIT"}),
    ("{c} Stoploss triggred", {"kind": "SL_HIT"}),
    ("{c} 💔 Stopped", {"kind": "SL_HIT"}),
    ("{c} ستوب لوس ❌", {"kind": "SL_HIT"}),
    ("{c} ضربنا الستوب", {"kind": "SL_HIT"}),
    ("{c} تم الخروج على الستوب", {"kind": "SL_HIT"}),
    ("{c} Tighten stop to {p}", {"kind": "MOVE_SL", "p": True}),
    ("{c} Modify SL to {p}", {"kind": "MOVE_SL", "p": True}),
    ("{c} Stoploss => {p}", {"kind": "MOVE_SL", "p": True}),
    ("{c} SL now {p}", {"kind": "MOVE_SL", "p": True}),
    ("{c} SL to {p}", {"kind": "MOVE_SL", "p": True}),
    ("{c} Bump SL to {p}", {"kind": "MOVE_SL", "p": True}),
    ("{c} Square off position", {"kind": "CLOSE"}),
    ("{c} TP {n}/12 ✅", {"kind": "TP_HIT", "n": True}),
    ("{c} Move your SL to cost", {"kind": "MOVE_SL", "to_entry": True}),
    ("{c} Make it risk free 🔒", {"kind": "MOVE_SL", "to_entry": True}),
)

# Posts with those words that ask nothing now: any action (or a trade) is wrong.
NOT_FORMS: tuple[str, ...] = (
    "{c} booked {g}% profit 💸",
    "Booked {g}% profit on {c} yesterday",
    "{c} stopped rising at {p}",
    "{c} stopped at {p} support, watching",
    "Lesson: how to place your SL\n1️⃣ {p}\n2️⃣ {q}",
    "{c} plan 🎯 once TP{n} is hit, move SL to entry",
    "{c} if it breaks {p}, tighten stop 🔔",
    "Should I make {c} risk free? 🤔",
    "{c} Target {k} is next, {p} 🎯",
    "{c} LONG\nEntry: {p}\nSL: -{g}%",
    "{c} LONG\nEntry {p}\nTP1 {q}\n\n⛔️ SL:\n",
    "{c} LONG\nEntry: {p}\nTP1: {q} ✅\nTP2: {q} ✅\nTP3: {q} ❌\nStop Loss: {p}",
)

_OTHERS: tuple[str, ...] = ("BTC", "ETH", "SOL", "XRP", "BNB")


def _fill(rng: random.Random, form: str, symbol: str, want: dict[str, Any]) -> tuple[str, int, str]:
    base = symbol[:-4]
    tag = rng.choice((f"#{base}", f"${base}", f"#{base}/USDT", f"#{symbol}"))
    n = rng.randint(1, 9)
    p = near_price(rng, want)
    text = form.format(
        c=tag,
        k=_KEYCAPS[n],
        r=_CIRCLED[n],
        n=n,
        p=p,
        q=near_price(rng, want),
        g=rng.choice(("12.5", "34", "45.0", "8.2")),
    )
    return text, n, p


def _follow(rng: random.Random, want: Want, symbol: str) -> tuple[str, Want]:
    form, reads = rng.choice(FOLLOW_FORMS)
    text, n, p = _fill(rng, form, symbol, want)
    return text, form_reading(reads, symbol, n, p)


def _quiet(rng: random.Random, want: Want, symbol: str) -> str:
    return _fill(rng, rng.choice(NOT_FORMS), symbol, want)[0]


def upd24_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT one follow-up read as
    the kind it is and one post that asks for no action (mutations_drawn.follow_and_not)."""
    rng = random.Random(seed * 2654435761 + 24)
    return follow_and_not(rng, (FOLLOW_UPD24, NOT_UPD24), _follow, _quiet)
