"""Mutation families of session 30 (issue 13, branch i13-values32): a dev signal's card written with
the notes, labels and rules of tests/parsers/test_values32.py beside its levels, every post made
up from a dev signal's hand-checked reading.

- ``values32_rr``: a risk-reward note after each target's price, in one of the forms channels
  write ("(RR1-2)", "RR 1:2", "R:R = 1:2.5", "(1:3 RR)", "RR: 2.5", "Соотношение 1:3", "риск/прибыль
  1 к 3"), the targets numbered ("1) 2950 (RR1-2)"), labelled ("TP1: 2950 RR 1:2") or on one line
  ("Targets: 2950 (RR1-2), 2900 (RR1-3)"), sometimes one after the entry or the stop too:
  ``exact``;
- ``values32_rr_doubt``: a ratio where a price belongs: a target line holding only a note ("TP2:
  RR 1:3", "2) (RR1-3)") or a ratio with no label ("TP2 1:3"), or a note before the target's
  price ("TP1: RR 1:2 {price}" as the card's only target): ``refuse``;
- ``values32_price``: the entry under "Price" as the card's only entry label ("Price :- {e}$ -
  {e2}$", "💰 Price: {e}"): ``exact``; "💰 Price: {e}" over the card's own entry label:
  ``exact``; a "Price" that is none of the levels beside the entry label: ``safe``;
- ``values32_rule``: a rule of dashes, underscores or "=" after the values and on lines between
  the blocks, or a tool's version after a timeframe on the entry's line ("Entry: {e} - 4H -
  1.2.3"): ``exact``.

``python -m tests.parsers.mutations --family 'values32*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import REFUSE, SAFE, Made, Row, Want, near_price
from tests.parsers.mutations_drawn import drawn_once
from tests.parsers.mutations_labels31 import _head  # the card's coin, side and leverage
from tests.parsers.mutations_wt20 import EXACT, _usable
from tests.parsers.variant_forms import fmt

# Risk-reward notes: {r} a ratio's second number (2, 3, 4, 2.5 ...).
NOTES = (
    "(RR1-{r})",
    "(RR 1-{r})",
    "(РР1-{r})",
    "(RR 1:{r})",
    "RR 1:{r}",
    "RR1:{r}",
    "(R:R 1:{r})",
    "R:R = 1:{r}",
    "R/R 1 to {r}",
    "(1:{r} RR)",
    "(1-{r}RR)",
    "RR: {r}",
    "(R:R {r})",
    "risk/reward 1:{r}",
    "Соотношение 1:{r}",
    "риск/прибыль 1 к {r}",
)
RULES = ("-------------", "______________", "==========", "------", "—————————")
VERSIONS = (" - 4H - 1.2.3", " - 15m - 2.0.1", " - 1D - v1.4.0", " | 4h | 1.2.3")
PRICE_SEPARATORS = (" :- ", " : ", ": ")


def _entry_line(want: Want, label: str = "Entry: ") -> str:
    return label + " - ".join(fmt(v) for v in want["entries"])


def _ratio(rng: random.Random, i: int) -> str:
    r = i + 1 if rng.random() < 0.7 else rng.choice((1.5, 2.5, 3.2, 4.5))
    return fmt(float(r))


def _note(rng: random.Random, form: str, i: int) -> str:
    return form.format(r=_ratio(rng, i))


def _fits(want: Want) -> bool:
    """A usable USDT signal (its coin named before "USDT")."""
    return _usable(want) and want["symbol"].endswith("USDT") and len(want["symbol"]) > 4


def values32_rr(rng: random.Random, want: Want) -> Made:
    """A risk-reward note after each target's price (and maybe after the entry or the stop)."""
    form = rng.choice(NOTES)
    glue = "" if form.startswith("(") and rng.random() < 0.3 else " "
    tps = want["take_profits"]
    way = rng.randrange(3)
    if way == 0:
        lines = ["Targets:"] + [
            f"{i}){' ' * rng.choice((1, 1, 3))}{fmt(v)}{glue}{_note(rng, form, i)}"
            for i, v in enumerate(tps, 1)
        ]
    elif way == 1:
        lines = [f"TP{i}: {fmt(v)}{glue}{_note(rng, form, i)}" for i, v in enumerate(tps, 1)]
    else:
        sep = rng.choice((", ", " / ", " - "))
        items = sep.join(f"{fmt(v)} {_note(rng, form, i)}" for i, v in enumerate(tps, 1))
        lines = [f"Targets: {items}"]
    entry = _entry_line(want)
    if len(want["entries"]) == 1 and rng.random() < 0.2:
        entry += " " + _note(rng, form, 2)
    stop = f"SL: {fmt(want['stop_loss'])}"
    if rng.random() < 0.2:
        stop += " " + _note(rng, form, 0)
    return "\n".join([*_head(rng, want), entry, *lines, stop]), EXACT


