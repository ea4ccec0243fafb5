"""Mutation families of session 19 (issue 13, branch i13-wt20): the forms that made wrong trades,
each dev signal written in one of them.

- ``trigger_line``: a trigger price on a line of its own above or below the entry ("Trigger
  price: 0.535", "Activation price: ...", "Entry trigger: ..."), a price near the entry that is
  none of the levels: ``refuse`` (the entry waits for the trigger; a plain limit could fill at
  once, and which way the trigger is crossed is not said).
- ``entry_cross``: a one-entry signal whose entry waits for a cross the side's own way ("Long if
  it reclaims 0.53", "Entry: 0.53 once broken", "Entry: 0.45 (on 4H close below)"): ``exact``,
  read as a stop entry (the harness judges it with the "stop" flag, as the corpus labels do).
- ``target_count``: a count of the targets under them ("Targets: 3", "Total targets: 3",
  "Take-Profit: 3 targets"): ``exact``, never one more target at 3.
- ``ticked_report``: the signal quoted with its first targets ticked off after their prices
  ("TP1: 0.56 ✅"), the rest and the stop bare: ``refuse`` (a report, no new trade).
- ``hedged_heading``: a heading that hedges the call ("Possible long on #ADA", "Watching #ADA
  for a long", "on my watchlist", "not entering yet"): ``refuse``.
- ``btc_note``: a note on bitcoin under the levels ("BTC looks weak, manage risk"), a USDT pair:
  ``exact``, never the coin quoted in BTC.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations
--family wt20_mutations --seeds 1`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from tests.parsers.mutation_post import EXACT, REFUSE, Row, Want, build
from tests.parsers.mutations_drawn import every_maker
from tests.parsers.variant_forms import fmt
from tests.parsers.variants import _symbol_forms

TRIGGER_LINES = (
    "Trigger price: {p}",
    "Trigger: {p}",
    "Activation price: {p}",
    "Entry trigger: {p}",
    "⚡️ Trigger @ {p}",
    "Trigger Entry - {p}",
)
# {e}: the entry; the way the entry's own side crosses it.
CROSS_LINES = {
    "LONG": (
        "Long if it reclaims {e}",
        "Buy when it reclaims {e}",
        "Entry: {e} once broken",
        "Entry: {e} (on 4H close above)",
        "Entry: {e} after a daily close above",
        "Long once {e} is broken",
    ),
    "SHORT": (
        "Short if it loses {e}",
        "Short on loss of {e}",
        "Entry: {e} once broken",
        "Entry: {e} (on 4H close below)",
        "Entry: {e} once lost",
        "Short once {e} is broken",
    ),
}
COUNT_LINES = (
    "Targets: {n}",
    "Total targets: {n}",
    "Take-Profit: {n} targets",
    "Number of targets: {n}",
    "TPs: {n}",
)
TICKS = (" ✅", "✅", " ✔️", " ✅ hit")
HEDGES = (
    "Possible {side} on {coin}",
    "Watching {coin} for a {side}",
    "{coin} might be a {side} here",
    "Thinking about {side}ing {coin}",
    "{coin} on my watchlist",
    "Early call, not entering yet",
)
BTC_NOTES = (
    "BTC looks weak, manage risk",
    "Bitcoin dominance rising, be careful",
    "BTC and ETH are ranging",
    "btc pump could drag alts",
)


def _usable(want: Want) -> bool:
    return bool(want["entries"] and want["take_profits"]) and want["stop_loss"] is not None


def _english(rng: random.Random, want: Want, entry: list[str] | None = None) -> list[str]:
    """The reading in plain English lines: head, entry, leverage, targets one a line, stop."""
    head = f"{rng.choice(_symbol_forms(want['symbol']))} {want['side']}"
    lines = [head, *(entry or [f"Entry: {' - '.join(fmt(v) for v in want['entries'])}"])]
    if want["leverage"] is not None:
        lines.append(f"Leverage: {want['leverage']}x")
    lines += [f"TP{i}: {fmt(v)}" for i, v in enumerate(want["take_profits"], 1)]
    return [*lines, f"SL: {fmt(want['stop_loss'])}"]


def trigger_line(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not _usable(want):
        return None
    entry = want["entries"][0]
    way = 1 if want["side"] == "LONG" else -1
    levels = {fmt(v) for v in (*want["entries"], *want["take_profits"], want["stop_loss"])}
    price = fmt(float(f"{entry * (1 + way * rng.choice((0.002, 0.005, 0.01))):.5g}"))
    if price in levels:
        return None
    post = build(rng, want)
    line = rng.choice(TRIGGER_LINES).format(p=price)
    if rng.random() < 0.5:
        post.entry.insert(0, line)
    else:
        post.entry.append(line)
    return post.text(), REFUSE


def entry_cross(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not _usable(want) or len(want["entries"]) != 1:
        return None
    line = rng.choice(CROSS_LINES[want["side"]]).format(e=fmt(want["entries"][0]))
    return "\n".join(_english(rng, want, [line])), EXACT


def target_count(rng: random.Random, want: Want) -> tuple[str, str] | None:
    n = len(want["take_profits"])
    if not _usable(want) or not 2 <= n <= 10:
        return None
    post = build(rng, want)
    post.tp.append(rng.choice(COUNT_LINES).format(n=n))
    return post.text(), EXACT


def ticked_report(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not _usable(want):
        return None
    lines = _english(rng, want)
    first = next(i for i, line in enumerate(lines) if line.startswith("TP1:"))
    hit = rng.randint(1, len(want["take_profits"]))
    tick = rng.choice(TICKS)
    for i in range(first, first + hit):
        lines[i] += tick
    return "\n".join(lines), REFUSE


def hedged_heading(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not _usable(want):
        return None
    coin = "#" + want["symbol"].removesuffix("USDT")
    side = want["side"].lower()
    post = build(rng, want)
    post.head.insert(0, rng.choice(HEDGES).format(coin=coin, side=side))
    return post.text(), REFUSE


def btc_note(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not _usable(want) or not want["symbol"].endswith("USDT") or "BTC" in want["symbol"]:
        return None
    return "\n".join([*_english(rng, want), rng.choice(BTC_NOTES)]), EXACT


MAKERS = {
    "trigger_line": trigger_line,
    "entry_cross": entry_cross,
    "target_count": target_count,
    "ticked_report": ticked_report,
    "hedged_heading": hedged_heading,
    "btc_note": btc_note,
}


def wt20_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once in each family that applies to it."""
    rng = random.Random(seed * 49979687 + 20)
    yield from every_maker(rng, MAKERS)
