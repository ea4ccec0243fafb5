"""Follow-ups and chatter in the forms English channels write them (branch i13-updates19), read
through the parser's public entry points (EnhancedParser.parse_sync, then parse_update_sync, as
the bot does), as tests/parsers/test_documented_followups18.py reads its rows: each row names
where its form comes from, and its expected reading was written before the parser was run on it.

Sources (a form is reworded to a neutral coin; none is copied from the project's corpus):

- IDIOM: English set phrases holding a follow-up's word, as dictionaries list them
  (Merriam-Webster and Cambridge: "close call", "closing bell", "closing remarks", "exit poll",
  "exit strategy", "exit liquidity" (crypto slang), "cancel culture", "closed beta"), in the posts
  channels write about their group, a market wrap or an offer: no position meant.
- NEAR: a near miss ("nearly hit our stop loss", "almost stopped out"): the event did not happen.
- LEVERAGE: a result said with its leverage, as channels post it ("Profit: 45% (10x)", Cornix's
  "Profit: 24.1% 📈" with the leverage line of the signal; "booked 60% profit with 10x"): the
  gain on margin, never a share of the position.
- RESULT: a close reported with its result as a percent ("Closed with 35% profit ✅", "closed 45%
  profit"), or the profit named before its verb ("Profit booked 45%"): the percent is the result.
- STOPPED: a setup invalidated after the entry filled, and its stop hit ("invalidated, stopped
  out", "setup invalidated - SL hit"): the stop closed the trade, no entries to cancel (a cancel
  would leave the position open); the stop hit in the passive ("Stop loss got triggered ❌", "SL
  was hit"), as the templates of tests/parsers/test_documented_followups.py write it actively.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parsers.reads import check_followup, check_no_action

# (text, kind, what else the reading must hold, source)
READ: list[tuple[str, str, dict[str, Any], str]] = [
    # Were read as a partial close of the gain's percent (a wrong action): the gain on margin.
    (
        "#ICP Target 2 reached. Booked 60% profit with 10x",
        "TP_HIT",
        {"symbol": "ICPUSDT", "fraction": None},
        "LEVERAGE",
    ),
    ("#ICP booked 45% profit (10x leverage)", "TP_HIT", {"fraction": None}, "LEVERAGE"),
    ("#ICP Closed +45% profit on 20x", "CLOSE", {"fraction": None}, "LEVERAGE"),
    # Were read as a target hit (the trade left open): the close, its result in percent.
    ("#ICP Closed with 35% profit ✅", "CLOSE", {"symbol": "ICPUSDT"}, "RESULT"),
    ("#ICP Closed 45% profit ✅", "CLOSE", {"symbol": "ICPUSDT"}, "RESULT"),
    ("#ICP Profit booked 45% 🚀", "TP_HIT", {"fraction": None}, "RESULT"),
    # Were read as a cancel (the position left open): the stop hit after the setup failed.
    ("#ICP invalidated, stopped out", "SL_HIT", {"symbol": "ICPUSDT"}, "STOPPED"),
    ("#ICP setup invalidated - SL hit", "SL_HIT", {"symbol": "ICPUSDT"}, "STOPPED"),
    ("#ICP trade invalidated, stop loss hit ❌", "SL_HIT", {}, "STOPPED"),
    # Were not read: the stop hit in the passive.
    ("#ICP stop loss got triggered ❌", "SL_HIT", {"symbol": "ICPUSDT"}, "STOPPED"),
    ("#ICP Stop loss was hit", "SL_HIT", {"symbol": "ICPUSDT"}, "STOPPED"),
    # Read before this branch (kept as a guard): a share stays a share; a cancel stays one.
    ("#ICP invalidated, cancel the orders", "CANCEL", {"symbol": "ICPUSDT"}, "STOPPED"),
    ("#ICP setup invalidated before entry", "CANCEL", {"symbol": "ICPUSDT"}, "STOPPED"),
    ("#ICP Book 50% profit", "CLOSE_PARTIAL", {"fraction": 0.5}, "LEVERAGE"),
    ("#ICP close 30% now, 10x traders too", "CLOSE_PARTIAL", {"fraction": 0.3}, "LEVERAGE"),
    ("#ICP nearly at TP2, close 50% here", "CLOSE_PARTIAL", {"fraction": 0.5}, "NEAR"),
    ("#ICP Stop loss hit ❌", "SL_HIT", {"symbol": "ICPUSDT"}, "NEAR"),
    ("#ICP Close now", "CLOSE", {"symbol": "ICPUSDT"}, "IDIOM"),
    ("#ICP exit here", "CLOSE", {"symbol": "ICPUSDT"}, "IDIOM"),
    ("#ICP cancel this signal", "CANCEL", {"symbol": "ICPUSDT"}, "IDIOM"),
]

# Chatter that asks nothing of a position (each was read as an action).
NOT_READ: list[tuple[str, str]] = [
    ("Close call today, market almost hit our stops", "NEAR"),
    ("Close call on #ICP, almost hit SL", "NEAR"),
    ("#ICP nearly hit our stop loss, still holding", "NEAR"),
    ("#ICP almost stopped out, be careful", "NEAR"),
    ("Close your eyes and hold", "IDIOM"),
    ("Closing remarks: thanks for joining the VIP", "IDIOM"),
    ("Closing bell: S&P up 1%", "IDIOM"),
    ("Close attention to BTC dominance today", "IDIOM"),
    ("Closed group members get early signals", "IDIOM"),
    ("Exit liquidity is everywhere", "IDIOM"),
    ("Exit polls show a tight race", "IDIOM"),
    ("Exit strategy matters more than the entry", "IDIOM"),
    ("Cancel culture is killing crypto twitter", "IDIOM"),
    ("Cancel anytime, no questions asked", "IDIOM"),
    ("Close friends only", "IDIOM"),
]


@pytest.mark.parametrize(("text", "kind", "more", "source"), READ)
def test_documented_followup19_when_posted_then_read_as_its_action(
    text: str, kind: str, more: dict[str, Any], source: str
) -> None:
    check_followup(text, kind, more, source)


@pytest.mark.parametrize(("text", "source"), NOT_READ)
def test_chatter19_when_it_asks_nothing_then_no_action(text: str, source: str) -> None:
    check_no_action(text, source)
