"""A count of the levels written where a level would be, read through the parser's entry point.

"Targets: 3" under TP1, TP2 and TP3 (a sum-up line channels write under their lists) was read as
a fourth target at 3 and traded: a target nobody posted. A count said as one ("Total targets:
5", "Take-Profit: 3 targets", the number of the targets under a plural label) is no level; a
lone whole number that may be a count or a level is a doubt, refused with the reason.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

_PARSER = EnhancedParser(enable_ai=False)
_LIST = "#ADA LONG\nEntry: 0.53\nTP1 0.56\nTP2 0.58\nTP3 0.60\n{}\nSL 0.50"


@pytest.mark.parametrize(
    "text",
    [
        _LIST.format("Targets: 3"),
        _LIST.format("Targets - 3"),
        _LIST.format("TPs: 3"),
        _LIST.format("Take profits: 3 ✅"),
        _LIST.format("Total targets: 5"),
        _LIST.format("Total targets 3"),
        _LIST.format("Number of targets: 3"),
        _LIST.format("TP count: 3"),
        _LIST.format("Take-Profit: 3 targets"),
        "#ADA LONG\nEntry: 0.53\nTargets: 3\nTP1 0.56\nTP2 0.58\nTP3 0.60\nSL 0.50",
        "#ADA LONG\nEntry: 0.53\nTargets: 0.56 - 0.58 - 0.60\nTargets: 3\nSL 0.50",
    ],
)
def test_parse_when_targets_are_counted_then_count_is_no_target(text: str) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.entries == [0.53]
    assert sig.take_profits == [0.56, 0.58, 0.6]
    assert sig.stop_loss == 0.5


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # Five targets said, three listed: a count, or a target at 5?
        (_LIST.format("Targets: 5"), "'targets: 5'"),
        # The number of the targets, singular: "Target: 3" far above 0.60.
        (_LIST.format("Target: 3"), "'target: 3'"),
        # Near the levels (a coin at 2.5): a target at 3, or the count of three?
        ("#XRP LONG\nEntry: 2.5\nTP1 2.8\nTP2 3.1\nTP3 3.4\nTargets: 3\nSL 2.3", "'targets: 3'"),
        ("#ADA LONG\nEntries: 2\nEntry 1: 0.53\nTP1 0.56\nSL 0.50", "'entries: 2'"),
    ],
)
def test_parse_when_count_or_level_unsure_then_review_with_reason(text: str, said: str) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and not sig.is_valid()
    assert any(said in why and "a count of them" in why for why in sig.review), sig.review


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # Levels, not counts: an index on the label, or a singular label with a price.
        ("#XRP LONG\nEntry: 2.5\nTP1 2.8\nTP2 3\nSL 2.3", [2.8, 3.0]),
        ("#XRP LONG\nEntry: 2.5\nTarget: 2.8\nTarget: 3\nSL 2.3", [2.8, 3.0]),
        ("#BTC LONG\nEntry: 60000\nTargets: 62000 - 64000\nSL 58000", [62000.0, 64000.0]),
    ],
)
def test_parse_when_whole_number_is_a_level_then_read(text: str, targets: list[float]) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.take_profits == targets
