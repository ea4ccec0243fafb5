"""English follow-up reports (branch i13-hits20): a target hit, a stop hit, a trade closed, in
the forms signal services and copier bots post them, read through the parser's public entry
points (EnhancedParser.parse_sync, then parse_update_sync, as the bot does). Each row names where
its form comes from; its expected reading was written before the parser was run on it, and each
row of READ failed (not read, or read otherwise) before this branch unless marked a guard.

Sources (a form is reworded to a neutral coin; none is copied from the project's corpus):

- UPDATE: a channel's hand-written "#COINUSDT UPDATE: / Target 1,2,3 done nicely ✔️ / So far
  100% Profits with 10x leverage🤑", quoted in a copier project's classifier tests (code search
  "done nicely"); the target numbers as a list with no spaces, the last the one reached.
- RANGE: "Targets 1-3 done", "Target 1 to 3 done" (tests/fixtures/corpus/dev's pump-tracker
  replies write "Target 1 to 3 done ✅"); the range written with a dash.
- HYPHEN: "TP-2 achieved", "Target-2 Hit": the target's number joined by a hyphen, as trading
  bots' notification templates name their events ("TP-1", "Target-1").
- CLOSED: a close said with its adverb ("fully closed ✅", "closed completely"), as the trade
  journal bots' statuses write it ("Position fully closed"); the coin and "closed" alone with a
  tick ("#SOL closed ✅"), the trade "completed" or "finished".
- SHARE: a close whose percent is the trade's result, not a share of the position: 100% of it
  (all of it), more than 100%, a loss ("with 15% loss"), a move ("45% up"), or the percent after
  "at" / "for" ("closed at 22%", "for 50%"); a share said as such stays one, also in words ("50
  percent", "25 pct", "most of") or with the rest kept ("book profit 50% and hold remaining").
- VERB: the report verbs and misspellings channels write ("Target 2 crossed", "target met",
  "achived"), and the coin's price reached with a tick ("#SOL reached 145 ✅"), as "#MDT hit
  208✅" already was.
- MOVED_HIT: the stop moved to the entry earlier, now hit ("SL at entry hit", "stop (BE) hit"):
  the trade is over; never a move of the stop (which would act on a closed position).
- TICK: a signal re-posted with its first targets ticked off by a light check mark "✓" or a
  ballot box "☑️" after the level (as "✔" and "✅" already were), or ticked before the level with
  a later target marked pending ("⏳ Target 3"), as signal trackers' status cards show it: a
  report, never a new trade.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parsers.reads import PARSER, check_followup, check_no_action, followup_reading

# (text, kind, what else the reading must hold, source)
READ: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "#LDOUSDT UPDATE:\nTarget 1,2,3 done nicely ✔️\nSo far 100% Profits with 10x leverage🤑",
        "TP_HIT",
        {"symbol": "LDOUSDT", "tp_index": 3, "fraction": None},
        "UPDATE",
    ),
    (
        "#LDOUSDT UPDATE:\nTarget 2,3 done nicely✔️\nSo far 90% Profits with 10x leverage🤑",
        "TP_HIT",
        {"symbol": "LDOUSDT", "tp_index": 3},
        "UPDATE",
    ),
    (
        "Some Channel VIP, [11.03.2026 11:02]\n#LDOUSDT UPDATE:\nTarget 1,2,3,4 done nicely ✔️\n"
        "80% profit booked with 10x Leverage🤑",
        "TP_HIT",
        {"symbol": "LDOUSDT", "tp_index": 4, "fraction": None},
        "UPDATE",
    ),
    ("#LDO targets 1-3 done ✅", "TP_HIT", {"symbol": "LDOUSDT", "tp_index": 3}, "RANGE"),
    ("#LDO Tp-2 achieved", "TP_HIT", {"symbol": "LDOUSDT", "tp_index": 2}, "HYPHEN"),
    ("$LDO Target-3 Hit 🎯", "TP_HIT", {"symbol": "LDOUSDT", "tp_index": 3}, "HYPHEN"),
    ("#LDO fully closed ✅", "CLOSE", {"symbol": "LDOUSDT"}, "CLOSED"),
    ("#LDO/USDT closed completely ✅", "CLOSE", {"symbol": "LDOUSDT"}, "CLOSED"),
    ("Close 100% of #LDO", "CLOSE", {"symbol": "LDOUSDT", "fraction": None}, "SHARE"),
    ("Close #LDO, 120% done", "CLOSE", {"fraction": None}, "SHARE"),
    ("Close #LDO with 15% loss", "CLOSE", {"fraction": None}, "SHARE"),
    ("Close #LDO 45% up", "CLOSE", {"fraction": None}, "SHARE"),
    ("#LDO closed at 22% 🔥", "CLOSE", {"fraction": None}, "SHARE"),
    ("Closed #LDO at 2.10 for 50%", "CLOSE", {"fraction": None}, "SHARE"),
    ("#LDO Target 2 crossed", "TP_HIT", {"symbol": "LDOUSDT", "tp_index": 2}, "VERB"),
    ("#LDO target 3 met", "TP_HIT", {"tp_index": 3}, "VERB"),
    ("#LDO Target 1 achived", "TP_HIT", {"tp_index": 1}, "VERB"),
    ("#LDO four targets destroyed 🚀", "TP_HIT", {"tp_index": 4}, "VERB"),
    ("#LDO reached 2.10 ✅", "TP_HIT", {"symbol": "LDOUSDT"}, "VERB"),
    ("#LDO touched 2.10 🎯", "TP_HIT", {"symbol": "LDOUSDT"}, "VERB"),
    ("#LDO closed ✅", "CLOSE", {"symbol": "LDOUSDT"}, "CLOSED"),
    ("#LDO: Trade Completed ✅", "CLOSE", {"symbol": "LDOUSDT"}, "CLOSED"),
    ("#LDO trade finished in profit", "CLOSE", {"symbol": "LDOUSDT"}, "CLOSED"),
    # Were read as a stop moved to the entry, or a share closed and the stop moved (acts on a
    # position the stop already closed): the stop at the entry, hit.
    ("#LDO SL at entry hit", "SL_HIT", {"symbol": "LDOUSDT"}, "MOVED_HIT"),
    ("#LDO stop at entry hit, closed at breakeven", "SL_HIT", {}, "MOVED_HIT"),
    ("#LDO SL (entry) hit", "SL_HIT", {"symbol": "LDOUSDT"}, "MOVED_HIT"),
    # Were read as a close of all of it: a share said in words, "most of", or kept ("hold the
    # rest" after the share: the percent is the share, not the gain).
    ("Close 50 percent of #LDO", "CLOSE_PARTIAL", {"fraction": 0.5}, "SHARE"),
    ("#LDO close 70 percent", "CLOSE_PARTIAL", {"fraction": 0.7}, "SHARE"),
    ("Close 25 pct #LDO", "CLOSE_PARTIAL", {"fraction": 0.25}, "SHARE"),
    ("Close most of #LDO", "CLOSE_PARTIAL", {"fraction": None}, "SHARE"),
    ("#LDO book profit 50% and hold remaining", "CLOSE_PARTIAL", {"fraction": 0.5}, "SHARE"),
    # Guards (read so before this branch): one target, a share, a partial close, a stop move.
    ("#LDOUSDT UPDATE:\nTarget 2 done nicely✔️", "TP_HIT", {"tp_index": 2}, "UPDATE"),
    ("Target 1, 2 and 3 hit #LDO", "TP_HIT", {"tp_index": 3}, "RANGE"),
    ("#LDO Target 2-4 reached", "TP_HIT", {"symbol": "LDOUSDT", "tp_index": 4}, "RANGE"),
    ("Close 50% of #LDO", "CLOSE_PARTIAL", {"fraction": 0.5}, "SHARE"),
    ("Close 30% of your #LDO position here", "CLOSE_PARTIAL", {"fraction": 0.3}, "SHARE"),
    ("Book 50% profit in #LDO", "CLOSE_PARTIAL", {"fraction": 0.5}, "SHARE"),
    ("#LDO partially closed ✅", "CLOSE_PARTIAL", {"symbol": "LDOUSDT"}, "CLOSED"),
    # ("Close 50% at 2.10 #LDO" was a guard here: a partial close at a price still to come is
    # needs_review since the session-23 ruling, tests/parsers/test_fu24.py; "Close 50% now" is
    # the share.)
    ("Close 50% now #LDO", "CLOSE_PARTIAL", {"fraction": 0.5}, "SHARE"),
    ("Move SL to entry #LDO", "MOVE_SL", {"to_entry": True}, "MOVED_HIT"),
    ("#LDO hit BE stop", "SL_HIT", {}, "MOVED_HIT"),
]

# Market comments naming a coin and a level: no report of our trade, no action.
NOT_READ: list[str] = [
    "BTC hit 100k 🚀 what a day",
    "Target for this cycle is 150k",
    "#LDO could hit 2.10 soon, watch it",
    "Next target for #LDO is 2.40",
    "If #LDO reaches 2.40, we will update",
    "The bear market is over, trade completed for the year? Not yet",
]


def test_almost_the_next_target_when_reported_then_not_that_target() -> None:
    """ "Almost four targets destroyed": the fourth is not reached (a near miss, as "almost hit
    our stop" is), so no fourth target is reported."""
    got = followup_reading("#LDO 2.10✅\nAlmost four targets destroyed today")
    assert got is None or got["tp_index"] != 4, got


@pytest.mark.parametrize("text", NOT_READ)
def test_market_comment_when_posted_then_no_action(text: str) -> None:
    check_no_action(text, "market comment")


@pytest.mark.parametrize(("text", "kind", "more", "source"), READ)
def test_hits20_report_when_posted_then_read_as_its_kind(
    text: str, kind: str, more: dict[str, Any], source: str
) -> None:
    check_followup(text, kind, more, source)


# Signals re-posted with their first targets ticked off: were read as new tradable signals.
TICKED: list[str] = [
    "#LDO/USDT LONG\nEntry: 2.00 - 1.96\nTP1: 2.10 ✓\nTP2: 2.20 ✓\nTP3: 2.40\nStop loss: 1.84",
    "#LDO/USDT LONG\nEntry: 2.00 - 1.96\nTP1: 2.10 ☑️\nTP2: 2.20\nSL: 1.84",
    # The ticks before the levels, a later target marked pending (a signal tracker's status).
    "LDO/USDT\nLong Entry: 2.00\n✅ Target 1: 2.10\n✅ Target 2: 2.20\n⏳ Target 3: 2.40\nStop: 1.84",
]


@pytest.mark.parametrize("text", TICKED)
def test_signal_with_first_targets_ticked_when_reposted_then_no_new_trade(text: str) -> None:
    check_followup(text, "TP_HIT", {"symbol": "LDOUSDT"}, "TICK")


# The same signals with the mark as a bullet before each level: still the signal.
BULLETED: list[str] = [
    "#LDO/USDT LONG\nEntry: 2.00 - 1.96\n☑️ TP1: 2.10\n☑️ TP2: 2.20\n☑️ TP3: 2.40\nStop loss: 1.84",
    "✓ #LDO/USDT LONG\n✓ Entry: 2.00 - 1.96\n✓ TP1: 2.10\n✓ TP2: 2.20\n✓ Stop loss: 1.84",
    "LDO/USDT\nLong Entry: 2.00\n✅ Target 1: 2.10\n✅ Target 2: 2.20\n✅ Target 3: 2.40\nStop: 1.84",
    "LDO/USDT\nLong Entry: 2.00\n⏳ Target 1: 2.10\n⏳ Target 2: 2.20\nStop: 1.84",
]


@pytest.mark.parametrize("text", BULLETED)
def test_signal_with_mark_before_each_level_when_posted_then_traded(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig
    assert sig.symbol == "LDOUSDT" and sig.stop_loss == 1.84 and sig.take_profits[0] == 2.10
