"""Unseen-channel mutation families of the harness (tests/parsers/mutations.py, branch
i13-rules9): notes with digits after the levels, a zone in brackets, a level block under a label
no lexicon holds. A generator of their own, so that the families before them draw as they did.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import EXACT, SAFE, Made, Row, Want, build
from tests.parsers.variant_forms import fmt
from tests.parsers.variants import signal_cases

# Notes a channel writes after a level that hold digits and are no price: a ratio (two-digit
# ones look like times), a distance in pips, a multiple of the risk, a share to close.
LEVEL_NOTES = (
    *(" (1:3)", " (1:1.5)", " (R:R 1:10)", " R:R 1:12", " (RR 1:15)", " (70 pips)", " (+120 pips)"),
    *(" (2R)", " (+12%)", " - 25%", " (close 30%)", " (1/2)"),
)


def level_notes(rng: random.Random, want: Want) -> Made:
    """ "TP1: 0.56 (1:3)", "TP2: 0.60 (R:R 1:10)", "SL: 0.45 (-30 pips)": notes after the levels,
    one per target line; the reading is unchanged."""
    if not want["take_profits"] or len(want["take_profits"]) > 12:
        return None
    post = build(rng, want)
    post.tp = [
        f"TP{i}: {fmt(v)}{rng.choice(LEVEL_NOTES)}" for i, v in enumerate(want["take_profits"], 1)
    ]
    if want["stop_loss"] is not None and rng.random() < 0.5:
        post.sl = [f"SL: {fmt(want['stop_loss'])} (-{rng.randrange(20, 90)} pips)"]
    return post.text(), EXACT


def paren_zone(rng: random.Random, want: Want) -> Made:
    """ "Entry (0.965 - 1)", "Entry: [0.51 - 0.53]": the zone in brackets; its last price is no
    list index ("1)")."""
    if len(want["entries"]) != 2:
        return None
    post = build(rng, want)
    a, b = (fmt(v) for v in want["entries"])
    opening, closing = rng.choice((("(", ")"), ("[", "]"), ("( ", " )")))
    label = rng.choice(
        ("Entry", "Entry zone", "Buy zone" if want["side"] == "LONG" else "Sell zone")
    )
    post.entry = [
        f"{label}{rng.choice((' ', ': '))}{opening}{a}{rng.choice((' - ', '-', ' – '))}{b}{closing}"
    ]
    return post.text(), EXACT


# Words no lexicon holds, in several scripts, and emoji a channel might use as a label.
UNKNOWN_LABELS = (
    *("Zorblat", "Plan", "Level", "Zone", "Price", "Niveau", "Qiymət", "Livello", "Úroveň"),
    *("Poziom", "Precio", "Bereich", "Zona", "Setup", "Orders", "Idea", "Cue", "Point", "Flag"),
    *("🅴", "➤"),
)


def unknown_label(rng: random.Random, want: Want) -> Made:
    """One level block under a label nobody could know ("Zorblat: 0.56 - 0.60"), in a post of
    lines or a one-line post with "|" between its fields: read exactly or refused, never traded
    with the block's numbers in another field (or left out)."""
    post = build(rng, want)
    blocks = [b for b in ("entry", "tp", "sl") if getattr(post, b)]
    if not want["entries"]:
        blocks = [b for b in blocks if b != "entry"]
    if not blocks:
        return None
    block = rng.choice(blocks)
    values = {"entry": want["entries"], "tp": want["take_profits"], "sl": [want["stop_loss"]]}
    sep = rng.choice((": ", " - ", " = ", " ", " @ ", ":"))
    joined = rng.choice((" - ", ", ", " / ", " ")).join(fmt(v) for v in values[block])
    setattr(post, block, [rng.choice(UNKNOWN_LABELS) + sep + joined])
    layout = rng.choice(("\n", " | ", " / "))
    order = ("head", "entry", "lev", "tp", "sl")
    return layout.join(line for name in order for line in getattr(post, name)), SAFE


BUILT_UNSEEN: dict[str, Callable[[random.Random, Want], Made]] = {
    "level_notes": level_notes,
    "paren_zone": paren_zone,
    "unknown_label": unknown_label,
}


def unseen_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: every unseen-channel family of every dev signal."""
    rng = random.Random(seed * 7919 + 1)
    for case in signal_cases():
        want = case.expect["signal"]
        for name, make in BUILT_UNSEEN.items():
            made = make(rng, want)
            if made is not None:
                yield case.id, name, made[0], want, made[1]
