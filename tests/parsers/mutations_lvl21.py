"""Mutation families of session 20 (issue 13, branch i13-lvl21): numbers beside a signal's levels
that no label claims, the forms of the dev batch lvl21 (new trader posts), each dev signal written
in one of them (one family drawn per signal, so the harness grows by one row a signal).

- ``restated_target``: a line of the post's plan says a numbered target again with its price
  ("My plan: TP2 is 0.4410."): ``exact``, never one more target.
- ``restated_other``: the same line with another price for that target ("TP2 is 0.4630."):
  ``refuse`` (the post gives target 2 two prices).
- ``tier_count``: the targets' heading counts their tiers ("Take Profit Levels (3-tier):",
  "(3 steps)"): ``exact``, never a target at 3.
- ``stop_hunt``: a liquidity note under the stop ("Stop hunts likely below 0.4120 first"):
  ``exact``, never a second stop.
- ``break_even_bracket``: a break-even plan naming the entry's middle in brackets ("When the
  price hits TP1 (0.45), move your Stop Loss to your Entry Price (≈0.4405)."): ``exact``.
- ``tags_of_two_coins``: the levels under a heading naming no coin, then the coin's cashtag and
  another coin's: ``refuse`` (which coin the levels belong to is a guess).

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
lvl21_mutations --seeds 1 2`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import EXACT, REFUSE, Row, Want
from tests.parsers.mutations_drawn import drawn_once
from tests.parsers.variant_forms import fmt
from tests.parsers.variants import _symbol_forms

PLANS = ("My plan: TP{i} is {p}.", "If it holds, TP{i} is {p}.", "TP{i} is {p} — take some there.")
TIERS = ("{n}-tier", "{n} tiers", "{n} steps", "{n}-step")
HUNTS = (
    "Stop hunts likely below {p} first",
    "Liquidity grab: stop hunt under {p} possible",
    "Watch for a stop run to {p}",
)
BRACKETS = ("≈{p}", "~{p}", "{p}")
OTHER_COINS = ("PIEVERSE", "YALA", "SOL", "ADA", "DOGE", "LINK")


def _usable(want: Want) -> bool:
    return (
        bool(want["entries"] and want["take_profits"])
        and want["stop_loss"] is not None
        and want["symbol"].endswith("USDT")
    )


def _lines(rng: random.Random, want: Want, head: str | None = None) -> list[str]:
    """The reading in plain lines: head, entry, leverage, a targets heading, targets, stop."""
    head = head or f"{rng.choice(_symbol_forms(want['symbol']))} {want['side']}"
    lines = [head, f"Entry: {' - '.join(fmt(v) for v in want['entries'])}"]
    if want["leverage"] is not None:
        lines.append(f"Leverage: {want['leverage']}x")
    lines += [f"TP{i}: {fmt(v)}" for i, v in enumerate(want["take_profits"], 1)]
    return [*lines, f"SL: {fmt(want['stop_loss'])}"]


def _levels(want: Want) -> set[str]:
    return {fmt(v) for v in (*want["entries"], *want["take_profits"], want["stop_loss"])}


def restated_target(rng: random.Random, want: Want) -> tuple[str, str] | None:
    i = rng.randint(1, len(want["take_profits"]))
    line = rng.choice(PLANS).format(i=i, p=fmt(want["take_profits"][i - 1]))
    return "\n".join([*_lines(rng, want), "━━━━━━", line]), EXACT


def restated_other(rng: random.Random, want: Want) -> tuple[str, str] | None:
    i = rng.randint(1, len(want["take_profits"]))
    price = fmt(float(f"{want['take_profits'][i - 1] * rng.choice((0.97, 1.03)):.5g}"))
    if price in _levels(want):
        return None
    line = rng.choice(PLANS).format(i=i, p=price)
    return "\n".join([*_lines(rng, want), "━━━━━━", line]), REFUSE


def tier_count(rng: random.Random, want: Want) -> tuple[str, str] | None:
    n = len(want["take_profits"])
    if not 2 <= n <= 9 or fmt(float(n)) in _levels(want):
        return None
    lines = _lines(rng, want)
    at = next(i for i, line in enumerate(lines) if line.startswith("TP1:"))
    heading = f"Take Profit Levels ({rng.choice(TIERS).format(n=n)}):"
    return "\n".join([*lines[:at], heading, *lines[at:]]), EXACT


def stop_hunt(rng: random.Random, want: Want) -> tuple[str, str] | None:
    way = -1 if want["side"] == "LONG" else 1  # beyond the stop, away from the entry
    price = fmt(float(f"{want['stop_loss'] * (1 + way * rng.choice((0.004, 0.01))):.5g}"))
    if price in _levels(want):
        return None
    return "\n".join([*_lines(rng, want), rng.choice(HUNTS).format(p=price)]), EXACT


def break_even_bracket(rng: random.Random, want: Want) -> tuple[str, str] | None:
    entries = want["entries"]
    mid = fmt(float(f"{(min(entries) + max(entries)) / 2:.6g}"))
    tp1 = fmt(want["take_profits"][0])
    bracket = rng.choice(BRACKETS).format(p=mid)
    line = (
        f"When the price hits TP1 ({tp1}), immediately move your Stop Loss to your Entry Price"
        f" ({bracket})."
    )
    return "\n".join([*_lines(rng, want), "Profit Locking Strategy", line]), EXACT


def tags_of_two_coins(rng: random.Random, want: Want) -> tuple[str, str] | None:
    base = want["symbol"].removesuffix("USDT")
    other = rng.choice([c for c in OTHER_COINS if c != base])
    tags = rng.choice(("${a}${b}", "${a} ${b}", "${a}\n\n${b}")).format(a=base, b=other)
    head = f"Executable trading strategy ({want['side'].lower()})"
    lines = _lines(rng, want, head)
    return "\n".join([*lines, tags]), REFUSE


MAKERS: dict[str, Callable[[random.Random, Want], tuple[str, str] | None]] = {
    "restated_target": restated_target,
    "restated_other": restated_other,
    "tier_count": tier_count,
    "stop_hunt": stop_hunt,
    "break_even_bracket": break_even_bracket,
    "tags_of_two_coins": tags_of_two_coins,
}


def lvl21_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 86028121 + 21), MAKERS, _usable)
