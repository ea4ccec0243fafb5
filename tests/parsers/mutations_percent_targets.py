"""Mutation families of session 19 (issue 13, branch i13-pct20): targets given as percentages,
the convention of tests/fixtures/corpus/CONVENTIONS.md ("Targets given as percentages").

- ``pct_targets``: a dev signal with its targets written only as percentages ("Targets: 5% 10%
  15%", "TP: %5-%10-%15", "🎯 Targets 30% - 60% - 100%", "Take profit: 20% - 40%", "TP1: 5%" on
  lines of their own, "TARGET 10-100% ON 10X LEV" under that leverage), its entries, stop and
  leverage as the dev reading gives them: ``exact`` against that reading with no targets. A
  target price worked out from a percentage is a level the dev reading does not hold: a wrong
  trade.
- ``pct_target_doubt``: the same percentages where they are not the post's targets to set: one
  target given as a percentage beside the others as prices (a target left unread), the
  percentages marked hit ("Take profit: 20% ✅": a report under a restated signal), or the stop
  given as a percentage: ``refuse``.
- ``pct_entry``: the entry given as a distance from the price now ("Entry: -2% from current",
  "Entry: 1.5% below market price") over the dev targets and stop: ``refuse`` (a price the post
  does not hold, never an entry at market).

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations
--family percent_target_mutations --seeds 1`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from tests.parsers.mutation_post import EXACT, REFUSE, Row, Want
from tests.parsers.variant_forms import fmt
from tests.parsers.variants import _symbol_forms

PCTS = ("2", "3", "5", "7.5", "10", "15", "20", "25", "30", "50", "60", "100", "150")


def _percents(rng: random.Random, n: int) -> list[str]:
    picked = sorted(rng.sample(PCTS, n), key=float)
    return picked


def _target_lines(rng: random.Random, want: Want) -> list[str]:
    """The targets written only as percentages, in one of the forms channels use."""
    p = _percents(rng, rng.choice((1, 2, 3, 3, 4)))
    lev = want["leverage"]
    forms = [
        lambda: [f"Targets: {' '.join(x + '%' for x in p)}"],
        lambda: [f"TP: {'-'.join('%' + x for x in p)}"],
        lambda: [f"🎯 Targets {' - '.join(x + '%' for x in p)}"],
        lambda: [f"Take profit: {' - '.join(x + '%' for x in p)}"],
        lambda: [f"TP{i}: {x}%" for i, x in enumerate(p, 1)],
        lambda: [f"Target: +{p[0]}%"],
        lambda: [f"Targets: {', '.join(x + '%' for x in p)}"],
        lambda: ["Targets:", *(f"{i}) {x}%" for i, x in enumerate(p, 1))],  # a list under it
        lambda: [f"Target {i} - {x}%" for i, x in enumerate(p, 1)],
        lambda: [f"TP: {' / '.join(x + '%' for x in p)} profit"],
    ]
    if len(p) >= 2:  # (a range beyond five times is a price and its share: a miss, at most)
        forms.append(lambda: [f"Target: {p[0]}-{p[-1]}%"])
        if lev is not None:
            forms.append(lambda: [f"TARGET {p[0]}-{p[-1]}% ON {lev}X LEV"])
    return rng.choice(forms)()


def _post(rng: random.Random, want: Want, tp: list[str], entry: list[str] | None = None) -> str:
    side = "LONG" if want["side"] == "LONG" else "SHORT"
    lines = [f"{rng.choice(_symbol_forms(want['symbol']))} {rng.choice((side, side.title()))}"]
    if entry is None:
        label = rng.choice(("Entry", "Entry zone", "Buy zone" if side == "LONG" else "Sell zone"))
        entry = [
            f"{label}: {rng.choice((' - ', ' / ', ', ')).join(fmt(v) for v in want['entries'])}"
        ]
    lines += entry
    if want["leverage"] is not None:
        lines.append(f"Leverage: {want['leverage']}x")
    lines += tp
    if want["stop_loss"] is not None:
        lines.append(f"{rng.choice(('SL', 'Stop loss', 'Stop'))}: {fmt(want['stop_loss'])}")
    return "\n".join(lines)


def _usable(want: Want) -> bool:
    return bool(want["entries"]) and len(want["entries"]) <= 4


def pct_targets(rng: random.Random, want: Want) -> tuple[str, Want] | None:
    """The dev reading with its targets given only as percentages: exact with no targets."""
    if not _usable(want):
        return None
    return _post(rng, want, _target_lines(rng, want)), {**want, "take_profits": []}


def pct_target_doubt(rng: random.Random, want: Want) -> str | None:
    """Percentages that are no targets to set: beside a target price, marked hit, a stop."""
    if not _usable(want) or not want["take_profits"] or len(want["take_profits"]) > 10:
        return None
    prices = [f"TP{i}: {fmt(v)}" for i, v in enumerate(want["take_profits"], 1)]
    how = rng.choice(("mixed", "hit", "stop"))
    if how == "mixed":
        n = len(prices) + 1
        return _post(rng, want, [*prices, f"TP{n}: {rng.choice(PCTS)}%"])
    if how == "hit":
        mark = rng.choice(("✅", "hit ✅", "done", "reached 🎯"))
        return _post(rng, want, [f"Take profit: {rng.choice(PCTS)}% {mark}"])
    text = _post(rng, {**want, "stop_loss": None}, prices)
    return text + f"\n{rng.choice(('SL', 'Stop loss', 'Stop-loss'))}: -{rng.choice(PCTS[:6])}%"


def pct_entry(rng: random.Random, want: Want) -> str | None:
    """The entry as a distance from the price now, over the dev targets and stop: refuse."""
    if not want["take_profits"] or want["stop_loss"] is None or len(want["take_profits"]) > 10:
        return None
    pct = rng.choice(("0.5", "1", "1.5", "2", "3"))
    under = "below" if want["side"] == "LONG" else "above"
    sign = "-" if want["side"] == "LONG" else "+"
    entry = rng.choice(
        (
            f"Entry: {sign}{pct}% from current",
            f"Entry: {pct}% {under} market price",
            f"Entry: {pct}% {under} current price",
            f"Entry: market {sign}{pct}%",
            f"Entry: CMP {sign} {pct} %",
        )
    )
    prices = [f"TP{i}: {fmt(v)}" for i, v in enumerate(want["take_profits"], 1)]
    return _post(rng, want, prices, [entry])


def percent_target_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once in each family."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 49979687 + 20)
    for case in signal_cases():
        if case.expect.get("flags", {}).get("entry_order"):
            continue  # (a breakout entry: the plain "Entry:" written here would drop it)
        want = case.expect["signal"]
        made = pct_targets(rng, want)
        if made is not None:
            yield case.id, "pct_targets", made[0], made[1], EXACT
        doubt = pct_target_doubt(rng, want)
        if doubt is not None:
            yield case.id, "pct_target_doubt", doubt, want, REFUSE
        entry = pct_entry(rng, want)
        if entry is not None:
            yield case.id, "pct_entry", entry, want, REFUSE