def values32_rr_doubt(rng: random.Random, want: Want) -> Made:
    """A ratio where a target's price belongs: never a target."""
    tps = want["take_profits"]
    way = rng.randrange(3)
    if way == 0 and len(tps) >= 2:
        # the last target's line holds only the note
        lines = [f"TP{i}: {fmt(v)} RR 1:{i + 1}" for i, v in enumerate(tps[:-1], 1)]
        n = len(tps)
        # ("TP9 1:10": a "time" after a target's label is kept since i13-cards33, and refused.)
        r = n + 1
        lines.append(rng.choice((f"TP{n}: RR 1:{n + 1}", f"TP{n}: (RR1-{n + 1})", f"TP{n} 1:{r}")))
    elif way == 1 and len(tps) >= 2:
        lines = ["Targets:"] + [f"{i}) {fmt(v)} (RR1-{i + 1})" for i, v in enumerate(tps[:-1], 1)]
        lines.append(f"{len(tps)}) (RR1-{len(tps) + 1})")
    else:
        # the note before the card's only target's price
        lines = [f"TP: {rng.choice(('RR 1:2', 'R:R 1:3', '(RR1-2)'))} {fmt(tps[0])}"]
        if len(tps) > 1:
            return None
    stop = f"SL: {fmt(want['stop_loss'])}"
    return "\n".join([*_head(rng, want), _entry_line(want), *lines, stop]), REFUSE


def values32_price(rng: random.Random, want: Want) -> Made:
    """The entry under "Price", the card's only entry label; or "Price" beside the entry."""
    e = want["entries"]
    tps = " - ".join(f"{fmt(v)}$" for v in want["take_profits"])
    targets = f"Targets :- {tps}"
    stop = f"SL :- {fmt(want['stop_loss'])}$"
    way = rng.random()
    if way < 0.5 and len(e) <= 2:
        dollar = "$" if rng.random() < 0.6 else ""
        line = f"Price{rng.choice(PRICE_SEPARATORS)}" + " - ".join(f"{fmt(v)}{dollar}" for v in e)
        if rng.random() < 0.3:
            line = "💰 " + line
        tail = (
            [rng.choice(("Time :- 2 to 4 days", "Hold :- 1 to 3 days"))]
            if rng.random() < 0.4
            else []
        )
        return "\n".join([*_head(rng, want), line, targets, stop, *tail]), EXACT
    if way < 0.8:
        line = f"💰 Price: {fmt(e[0])}"
        return "\n".join([*_head(rng, want), line, _entry_line(want), targets, stop]), EXACT
    line = f"💰 Price: {near_price(rng, want)}"
    return "\n".join([*_head(rng, want), line, _entry_line(want), targets, stop]), SAFE


def values32_rule(rng: random.Random, want: Want) -> Made:
    """Rules after the values and between the blocks; a version after a timeframe."""
    rule = rng.choice(RULES)
    after = rng.random() < 0.7
    entry = _entry_line(want)
    if len(want["entries"]) == 1 and rng.random() < 0.3:
        entry += rng.choice(VERSIONS)
    elif after:
        entry += " " + rule
    tps = [
        f"TP{i}: {fmt(v)}" + (f" {rule}" if after else "")
        for i, v in enumerate(want["take_profits"], 1)
    ]
    stop = f"SL: {fmt(want['stop_loss'])}" + (f" {rule}" if after else "")
    lines = [*_head(rng, want), rule, entry, rule, *tps, rule, stop, rule]
    return "\n".join(lines), EXACT


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "values32_rr": values32_rr,
    "values32_rr_doubt": values32_rr_doubt,
    "values32_price": values32_price,
    "values32_rule": values32_rule,
}


def values32_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 40032 + 32), MAKERS, _fits)
