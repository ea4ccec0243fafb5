"""Reading classes of issue 13, session 12 (i13-rules13): each a general form written in several
variants (not a corpus message), through the public parser, with near misses that must still be
read. Each fails without its rule."""

from __future__ import annotations

import pytest

from tests.parsers.reads import review, valid

_HEAD = "#INJ/USDT LONG\nEntry: 10.5\n"
_TAIL = "\nSL: 9.8"


# Class: a list of targets without indexes, each a price and the share to close there, where an
# item reads as a range of percentages ("12 - 31%": target 12 closing 31%, or a 12-31% target?).
# Never that target silently dropped and the others traded: the post needs review naming it.
@pytest.mark.parametrize(
    ("targets", "named"),
    [
        ("Targets: 11.3 - 16%, 12 - 31%", "12 - 31%"),
        ("Targets: 11.3 - 16% 12 - 31%", "12 - 31%"),
        ("Targets: 11.3 - 16%; 12 - 31%", "12 - 31%"),
        ("Targets: 11.3 - 16% / 12 - 31%", "12 - 31%"),
        ("Targets: 11.3 - 16%, 12 to 31%", "12 to 31%"),
        ("Targets: 12 - 16%, 13.3 - 31%", "12 - 16%"),
        ("Take profit: 11.3 - 50%, 12 - 50%", "12 - 50%"),
    ],
)
def test_parse_when_a_target_list_item_is_a_percent_range_then_review_naming_it(
    targets: str, named: str
) -> None:
    for post in (_HEAD + targets + _TAIL, (_HEAD + targets + _TAIL).replace("\n", " | ")):
        reasons = review(post)
        assert any(f"'{named}'" in reason for reason in reasons), (post, reasons)


@pytest.mark.parametrize(
    ("targets", "read"),
    [
        ("Targets: 11.3 - 16%, 12.4 - 31%", [11.3, 12.4]),  # each a price and its share
        ("Targets: 11.3 (16%), 12 (31%)", [11.3, 12.0]),
        ("Targets: 11.3, 12, 13", [11.3, 12.0, 13.0]),
        ("Target: 11.3 - 16%", [11.3]),
    ],
)
def test_parse_when_each_target_item_is_a_price_and_its_share_then_read(
    targets: str, read: list[float]
) -> None:
    assert valid(_HEAD + targets + _TAIL).take_profits == read
