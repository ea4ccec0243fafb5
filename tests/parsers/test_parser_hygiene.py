"""Parser hygiene (issue 13, session 11): a cheap test before a pattern agrees with the pattern,
and a position 0 is a position, through the public parser."""

from __future__ import annotations

import itertools

import pytest

from parsers import EnhancedParser
from parsers.normalize import FILE_EXTENSIONS, normalize

PARSER = EnhancedParser(enable_ai=False)


def _casings(word: str) -> list[str]:
    """Every way of writing word in upper and lower case ("gif", "Gif", ..., "GIF")."""
    return ["".join(c) for c in itertools.product(*((ch.lower(), ch.upper()) for ch in word))]


def test_normalize_when_a_picture_file_is_named_in_any_case_then_its_digits_are_gone() -> None:
    kept = [
        ext
        for ext in (c for name in FILE_EXTENSIONS for c in _casings(name))
        if "1234" in normalize(f"see IMG_1234.{ext} for the chart")
    ]
    assert kept == []


@pytest.mark.parametrize("name", ["28273.webp", "28273.Jpg", "28273.GIF", "28273.JPEG"])
def test_parse_when_the_picture_file_has_another_extension_or_case_then_no_price(
    name: str,
) -> None:
    sig = PARSER.parse_sync(
        f"CHZ/USDT SHORT\nEntry: 0.01794\nChart {name}\nSL: 0.01820\nTP: 0.01717"
    )
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert (sig.entries, sig.take_profits, sig.stop_loss) == ([0.01794], [0.01717], 0.0182)
