"""parsers/numbers.py point_at and plain_price (one compiled pass over a number's characters)
give what the string methods they replace gave: isascii, partition and isdigit."""

from __future__ import annotations

import random

from parsers.numbers import plain_price, point_at


def _by_methods(token: str) -> bool:
    if not token.isascii():
        return False
    whole, dot, decimals = token.partition(".")
    return (
        0 < len(whole) <= 12
        and whole.isdigit()
        and (not dot or (0 < len(decimals) <= 18 and decimals.isdigit()))
    )


def _texts() -> list[str]:
    rng = random.Random(13)
    chars = "0123456789..,- a٣²١𝟰"
    edges = ["", ".", "5.", ".5", "1" * 12, "1" * 13, "1" * 12 + "." + "2" * 18, "1." + "2" * 19]
    return edges + [
        "".join(rng.choice(chars) for _ in range(rng.randint(0, 22))) for _ in range(50_000)
    ]


def test_plain_price_when_any_text_then_as_the_string_methods_read_it() -> None:
    found = 0
    for text in _texts():
        assert plain_price(text) == _by_methods(text), repr(text)
        found += plain_price(text)
    assert found > 1000  # the texts reach plain numbers


def test_point_at_when_digits_and_one_dot_then_where_the_dot_is() -> None:
    assert point_at("27450.5") == 5
    assert point_at("63200") == 5  # no dot: its length
    assert point_at("1.2.3") == -1
    assert point_at("1,5") == -1
    assert point_at("٣٤") == -1  # digits of another script are not ASCII digits
    for text in _texts():
        # guard.written's test: ASCII digits with at most one dot, a digit among them.
        by_methods = text.isascii() and text.replace(".", "", 1).isdigit()
        assert (point_at(text) >= 0 and text not in ("", ".")) == by_methods, repr(text)
