"""parsers/digits.py has_digit (a compiled loop) answers what a search for "[0-9]" answered,
bounds included (clipped to the text, negative ones too)."""

from __future__ import annotations

import random
import re

from parsers.digits import has_digit

_PATTERN = re.compile(r"[0-9]")


def test_has_digit_when_any_text_and_bounds_then_as_the_pattern_finds() -> None:
    rng = random.Random(13)
    chars = "0123456789 a.,-٣²𝟰\n🟢"
    found = 0
    for _ in range(30_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert has_digit(text) == (_PATTERN.search(text) is not None), repr(text)
        start, end = rng.randint(-3, 14), rng.randint(-3, 14)
        want = _PATTERN.search(text, start, end) is not None
        assert has_digit(text, start, end) == want, (text, start, end)
        found += want
    assert found > 5_000  # the texts reach both answers


def test_has_digit_when_only_other_scripts_digits_then_none() -> None:
    assert not has_digit("٣²𝟰 no ascii digit")
    assert has_digit("long 𝟰 at 5")
