"""Batch gath28's shapes (session 26, branch i13-gath28): real German posts of two forex and gold
channels a Telethon capture stored (hallohallo2010-cmd/Signal-Backtesting-Ai-with-Telegram
`raw_messages.csv` @ 01ac4be345: S2T by Lennart, @s2tbylennart; The Trading Phenex,
@phenexbillions), read through the parser's entry point (EnhancedParser, as the corpus scorer and
the bot read a post). Every row of the tables named *_FIXED was misread on the branch's parent
(main 41d05f7f); the GUARDS tables are read as before (they pass on both). Forms: the batch's dev
posts (their ids beside them) and made-up posts in their shape, marked (made up).
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import ACTIONS
from tests.parsers.reads import follow_up as _update

CLOSE, CLOSE_PARTIAL, MOVE_SL = UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.MOVE_SL
TP_HIT = UpdateKind.TP_HIT


# A share out ("N% raus"), the partial profits out with no share (read; the engine refuses it
# for its unsaid share), a pips line beside it (unread on main).
PARTS_FIXED = [
    ("350+ Pips\n\n70% raus ✅", 0.7),  # dev gath28-phenex-de-035
    ("75% raus", 0.75),  # dev gath28-phenex-de-054
    ("+500 Pips Teilgewinne raus!", None),  # dev gath28-phenex-de-065
    ("#ETH 50% raus", 0.5),  # (made up)
    ("+120 Pips\n30% raus", 0.3),  # (made up)
]


@pytest.mark.parametrize(("text", "fraction"), PARTS_FIXED)
def test_read_update_when_a_share_is_out_in_german_then_a_partial_close(
    text: str, fraction: float | None
) -> None:
    update = _update(text)
    assert update is not None and update.kind is CLOSE_PARTIAL, update
    assert update.fraction == fraction


# The stop back to the entry without the stop's word (unread on main).
TO_ENTRY_FIXED = [
    "Auf Break Even bitte wieder 😇✅\n\n+65 Pips 💯",  # dev gath28-phenex-de-060
    "Auf Break Even bitte",  # (made up)
    "Auf BE setzen ✅",  # (made up)
]


@pytest.mark.parametrize("text", TO_ENTRY_FIXED)
def test_read_update_when_back_to_break_even_in_german_then_stop_to_entry(text: str) -> None:
    update = _update(text)
    assert update is not None and update.kind is MOVE_SL and update.to_entry, update


# A target collected ("abgeholt"): its report, with its number (unread on main).
TARGETS_FIXED = [
    ("TP3 wieder mal abgeholt 💵", 3),  # dev gath28-s2t-de-005
    ("TP2 schon wieder abgeholt 💵", 2),  # (made up)
]


@pytest.mark.parametrize(("text", "index"), TARGETS_FIXED)
def test_read_update_when_a_target_is_collected_in_german_then_its_report(
    text: str, index: int
) -> None:
    update = _update(text)
    assert update is not None and update.kind is TP_HIT and update.tp_index == index, update


# The stop to the entry at the reader's choice ("nach Belieben"): under a target's report the
# report is read (main read a stop move), alone no action (main moved the stop).
BELIEBEN_REPORTS_FIXED = [
    ("TP1 hit, that’s +500 pips 🚀✅\n\nSL nach Belieben auf Break Even…", 1),  # gath28-phenex-de
    ("TP1 hit, that’s +300 pips 🥷🏼✅\n\nSL nach Belieben auf Break Even…", 1),  # gath28-phenex-de
    ("TP2 erreicht ✅\nSL nach Belieben auf Einstand", 2),  # (made up)
]


@pytest.mark.parametrize(("text", "index"), BELIEBEN_REPORTS_FIXED)
def test_read_update_when_the_stop_is_the_readers_choice_under_a_report_then_the_report(
    text: str, index: int
) -> None:
    update = _update(text)
    assert update is not None and update.kind is TP_HIT and update.tp_index == index, update


# No action: the day closed, the stop offered (each read as an action on main).
NOT_ACTIONS_FIXED = [
    # dev gath28-s2t-de-019 (read as a close)
    "Was eine Woche bisher💲\n\nWir schließen den Tag und wünschen eine Gute Nacht 💯\n\n"
    "Um in Zukunft nicht nur zuzuschauen \n👉@S2TSupport",
    "Wir schließen die Woche mit +2.000 Pips ab",  # (made up)
    "SL nach Belieben auf Break Even…",  # (made up: the phenex line alone)
    "Nach Belieben SL auf Einstand",  # (made up)
]


@pytest.mark.parametrize("text", NOT_ACTIONS_FIXED)
def test_read_update_when_a_day_closes_or_the_stop_is_offered_then_no_action(text: str) -> None:
    update = _update(text)
    assert update is None or update.kind not in ACTIONS or update.problem, update


# Read as before (pass on main too).
GUARDS = [
    ("Wir schließen die Position bei #ETH", CLOSE),  # (made up)
    ("Close #ETH now", CLOSE),  # (made up)
    ("SL auf Break Even", MOVE_SL),  # (made up)
    ("Stop auf Einstand ziehen", MOVE_SL),  # (made up)
    ("TP1 hit ✅ Move SL to entry", MOVE_SL),  # (made up)
    ("TP2 hit, that’s +900 pips 🥷🏼✅", TP_HIT),  # dev gath28-phenex-de-001
    ("AUDNZD TP1 HIT ✔️", TP_HIT),  # dev gath28-s2t-de-002
    ("Teilgewinn mitnehmen 50%", CLOSE_PARTIAL),  # (made up; followup_rows_more's row)
]


@pytest.mark.parametrize(("text", "kind"), GUARDS)
def test_read_update_when_a_german_or_english_follow_up_then_as_before(
    text: str, kind: UpdateKind
) -> None:
    update = _update(text)
    assert update is not None and update.kind is kind, update


GUARDS_NONE = [
    # dev gath28-phenex-de-015: a member's own exit, thanks for the signals
    "Heute Lief super. Bin aber als allen Positionen raus, ist mir jetzt zu viel Manipulation. "
    "Wie immer vielen Dank für die Signale",
    "+150 Pips ✅",  # dev gath28-phenex-de-033
    "400+ Pips 🚀",  # dev gath28-phenex-de-053
    "Close the day trade on #BTC now and the rest later",  # (made up; unread on main too)
    "We close the week with +2000 pips",  # (made up)
]


@pytest.mark.parametrize("text", GUARDS_NONE)
def test_read_update_when_chatter_or_pips_alone_then_no_action(text: str) -> None:
    update = _update(text)
    assert update is None or update.kind not in ACTIONS, update
