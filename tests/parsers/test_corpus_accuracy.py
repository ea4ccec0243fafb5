"""Issue 13's accuracy targets on the real-message corpus, through the public rule parser.

Dev: the sources read while writing rules. Held-out: sources never looked at (only these
aggregate figures are ever read from them). A wrong trade is a message read as a tradable signal
with other numbers than were posted, or a non-signal read as a tradable one.
"""

from __future__ import annotations

import pytest

from tests.parsers.corpus_score import Score, format_score, score_split

SCORES: dict[str, Score] = {}


def _score(split: str) -> Score:
    if split not in SCORES:
        SCORES[split] = score_split(split)
    return SCORES[split]


# Dev sources added in session 4 (gathered while the rules of that session were written) may
# hold formats no rule reads yet: the guard below keeps what was measured when they were added
# (batch 5: 350 messages, 343 exact, 1 wrong trade; batch 7: 359 messages, 346 exact (96.4%),
# 7 wrong trades, all posts priced in satoshis, 0 wrong actions; batch 9: 388 messages, 370 exact
# (95.4%), 8 wrong trades, 0 wrong actions; batch 11: 445 messages, 407 exact (91.5%), 11 wrong
# trades, 3 wrong actions); the target test is issue 13's.
def test_corpus_dev_when_parsed_then_no_worse_than_measured_on_2026_12_04() -> None:
    score = _score("dev")
    summary = score.summary()
    assert summary["wrong_trades"] <= 11, format_score(score, worst=10)
    assert summary["wrong_actions"] <= 3, format_score(score, worst=10)
    assert summary["accuracy"] >= 0.914, format_score(score)


@pytest.mark.xfail(
    strict=True,
    reason="issue 13 target not met on the session-4 dev sources yet: 91.5% exact, 11 wrong trades, 3 wrong actions",
)
def test_corpus_dev_when_parsed_then_at_least_98_percent_exact_and_no_wrong_trade() -> None:
    score = _score("dev")
    summary = score.summary()
    assert summary["wrong_trades"] == 0, format_score(score, worst=10)
    assert summary["wrong_actions"] == 0, format_score(score, worst=10)
    assert summary["accuracy"] >= 0.98, format_score(score)


# Figures only: the held-out messages and their per-message results are never printed.
# Measured after the second pass added two held-out sources (10 messages): 81/93 exact, 2 wrong
# trades, 1 wrong action (before them: 72/83, 1 and 1). Session 4 added held-out sources drawn
# before they were opened: batch 5 90/106 exact (84.9%), 2 wrong trades, 1 wrong action; batch 7
# 90/110 (81.8%), 2 wrong trades, 4 wrong actions; batch 13 91/120 (75.8%), 2 and 4.
def test_corpus_heldout_when_parsed_then_no_worse_than_measured_on_2026_12_04() -> None:
    summary = _score("heldout").summary()
    assert summary["wrong_trades"] <= 2, summary["wrong_trades"]
    assert summary["wrong_actions"] <= 4, summary["wrong_actions"]
    assert summary["accuracy"] >= 0.758, summary["accuracy"]


@pytest.mark.xfail(
    strict=True,
    reason="issue 13 target not met yet: held-out 75.8% exact, 2 wrong trades, 4 wrong actions",
)
def test_corpus_heldout_when_parsed_then_95_percent_exact_and_no_wrong_trade() -> None:
    summary = _score("heldout").summary()
    assert summary["wrong_trades"] == 0 and summary["wrong_actions"] == 0
    assert summary["accuracy"] >= 0.95
