"""The lead's rows of session 30.

"Stp" is the stop abbreviated. Main (85bafd07) read "Stp: 2%" as no label at all, so the card
traded with no stop although the post gave one (as a percentage, which CONVENTIONS.md's
needs_review list refuses: "stop given only as a percentage"); "STP : 40000" was refused as an
unexplained number. The label is read only with a colon or "=" after it: "Buy STP 0.42" names the
coin STP. Made-up posts, marked so.
"""

from __future__ import annotations

import pytest

from tests.parsers.reads import review, valid


@pytest.mark.parametrize(
    "text",
    [
        # (made up) the stop abbreviated, given as a percentage: refused, never traded stopless.
        "#BTC LONG\nEntry: 42000\nTarget: 45000\nStp: 2%",
        "#BTC LONG\nEntry: 42000\nTarget: 45000\nSTP = 2 %",
        "#BTC LONG\nEntry: 42000\nTarget: 45000\nStp loss: 2%",
    ],
)
def test_an_abbreviated_stop_as_a_percentage_is_refused(text: str) -> None:
    assert any("gives a percentage, not a price" in r for r in review(text))


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        # (made up) the abbreviated stop's price is the stop.
        ("#BTC LONG\nEntry: 42000\nTarget: 45000\nSTP : 40000", 40000.0),
        ("#BTC LONG\nEntry: 42000\nTarget: 45000\nStp: 40000", 40000.0),
        # (made up, guards) STP the coin.
        ("Buy STP 0.42\nTarget: 0.45\nSL: 0.40", 0.40),
        ("#STP LONG\nEntry: 0.42\nTarget: 0.45\nSL: 0.40", 0.40),
        ("STP/USDT LONG\nEntry: 0.42\nTarget: 0.45\nSL: 0.40", 0.40),
    ],
)
def test_an_abbreviated_stop_is_read(text: str, stop: float) -> None:
    assert valid(text).stop_loss == stop
