"""English report templates of signal services and copier bots (branch i13-hits20): the families
followup_hits20 / followup_hits20_not of tests/parsers/mutations.py, a generator of their own (the
other families draw as before).

For the coin, targets and stop of every dev signal quoted in USDT, ``followup_hits20`` writes one
report in a template of tests/parsers/test_hits20_reports.py's sources: a channel's "#COINUSDT
UPDATE: / Target 1,2,3 done nicely ✔️ / So far 90% Profits with 10x leverage", Cornix's
"Take-Profit target 2 ✅ / Profit: / Period:" and "All take-profit targets achieved 😎", a range
("Targets 1-3 done"), a hyphen ("Tp-2 achieved"), a report verb ("Target 2 crossed"), a close
with its adverb or its result ("fully closed ✅", "Close 100% of", "with 15% loss"), the stop
moved to the entry and hit ("SL at entry hit"), a share that stays a share; or the signal itself
re-posted with its first targets ticked off after their levels ("✓", "☑️", "✔️", "✅"): never a
new trade, the report of the last ticked target. ``followup_hits20_not`` writes market comments
naming the coin and a level ("BTC hit 100k", "target for this cycle"): no action. Judged as
tests/parsers/mutations_followups.judge judges; what each must give comes from the template and
the dev signal's hand-checked levels, never from the parser.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import coin_tag, usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.variant_forms import fmt

FOLLOW_H, NOT_H = "followup_hits20", "followup_hits20_not"

# (kind, template). {c}: the coin as channels tag it; {pair}: "#SOL/USDT"; {n}: a target (its
# number); {upto}: "1,2,...,n"; {p}: a gain; {x}: a leverage; {h}, {m}: hours, minutes;
# {s}: a share or a loss, in percent; {t}: target n's level.
FORMS: tuple[tuple[str, str], ...] = (
    (
        "TP_HIT",
        "{c} UPDATE:\nTarget {upto} done nicely ✔️\nSo far {p}% Profits with {x}x leverage🤑",
    ),
    ("TP_HIT", "{c} UPDATE:\nTarget {upto} done nicely✔️\n{p}% profit booked with {x}x Leverage🤑"),
    (
        "TP_HIT",
        "Binance Futures\n{pair} Take-Profit target {n} ✅\nProfit: {p}% 📈\nPeriod: {h} Hours {m} Minutes ⏰",
    ),
    ("TP_HIT", "{c} Tp-{n} achieved 🎯"),
    ("TP_HIT", "{c} Target-{n} Hit ✅\nProfit: {p}% ({x}x)"),
    ("TP_HIT", "{c} Target {n} crossed ✅"),
    ("TP_HIT", "{c} target {n} met 🎯"),
    ("REACHED", "{c} reached {t} ✅"),
    (
        "ALL",
        "ByBit USDT\n{pair} All take-profit targets achieved 😎\nProfit: {p}% 📈\nPeriod: {h} Days ⏰",
    ),
    ("CLOSE", "{c} fully closed ✅"),
    ("CLOSE", "{c} closed ✅"),
    ("CLOSE", "{c}: Trade Completed ✅"),
    ("CLOSE", "Close 100% of {c}"),
    ("CLOSE", "Close {c} with {s}% loss"),
    ("CLOSE", "{c} closed at {s}% 🔥"),
    ("SL_HIT", "{c} SL at entry hit"),
    ("SL_HIT", "{pair} Stop Target Hit ⛔\nLoss: {s}% 📉"),
    ("PART", "Close {s}% of {c}"),
    ("TICKED", ""),
)
NOT_FORMS: tuple[str, ...] = (
    "{b} hit 100k 🚀 what a day",
    "Target for this cycle is 150k, {b} will get there",
    "{c} could hit {t} soon, watch it",
    "Next target for {c} is {t}",
    "If {c} reaches {t}, we will update",
    "{c} closed the week above {t}",
    "{b} market is closed for the weekend? No, crypto never sleeps",
)
TICKS: tuple[str, ...] = ("✓", "☑️", "✔️", "✅")


def _ticked_signal(
    rng: random.Random, want: dict[str, Any], base: str, n: int, pending: bool
) -> str:
    """The signal as its channel re-posts it, its first n targets ticked off after the level
    (or, pending: ticked before it, the others marked with an hourglass, a tracker's card)."""
    tick = rng.choice(TICKS)
    lines = [f"#{base}/USDT {want['side']}"]
    if want["entries"]:
        lines.append("Entry: " + " - ".join(fmt(e) for e in want["entries"]))
    for i, tp in enumerate(want["take_profits"], 1):
        if pending:
            lines.append(f"{tick if i <= n else '⏳'} Target {i}: {fmt(tp)}")
        else:
            lines.append(f"TP{i}: {fmt(tp)}" + (f" {tick}" if i <= n else ""))
    lines.append(f"Stop loss: {fmt(want['stop_loss'])}")
    return "\n".join(lines)


def _expect(kind: str, symbol: str, n: int, share: int) -> dict[str, Any]:
    if kind in ("ALL", "REACHED", "PENDING"):  # (no number said; the ticks before levels)
        return {"kind": "TP_HIT", "symbol": symbol}
    if kind == "PART":
        return {"kind": "CLOSE_PARTIAL", "symbol": symbol, "fraction": share / 100}
    expect: dict[str, Any] = {"kind": "TP_HIT" if kind == "TICKED" else kind, "symbol": symbol}
    if kind in ("TP_HIT", "TICKED"):
        expect["tp_index"] = n
    if kind in ("CLOSE", "SL_HIT"):
        expect["fraction"] = None
    return expect


def hits20_followups(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT one report and one
    market comment, as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 49979687 + 20)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        if not want["take_profits"]:
            continue
        base = symbol[:-4]
        total = min(len(want["take_profits"]), 5)
        n = rng.randint(1, total)
        kind, form = rng.choice(FORMS)
        if kind == "TICKED" and (total < 2 or want["stop_loss"] is None or n == total):
            kind, form = "TP_HIT", "{c} Tp-{n} achieved 🎯"
        share = rng.choice((15, 25, 30, 50, 70))
        if kind == "TICKED":
            pending = rng.random() < 0.5
            text = _ticked_signal(rng, want, base, n, pending)
            kind = "PENDING" if pending else kind
        else:
            text = form.format(
                c=coin_tag(rng, symbol, pair=True),
                pair=f"#{base}/USDT",
                n=n,
                upto=",".join(str(i) for i in range(1, n + 1)),
                p=rng.choice(("12.5", "25", "44.4719", "90", "133.3")),
                x=rng.choice((5, 10, 20)),
                h=rng.randint(1, 9),
                m=rng.randint(1, 59),
                s=share,
                t=fmt(want["take_profits"][n - 1]),
            )
        out.append((case_id, FOLLOW_H, text, _expect(kind, symbol, n, share), FOLLOW))
        comment = rng.choice(NOT_FORMS).format(
            c=coin_tag(rng, symbol, pair=True), b=base, t=fmt(want["take_profits"][n - 1])
        )
        out.append((case_id, NOT_H, comment, {}, NOT))
    return out
