"""Mutation families of session 23 (issue 13, branch i13-sig24): signals refused that could be
read, each dev signal written in one of the forms this branch reads, or in a doubt of them.

- ``sig24_plan``: after the targets, the plan at them by their numbers, Russian or English
  ("Тейк 1 50%, тейк 2 50%", "TP 1 - 50%", "TP1: 50%", "1 тейк — 50%"): ``exact`` when every
  number names a target read and, written apart from its label, is far from every target's
  price; ``refuse`` when one names no target read ("Тейк 4 50%" under three) or, apart, may be
  a price (a number between half the lowest target and twice the highest).
- ``sig24_ratio``: each target with its ratio in a note: "(1;2)" typed with a semicolon, "(RR
  2x)", "R:R 3x" (a multiple blanked as no leverage): ``exact``; "(2 RR)" (a number besides the
  target before the ratio's label): ``refuse``.
- ``sig24_head``: each target's label with its share or distance alone on its line ("TP1:
  +5%", "🎯 TP1 (5%):") and its price on the line under it: ``exact``; a second bare price
  under the first label: ``refuse``.
- ``sig24_indicator``: a note naming an indicator's period or level after a target ("(20-period
  MA)", "(200 EMA)", "(RSI 30)", "(MACD 12/26)"): ``exact``.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family 'sig24*'
--seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import REFUSE, Made, Row, Want
from tests.parsers.mutations_drawn import drawn_once
from tests.parsers.mutations_wt20 import EXACT, _english, _usable
from tests.parsers.variant_forms import fmt

INDICATORS = ("(20-period MA)", "(200 EMA)", "(50 SMA)", "(RSI 30)", "(MACD 12/26)", "(2 ATR)")
HEADS = ("TP{i}: {p}%", "TP{i}: +{p}%", "🎯 TP{i} ({p}%):", "Target {i} — {p}%", "TP{i} {p}% ⬇️")


def _targets_at(lines: list[str]) -> list[int]:
    return [i for i, x in enumerate(lines) if x.startswith("TP") and x[2:3].isdigit()]


def _far(index: int, want: Want) -> bool:
    prices = want["take_profits"]
    return index > 2 * max(prices) or index < min(prices) / 2


def sig24_plan(rng: random.Random, want: Want) -> Made:
    """The plan at the targets by their numbers, under the stop."""
    lines = _english(rng, want)
    count = len(want["take_profits"])
    named = list(range(1, count + 1))[: rng.randint(1, min(3, count))]
    must = EXACT
    if rng.random() < 0.25:
        named = [count + 1]  # a target the post does not give
        must = REFUSE
    form = rng.choice(("Тейк {i} {s}%", "TP {i} - {s}%", "TP{i}: {s}%", "{i} тейк — {s}%"))
    # ("TP 1 - 50%": the lexicon's label and its index, as "TP 1 - 2.5" is; "Тейк 1 50%", "1
    # тейк": the number apart from its label.)
    apart = form in ("Тейк {i} {s}%", "{i} тейк — {s}%")
    if apart and any(not _far(i, want) for i in named):
        must = REFUSE  # a number apart that may be a price
    if not apart and must == REFUSE:
        return None  # ("TP4: 50%": a percentage target, held by another rule)
    share = rng.choice((25, 30, 50))
    plan = [form.format(i=i, s=share) for i in named]
    lines.append(", ".join(plan) if rng.random() < 0.5 else "\n".join(plan))
    return "\n".join(lines), must


def sig24_ratio(rng: random.Random, want: Want) -> Made:
    """Each target with its ratio in a note."""
    lines = _english(rng, want)
    form = rng.choice(("({a};{b})", "(RR {b}x)", "R:R {b}x", "({b} RR)"))
    for n, k in enumerate(_targets_at(lines), 1):
        lines[k] += " " + form.format(a=1, b=n + 1)
    return "\n".join(lines), REFUSE if form == "({b} RR)" else EXACT


def sig24_head(rng: random.Random, want: Want) -> Made:
    """Each target's share on its label's line, its price under it."""
    lines = _english(rng, want)
    form = rng.choice(HEADS)
    out: list[str] = []
    for line in lines:
        if line.startswith("TP") and line[2:3].isdigit():
            index, price = line[2:].split(": ")
            out += [form.format(i=index, p=rng.choice((5, 10, 25, 50))), price]
        else:
            out.append(line)
    if rng.random() < 0.25:
        at = next(i for i, x in enumerate(out) if "%" in x)
        out.insert(at + 2, fmt(want["take_profits"][0]))  # a second price under one label
        return "\n".join(out), REFUSE
    return "\n".join(out), EXACT


def sig24_indicator(rng: random.Random, want: Want) -> Made:
    """A note naming an indicator's period or level after a target."""
    lines = _english(rng, want)
    k = rng.choice(_targets_at(lines))
    lines[k] += " " + rng.choice(INDICATORS)
    return "\n".join(lines), EXACT


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "sig24_plan": sig24_plan,
    "sig24_ratio": sig24_ratio,
    "sig24_head": sig24_head,
    "sig24_indicator": sig24_indicator,
}


def sig24_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 40013 + 24), MAKERS, _usable)
