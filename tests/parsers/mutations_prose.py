"""Mutation families of session 11 (issue 13), for tests/parsers/mutations.py: an entry or a stop
named in a sentence under the levels (parsers/prose_fields.py), and a status line over the signal
posted again (parsers/reports.py status_heading). What each must give comes from the dev
signal's hand-checked reading: the exact reading, or a refusal."""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import EXACT, REFUSE, Made, Want
from tests.parsers.variants import fmt

# A sentence under the levels naming the entry or the stop with a price ({}: "entry at 0.48").
ENTRY_SENTENCES = (
    "If the market dips first, I would add a second entry at {} with the same plan.",
    "Aggressive traders can take the entry near {} on any quick pullback today.",
)
STOP_SENTENCES = (
    "If you are careful, keep the stop loss a little tighter at {} instead.",
    "Looking at the chart, the stop loss could also sit at {} under the last candle.",
)
# The field given only in a sentence, its label line dropped.
ENTRY_ONLY = "My entry would ideally be somewhere around {} if the support holds."
STOP_ONLY = "My stop loss would go somewhere near {} to be safe on this one."


def _other(
    rng: random.Random, value: float, levels: list[float], zone: list[float]
) -> float | None:
    """A price near value that is none of the levels and outside the zone (an entry "near 330"
    of a 325-335 zone agrees with the zone: no other price)."""
    for _ in range(8):
        other = float(f"{value * rng.choice((0.985, 0.99, 1.01, 1.015)):.4g}")
        inside = bool(zone) and min(zone) <= other <= max(zone)
        if other > 0 and not inside and fmt(other) not in {fmt(v) for v in levels}:
            return other
    return None


def prose_level(rng: random.Random, want: Want, post_of: Any, levels: list[float]) -> Made:
    """The signal with a sentence under it naming its entry or stop: the price read, said again,
    reads exactly; another price, or the field given only in the sentence (its label line
    dropped), is refused, never traded with the field missing or guessed."""
    if not want["entries"] or want["stop_loss"] is None:
        return None
    post = post_of(rng, want)
    field = rng.choice(("entry", "sl"))
    form = rng.choice(("said again", "other price", "only in prose"))
    value = want["entries"][0] if field == "entry" else want["stop_loss"]
    if form == "only in prose":
        if field == "entry" and len(want["entries"]) > 1:
            return None  # (a zone in a sentence is two prices: another case)
        setattr(post, field, [])
        sentence = (ENTRY_ONLY if field == "entry" else STOP_ONLY).format(fmt(value))
        return post.text() + "\n" + sentence, REFUSE
    if form == "other price":
        other = _other(rng, value, levels, want["entries"] if field == "entry" else [])
        if other is None:
            return None
        value = other
    sentence = rng.choice(ENTRY_SENTENCES if field == "entry" else STOP_SENTENCES)
    return post.text() + "\n" + sentence.format(fmt(value)), (
        EXACT if form == "said again" else REFUSE
    )


# Status lines a channel (or Cornix) puts over the signal it posts again once its order went in.
STATUS_HEADINGS = (
    "Position has been activated",
    "Entry activated ✅",
    "Order filled",
    "Signal activated ✅",
    "Entered entry zone ✅",
    "Buy order filled ✅",
    "Trade opened 🟢",
    "ACTIVATED",
)


def status_heading(rng: random.Random, text: str) -> str:
    """The real post under (or over) a status line saying its order went in: a status post."""
    line = rng.choice(STATUS_HEADINGS)
    if rng.random() < 0.7:
        return line + rng.choice(("\n\n", "\n")) + text
    return text + "\n\n" + line
