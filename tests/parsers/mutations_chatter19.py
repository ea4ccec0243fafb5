"""Follow-ups and chatter in other English channels' words (branch i13-updates19): the families
followup_en19 / followup_en19_not of tests/parsers/mutations.py, a generator of their own (the
other families draw as before).

For the coin and targets of every dev signal, ``followup_en19`` writes a follow-up whose percent
is the trade's result on margin ("Target 2 reached. Booked 60% profit with 10x") or a close with
its result ("Closed with 35% profit ✅"), or a stop hit after the setup failed ("invalidated,
stopped out": never a cancel, which would leave the position open): read with no share (a share read from the gain would
close that part of the position). ``followup_en19_not`` writes the follow-up's words inside an
English idiom ("close call", "closing bell", "exit liquidity", "cancel culture") or a near miss
("nearly hit our stop loss"), with the coin: any action is wrong. Judged as
tests/parsers/mutations_followups.judge judges; what each must give comes from the form and the
dev signal's hand-checked coin, never from the parser. Sources: tests/parsers/
test_documented_followups19.py.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutations_followups import FOLLOW, NOT

FOLLOW_EN, NOT_EN = "followup_en19", "followup_en19_not"

# {c}: the coin as channels tag it; {n}: a target; {p}: a gain; {x}: a leverage.
EN_FORMS: tuple[tuple[str, str], ...] = (
    ("TP_HIT", "{c} Target {n} reached. Booked {p}% profit with {x}x"),
    ("TP_HIT", "{c} TP{n} ✅ booked {p}% profit ({x}x leverage)"),
    ("TP_HIT", "{c}\nTarget {n} done ✅\nsecured {p}% profit on {x}x"),
    ("CLOSE", "{c} Closed with {p}% profit ✅"),
    ("CLOSE", "{c} closed {p}% profit 🔥"),
    ("CLOSE", "{c} Closed +{p}% profit with {x}x"),
    ("TP_HIT", "{c} Profit booked {p}% 🚀"),
    ("SL_HIT", "{c} invalidated, stopped out"),
    ("SL_HIT", "{c} setup invalidated - SL hit ❌"),
    ("SL_HIT", "{c} stop loss got triggered"),
)
EN_NOT_FORMS: tuple[str, ...] = (
    "Close call on {c} today, almost hit SL",
    "{c} nearly hit our stop loss, still holding",
    "{c} almost stopped out, be careful",
    "{c} barely missed the stop loss 😅",
    "Close attention to {c} today",
    "Closing bell: {c} up {p}%",
    "Closing remarks on {c}: thanks for trading with us",
    "{c} holders: don't be exit liquidity",
    "Exit strategy for {c} matters more than the entry",
    "Closed group members got {c} early",
    "Cancel culture won't stop {c}",
    "Close your eyes and hold {c}",
)


def _expect(kind: str, form: str, symbol: str, n: int) -> dict[str, Any]:
    expect: dict[str, Any] = {"kind": kind, "symbol": symbol, "fraction": None}
    if kind == "TP_HIT" and "{n}" in form:
        expect["tp_index"] = n
    return expect


def _fill(rng: random.Random, form: str, symbol: str, n: int) -> str:
    base = symbol[:-4] if symbol.endswith("USDT") and len(symbol) > 4 else symbol
    tag = rng.choice((f"#{base}", f"${base}", f"#{symbol}")) if symbol.endswith("USDT") else None
    return form.format(
        c=tag or f"#{base}",
        n=n,
        p=rng.choice(("12.5", "25", "44", "60", "133.3")),
        x=rng.choice((5, 10, 20, 25)),
    )


def en19_followups(seed: int) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT one follow-up and one
    post of chatter, as (case id, family, text, reading, must)."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 86028121 + 19)
    out: list[tuple[str, str, str, dict[str, Any], str]] = []
    for case in signal_cases():
        want = case.expect["signal"]
        symbol = want["symbol"]
        if not symbol.endswith("USDT"):
            continue  # (a coin quoted in BTC: its pair form is the other families')
        total = max(1, min(len(want["take_profits"]), 5))
        n = rng.randint(1, total)
        kind, form = rng.choice(EN_FORMS)
        text = _fill(rng, form, symbol, n)
        out.append((case.id, FOLLOW_EN, text, _expect(kind, form, symbol, n), FOLLOW))
        form = rng.choice(EN_NOT_FORMS)
        out.append((case.id, NOT_EN, _fill(rng, form, symbol, n), {}, NOT))
    return out
