"""Mutation families of session 24 (issue 13, branch i13-sig25): signals refused that could be
read, each dev signal written in one of the forms this branch reads, or in a doubt of them.

- ``sig25_metric``: after the card, an analysis line giving a market figure's percentage after
  "at" ("Funding rate at -0.05%", "Depth imbalance at -20.59%", "Dominance at 57%"):
  ``exact``; an entry told as a percentage the same way ("Add more at -3%", "DCA at -5%"), or
  the figure's line under a card whose stop line was dropped: ``refuse``.
- ``sig25_table``: the card as a markdown table ("| Parameter | Value | Rationale |", "| Entry |
  0.6330 | ... |", "| TP 1 (Target) | ... |", "| SL (Stop Loss) | ... |"), a one-price entry
  also as the market price with its value ("Current Market Price (approx. $0.6330)"):
  ``exact``; the entry cell told in words before its price ("Buy the dip near 0.6330 or
  lower"): ``refuse``.
- ``sig25_fib``: a Fibonacci ratio in a note right after a target's or the entry's price
  ("(1.618 extension)", "(0.618 retracement)", "(golden pocket 0.618-0.65)"): ``exact``, or
  ``refuse`` when a ratio may be a price of the coin (inside the price window of the price
  before it: "0.4690 (0.618 Fib)"); the
  ratio where a target's price belongs ("TP2: (1.618 extension)") or offered as an alternative
  ("(or 1.618 ext)"): ``refuse``.
- ``sig25_ratio_list``: the targets on one line, each with its ratio in parentheses ("TP:
  148.00 (1:1) | 152.50 (1:2)"): ``exact``; the ratio's label inside the parentheses ("(R:R
  1:1)", "(RR 1)"): ``refuse`` until session 30 (main traded the first target alone), ``exact``
  since (the note blanked whole, parsers/ratio_notes.py; branch i13-values32).
- ``sig25_entry_note``: a note in brackets after the first entry naming a price of the coin
  near it ("(4H demand 142.6)", "(retest of the breakout 142.5)"): ``refuse`` (main traded it
  as one more entry); the note naming the zone's other end ("(with a maximum value ...)") for
  a two-price entry written as one price and its note: ``exact``.
- ``sig25_crowd``: a line of the funding's payers above the card, the other side's crowd first
  ("Funding is positive: buyers (longs) are paying sellers (shorts).", "shorts pay longs"):
  ``exact`` (the crowd's word was the side read, and the post was refused for its levels).

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family 'sig25*'
--seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator

from parsers.price_window import price_window
from tests.parsers.mutation_post import REFUSE, Made, Row, Want
from tests.parsers.mutations_drawn import drawn_once
from tests.parsers.mutations_wt20 import EXACT, _english, _usable
from tests.parsers.variant_forms import fmt

FIGURES = (
    "Funding rate at {s}{p}%",
    "1) Funding rate at {s}{p}%, extremely negative; 2) Open interest remains stable",
    "Depth imbalance at {s}{p}%, with buy-side thickness exceeding sell-side",
    "Dominance at {p}% keeps alts under pressure",
    "Win rate at {p}% on this setup",
    "RSI at {p}% is high but not a reason to fade the move",
    "Implied volatility at {p}%",
)
ENTRY_PERCENTS = (
    "Add more at -{p}%",
    "DCA at -{p}%",
    "Funding rate is positive, add more at -{p}%",
)
RATIONALES = (
    "Enter on the continued move after the rejection.",
    "Initial target at a minor previous support level.",
    "Stronger target near the bottom of the range.",
    "Set beyond the recent consolidation high.",
)
WORDED = (
    "Buy the dip near {p} or lower if it comes",
    "Wait for a break and close beyond {p}",
    "on a retest of the {p} level after the breakout",
)

FIB_NOTES = (
    "(1.618 extension)",
    "(1.272 ext)",
    "(0.618 retracement)",
    "(golden pocket 0.618-0.65)",
    "(0.5 Fib)",
    "(weekly Fibonacci 2.618 extension)",
)


def sig25_metric(rng: random.Random, want: Want) -> Made:
    """A market figure's percentage after "at" in an analysis line under the card."""
    lines = _english(rng, want)
    sign = rng.choice(("-", ""))  # ("+65%" under a card is read as a gain told: a report)
    share = rng.choice((0.05, 0.5758, 2.5, 20.59, 57, 65))
    if rng.random() < 0.25:
        line = rng.choice(ENTRY_PERCENTS).format(p=rng.choice((3, 5, 10)))
        return "\n".join([*lines, "Logic: " + line + "."]), REFUSE
    line = rng.choice(FIGURES).format(s=sign, p=share)
    if rng.random() < 0.2:
        return "\n".join([*lines[:-1], "Logic: " + line + "."]), REFUSE  # no stop line
    return "\n".join([*lines, "Logic: " + line + "."]), EXACT


def sig25_table(rng: random.Random, want: Want) -> Made:
    """The card as a markdown table, a rationale after each value."""
    entries = want["entries"]
    value = " - ".join(fmt(v) for v in entries)
    must = EXACT
    draw = rng.random()
    if len(entries) == 1 and draw < 0.3:
        value = f"Current Market Price (approx. ${fmt(entries[0])})"
    elif len(entries) == 1 and draw < 0.5:
        value = rng.choice(WORDED).format(p=fmt(entries[0]))
        must = REFUSE
    head = _english(rng, want)[0]
    rows = [head, "Trade Setup:", "| Parameter | Value | Rationale |", "|---|---|---|"]
    rows.append(f"| Entry | {value} | {RATIONALES[0]} |")
    if want["leverage"] is not None:
        rows.append(f"| Leverage | {want['leverage']}x | Moderate. |")
    for i, v in enumerate(want["take_profits"], 1):
        rows.append(f"| TP {i} (Target) | {fmt(v)} | {RATIONALES[1 if i == 1 else 2]} |")
    rows.append(f"| SL (Stop Loss) | {fmt(want['stop_loss'])} | {RATIONALES[3]} |")
    return "\n".join(rows), must


