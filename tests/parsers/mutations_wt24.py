"""Mutation families of session 23 (issue 13, branch i13-wt24): the forms of the wrong trades the
lead counted in held out (in general terms only), each dev signal written in one of them.

- ``report_line``: the card beside a line telling what the trade made or how long it ran
  ("Profit: 17.1% 📈", "Period: 3 Hours 12 Minutes", "Gain: +17%", "💰 PROFIT 💰" over it):
  ``refuse`` (a report quoting the call);
- ``struck_target``: the first target struck through ("~~4.1~~", "<s>4.1</s>"): ``refuse``;
- ``marked_target``: the first target ticked with its gain and a later one pending, or its gain
  and a mark with the later ones bare: ``refuse``;
- ``doubt_line``: the card with a line that puts it in doubt (an example, new levels, a
  condition on another market, the call given for another coin; English and Russian):
  ``refuse``;
- ``question_level``: the stop written with a question mark: ``refuse``;
- ``percent_item``: the targets on one line with a percentage as one more item: ``refuse``;
- ``projection``: the card with a projection no report makes ("Potential profit: +17%",
  "Holding period: 2 weeks"): ``exact``.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'wt24*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import REFUSE, Made, Row, Want
from tests.parsers.mutations_drawn import drawn_once
from tests.parsers.mutations_wt20 import EXACT, _english, _usable
from tests.parsers.mutations_wt22 import _plain
from tests.parsers.variant_forms import fmt

OTHERS = ("DOT", "ATOM", "NEAR", "AVAX")
REPORTS = (
    "Period: 3 Hours 12 Minutes",
    "Period: 8 Days ⏰",
    "⏳ Period: 52 min",
    "Profit: 17.1% 📈",
    "Profit: 51.7% (5x)",
    "Profit: 34.6535%",
    "Gain: +17%",
    "PnL: +170%",
    "+17% profit 🚀",
    "Profit 17% ✅",
    "#PROFIT 17% ON 10X",
    "Прибыль: +17%",
)
HEADINGS = ("💰 PROFIT 💰", "🎯🎯 TP1 🎯🎯", "🔥 PROFIT 🔥")
DOUBTS = (
    "Example:",
    "For example:",
    "(this is just an example)",
    "How to read our signals 👇",
    "New levels:",
    "Updated levels ☝️",
    "(only if BTC stays above 60k)",
    "Wait for confirmation before entering",
    "Same for #{other}",
    "Also valid for ${other}",
    "Пример:",
    "Новые уровни ☝️",
    "Повтор сигнала",
    "Ждём подтверждения",
    "То же самое по #{other}",
)
PROJECTIONS = ("Potential profit: +17%", "Expected gain: 17% 📈", "Holding period: 2 weeks")


def _targets_at(lines: list[str]) -> list[int]:
    return [i for i, x in enumerate(lines) if x.startswith("TP") and x[2:3].isdigit()]


def report_line(rng: random.Random, want: Want) -> Made:
    """The card beside a result line, or under a heading naming a result."""
    lines = _english(rng, want)
    if rng.random() < 0.75:
        lines.insert(len(lines) if rng.random() < 0.7 else 0, rng.choice(REPORTS))
    else:
        lines.insert(0, rng.choice(HEADINGS))
    return "\n".join(lines), REFUSE


def struck_target(rng: random.Random, want: Want) -> Made:
    """The first target struck through."""
    lines = _english(rng, want)
    k = _targets_at(lines)[0]
    value = fmt(want["take_profits"][0])
    form = rng.choice(("~~{v}~~", "<s>{v}</s>", "~{v}~", "<del>{v}</del>"))
    lines[k] = f"TP1: {form.format(v=value)}"
    return "\n".join(lines), REFUSE


def marked_target(rng: random.Random, want: Want) -> Made:
    """The first target ticked with its gain and a later one pending, or its gain and a mark."""
    if len(want["take_profits"]) < 2:
        return None
    lines = _english(rng, want)
    at = _targets_at(lines)
    if rng.random() < 0.5:
        lines[at[0]] += rng.choice((" ✅ (+17%)", " ✔️"))
        lines[at[1]] += rng.choice((" ⏳", " ⌛"))
    else:
        lines[at[0]] += rng.choice((" 🔥 +17%", " +17% 💸", " +12.5% 🚀"))
    return "\n".join(lines), REFUSE


def doubt_line(rng: random.Random, want: Want) -> Made:
    """The card with a line that puts it in doubt."""
    base = _plain(want)
    if base is None:
        return None
    other = rng.choice([c for c in OTHERS if c != base])
    line = rng.choice(DOUBTS).format(other=other)
    lines = _english(rng, want)
    if line.startswith("("):
        lines[0] += " " + line
    elif line.endswith((":", "👇")) or line in ("Повтор сигнала",):
        lines.insert(0, line)
    else:
        lines.append(line)
    return "\n".join(lines), REFUSE


def question_level(rng: random.Random, want: Want) -> Made:
    """The stop written with a question mark."""
    lines = _english(rng, want)
    lines[-1] += rng.choice(("?", " ?", "??"))
    return "\n".join(lines), REFUSE


def percent_item(rng: random.Random, want: Want) -> Made:
    """The targets on one line with a percentage as one more item."""
    if len(want["take_profits"]) < 2:
        return None
    lines = _english(rng, want)
    at = _targets_at(lines)
    sep = rng.choice((" / ", " - ", ", ", " "))
    values = [fmt(v) for v in want["take_profits"]]
    row = "Targets: " + sep.join([*values, rng.choice(("10%", "+10%", "30%+", "25 %"))])
    lines[at[0] : at[-1] + 1] = [row]
    return "\n".join(lines), REFUSE


def projection(rng: random.Random, want: Want) -> Made:
    """The card with a projection no report makes."""
    return "\n".join([*_english(rng, want), rng.choice(PROJECTIONS)]), EXACT


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "report_line": report_line,
    "struck_target": struck_target,
    "marked_target": marked_target,
    "doubt_line": doubt_line,
    "question_level": question_level,
    "percent_item": percent_item,
    "projection": projection,
}


def wt24_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 40013 + 24), MAKERS, _usable)
