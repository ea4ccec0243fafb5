"""The driver the one-family-a-signal generators share (mutations_lvl21, _unl22, _wt22): each dev
signal once, in one family drawn for it by the generator's own random sequence, kept when the
family applies to it (its maker returns a post) and the signal is usable for the generator."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping
from typing import Any

Want = dict[str, Any]
# (case id, family, text, reading, must), as tests/parsers/mutations.py reads a row.
Row = tuple[str, str, str, Want, str]


def drawn_once(
    rng: random.Random,
    makers: Mapping[str, Callable[[random.Random, Want], tuple[str, str] | None]],
    usable: Callable[[Want], bool],
) -> Iterator[Row]:
    """Each usable dev signal with one maker drawn for it: (case id, family, post, want, must)."""
    from tests.parsers.variants import signal_cases

    names = list(makers)
    for case in signal_cases():
        want = case.expect["signal"]
        if not usable(want):
            continue
        name = rng.choice(names)
        made = makers[name](rng, want)
        if made is not None:
            yield case.id, name, made[0], want, made[1]
