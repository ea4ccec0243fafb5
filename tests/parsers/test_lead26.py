"""The lead's session-25 rulings (c) and (d) on the held-out label audit's open questions
(CONVENTIONS.md, "Rulings of session 25"), read through the parser's entry point
(EnhancedParser, as the corpus scorer and the bot read a post). Every row of the *_REFUSED tables
was read as an action on main (adfd504d); the GUARDS are read as before (they pass on both).
Forms: the rulings' own made-up examples, the dev post the ruling (d) relabelled (its id beside
it), and made-up variants, marked (made up).
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser
from parsers.models import UpdateKind
from tests.parsers.reads import follow_up

CLOSE, PARTIAL, MOVE_SL = UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.MOVE_SL
_PARSER = EnhancedParser(enable_ai=False)


# (c) A follow-up naming no coin but said of two or more trades: one coinless update acts on the
# one trade it replies to, so the post is refused (parsers/two_trades.several_trades).
SEVERAL_REFUSED = [
    "For both trades, stops to entry",  # (the ruling's example)
    "Close both trades now",  # (made up)
    "Close both positions ✅",  # (made up)
    "Move stop to entry on both",  # (made up)
    "stops to BE for both 👇",  # (made up)
    "Cancel both of the longs, the market turned",  # (made up)
    "По обеим сделкам стоп в бу",  # (made up: "for both trades, stop to break-even")
    "Закрываем обе позиции",  # (made up: "we close both positions")
]
# (the ruling's second example: not read at all, on main too: no move of the stop is read)
SEVERAL_UNREAD = ["Stops of the two trades above to 10.5"]

# (d) A close at a price named by word or number, with nothing saying it is done or now: a close
# still to come (parsers/close_to_come.py).
TO_COME_REFUSED = [
    "Update signal #XRPBULL / USDT: Fix another 1/3 at 2-2.3 price range",  # dev pnd-tg-1227773378-003
    "Close #ABC at entry price",  # (the ruling's example)
    "Close #ABC at entry",  # (made up)
    "#SOL exit at the entry level",  # (made up)
    "#ETH fix 50% at 3300",  # (made up)
]

GUARDS = [
    ("Close all trades", CLOSE, None),  # (session 17: a close of all positions)
    ("Close #ABC at entry price now", CLOSE, "ABCUSDT"),  # (made up: said now)
    ("#ABC closed at entry ✅", CLOSE, "ABCUSDT"),  # (made up: a report)
    # dev en21-swing-033 (session 23: a report)
    ("QUESS EXIT AT BUY COST..NOT  MOVEMENT", CLOSE, "QUESSUSDT"),
    ("Move SL to entry on both TP", MOVE_SL, None),  # (made up: "both" of no trade)
    ("#ETH: move stop to entry on both entries", MOVE_SL, "ETHUSDT"),  # (made up)
    ("Close #ETH, both targets done", CLOSE, "ETHUSDT"),  # (made up: the coin named)
    ("Fix profits now", CLOSE, None),  # (made up: "fix" with no price)
    ("Close half #SOL", PARTIAL, "SOLUSDT"),  # (made up)
]


@pytest.mark.parametrize("text", SEVERAL_REFUSED)
def test_several_trades_refused_with_the_reason(text: str) -> None:
    # (not read until session 26; since branch i13-tidy27 read with the reason it is not done)
    update = follow_up(text)
    assert update is not None and update.symbol is None, update
    assert update.problem is not None and "several trades" in update.problem, update


@pytest.mark.parametrize("text", SEVERAL_UNREAD + TO_COME_REFUSED)
def test_refused_not_acted_on(text: str) -> None:
    assert follow_up(text) is None


@pytest.mark.parametrize(("text", "kind", "symbol"), GUARDS)
def test_guards_read_as_before(text: str, kind: UpdateKind, symbol: str | None) -> None:
    update = follow_up(text)
    assert update is not None and (update.kind, update.symbol) == (kind, symbol)


# (i) A share fixed for two coins, told as done (dev vovilonn-ch1-ru-015): read with the reason
# it is not done (parsers/two_trades.py), as left26's closes of two coins are; one coin's
# partial close beside another coin's stop stays a partial close of the one.
def test_two_coins_share_fixed_not_done() -> None:
    update = follow_up(
        "Доброе утро, друзья! ☀️\n\n#ONDO и #PENDLE - первые цели взяты, зафиксировал 50% позиции"
    )
    assert update is not None and update.problem is not None and "PENDLE" in update.problem


@pytest.mark.parametrize(
    "text",
    [
        "#ONDO - первая цель взята, зафиксировал 50% позиции",  # (made up: one coin)
        "#JUP - первая цель, зафиксировал 50%; #VIRTUAL - стоп",  # (made up: dev -029's shape)
    ],
)
def test_one_coin_share_fixed_still_done(text: str) -> None:
    update = follow_up(text)
    assert update is not None and update.kind is PARTIAL and update.problem is None


# call_framing's "don't trade" row was gated by the straight apostrophe only: written with the
# curly one (as phones type it) the row was never asked (speed20 noticed it).
@pytest.mark.parametrize(
    "text",
    [
        "Don’t trade this, just an example:\n#ETH LONG\nEntry 3000\nTP 3200\nSL 2900",  # (made up)
        "Don’t copy this one:\n#SOL SHORT\nEntry 150\nTP 140\nSL 155",  # (made up)
    ],
)
def test_curly_apostrophe_no_call(text: str) -> None:
    signal = _PARSER.parse_sync(text)
    assert signal is not None and not signal.is_valid()


def test_all_of_a_count_still_closes_every_position() -> None:
    # (ruling (c) keeps a close of all positions, session 17: test_wa21_actions' row)
    update = follow_up("Close all 3 positions now")
    assert update is not None and update.kind is CLOSE and update.problem is None
