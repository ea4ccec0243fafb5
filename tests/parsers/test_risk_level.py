"""A price under "Risk" where the stop would stand is never dropped as a note (parsers/risk_level):
the signal is held for review; a share, a score, a ratio or a far number after "Risk" stays a
note, and a post whose stop was read is unchanged. Read through the parser's entry point."""

from __future__ import annotations

import pytest

from tests.parsers.reads import review, valid

CARD = "#INJ LONG\nEntry: 1.00\nTargets: 1.05 1.10\n"

HELD = [
    "Risk: 0.98",
    "Risk below 0.98",
    "RISK - 0.98$",
    "⚠️ Risk level: 0.95",
    "Risk 0,97",
]

NOTES = [
    "Risk: 2%",
    "Risk: 3.0/10",
    "Risk/Reward 1:3",
    "Risk: 5x",
    "Risk: 2 of 10",
    "Risk: 50",
    "Low risk",
]


@pytest.mark.parametrize("line", HELD)
def test_risk_when_a_bare_price_near_the_entry_and_no_stop_then_held_for_review(line: str) -> None:
    reasons = review(CARD + line)
    assert any("'Risk'" in r and "stop" in r for r in reasons), reasons


@pytest.mark.parametrize("line", NOTES)
def test_risk_when_a_note_or_a_far_number_then_signal_read_as_before(line: str) -> None:
    sig = valid(CARD + line)
    assert sig.entries == [1.0] and sig.take_profits == [1.05, 1.1] and sig.stop_loss is None


def test_risk_when_the_stop_is_read_then_unchanged() -> None:
    sig = valid(CARD + "Stop: 0.95\nRisk: 0.98")
    assert sig.stop_loss == 0.95
