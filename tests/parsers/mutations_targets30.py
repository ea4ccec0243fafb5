"""Mutation families of session 28 (issue 13, branch i13-targets30): target lists read with numbers
that are no targets, or twice, and side words that are no side (the shapes the lead's masked
held-out aggregates named, in general terms only; every post written here is made up from a dev
signal's hand-checked reading).

- ``targets30_note``: the targets one a line under "Targets:", each (or each but the last) with a
  small number after it: an index, a ratio, a percent or a count ("4.80 ➡️ 2", "4.80 | 2.0",
  "4.80 ROI 4", "4.80 (2)"): ``exact`` (the notes are no targets);
- ``targets30_twice``: the targets given twice, a short list then the full numbered one, or the
  same list under another heading: ``exact`` (one list, the fuller);
- ``targets30_disagree``: two target lists that differ in their last target: ``refuse``;
- ``targets30_side``: the card with no side word of its own and a line using the other side's
  word for no side ("Shorts getting squeezed 🚀", "Timeframe: short", "Not a short!", "Short
  stop" on a long's card): ``exact`` (the levels give the side).

``python -m tests.parsers.mutations --family 'targets30*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import REFUSE, Made, Row, Want
from tests.parsers.mutations_drawn import drawn_once
from tests.parsers.mutations_wt20 import EXACT, _usable
from tests.parsers.variant_forms import fmt

# A note after a target: its form with {n}, the note's number.
NOTES = (
    "➡️ {n}",
    "→ {n}",
    "| {n}.0",
    "- {n}",
    "— {n}",
    "({n})",
    "[{n}]",
    "= {n}",
    "~{n}",
    "ROI {n}",
    "RRR {n}",
    "+{n}",
    "({n} pct)",
    "- {n} days",
)
# Other-side words that name no side: {side} is the word the card does not trade.
NO_SIDE = {
    "LONG": (
        "Shorts getting squeezed 🚀",
        "Timeframe: short",
        "Holding period: short",
        "Not a short!",
        "Avoid shorting here",
        "Scalp (short timeframe)",
    ),
    "SHORT": (
        "Longs getting liquidated 🔻",
        "Timeframe: long",
        "Holding period: long",
        "Not a long!",
        "Avoid longing here",
        "Swing (long timeframe)",
    ),
}
STOP_SIZED = {"LONG": "Short stop: {sl}", "SHORT": "Long stop: {sl}"}


def _head(rng: random.Random, want: Want, side: bool = True) -> list[str]:
    base = want["symbol"][:-4] if want["symbol"].endswith("USDT") else want["symbol"]
    coin = rng.choice((f"#{base}/USDT", f"{base}/USDT", f"#{want['symbol']}"))
    lines = [f"{coin} {want['side']}" if side else coin]
    lines.append(f"Entry: {' - '.join(fmt(v) for v in want['entries'])}")
    if want["leverage"] is not None:
        lines.append(f"Leverage: {want['leverage']}x")
    return lines


def _fits(want: Want) -> bool:
    """A usable USDT signal of two targets or more, running strictly one way."""
    tps = want["take_profits"]
    if not _usable(want) or len(tps) < 2 or not want["symbol"].endswith("USDT"):
        return False
    pairs = list(zip(tps, tps[1:], strict=False))
    return all(a < b for a, b in pairs) or all(a > b for a, b in pairs)


def targets30_note(rng: random.Random, want: Want) -> Made:
    """The targets one a line, with a note after each (or each but the last)."""
    tps = want["take_profits"]
    step = rng.choice((1, 2))
    numbers = [step * (i + 1) for i in range(len(tps))]
    levels = {*want["entries"], *tps, want["stop_loss"]}
    if any(float(n) in levels for n in numbers):
        return None
    low, high = min(tps), max(tps)
    if any(low <= n <= high for n in numbers):
        return None  # (a note among the targets' values could be a target)
    form = rng.choice(NOTES)
    last = rng.random() < 0.3
    rows = [
        f"{fmt(v)} {form.format(n=n)}" if (i < len(tps) - 1 or last) else fmt(v)
        for i, (v, n) in enumerate(zip(tps, numbers, strict=True))
    ]
    lines = [*_head(rng, want), "Targets:", *rows, f"SL: {fmt(want['stop_loss'])}"]
    return "\n".join(lines), EXACT


def targets30_twice(rng: random.Random, want: Want) -> Made:
    """The targets given twice: a short list, then the full numbered one (or the same list)."""
    tps = [fmt(v) for v in want["take_profits"]]
    if len(tps) > 6:
        return None
    short = tps[:2] if len(tps) > 2 and rng.random() < 0.7 else tps
    lines = [*_head(rng, want), f"Targets: {rng.choice((' - ', ', ', ' / ')).join(short)}"]
    if rng.random() < 0.5:
        lines.append(f"SL: {fmt(want['stop_loss'])}")
    lines.append(rng.choice(("", "Take profit:", "🎯 Targets")))
    lines += [f"TP{i}: {v}" for i, v in enumerate(tps, 1)]
    if not lines[-len(tps) - 1]:
        lines.pop(-len(tps) - 1)
    if "SL: " not in "\n".join(lines):
        lines.append(f"SL: {fmt(want['stop_loss'])}")
    return "\n".join(lines), EXACT


def targets30_disagree(rng: random.Random, want: Want) -> Made:
    """Two target lists that differ in their last target."""
    tps = want["take_profits"]
    if len(tps) < 3 or len(tps) > 6:
        return None
    way = 1 if tps[1] > tps[0] else -1
    other = float(f"{tps[-1] + way * abs(tps[-1] - tps[-2]) * 0.5:.6g}")
    if other in tps:
        return None
    first = [fmt(v) for v in tps[:-1]] + [fmt(other)]
    lines = [*_head(rng, want), f"Targets: {' - '.join(first)}", f"SL: {fmt(want['stop_loss'])}"]
    lines += ["Targets:", *(f"{i}) {fmt(v)}" for i, v in enumerate(tps, 1))]
    return "\n".join(lines), REFUSE


def targets30_side(rng: random.Random, want: Want) -> Made:
    """The card with no side word of its own and the other side's word used for no side."""
    lines = _head(rng, want, side=False)
    lines += [f"TP{i}: {fmt(v)}" for i, v in enumerate(want["take_profits"], 1)]
    if rng.random() < 0.25:
        lines.append(STOP_SIZED[want["side"]].format(sl=fmt(want["stop_loss"])))
    else:
        lines.append(f"SL: {fmt(want['stop_loss'])}")
        line = rng.choice(NO_SIDE[want["side"]])
        lines.insert(1 if rng.random() < 0.3 else len(lines), line)
    return "\n".join(lines), EXACT


MAKERS: dict[str, Callable[[random.Random, Want], Made]] = {
    "targets30_note": targets30_note,
    "targets30_twice": targets30_twice,
    "targets30_disagree": targets30_disagree,
    "targets30_side": targets30_side,
}


def targets30_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once, in one family drawn for it (that applies to it)."""
    return drawn_once(random.Random(seed * 40013 + 30), MAKERS, _fits)
