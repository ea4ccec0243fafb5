"""parsers/extremes.py gives what min() and max() give, compiled or not: the same value, the
first of equal ones, and NaN compared as the builtins compare it."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from parsers.extremes import first_at, highest, last_at, lowest

LEVELS = st.lists(st.floats(allow_infinity=True, allow_nan=True), min_size=1, max_size=12)
POSITIONS = st.lists(st.integers(min_value=-(1 << 40), max_value=1 << 40), min_size=1, max_size=12)


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or (
        a == b and math.copysign(1, a) == math.copysign(1, b)
    )


@given(LEVELS)
def test_lowest_highest_when_any_levels_then_as_min_and_max(values: list[float]) -> None:
    assert _same(lowest(values), min(values))
    assert _same(highest(values), max(values))


@given(POSITIONS)
def test_first_last_at_when_any_positions_then_as_min_and_max(positions: list[int]) -> None:
    assert first_at(positions) == min(positions)
    assert last_at(positions) == max(positions)


def test_lowest_when_equal_values_then_the_first_is_kept() -> None:
    # 0.0 and -0.0 are equal: min() keeps the first, and so must lowest().
    assert math.copysign(1, lowest([0.0, -0.0])) == 1.0
    assert math.copysign(1, highest([-0.0, 0.0])) == -1.0
