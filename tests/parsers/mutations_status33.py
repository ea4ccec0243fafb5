"""English and emoji follow-ups still not read (session 31, branch i13-status33): the families
status33_card, status33_follow and status33_not of tests/parsers/mutations.py, a generator of
their own.

For each dev signal quoted in USDT:

- ``status33_card``: its card re-posted as a report: its targets on one line with a run of k
  ticks after the last ("Targets: 0.56 - 0.60 - 0.65 ✅✅", or a spot call's "Buy: ... / Sell:
  ... ✅"), or listed bare one a line under the side's entry line with the first k ticked ("SELL:
  67,200 - 67,800 / 66,500✅ / 65,900"): a TP_HIT of target k, never a trade;
- ``status33_follow``: a short post for its coin: the target's number and its emoji ("#SOL 2🎯"),
  "done hit 2", the stop's word alone ("#SOL Stoploss !"), a relay's "[trader #c] Signal ID: #c7
  / #SOL LONG / STOP -4%" (SL_HIT), the author out of the position told ("I’m happily out of my
  #SOL short position now with a quick +35 pips ✅✅"), a card edited with its "Final P&L" (CLOSE),
  a close whose share comes in the next clause ("Secure your profits: close 75%") or shares a
  sentence each that add up to all (CLOSE): read as what it says;
- ``status33_not``: the same words that ask nothing now: a question, a condition, the author's
  exit still to come: no action.

What each must give comes from the form (made up, the rows of tests/parsers/test_status33.py),
never from the parser. ``python -m tests.parsers.mutations --family 'status33*' --seeds 1 20``.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import Row
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.mutations_wt20 import _usable
from tests.parsers.variant_forms import fmt

CARD_S33, FOLLOW_S33, NOT_S33 = "status33_card", "status33_follow", "status33_not"

_TICKS = ("✅", "✅", "☑️", "✔️")

# ({c}: the coin as tagged, {b}: its bare ticker; the reading's kind, its fields).
FOLLOW_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("{c} 2🎯", {"kind": "TP_HIT", "tp_index": 2}),
    ("{c} 3 🎯🎯", {"kind": "TP_HIT", "tp_index": 3}),
    ("{c} done hit 2", {"kind": "TP_HIT", "tp_index": 2}),
    ("{c} Stoploss !", {"kind": "SL_HIT"}),
    ("{c} stop loss 🛑", {"kind": "SL_HIT"}),
    ("[trader #c] Signal ID: #c7\n\n{c} LONG\n\nSTOP -4%", {"kind": "SL_HIT"}),
    ("Signal ID: #1234\n{c} SHORT\nSTOP -12.5%", {"kind": "SL_HIT"}),
    (
        "I’m happily out of my {c} short position now with a quick +35,5 pips ✅✅",
        {"kind": "CLOSE", "fraction": None},
    ),
    (
        "My {c} sniper long trade went well, and I’m exiting the position now with a solid"
        " +12.4% ✅✅ after only three hours!",
        {"kind": "CLOSE", "fraction": None},
    ),
    ("I sold all my {c} and await a better entry.", {"kind": "CLOSE", "fraction": None}),
    (
        "Trader update: (Automatically closed)\n{c}\nStop-loss was moved up to buy price\n"
        "Highest target reached: Target 2",
        {"kind": "SL_HIT"},
    ),
    ("{c} Secure your profits: close 75%", {"kind": "CLOSE_PARTIAL", "fraction": 0.75}),
    ("{c} Take profits now, sell 30%", {"kind": "CLOSE_PARTIAL", "fraction": 0.3}),
    (
        "{c} TP1 hit, booked 25%. TP2 hit, booked 25%. TP3 hit, booked 50%.",
        {"kind": "CLOSE", "fraction": None},
    ),
    ("{c} Take 50% profit and close the trade", {"kind": "CLOSE", "fraction": None}),
)
NOT_FORMS: tuple[str, ...] = (
    "{c} Stoploss ?",
    "Should I sell all my {c} now?",
    "I'm closing the position if {c} loses the 4H support.",
    "a clean break below the range and I'm out of my {c} position.",
    "I'm exiting the {c} position tomorrow morning, not now.",
    "What was your final P&L on {c}? Share it in the chat.",
    "{c} 2 targets left 🎯",
)


def _run_card(rng: random.Random, want: dict[str, Any], symbol: str) -> tuple[str, int] | None:
    tps = [fmt(v) for v in want["take_profits"]]
    if len(tps) < 2:
        return None
    k = rng.randint(1, len(tps))
    run = rng.choice(_TICKS) * k
    sep = rng.choice((" - ", " | ", " / ", "  "))
    entries = " - ".join(fmt(v) for v in want["entries"])
    if want["side"] == "LONG" and rng.random() < 0.4:
        lines = [f"{symbol[:-4]}/USDT", f"Buy: {entries}", f"Sell: {sep.join(tps)} {run}"]
    else:
        lines = [f"#{symbol} {want['side']}", f"Entry: {entries}"]
        lines.append(f"{rng.choice(('Targets', 'TP', 'Take profit'))}: {sep.join(tps)} {run}")
    lines.append(f"{rng.choice(('Stop', 'SL', 'Stop loss'))}: {fmt(want['stop_loss'])}")
    return "\n".join(lines), k


def _listed_card(rng: random.Random, want: dict[str, Any], symbol: str) -> tuple[str, int] | None:
    tps = [fmt(v) for v in want["take_profits"]]
    if len(tps) < 2:
        return None
    k = rng.randint(1, len(tps) - 1)
    tick = rng.choice(_TICKS)
    verb = "BUY" if want["side"] == "LONG" else "SELL"
    lines = [f"{symbol[:-4]}/USDT", want["side"]]
    if want["leverage"] is not None:
        lines.append(f"{want['leverage']}x")
    lines.append(f"{verb}: {' - '.join(fmt(v) for v in want['entries'])}")
    lines += [f"{t}{tick}" if i < k else t for i, t in enumerate(tps)]
    lines.append(f"STOP: {fmt(want['stop_loss'])}")
    return "\n".join(lines), k


def status33_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal its card re-posted as a
    report (a target hit), a short follow-up for its coin (read as what it says) and a post that
    asks nothing for it, as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 7919 + 33)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        base = symbol[:-4]
        tag = rng.choice((f"#{base}", f"${base}", f"#{symbol}", f"#{base}/USDT"))
        if _usable(want):
            make = _run_card if rng.random() < 0.5 else _listed_card
            card = make(rng, want, symbol)
            if card is not None:
                text, n = card
                expect: dict[str, Any] = {"kind": "TP_HIT", "symbol": symbol, "tp_index": n}
                out.append((case_id, CARD_S33, text, expect, FOLLOW))
        form, fields = rng.choice(FOLLOW_FORMS)
        out.append((case_id, FOLLOW_S33, form.format(c=tag), {**fields, "symbol": symbol}, FOLLOW))
        quiet = rng.choice(NOT_FORMS).format(c=tag)
        out.append((case_id, NOT_S33, quiet, {}, NOT))
    return out
