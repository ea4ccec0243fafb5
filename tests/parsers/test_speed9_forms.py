"""Patterns rewritten for speed in session 16 (i13-speed9) find what the forms they replaced
found: the same spans and groups, on random texts of their own words. Each old form is kept
here only to compare."""

from __future__ import annotations

import random
import re

from parsers import letter_leverage


def _found(pattern: re.Pattern[str], text: str) -> list[object]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _texts(words: tuple[str, ...], seed: int, n: int = 30_000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(n)]


# letter_leverage._TOKEN before: the look-behind first (re entered its matcher at every position).
_TOKEN_BEFORE = re.compile(r"(?<![\w.#$/])l([0-9]{1,3})(?=[^\S\n]*(?:[|•]|\n|$))")
_TOKEN_WORDS = ("l", "l5", "l50", "l1000", "0", "7", " ", "\t", "\n", "|", "•", ".", "#", "$")
_TOKEN_WORDS += ("/", "long", "x", "_", "é", "ll", "-")


def test_letter_leverage_token_when_random_texts_then_as_the_look_behind_first_form() -> None:
    matched = 0
    for text in _texts(_TOKEN_WORDS, 16):
        want = _found(_TOKEN_BEFORE, text)
        assert _found(letter_leverage._TOKEN, text) == want, repr(text)
        matched += bool(want)
    assert matched > 1_500  # the texts reach the matches, not only texts with none
