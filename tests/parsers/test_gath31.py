"""Batch gath31's shapes (session 29, branch i13-gath31): the Chinese trader's next block and the
radar channel's next cards in the "valuescan" group (Han-tiv/web3's export, after batch
gath30w's), and a gold channel's English follow-ups never used before (syntyxlabs/SignalTrader's
Telethon export of "TRUE NORTH - VIP"), read through the parser's entry point (EnhancedParser, as
the corpus scorer and the bot read a post). Forms: the batch's dev posts (their ids beside them)
and made-up posts in their shape, marked (made up). Which rows fail on the branch's parent (main
72edfbff: 30 of the 51 tests) is said above each table; the guard rows pass on both.
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import check_acts, check_asks_nothing, check_labelled
from tests.parsers.reads import follow_up as _update

CLOSE, CLOSE_PARTIAL, MOVE_SL = UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.MOVE_SL
CANCEL = UpdateKind.CANCEL

# The trader's "most profit taken, a base kept" replies: a partial close, its share unsaid
# (every row fails on main: no update read).
CHINESE_FIXED = [
    ("止盈大部分 留个底仓", None),  # (dev gath31-lzyh-zh-053)
    ("这个留个底仓 就好", None),  # (dev gath31-lzyh-zh-064)
    ("止盈大部分", None),  # (made up)
    ("留个底仓 就好", None),  # (made up: the dev form's space, with no "这个")
    ("这个留个底仓", None),  # (made up)
    ("以太 止盈大部分 留个底仓", "ETHUSDT"),  # (made up: the coin named first)
]


@pytest.mark.parametrize(("text", "symbol"), CHINESE_FIXED)
def test_read_update_when_most_taken_and_a_base_kept_then_a_partial_close(
    text: str, symbol: str | None
) -> None:
    check_acts(text, CLOSE_PARTIAL, symbol, None)


# Not a partial close now: a question, a negation, a reduce weighed, advice (made up; pass on both).
CHINESE_NOT = [
    "止盈大部分了吗",
    "不要止盈大部分",
    "这个留个底仓 就好？",
    "好的 标的 不要一次走完 留个底仓 保本",  # (dev gath29w-lzyh-zh-488: advice of the method)
    "kmno 的底仓 还有人在吗",  # (dev gath31-lzyh-zh-123)
]


@pytest.mark.parametrize("text", CHINESE_NOT)
def test_read_update_when_no_partial_close_asked_then_no_action(text: str) -> None:
    check_asks_nothing(text)


# A time zone's offset is never a stop's level: the radar card's advice read as a stop move to 8
# on main (its clock "(UTC+8)"); the first two rows fail on main.
_FOMO_CARD = (  # (dev gath31-valuescan-zh-032)
    "🔥 $EVAA FOMO 情绪加剧 🔥 币安Alpha\n━━━━━━━━━\n⚠️ 市场情绪过热，注意止盈\n🌡️ FOMO 情绪达到高位，"
    "防范突发回调风险\n💵 现价: $10.546\n📉 24H跌幅: -13.28%\n📊 类型: 合约\n💼 资金状态: FOMO加剧\n\n"
    "💡 风险提示:\n   • 🔥 FOMO 情绪过热（风险信号）\n   • 📉 市场可能面临突发回调\n   • 💰 已持仓建议分批止盈\n"
    "   • 🛑 不建议追高买入\n   • 🎯 可设置移动止损保护利润\n   • ⏰ 密切关注价格走势变化\n\n#FOMO加剧\n"
    "━━━━━━━━━\n🕐 20:00:31 (UTC+8)"
)


def test_read_update_when_a_radar_card_advises_a_trailing_stop_then_no_level_and_no_action() -> (
    None
):
    update = _update(_FOMO_CARD)
    assert update is None or (update.price is None and update.problem), update
    check_labelled(_FOMO_CARD, None, None)


def test_read_update_when_a_stop_move_over_a_clock_then_the_zone_is_no_level() -> None:
    update = _update("🎯 移动止损\n🕐 20:00:31 (UTC+8)")  # (made up)
    assert update is not None and update.kind is MOVE_SL and update.price is None, update
    assert update.problem, update


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Move SL to 2900 (UTC+3)", 2900.0),  # (made up: the level before the zone)
        ("SL moved to 0.512\n🕐 20:00 (GMT+8)", 0.512),  # (made up)
    ],
)
def test_read_update_when_a_stop_level_then_the_level_not_the_zone(text: str, price: float) -> None:
    check_labelled(text, MOVE_SL, None, price)


# The gold channel's close at break even or at the entry price: a level to come, neither now nor
# done (the session-25 ruling): refused. Every row read as a close on main (the first three: wrong
# actions in the blind reading).
CLOSES_TO_COME = [
    "CLOSE THIS TRADE ON ENTRY PRICE FOR  BREAKEVEN",  # (dev gath31-truenorth-088)
    "CLOSE YOUR TRADES TO Break even!",  # (dev -110)
    "CLOSE ALL YOUR TRADES ON BREAK EVEN. NEWS COMING",  # (dev -121)
    "Close the trade at break-even",  # (made up)
    "close at BE",  # (made up)
    "Close your trades on the entry price for a breakeven trade",  # (made up)
]


@pytest.mark.parametrize("text", CLOSES_TO_COME)
def test_read_update_when_a_close_at_break_even_to_come_then_no_action(text: str) -> None:
    check_asks_nothing(text)


# Closes now or done, the break-even only their result: still closes. On main the first row read
# as the coin BREAK and the last two (an entry looked for) were refused as several changes; the
# other three pass on both.
CLOSES_NOW = [
    "CLOSED AT BREAK EVEN!!!",  # (dev gath31-truenorth-032)
    "CLOSED ON ENTRY PRICE FOR BREAKEVEN TRADE. We will look for a better entry",  # (dev -091)
    "Close at BE now",  # (made up: now)
    "CLOSE THE TRADE  we will find another Entry!",  # (dev -031)
    "CLOSE THIS TRADE. WE HIT BREAK EVEN. Looking for another Entry!",  # (dev -048)
    "CLOSE THE TRADE\n\nBREAKEVEN. Lets find another entry",  # (dev -083)
]


@pytest.mark.parametrize("text", CLOSES_NOW)
def test_read_update_when_a_close_now_then_a_close(text: str) -> None:
    check_acts(text, CLOSE, None, None)
    update = _update(text)
    assert update is not None and not update.problem, update


def test_read_update_when_a_close_then_a_new_entry_at_a_price_then_several_changes() -> None:
    # (made up: a new order is placed beside the close: still refused, as order_changes says)
    check_asks_nothing("Close the trade. New entry at 2400")


# "BREAK EVEN" in capitals is no coin: read as BREAKUSDT on main (fail on main).
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("CLOSE THIS TRADE. WE HIT BREAK EVEN.", CLOSE),  # (made up: dev -048's first sentences)
        ("TP1 HIT. SL TO BREAK EVEN", MOVE_SL),  # (made up)
        ("BREAK EVEN", MOVE_SL),  # (made up)
    ],
)
def test_read_update_when_break_even_in_capitals_then_no_coin(text: str, kind: UpdateKind) -> None:
    check_acts(text, kind, None, None)


# The channel's capitals beside its reply's words are no coin (TRADES, CONGRATS, YOUR, CLOSING,
# GUYS: read as those coins on main, every row failing there); a listed coin that is also a word
# (OMG) is still the coin when tagged or paired (pass on both).
CAPITALS = [
    ("CLOSE ALL TRADES GUYS»>NEWS COMING", CLOSE),  # (dev gath31-truenorth-053)
    ("TRADE CLOSED. Hitting TP4\n\nCONGRATS EVERYONE", CLOSE),  # (dev -066)
    ("MOVE YOUR SL TO TP2", MOVE_SL),  # (dev -064)
    ("CLOSING ALL THE TRADES!!!", CLOSE),  # (dev -078)
    ("WE Hit TP1 on this one! CLOSING THIS TRADE", CLOSE),  # (dev -052)
    ("GUYS CLOSE THIS TRADE", CLOSE),  # (made up)
]


@pytest.mark.parametrize(("text", "kind"), CAPITALS)
def test_read_update_when_capital_words_beside_the_reply_then_no_coin(
    text: str, kind: UpdateKind
) -> None:
    check_acts(text, kind, None, None)


@pytest.mark.parametrize(
    ("text", "symbol"), [("#OMG close now", "OMGUSDT"), ("Close OMG/USDT", "OMGUSDT")]
)
def test_read_update_when_a_listed_word_tagged_or_paired_then_the_coin(
    text: str, symbol: str
) -> None:
    check_acts(text, CLOSE, symbol, None)  # (made up)


# The pending orders deleted: a cancel (the first and last rows fail on main, no update read; a
# reply of the lexicon's words alone, the second, passes on both).
@pytest.mark.parametrize(
    "text",
    [
        "Delete all the Pending orders you placed... We will look for another entry",  # (dev -047)
        "Delete the pending orders",  # (made up)
        "Remove all pending limits",  # (made up)
    ],
)
def test_read_update_when_pending_orders_deleted_then_a_cancel(text: str) -> None:
    check_acts(text, CANCEL, None, None)


# The stop edited: a stop move, with no level the reason it is not done (fail on main).
def test_read_update_when_sl_edited_then_a_stop_move_with_no_level() -> None:
    update = _update("SL Edited")  # (dev gath31-truenorth-046)
    assert update is not None and update.kind is MOVE_SL, update
    assert update.price is None and not update.to_entry and update.problem, update


def test_read_update_when_sl_edited_to_a_level_then_the_move() -> None:
    check_labelled("SL edited to 2400", MOVE_SL, None, 2400.0)  # (made up)


# The channel's other replies, read as labelled on both (guards): its stop moves, stop hits,
# closes, and status posts.
GUARDS = [
    ("ADJUST SL TO 2393.40", MOVE_SL, 2393.4),  # (dev -011)
    ("move your SL to 2574", MOVE_SL, 2574.0),  # (dev -125)
    ("TRADE FULLY CLOSED", CLOSE, None),  # (dev -020)
    ("SL HIT...We will look for another entry", UpdateKind.SL_HIT, None),  # (dev -055)
    ("ACTIVATED", None, None),  # (dev -003)
    (
        "CLOSING THE WEEK WITH WINS\n\n4 TRADES THROWN THIS WEEK\n\n3 Wins\n1 Sl",
        None,
        None,
    ),  # (-056)
    ("You can layer your trade", None, None),  # (dev -113)
]


@pytest.mark.parametrize(("text", "kind", "price"), GUARDS)
def test_read_update_when_the_channels_other_replies_then_as_labelled(
    text: str, kind: UpdateKind | None, price: float | None
) -> None:
    check_labelled(text, kind, None, price)
