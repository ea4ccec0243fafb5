"""Patterns rewritten for speed in session 19 (i13-speed12) find what the forms they replaced
found, on random texts of their own words. Each old form is kept here only to compare."""

from __future__ import annotations

import random
import re

from parsers import scale


def _twin_before(low: str, base: str) -> str | None:
    """scale.multiplier_twin's search before: each alternative opened with its look-behind (re
    tried the pattern at every position of the post)."""
    b = re.escape(base)
    m = re.search(
        r"(?<![\w.,$])1(?:0{3,8}|[km])[ \t_.-]?" + b + r"(?![a-z0-9])"
        r"|(?<![a-z0-9])" + b + r"(?:[ \t]?[x×]|\()?10{3,8}(?![0-9])",
        low,
    )
    return m.group() if m is not None else None


_TWIN_WORDS = ("1000", "1", "0", "00", "10000000", "1k", "1m", "k", "m", "rats", "ra", "x")
_TWIN_WORDS += (" ", "\t", "_", ".", ",", "-", "$", "#", "(", "×", "a", "9", "/usdt", "\n", "é")


def test_multiplier_twin_when_random_texts_then_as_the_look_behind_first_form() -> None:
    rng = random.Random(19)
    found = 0
    for _ in range(30_000):
        low = "".join(rng.choice(_TWIN_WORDS) for _ in range(rng.randint(1, 12)))
        for base in ("rats", "r", "ra"):
            want = _twin_before(low, base)
            m = scale._twin_pattern(base).search(low)
            assert (m.group() if m is not None else None) == want, (repr(low), base)
            assert scale.multiplier_twin(low, base.upper() + "USDT") == (
                want if ("000" in low or "1m" in low or "1k" in low) else None
            ), (repr(low), base)
            found += want is not None
    assert found > 500  # the texts reach the twins, not only texts with none
