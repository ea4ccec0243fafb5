"""Batch gath30's shapes (session 28, branch i13-gath30): real English posts of a forex and gold
channel (NinelFX) and a forex mentorship channel ("London Live trading") in the Telegram exports
965311532/signals-backtesting stored, read through the parser's entry point (EnhancedParser, as
the corpus scorer and the bot read a post). Every row of the tables named *_FIXED was misread on
the branch's parent (main 53be5709); the GUARDS tables are read as before (they pass on both).
Forms: the batch's dev posts (their ids beside them) and made-up posts in their shape, marked
(made up).
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import check_acts, check_labelled
from tests.parsers.reads import follow_up as _update

CLOSE, CLOSE_PARTIAL, CANCEL = UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.CANCEL
MOVE_SL, TP_HIT, SL_HIT = UpdateKind.MOVE_SL, UpdateKind.TP_HIT, UpdateKind.SL_HIT

# A reply that acts, naming no coin (each unread on main, or read with a coin of a capitals
# word: "IM OUT." was IMUSDT's close, "... DELETE THIS ..." no cancel).
ACTS_FIXED = [
    ("-86 pips Close now not liking movement ❌", CLOSE, None),  # dev gath30-ninelfx-083
    ("Close now, not liking how it moves", CLOSE, None),  # (made up)
    ("I’m out !", CLOSE, None),  # dev gath30-londonlive-021
    ("We’re out of this one", CLOSE, None),  # (made up)
    ("IM OUT.", CLOSE, None),  # dev gath30-londonlive-112 (IMUSDT on main)
    ("Cut 90%", CLOSE_PARTIAL, 0.9),  # dev gath30-londonlive-110
    ("PLEASE DELETE THIS SELL LIMIT!", CANCEL, None),  # dev gath30-ninelfx-044
    ("Delete the buy limit", CANCEL, None),  # (made up)
    ("REMOVE ALL SELL LIMITS", CANCEL, None),  # (made up: read as REMOVEUSDT's, then LIMITSUSDT's)
]


@pytest.mark.parametrize(("text", "kind", "fraction"), ACTS_FIXED)
def test_read_update_when_a_coinless_reply_acts_then_its_kind_and_no_coin(
    text: str, kind: UpdateKind, fraction: float | None
) -> None:
    check_acts(text, kind, None, fraction)


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("#SOL delete the buy limit", "SOLUSDT"),  # (made up)
        ("PLEASE DELETE THIS #HYPE SELL LIMIT!", "HYPEUSDT"),  # (made up)
    ],
)
def test_read_update_when_a_tagged_coins_limit_is_deleted_then_its_cancel(
    text: str, symbol: str
) -> None:
    check_acts(text, CANCEL, symbol, None)


def test_read_update_when_a_tagged_coin_is_cut_by_a_share_then_its_partial_close() -> None:
    check_acts("#ETH cut 50% here", CLOSE_PARTIAL, "ETHUSDT", 0.5)  # (made up)


# A target hit, then the stop moved, with no comma between (a stop hit on main).
BREAK_EVEN_FIXED = [
    "Tp 1 hit stops to break even. Tp 2 139.410",  # dev gath30-londonlive-061
    "Tp 1 hit stops to break even.",  # (made up)
    "TP2 hit SL to entry",  # (made up)
]


@pytest.mark.parametrize("text", BREAK_EVEN_FIXED)
def test_read_update_when_a_target_hit_then_stops_to_break_even_then_the_stop_to_the_entry(
    text: str,
) -> None:
    update = _update(text)
    assert update is not None and update.kind is MOVE_SL and update.to_entry, update


# The stop taken by a wick; a stop hit with a recap's words in a later sentence or line
# (unread on main: the recap's words made the post a recap).
STOP_HITS_FIXED = [
    # dev gath30-londonlive-099
    "Nvm just got spiked into stop loss literally in 10 seconds. Sorry I let you guys down this "
    "week 😞",
    "Just got spiked into the stop",  # (made up)
    # dev gath29-ninelfx-026 (its first line a report, the recap after it)
    "Gold stopped out\nThis week we made only +145 pips\n+600 pips in 4 weeks\n\nI’ll post next "
    "trades on Monday",
    "Stopped out. This week was tough, next one will be better",  # (made up)
]


@pytest.mark.parametrize("text", STOP_HITS_FIXED)
def test_read_update_when_the_stop_was_taken_then_a_stop_hit(text: str) -> None:
    update = _update(text)
    assert update is not None and update.kind is SL_HIT, update


# Read as before (pass on main too).
GUARDS = [
    ("Closed 90% fuck it", CLOSE_PARTIAL, 0.9),  # dev gath30-londonlive-088
    ("Close with +5 pips, I don’t like how USD started to move", CLOSE, None),  # gath30-ninelfx
    ("✅+ 25 pips close the trade fully", CLOSE, None),  # dev gath30-ninelfx-024
    ("❌SL hit -217 pips", SL_HIT, None),  # dev gath30-ninelfx-094
    ("Price hit stops and reversed", SL_HIT, None),  # (made up)
    ("hit sl", SL_HIT, None),  # (made up)
    ("TP 1 hit, stops to break even", MOVE_SL, None),  # (made up)
    ("Cancel this sell limit", CANCEL, None),  # (made up)
    ("I'm out", CLOSE, None),  # (made up)
]


@pytest.mark.parametrize(("text", "kind", "fraction"), GUARDS)
def test_read_update_when_a_reply_then_as_before(
    text: str, kind: UpdateKind, fraction: float | None
) -> None:
    check_acts(text, kind, None, fraction)


GUARDS_NONE = [
    "Don’t close, not liking it but hold",  # (made up: the close negated)
    "Cut 5% loss",  # (made up: a loss's share, no close of a share)
    "They cut 50% of the supply",  # (made up)
    "Don't delete the buy limit",  # (made up)
    "Weekly recap: ETH TP1 hit, BTC stopped out",  # (made up: a recap's title first)
    "This week: BTC stopped out",  # (made up)
    "📊 Weekly results\nBTC stopped out\nETH closed +5%",  # (made up)
    "If you want close now at -1 pips cause this thing is ganna either fly 20 pips up or 20 "
    "pips down",  # dev gath30-londonlive-001
    "If you close now you will be profitable for the day",  # dev gath30-londonlive-080
]


@pytest.mark.parametrize("text", GUARDS_NONE)
def test_read_update_when_negated_a_loss_or_a_recap_then_no_action(text: str) -> None:
    check_labelled(text, None, None)


def test_read_update_when_a_recap_title_then_no_stop_hit() -> None:
    update = _update("Weekly recap: ETH TP1 hit, BTC stopped out")  # (made up)
    assert update is None or update.kind is not SL_HIT, update
