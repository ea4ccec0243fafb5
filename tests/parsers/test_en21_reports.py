"""English follow-up reports of call channels (branch i13-en21), read through the parser's public
entry points (EnhancedParser.parse_sync, then parse_update_sync, as the bot does). Each row names
its class; the forms come from the session-20 dev batch (tests/fixtures/corpus/dev/en21-*.json:
a stock call channel's export, two signal copiers' follow-up tests), reworded to a neutral coin.
Every row of READ and NO_ACTION failed before this branch; GUARDS held before and must hold.

- ALL: a close of the whole position said beside a target hit, by its adverb ("EXIT FULLY",
  "FULLY EXIT AT 205", "EXIT ALL", "exit rest 20% qts": all that is left), "EXIT HERE" / "EXIT
  NOW" / "EXIT HERE FOR SAFE", or "EXIT" alone ending its line: was read as the target hit (the
  report only informs: the position stayed open) or as nothing; parsers/full_exit.py.
- RESULT: "HIT 12% EXIT FULLY": the percent before the close is the result; the close says all
  (was a close of 12%: a wrong action).
- QTS: the share said before the verb of the quantity held ("80% QTS EXIT AT 603").
- NOMOVE: "EXIT AT BUY COST..NOT MOVEMENT": no move of the price is the reason, not a negated exit.
- WAIT: "WAIT FOR EXIT OR TARGET", "wait for my update for exit": an exit to come (was a close of
  all: a wrong action).
- ORDINAL: "HIT 2ND TARGET 49 FROM 48": the target the ordinal after the verb says, never "target
  49" (a price read as the target's number).
- COIN: the words of these posts in capitals are no coin ("NEAR TARGET", "EXIT FULLY", "80% QTS",
  "RETURNS", "BOOK", "BUY COST", "NOT MOVEMENT", "EXIT REST"): under a tag the parser does not
  take for a coin (#HIGH, #PUMP) they were read as NEARUSDT, FULLYUSDT ... (an action on the
  wrong position; found by the harness family followup_en21).
- RECAP: "Buy: 140 / Sell: 152 / Profit: 8.5% ✅", "Entry / Exit / Profit: +8.5%": a call's result, signed
  or ticked, on its own line: a recap (vocabulary.REPORTED_AROUND; was traded: a wrong trade).
- VAGUE: "Second target reached / Adjust SL": a target reached and a stop to adjust to no level:
  the report (was a stop move with no level: an action on the position).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parsers.reads import check_followup, check_no_action

READ: list[tuple[str, str, dict[str, Any], str]] = [
    ("#SOL HIT TARGET 152 FROM 140 EXIT FULLY ✅✅✅", "CLOSE", {"symbol": "SOLUSDT"}, "ALL"),
    ("#SOL HIT TARGET FULLY EXIT AT 152✅✅", "CLOSE", {"symbol": "SOLUSDT"}, "ALL"),
    ("#SOL HIT TARGET 152 FROM 140 🔥🔥🔥EXIT ✅✅✅", "CLOSE", {"symbol": "SOLUSDT"}, "ALL"),
    ("#SOL HIT TARGET 152 FROM 140\n\nEXIT FULLY ✅✅✅", "CLOSE", {"symbol": "SOLUSDT"}, "ALL"),
    ("#SOL 148 NEAR TARGET 🎯🎯\n\nEXIT HERE 148 FROM 140 ✅✅", "CLOSE", {}, "ALL"),
    ("#SOL 146 FROM 140 🔥\n\nEXIT HERE FOR SAFE ✅✅", "CLOSE", {"symbol": "SOLUSDT"}, "ALL"),
    ("#SOL HIT TARGET, 10% RETURNS BOOK AND EXIT ALL ✅✅", "CLOSE", {"fraction": None}, "ALL"),
    ("#SOL TARGET HIT 🔥🔥\n10% RETURN BOOK FULL PROFIT✅✅", "CLOSE", {}, "ALL"),
    (
        "#SOL 🔥NEAR 2ND TARGET, EXIT REST 20% QTS\n\nSUPER BLAST✅✅",
        "CLOSE",
        {"fraction": None},
        "ALL",
    ),
    ("#SOL 152 FROM 140 ✅✅ HIT 12% EXIT FULLY", "CLOSE", {"fraction": None}, "RESULT"),
    ("#SOL 80% QTS EXIT AT 152 ✅✅✅", "CLOSE_PARTIAL", {"fraction": 0.8}, "QTS"),
    ("#SOL EXIT AT BUY COST..NOT  MOVEMENT", "CLOSE", {"symbol": "SOLUSDT"}, "NOMOVE"),
    ("#SOL HIT 2ND TARGET 49 FROM 48 ✅✅✅", "TP_HIT", {"tp_index": 2}, "ORDINAL"),
    ("#SOL HIT 1ST TARGET 90 FROM 100 ✅", "TP_HIT", {"tp_index": 1}, "ORDINAL"),
    # (A tagged word ticker opening a follow-up is the coin since i13-wa21: "#HIGH", "#PUMP".)
    ("#HIGH NEAR 2ND TARGET, EXIT REST 20% QTS ✅✅", "CLOSE", {"symbol": "HIGHUSDT"}, "COIN"),
    ("#PUMP HIT TARGET 0.005 FROM 0.0041 EXIT FULLY ✅✅", "CLOSE", {"symbol": "PUMPUSDT"}, "COIN"),
    ("#AT EXIT AT BUY COST..NOT MOVEMENT", "CLOSE", {"symbol": None}, "COIN"),
    ("XAUUSD Second target reached\nAdjust SL", "TP_HIT", {"tp_index": 2}, "VAGUE"),
    ("#SOL TP2 hit ✅\nAdjust your SL", "TP_HIT", {"tp_index": 2}, "VAGUE"),
]


NO_ACTION: list[tuple[str, str]] = [
    ("#SOL 146 FROM 140 IN SAME DAY WAIT FOR EXIT OR TARGET", "WAIT"),
    ("#SOL 1 POINT AWAY FROM TARGET, WAIT FOR EXIT", "WAIT"),
]


# Forms beside the new ones that were read right before and must stay so.
GUARDS: list[tuple[str, str, dict[str, Any], str]] = [
    ("#SOL HIT TARGET 152 FROM 140 ✅ EXIT 80% QTS", "CLOSE_PARTIAL", {"fraction": 0.8}, "ALL"),
    ("#SOL HIT 2ND TARGET 152 FROM 140 ✅✅", "TP_HIT", {"tp_index": 2}, "ALL"),
    ("#SOL HIT ALL TARGETS ✅✅", "TP_HIT", {}, "ALL"),
    ("GOLD TP2 hit!\nMove SL to TP1", "MOVE_SL", {"tp_index": 2}, "VAGUE"),
    ("Adjust SL to 145 on #SOL", "MOVE_SL", {"price": 145.0}, "VAGUE"),
    ("#SOL close 50% now", "CLOSE_PARTIAL", {"fraction": 0.5}, "ALL"),
]


GUARDS_NO_ACTION: list[tuple[str, str]] = [
    ("#SOL HIT TARGET 152 ✅ DONT EXIT, WAIT FOR 2ND TARGET", "ALL"),
    ("Don't exit fully yet, hold #SOL", "ALL"),
    ("#SOL 146 FROM 140 ✅ WAIT FOR TARGET", "ALL"),
    ("#SOL 146 FROM 140, WAIT FOR MY UPDATE FOR EXIT NEAR TARGET", "WAIT"),
    ("#SOL TP2 hit ✅\nmanage your SL", "VAGUE"),
]


# READ and NO_ACTION (the new forms) and their GUARDS (read right before), one check each.
@pytest.mark.parametrize(("text", "kind", "more", "source"), READ + GUARDS)
def test_english_report_when_read_then_what_it_asks(
    text: str, kind: str, more: dict[str, Any], source: str
) -> None:
    check_followup(text, kind, more, source)


@pytest.mark.parametrize(("text", "source"), NO_ACTION + GUARDS_NO_ACTION)
def test_exit_to_come_or_hold_when_read_then_no_action(text: str, source: str) -> None:
    check_no_action(text, source)


# RECAP: a call's result on its own line under its levels, signed or ticked ("Profit: +8.5%",
# "Profit: 8.5% ✅"): a recap quoting the call, never a new trade (both were traded).
RECAPS: list[str] = [
    "#SOL 🔥\nBuy: 140\nSell: 152\nProfit: 8.5% ✅",
    "#SOL/USDT\nEntry: 140\nExit: 152\nProfit: +8.5%",
]


@pytest.mark.parametrize("text", RECAPS)
def test_call_recap_when_result_on_its_line_then_no_new_trade(text: str) -> None:
    check_no_action(text, "RECAP")  # (followup_reading asserts no tradable signal)


# A new call's projected gain stays a note: no sign, or said as potential.
CALLS: list[str] = [
    "#SOL/USDT LONG\nEntry: 140\nTarget: 152\nStop: 130\nPotential profit: +8.5%",
    "#SOL/USDT LONG\nEntry: 140\nTarget: 152\nStop: 130\nProfit: 8.5%",
]


@pytest.mark.parametrize("text", CALLS)
def test_call_with_projected_gain_when_posted_then_traded(text: str) -> None:
    from tests.parsers.reads import PARSER

    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig
    assert sig.entries == [140.0] and sig.take_profits == [152.0] and sig.stop_loss == 130.0
