"""Mutation families of session 21 (issue 13, branch i13-chk22): signals the consistency check
refused because the reading went wrong upstream.

- ``prose_side``: every dev signal written with its side beside the coin ("ETH/USDT SHORT"), a
  prose line before it naming the other side's traders or a horizon ("Longs are getting trapped
  here.", "Not a good place to long.", "Short-Mid Term view:") : ``exact``.
- ``far_end_line``: its targets (three or more) on one unnumbered line written from the far end,
  as Cornix's one-line lists sort them: ``exact``, nearest first.
- ``side_doubt``: what must stay refused: the prose line naming the other side with no side of
  the post's own (the coin alone on its line), and a one-line list in no order: ``refuse``.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
prose_side --family far_end_line --family side_doubt --seeds 1`` prints the figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from tests.parsers.mutation_post import EXACT, REFUSE, Row, Want
from tests.parsers.mutations_level_notes import _blocks, _text, _usable
from tests.parsers.variant_forms import fmt

# {o}: the other side's word ("long" in a short's post); {O}: the same, capitalised.
PROSE_FORMS = (
    "{O}s are getting trapped here.",
    "Not a good place to {o}.",
    "Bulls and bears: too many {o}s open, funding skewed.",
    "Long or short? Here is the plan.",
    "Short-Mid Term view, then the trade:",
    "Long-term holders keep accumulating.",
    "Long/Short ratio 2.1",
)


def _other(want: Want) -> str:
    return "short" if want["side"] == "LONG" else "long"


def prose_side(rng: random.Random, want: Want) -> tuple[str, str] | None:
    if not _usable(want) or want["stop_loss"] is None:
        return None
    post = _blocks(rng, want)
    o = _other(want)
    post["head"].insert(0, rng.choice(PROSE_FORMS).format(o=o, O=o.title()))
    return _text(post), EXACT


def far_end_line(rng: random.Random, want: Want) -> tuple[str, str] | None:
    tps = want["take_profits"]
    if not _usable(want) or want["stop_loss"] is None or len(tps) < 3 or len(set(tps)) < len(tps):
        return None
    post = _blocks(rng, want)
    sep = rng.choice((" - ", " / ", " "))
    post["tp"] = [f"Targets: {sep.join(fmt(v) for v in reversed(tps))}"]
    return _text(post), EXACT


def side_doubt(rng: random.Random, want: Want) -> tuple[str, str] | None:
    tps = want["take_profits"]
    if not _usable(want) or want["stop_loss"] is None:
        return None
    post = _blocks(rng, want)
    if rng.random() < 0.5 or len(tps) < 3 or len(set(tps)) < len(tps):
        # The other side named in prose, the post naming none of its own.
        o = _other(want)
        post["head"] = [post["head"][0].split()[0], f"Time to {o} it."]
    else:
        # In no order: the nearest target last but one ("1.2 1.6 1.4" of a long).
        order = [*tps[:-2], tps[-1], tps[-2]]
        post["tp"] = [f"Targets: {' '.join(fmt(v) for v in order)}"]
    return _text(post), REFUSE


def chk22_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal once in each family."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 7919 + 22)
    for case in signal_cases():
        want = case.expect["signal"]
        for name, make in (
            ("prose_side", prose_side),
            ("far_end_line", far_end_line),
            ("side_doubt", side_doubt),
        ):
            made = make(rng, want)
            if made is not None:
                yield case.id, name, made[0], want, made[1]
