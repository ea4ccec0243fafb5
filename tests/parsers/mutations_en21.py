"""English follow-ups of call channels (branch i13-en21): the families followup_en21 /
followup_en21_not of tests/parsers/mutations.py, a generator of their own.

For the coin, targets and entry of every dev signal quoted in USDT, ``followup_en21`` writes one
follow-up in a form of tests/parsers/test_en21_reports.py (the session-20 dev batch's): a target
hit with a close of all of it ("HIT TARGET 152 FROM 140 EXIT FULLY ✅", "FULLY EXIT AT",
"🔥EXIT ✅", "EXIT HERE", "BOOK AND EXIT ALL", "EXIT REST 20% QTS"), the result before the close
("HIT 12% EXIT FULLY"), a share of the quantity ("80% QTS EXIT AT"), a hit with its ordinal
("HIT 2ND TARGET"), a target reached with a stop to adjust to no level, an exit at cost for no
movement. ``followup_en21_not`` writes a wait or a hold beside the same words ("WAIT FOR EXIT OR
TARGET", "DONT EXIT, WAIT FOR 2ND TARGET"): no action. Judged as
tests/parsers/mutations_followups.judge judges; what each must give comes from the form and the
dev signal's hand-checked levels, never from the parser.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import coin_tag, usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.variant_forms import fmt

FOLLOW_E, NOT_E = "followup_en21", "followup_en21_not"

# (kind, template). {c}: the coin as channels tag it; {t}: target n's level; {e}: the entry;
# {n}: the target's number, {o}: its ordinal ("2ND"); {p}: a gain in percent; {s}: a share.
FORMS: tuple[tuple[str, str], ...] = (
    ("CLOSE", "{c} HIT TARGET {t} FROM {e} EXIT FULLY ✅✅"),
    ("CLOSE", "{c} HIT TARGET FULLY EXIT AT {t}✅✅"),
    ("CLOSE", "{c} HIT TARGET {t} FROM {e} 🔥🔥EXIT ✅✅✅"),
    ("CLOSE", "{c} HIT TARGET {t} FROM {e} IN 3 DAYS 🔥🔥🔥\n\nEXIT FULLY ✅✅✅"),
    ("CLOSE", "{c} {t} NEAR TARGET 🎯🎯\n\nEXIT HERE ✅✅"),
    ("CLOSE", "{c} HIT TARGET, {p}% RETURNS BOOK AND EXIT ALL ✅✅"),
    ("CLOSE", "{c} ✅✅ HIT {p}% EXIT FULLY"),
    ("CLOSE", "{c} NEAR 2ND TARGET, EXIT REST 20% QTS ✅✅"),
    ("CLOSE", "{c} EXIT AT BUY COST..NOT MOVEMENT"),
    ("PART", "{c} {s}% QTS EXIT AT {t} ✅✅"),
    ("PART", "{c} HIT TARGET {t} FROM {e} ✅✅ EXIT {s}% QTS"),
    ("TP_HIT", "{c} HIT {o} TARGET {t} FROM {e} ✅✅✅"),
    ("TP_HIT", "{c} Target {n} reached ✅\nAdjust SL"),
)
NOT_FORMS: tuple[str, ...] = (
    "{c} {t} FROM {e} IN SAME DAY WAIT FOR EXIT OR TARGET",
    "{c} NEAR TARGET {t}, WAIT FOR MY UPDATE FOR EXIT",
    "{c} HIT TARGET {t} ✅ DONT EXIT, WAIT FOR 2ND TARGET",
    "{c} {t} FROM {e} ✅✅ HOLD TILL TARGET",
    "Don't exit fully yet, hold {c}",
)
ORDINALS: tuple[str, ...] = ("1ST", "2ND", "3RD", "4TH", "5TH")


def _expect(kind: str, symbol: str, n: int, share: int) -> dict[str, Any]:
    if kind == "PART":
        return {"kind": "CLOSE_PARTIAL", "symbol": symbol, "fraction": share / 100}
    if kind == "TP_HIT":
        return {"kind": "TP_HIT", "symbol": symbol, "tp_index": n}
    return {"kind": "CLOSE", "symbol": symbol, "fraction": None}


def en21_followups(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT with an entry, one
    follow-up and one hold, as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 67867967 + 21)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        if not want["take_profits"] or not want["entries"]:
            continue  # ("FROM {e}": the entry the gain is counted from)
        n = rng.randint(1, min(len(want["take_profits"]), 5))
        kind, form = rng.choice(FORMS)
        share = rng.choice((25, 50, 70, 80))
        values = {
            "c": coin_tag(rng, symbol, pair=True),
            "t": fmt(want["take_profits"][n - 1]),
            "e": fmt(want["entries"][0]),
            "n": n,
            "o": ORDINALS[n - 1],
            "p": rng.choice((8, 10, 12, 18, 40)),
            "s": share,
        }
        out.append(
            (case_id, FOLLOW_E, form.format(**values), _expect(kind, symbol, n, share), FOLLOW)
        )
        out.append((case_id, NOT_E, rng.choice(NOT_FORMS).format(**values), {}, NOT))
    return out
