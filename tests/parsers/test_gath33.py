"""Batch gath33's shapes (session 31, branch i13-gath33): the gold channel "TRUE NORTH - VIP"'s
next 300 English replies (syntyxlabs/SignalTrader's Telethon export, after batch gath32's block),
read through the parser's entry point (EnhancedParser, as the corpus scorer and the bot read a
post). Forms: the batch's dev posts (their ids beside them) and made-up posts in their shape,
marked (made up). Which rows fail on the branch's parent (main d0e1a191) is said above each
table; the guard rows pass on both. The rules: parsers/target_words.py (HIT: "shoot", "got"),
parsers/followup_forms.py (_LIST_TAIL, _LIST_MORE), parsers/updates.py (_TO_TARGET) and
parsers/stop_hits.py (_MARKED_STOP_HIT).
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import check_asks_nothing, check_labelled, check_not_done
from tests.parsers.reads import follow_up as _update

TP_HIT, SL_HIT, MOVE_SL = UpdateKind.TP_HIT, UpdateKind.SL_HIT, UpdateKind.MOVE_SL
CANCEL, CLOSE = UpdateKind.CANCEL, UpdateKind.CLOSE


# A target reported in the channel's slang, "shoot" after it or "got" before it (every row fails
# on main, no update read, but the made-up "#SOL" row, whose 🎯 reads there, and the last).
SLANG = [
    ("TP3 shoot!!!", 3),  # (dev gath33-truenorth-079)
    ("TP2 Shoot!!!", 2),  # (dev -106)
    ("TP1 Shoot! \n\nlets gow to TP2", 1),  # (dev -058: the next target named, not reached)
    ("We got TP1!!! \n\nnow road to TP2", 1),  # (dev -207)
    ("We got TP1 here. then it moved back to entry price.", 1),  # (dev -279)
    ("#SOL TP2 shoot 🎯", 2),  # (made up)
    ("we got target 2 on this one", 2),  # (made up)
    ("if you held in this trade we did TP3!!", 3),  # (dev gath33b-truenorth-139)
    ("TP3 Smashed!!!!!", 3),  # (dev -233: a guard, passes on both)
]


@pytest.mark.parametrize(("text", "index"), SLANG)
def test_read_update_when_a_target_shoot_or_got_then_a_target_report(text: str, index: int) -> None:
    update = _update(text)
    assert update is not None and update.kind is TP_HIT, update
    assert update.tp_index == index, update


# "shoot" of a price and "got" of no target report nothing (made up; pass on both).
@pytest.mark.parametrize(
    "text",
    [
        "Price could shoot up to TP2",
        "gold may shoot higher before TP1",
        "we got stopped before TP1?",
        "I got a question about the targets",
        "what did TP1 do",
        "shooting star candle under TP2",
    ],
)
def test_read_update_when_shoot_or_got_of_no_target_reached_then_no_report(text: str) -> None:
    update = _update(text)
    assert update is None or update.kind is not TP_HIT, update


# Targets listed after the hit with the channel's words after the list ("here guys", "in this
# Sell signal") or "already" before the verb: the last reached (the first four rows fail on main:
# read as the first target).
LISTS = [
    ("We hit TP 2 and TP3 here guys!!!", 3),  # (dev gath33-truenorth-050)
    ("we hit TP2 and TP3 in this Sell signal!!!", 3),  # (dev -129)
    ("if you hold on this trade\n\nTP1 and TP2 already Hit!!!", 2),  # (dev -101)
    ("we hit TP1 and TP2 on this trade", 2),  # (made up)
    ("TP2 and TP 3 HIT!!!!! yebah!!!", 3),  # (dev -236: a guard)
]


@pytest.mark.parametrize(("text", "index"), LISTS)
def test_read_update_when_targets_listed_then_the_last_reached(text: str, index: int) -> None:
    update = _update(text)
    assert update is not None and update.kind is TP_HIT, update
    assert update.tp_index == index, update
    assert update.symbol is None, update


# A later target named after the one reached, the words after it no list's (made up; pass on
# both): the one reached.
@pytest.mark.parametrize(
    ("text", "index"),
    [("We hit TP1 here guys. TP2 next", 1), ("TP1 hit. Road to TP2 and TP3 in this trade", 1)],
)
def test_read_update_when_later_targets_named_then_the_one_reached(text: str, index: int) -> None:
    update = _update(text)
    assert update is not None and update.kind is TP_HIT and update.tp_index == index, update


# The stop moved to a target in an English reply, a purpose after it: read as the move, with the
# reason it is not done (no level: the bot shows it). The first three rows fail on main: no update
# read.
@pytest.mark.parametrize(
    "text",
    [
        "set your SL to TP1 for more profits!!!!",  # (dev gath33-truenorth-051)
        "TP4 Hit!!! \n\nIf you are still in this trade. You can move your SL to TP1",  # (dev -089)
        "move SL to TP2 for profit",  # (made up)
        "Move SL to TP1",  # (made up: a guard, passes on both)
    ],
)
def test_read_update_when_the_stop_moved_to_a_target_then_shown_not_done(text: str) -> None:
    update = _update(text)
    assert update is not None and update.kind is MOVE_SL, update
    assert update.price is None and update.problem, update


# No move now: on a condition, a question or a past plan (made up; pass on both).
@pytest.mark.parametrize(
    "text",
    [
        "Move SL to TP1 if you want",
        "should I move SL to TP1?",
        "Once TP2 is hit, move SL to TP1",
    ],
)
def test_read_update_when_a_move_to_a_target_asks_nothing_now_then_not_done(text: str) -> None:
    check_not_done(text)


# The stop said of the call replied to, the whole reply: a stop hit (fails on main: no update
# read; the made-up rows too, the guard excepted).
@pytest.mark.parametrize(
    "text",
    [
        "SL on this one",  # (dev gath33-truenorth-209)
        "Stop loss on this trade!!",  # (made up)
        "SL hit here yesterday",  # (dev -212: a guard, passes on both)
    ],
)
def test_read_update_when_sl_on_this_one_then_a_stop_hit(text: str) -> None:
    update = _update(text)
    assert update is not None and update.kind is SL_HIT, update


# The stop on this one with a level, or a question: no stop hit (made up; pass on both).
@pytest.mark.parametrize(
    "text",
    [
        "SL on this one: 2500",
        "SL on this trade 2500",
        "SL on this one?",
        "Where is the SL on this one",
    ],
)
def test_read_update_when_sl_on_this_one_gives_a_level_then_no_stop_hit(text: str) -> None:
    update = _update(text)
    assert update is None or update.kind is not SL_HIT, update


# The channel's other replies, read as labelled on both (guards).
GUARDS = [
    ("MOVE your SL to 2676", MOVE_SL, 2676.0),  # (dev gath33-truenorth-034)
    ("Put your SL to BE\n\nSL (2926)", MOVE_SL, 2926.0),  # (dev -192)
    ("let your runners Run!!! \n\nPls set your SL to BE (SL 2644.50)", MOVE_SL, 2644.5),  # (-003)
    ("Delete this trade. High impact News coming in 30mns", CANCEL, None),  # (dev -048)
    ("REMOVE THIS TRADE", CANCEL, None),  # (dev -099)
    ("delete this trade", CANCEL, None),  # (dev -269)
    ("i closed my trades", CLOSE, None),  # (dev -297)
    ("SL HIT guys", SL_HIT, None),  # (dev -005)
    ("Road to tp2", None, None),  # (dev -035)
    ("still valid", None, None),  # (dev -117)
    ("im holding.", None, None),  # (dev -295)
    ("You can Delete this trade for now. But if you want to pursue. Its still valid", None, None),
]


@pytest.mark.parametrize(("text", "kind", "price"), GUARDS)
def test_read_update_when_the_channels_other_replies_then_as_labelled(
    text: str, kind: UpdateKind | None, price: float | None
) -> None:
    check_labelled(text, kind, None, price)


# Closes at the entry price and the trader's conditional cut: refused or no action (dev guards).
@pytest.mark.parametrize(
    "text",
    [
        "Close this trade on entry price",  # (dev gath33-truenorth-011)
        "you can layer your trades and close to entry price.",  # (dev -015)
        "if i lose 1k i will cut. Next week again",  # (dev -296)
        "Lets not entry",  # (dev -038)
    ],
)
def test_read_update_when_a_close_to_come_or_a_condition_then_no_action(text: str) -> None:
    check_asks_nothing(text)


# Every target hit, "Shooot" before it (dev gath33b-truenorth-036; fails on main: no update read)
# and "WE HIT ALL TPS!!!" (dev gath33b-truenorth-132, a guard): a report, no number.
@pytest.mark.parametrize("text", ["Shooot!!! All TP's!!!!", "WE HIT ALL TPS!!!"])
def test_read_update_when_all_targets_shoot_then_a_report_of_them_all(text: str) -> None:
    update = _update(text)
    assert update is not None and update.kind is TP_HIT and update.tp_index is None, update


def test_read_update_when_a_target_reached_and_profits_secured_then_no_stop_move() -> None:
    # "We already Hit TP3. secure your profits." (dev gath33-truenorth-002): a partial close, a
    # close or the report; never a stop move.
    update = _update("We already Hit TP3. secure your profits.")
    assert update is not None and update.kind in (UpdateKind.CLOSE_PARTIAL, CLOSE, TP_HIT), update
