"""parsers/spaced_thousands.py: which spaced runs are joined into one number before reading."""

from __future__ import annotations

import pytest

from parsers.spaced_thousands import join_spaced_thousands


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Entry: 112 000", "Entry: 112000"),
        ("SL 108 050", "SL 108050"),
        ("Entry: 104 050.5", "Entry: 104050.5"),
        ("Entry 112 000\nTP: 240 800", "Entry 112000\nTP: 240 800"),  # (240,800: far from it)
        ("TP: 115 000 118 000", "TP: 115000 118000"),
        ("TP1 115 000", "TP1 115000"),
        ("Entry 112 000\nSL 108 500", "Entry 112000\nSL 108500"),  # near a sure one
        ("Entry 112000\nTP 115 500\nSL 108 000", "Entry 112000\nTP 115500\nSL 108000"),
    ],
)
def test_joined(text: str, want: str) -> None:
    assert join_spaced_thousands(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "SL 108 500",  # 108,500 or the prices 108 and 500: nothing says
        "Entry 112000\nSL 108 500",  # (no group starting with 0: the quick test says no)
        "Entry: 104 250.5",  # nothing sure beside it
        "TP: 100 200 300",
        "TP: 115 500 118 500",
        "TP112 000",
        "Entry 112 000,5",
        "Entry 112  000",
        "0.112 000",
        "Entry 1 250 000",  # (one or two digits first: parsers/numbers.py reads those)
        "Entry 27 450",
        "Signal 12 345 678",
    ],
)
def test_left_as_written(text: str) -> None:
    assert join_spaced_thousands(text) == text