def sig25_fib(rng: random.Random, want: Want) -> Made:
    """A Fibonacci ratio in a note right after a level's price."""
    lines = _english(rng, want)
    targets = [i for i, x in enumerate(lines) if x.startswith("TP") and x[2:3].isdigit()]
    draw = rng.random()
    if draw < 0.15:
        k = rng.choice(targets)
        lines[k] = lines[k].split(": ")[0] + ": " + rng.choice(FIB_NOTES[:2])  # no price
        return "\n".join(lines), REFUSE
    if draw < 0.3:
        k = rng.choice(targets)
        lines[k] += " (or " + rng.choice(("1.618 ext", "1.272 extension")) + ")"
        return "\n".join(lines), REFUSE
    k = rng.choice([1, *targets])  # the entry's line or a target's
    note = rng.choice(FIB_NOTES)
    price = float(lines[k].split(": ", 1)[1].split(" - ")[-1])
    lowest, highest = price_window([price])
    ratios = [float(x) for x in re.findall(r"[0-9]\.[0-9]+", note)]
    inside = any(lowest <= x <= highest for x in ratios)
    if inside and not note[1].isdigit():
        return None  # ("(weekly Fibonacci 2.618 extension)": the name first, chart_notes' form)
    levels = {float(v) for v in re.findall(r"[0-9]+(?:\.[0-9]+)?", "\n".join(lines[1:]))}
    if any(x in levels for x in ratios):
        # ("Entry: 0.48 - 0.5 (0.5 Fib)": the ratio is a price the card gives anyway, so no level
        # is in doubt; the harness's seed 3 at the session-24 merge.)
        return None
    lines[k] += " " + note
    # (A ratio that may be a price of this coin, "0.4690 (0.618 Fib)", is a doubt weighed.)
    return "\n".join(lines), REFUSE if inside else EXACT


def sig25_ratio_list(rng: random.Random, want: Want) -> Made:
    """The targets on one line, each with its ratio note in parentheses."""
    if len(want["take_profits"]) < 2:
        return None
    lines = _english(rng, want)
    targets = [i for i, x in enumerate(lines) if x.startswith("TP") and x[2:3].isdigit()]
    labelled = rng.random() < 0.5
    form = rng.choice(("(R:R 1:{n})", "(RR {n})", "(R/R 1:{n})")) if labelled else "(1:{n})"
    sep = rng.choice((" | ", " / ", ", "))
    notes = [f"{fmt(v)} {form.format(n=n)}" for n, v in enumerate(want["take_profits"], 1)]
    lines[targets[0] : targets[-1] + 1] = ["TP: " + sep.join(notes)]
    return "\n".join(lines), EXACT  # (labelled or not: a note, never a price; session 30)


ENTRY_NOTES = (
    "(4H demand {p})",
    "(retest of the breakout {p})",
    "(inside the order block near {p})",
    "(mid {p})",
)


def sig25_entry_note(rng: random.Random, want: Want) -> Made:
    """A note in brackets after the first entry, naming a price of the coin near it."""
    lines = _english(rng, want)
    entries = want["entries"]
    if len(entries) == 2 and rng.random() < 0.3:
        word = "maximum" if entries[1] > entries[0] else "minimum"
        lines[1] = f"Entry: {fmt(entries[0])}(with a {word} value {fmt(entries[1])})"
        return "\n".join(lines), EXACT
    levels = {fmt(v) for v in (*entries, *want["take_profits"], want["stop_loss"])}
    near = fmt(float(f"{entries[0] * rng.choice((0.995, 0.99, 1.005)):.5g}"))
    if near in levels:
        return None
    head, rest = lines[1].split(": ", 1)
    first, sep, more = rest.partition(" - ")
    note = rng.choice(ENTRY_NOTES).format(p=near)
    lines[1] = f"{head}: {first} {note}{sep}{more}"
    return "\n".join(lines), REFUSE


CROWD_LINES = (
    "Funding is {sign}: buyers ({a}s) are paying sellers ({b}s).",
    "Funding flipped {sign}, {a}s pay {b}s every 8h.",
    "{A}s paying {b}s right now, a crowded trade.",
)


def sig25_crowd(rng: random.Random, want: Want) -> Made:
    """A line of the funding's payers above the card, the other side's crowd named first."""
    lines = _english(rng, want)
    side = want["side"].lower()
    other = "short" if side == "long" else "long"
    line = rng.choice(CROWD_LINES).format(
        sign="positive" if other == "long" else "negative", a=other, b=side, A=other.title()
    )
    return "\n".join([line, *lines]), EXACT


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "sig25_metric": sig25_metric,
    "sig25_table": sig25_table,
    "sig25_fib": sig25_fib,
    "sig25_ratio_list": sig25_ratio_list,
    "sig25_entry_note": sig25_entry_note,
    "sig25_crowd": sig25_crowd,
}


def sig25_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 40013 + 25), MAKERS, _usable)
