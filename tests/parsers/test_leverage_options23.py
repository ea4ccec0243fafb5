"""Several leverages in one post are options: the lowest is read, as a range's lower bound is
(CONVENTIONS.md: `leverage` is the lowest of a range; dev labels every list of options so:
"5x or 10x leverage", "Leverage: cross 20x - 50x - 100x", "LEV :- 2X/3X"). Session 23: the first
value was read, so a higher leverage written first was traded on an alt ("Leverage: BTC 50X,
alts 20X" read 50; made up)."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)
CARD = "#LINK/USDT LONG\nEntry: 14.2\nTP1: 15\nTP2: 16\nSL: 13.5\n"


@pytest.mark.parametrize(
    ("line", "leverage"),
    [
        # Made up: the higher value first, each read as 50, 25 or 20 before.
        ("Leverage: BTC 50X, alts 20X", 20),
        ("Leverage: 50x BTC / 20x alts", 20),
        ("Leverage: 25x for pros, 10x for beginners", 10),
        ("Leverage 20x or 10x", 10),
        # Guards: the lowest first, as in dev, or one value.
        ("Leverage: 5x_10x", 5),
        ("Leverage: cross 20x - 50x - 100x", 20),
        ("Lev: 10x (BTC 50x)", 10),
        ("Leverage: cross 20x", 20),
    ],
)
def test_leverage_when_several_then_the_lowest(line: str, leverage: int) -> None:
    sig = PARSER.parse_sync(CARD + line)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.leverage == leverage
