"""Random texts made of a test's words and signs, for the tests that prove a gate or a faster
search answers as the plain search does (test_speed16_gates, test_speed_gates25,
test_led_search25): one word or sign at a time, with a space after some."""

from __future__ import annotations

import random
from collections.abc import Sequence


def word_text(
    rng: random.Random,
    words: Sequence[str],
    signs: Sequence[str],
    *,
    most: int,
    word_share: float,
    space_share: float,
) -> str:
    """1 to `most` pieces, each a word (with probability word_share) or a sign, each followed by
    a space with probability space_share."""
    parts: list[str] = []
    for _ in range(rng.randint(1, most)):
        parts.append(rng.choice(words) if rng.random() < word_share else rng.choice(signs))
        if rng.random() < space_share:
            parts.append(" ")
    return "".join(parts)
