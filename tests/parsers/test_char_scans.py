"""parsers/char_scans.py: each compiled loop answers what the pattern it stands for answered, on
random texts of the characters that pattern reads (bounds included for has_digit)."""

from __future__ import annotations

import random
import re

from parsers.char_scans import (
    ascii_control,
    digit_count,
    dot_then_extension_letter,
    has_digit,
)
from parsers.normalize import _ASCII_CONTROLS, _MAYBE_FILE_NAME

_DIGIT = re.compile(r"[0-9]")


def _texts(chars: str, longest: int, seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(chars) for _ in range(rng.randint(0, longest))) for _ in range(30_000)
    ]


def test_has_digit_when_any_text_and_bounds_then_as_the_pattern_finds() -> None:
    rng = random.Random(13)
    found = 0
    for text in _texts("0123456789 a.,-٣²𝟰\n🟢", 12):
        assert has_digit(text) == (_DIGIT.search(text) is not None), repr(text)
        start, end = rng.randint(-3, 14), rng.randint(-3, 14)
        want = _DIGIT.search(text, start, end) is not None
        assert has_digit(text, start, end) == want, (text, start, end)
        found += want
    assert found > 5_000  # the texts reach both answers


def test_digit_count_when_any_text_then_as_deleting_the_digits_takes() -> None:
    no_digits = str.maketrans("", "", "0123456789")
    counts = set()
    for text in _texts("0123456789 a.,-٣²𝟰\n🟢", 12):
        want = len(text) - len(text.translate(no_digits))  # (what parsers/leftovers.py did)
        assert digit_count(text) == want, repr(text)
        counts.add(want)
    assert counts >= set(range(8))  # the texts reach many counts, not only a few


def test_has_digit_when_only_other_scripts_digits_then_none() -> None:
    assert not has_digit("٣²𝟰 no ascii digit")
    assert has_digit("long 𝟰 at 5")


def test_ascii_control_when_any_text_then_as_the_pattern_finds() -> None:
    found = 0
    for text in _texts("ab \t\n\r\x0b\x0c\x00\x08\x0e\x1f\x7f\x80é🟢", 8):
        want = _ASCII_CONTROLS.search(text) is not None
        assert ascii_control(text) == want, repr(text)
        found += want
    assert found > 5_000


def test_dot_then_extension_letter_when_the_pattern_finds_then_true() -> None:
    rng = random.Random(13)
    pieces = (".", "jpg", "jpeg", "png", "gıf", "WebP", "JPG", "jp", "a", " ", "1", "_", "é")
    found = 0
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if _MAYBE_FILE_NAME.search(text) is not None:
            assert dot_then_extension_letter(text), repr(text)
            found += 1
    assert found > 500
    assert not dot_then_extension_letter("entry 0.51 - 0.55.")
    assert dot_then_extension_letter("chart.Png")
