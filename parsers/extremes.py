"""The lowest and the highest of a list of levels or of positions, as compiled loops.

In CPython 3.11 `min(xs)` and `max(xs)` with one argument (or more than two) go through the
generic call protocol: an argument tuple, keyword parsing, an iterator, about 1,000 machine
instructions each, where the parser takes the lowest or highest of a few levels many times a
message (mypyc compiles only the two-argument form to a compare). These give exactly what the
builtins give for a non-empty list: an item replaces the one kept only when it compares
strictly lower (higher), as in the builtins, so the first of equal values is kept and a NaN
compares the same way.
"""

from __future__ import annotations


def lowest(values: list[float]) -> float:
    """min(values), values not empty."""
    least = values[0]
    for v in values:
        if v < least:
            least = v
    return least


def highest(values: list[float]) -> float:
    """max(values), values not empty."""
    most = values[0]
    for v in values:
        if v > most:
            most = v
    return most


def first_at(positions: list[int]) -> int:
    """min(positions), positions not empty."""
    least = positions[0]
    for p in positions:
        if p < least:
            least = p
    return least


def last_at(positions: list[int]) -> int:
    """max(positions), positions not empty."""
    most = positions[0]
    for p in positions:
        if p > most:
            most = p
    return most
