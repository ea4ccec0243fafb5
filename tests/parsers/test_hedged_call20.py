"""A call the channel hedges in a short line over its levels needs review, through the parser's
entry point.

"Possible long on #ADA / Entry: 0.53 / TP 0.58 / SL 0.50" says the levels are a possibility or
something watched: a person could not be sure it is a trade to open, and it was traded.
Refused with the hedge quoted. Headings real signals carry ("Trading Plan (Long)", "Long Bias",
"#RAY is looking good for a LONG here", "Potential targets") stay signals.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

_PARSER = EnhancedParser(enable_ai=False)
_LEVELS = "Entry: 0.53\nTP 0.58\nSL 0.50"


@pytest.mark.parametrize(
    ("head", "said"),
    [
        ("Possible long on #ADA", "possible long"),
        ("#ADA possible long setup", "possible long"),
        ("Watching #ADA for a long", "watching #ada for a long"),
        ("#ADA might be a long here", "might be a long"),
        ("Thinking about longing #ADA", "thinking about longing"),
        ("#ADA on watchlist (LONG)", "watchlist"),
        ("Early call, not entering yet: #ADA LONG", "not entering"),
        ("I'm watching #ADA LONG", "i'm watching"),
    ],
)
def test_parse_when_heading_hedges_the_call_then_review_with_reason(head: str, said: str) -> None:
    sig = _PARSER.parse_sync(f"{head}\n{_LEVELS}")
    assert sig is not None and not sig.is_valid()
    assert any(f"'{said}'" in why and "not a trade" in why for why in sig.review), sig.review


@pytest.mark.parametrize(
    "head",
    [
        "#ADA LONG",
        "#ADA Trading Plan (Long):",
        "#ADA | Long Bias",
        "#ADA is looking good for a LONG here.",
        "#ADA LONG setup",
        "Cardano Futures — Long idea",
    ],
)
def test_parse_when_heading_is_a_call_then_signal(head: str) -> None:
    sig = _PARSER.parse_sync(f"{head}\n{_LEVELS}")
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.entries == [0.53] and sig.take_profits == [0.58] and sig.stop_loss == 0.5
