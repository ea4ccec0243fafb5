"""A follow-up that closes part and moves the stop in one post is read as both, in that order;
when either part is unread it carries the reason and is acted on not at all."""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from parsers.update_pair import UNREAD_SHARE, UNREAD_STOP
from parsers.updates import read_update

BOTH = [
    # text, fraction, stop price, to the entry
    ("Close 50% and move sl to entry 🔥", 0.5, None, True),
    ("ENA close 30% profit and move sl to entry", 0.3, None, True),
    ("BTC close half, move SL to 41500", 0.5, 41500.0, False),
    ("BTC take 50% profit, move stop to breakeven", 0.5, None, True),
    ("Closed 50% at TP1, SL moved to entry", 0.5, None, True),
    # The stop's level is said before the close: a number after the close is not the stop's.
    ("Move SL to entry and close 50% at 45000", 0.5, None, True),
    ("BTC move stop to 41500, close 50% now", 0.5, 41500.0, False),
    # Turkish writes the sign first and the verb last.
    ("$ORCA: %50'sini şu an kapatıyor. Kalan kısmın stop seviyesini giriş fiyatına çekiyorum.", 0.5, None, True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fraction", "price", "to_entry"), BOTH)
def test_read_when_close_and_stop_move_then_both_in_order(
    text: str, fraction: float, price: float | None, to_entry: bool
) -> None:
    u = read_update(text)
    assert u is not None
    assert (u.kind, u.then) == (UpdateKind.CLOSE_PARTIAL, UpdateKind.MOVE_SL)
    assert (u.fraction, u.price, u.to_entry, u.problem) == (fraction, price, to_entry, None)
    assert u.to_dict()["then"] == "MOVE_SL"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Close some and move SL to BE", UNREAD_SHARE),
        ("BTC close and move SL to entry", UNREAD_SHARE),
        ("BTC close 70-80% position, move SL to entry", UNREAD_SHARE),  # a range, not a share
        ("BTC: close 50% and move stop", UNREAD_STOP),
        ("Move SL and close 50% at 45000", UNREAD_STOP),  # 45000 is the close's, not the stop's
    ],
)
def test_read_when_a_part_is_unread_then_the_reason_is_carried(text: str, problem: str) -> None:
    u = read_update(text)
    assert u is not None and u.then is UpdateKind.MOVE_SL
    assert u.problem == problem


@pytest.mark.parametrize(
    "text",
    ["Move SL to entry", "Move SL to entry to secure profits", "SL moved to entry, take care"],
)
def test_read_when_only_the_stop_moves_then_a_plain_stop_move(text: str) -> None:
    u = read_update(text)
    assert u is not None
    assert (u.kind, u.then, u.problem, u.to_entry) == (UpdateKind.MOVE_SL, None, None, True)
