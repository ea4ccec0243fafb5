"""Issue 13's classes of real-channel formats, through the public parser: posts that are no new
signal (status posts, reposts, reports, lessons) and follow-ups read as the action they ask for."""

from __future__ import annotations

import pytest

from tests.parsers.issue13_reads import read_signal, sig_levels
from tests.parsers.reads import PARSER


@pytest.mark.parametrize(
    "text",
    [
        "#XRP TAKE PROFIT 2 ✅",
        "#XRP ❌ Stoploss hit",
        "#ETH/USDT\nEntry Zone: 2460 - 2478\nTake-Profit Targets:\n1) 2430 - 20%✅\n"
        "2) 2409 - 20%✅\n3) 2380 - 20%\nStop Targets:\n1) 2630",
    ],
)
def test_parse_when_status_post_then_not_a_new_signal(text: str) -> None:
    assert PARSER.parse_sync(text) is None or not PARSER.parse_sync(text).is_valid()  # type: ignore[union-attr]


def test_parse_when_new_signal_says_update_or_buy_and_hold_then_still_a_signal() -> None:
    sig = read_signal("Update: new signal created\n#XRP LONG\nEntry 0.51\nTP 0.56\nSL 0.45")
    assert sig.is_valid() and sig_levels(sig) == ([0.51], [0.56], 0.45)
    sig = read_signal(
        "#DOGE #LONG\nBUY : 0.34$- 0.365$\nTARGET 1 : 0.385$\nSTOP LOSS : 0.28$\nBUY & HOLD ✅"
    )
    assert sig.is_valid() and sig_levels(sig) == ([0.34, 0.365], [0.385], 0.28)
    # Every target decorated is styling, not targets ticked off.
    sig = read_signal("BTC LONG\nEntry Zone: 42000-42500\nTP1: 43k ✅\nTP2: 44k 🎯\nSL: 41000")
    assert sig.is_valid() and sig.take_profits == [43000.0, 44000.0]


def test_parse_when_repost_reports_a_target_hit_then_not_a_new_signal() -> None:
    text = "#ORDI Long\nEntry 42-43\nTargets 45/47/50\nSL 40\nLeverage 10x\nTP2 hit ✅"
    assert PARSER.parse_sync(text) is None
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "TP_HIT" and update.tp_index == 2


def test_parse_update_when_closed_in_profit_then_the_gain_is_not_a_share_to_close() -> None:
    update = PARSER.parse_update_sync("#ETH closed in profit +45%")
    assert update is not None and update.kind.value == "CLOSE" and update.fraction is None
    update = PARSER.parse_update_sync("close 25% of #ETH")
    assert update is not None and update.kind.value == "CLOSE_PARTIAL" and update.fraction == 0.25


@pytest.mark.parametrize(
    "text",
    [
        "#BTC price is close to our entry, get ready",
        "#SOL getting close to TP1",
        "#BTC if 4h candle closes below 60000 we exit",
        "BTC is closing the week strong",
        "Market update: BTC closed the day above 65k",
        "Cancel if price breaks 60k #BTC",
        "Close your position if BTC drops below 60k",
        "Close ETH when it reaches 3500",
    ],
)
def test_parse_update_when_close_or_cancel_is_not_an_instruction_then_no_action(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is None or update.kind.value not in ("CLOSE", "CLOSE_PARTIAL", "CANCEL"), update


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("#DOGE: close your shorts", "CLOSE"),
        ("#LINK Closed at breakeven", "CLOSE"),
        ("Cancel #BTC", "CANCEL"),
        ("Close algo", "CLOSE"),
    ],
)
def test_parse_update_when_close_or_cancel_is_an_instruction_then_read(
    text: str, kind: str
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == kind and update.symbol, update


@pytest.mark.parametrize(
    "text",
    [
        "Our last BTC long hit TP 65000, next entry 60000",
        "#BTC weekly recap: entry 60000 hit, TP1 62000 hit, TP2 64000 hit ✅",
        "Reminder: our #ETH long from 3000 is still open, SL at 2900",
    ],
)
def test_parse_when_post_reports_on_an_earlier_signal_then_not_tradable(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), sig


def test_parse_when_post_says_it_is_not_a_signal_then_none() -> None:
    assert PARSER.parse_sync("#XRP short idea (not a signal): entry 0.62, TP 0.58, SL 0.65") is None


@pytest.mark.parametrize(
    ("text", "kind", "fraction", "price"),
    [
        ("SL updated to 2900 #ETH", "MOVE_SL", None, 2900.0),
        ("Partial close #XRP", "CLOSE_PARTIAL", None, None),
        ("Book some profits on #SOL", "CLOSE_PARTIAL", None, None),
        ("#TRX Signal Closed\nTotal of 2/5 targets hit\nProfit 13.95%", "CLOSE", None, None),
    ],
)
def test_parse_update_when_worded_as_channels_do_then_kind_and_numbers(
    text: str, kind: str, fraction: float | None, price: float | None
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == kind, update
    assert (update.fraction, update.price) == (fraction, price)


def test_parse_update_when_stop_names_a_coin_then_close_it() -> None:
    update = PARSER.parse_update_sync("Stop DOGEUSDT\n\nby @CRR")
    assert update is not None and update.kind.value == "CLOSE" and update.symbol == "DOGEUSDT"
    assert PARSER.parse_update_sync("Stop it") is None


def test_parse_update_when_stop_move_is_for_later_then_nothing_moves_now() -> None:
    assert PARSER.parse_update_sync("Move SL to entry once TP1 is hit #ETH") is None
    done = PARSER.parse_update_sync("SL moved to entry after TP1 hit #BTC")
    assert done is not None and done.kind.value == "MOVE_SL" and done.to_entry
    now = PARSER.parse_update_sync("TP1 hit ✅ move SL to entry #ETH")
    assert now is not None and now.kind.value == "MOVE_SL" and now.to_entry


def test_parse_update_when_a_new_signal_words_its_targets_as_closes_then_no_close() -> None:
    text = (
        "#ETH Open SHORT between 2450 - 2500\nTargets:\n"
        "1) Close the order at the price 2400\n2) Close the order at the price 2350\n"
        "StopLoss: 2600"
    )
    assert PARSER.parse_update_sync(text) is None


@pytest.mark.parametrize("text", ["#BTC 浮盈过半，稳健带成本损", "#BTC 浮盈過半，穩健帶成本損"])
def test_parse_update_when_chinese_says_carry_a_stop_at_cost_then_stop_to_entry(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "MOVE_SL" and update.to_entry


def test_parse_update_when_chinese_says_keep_your_stops_then_nothing_moves() -> None:
    assert PARSER.parse_update_sync("#BTC 带好止损") is None


@pytest.mark.parametrize(
    "text",
    [
        "#XRP Take-Profit target 1 ✅\nProfit: 12.5%\nPeriod: 2 Hours",
        "🔥 #XRP/USDT TP1 0.56 DONE ✅",
        "#XRP/USDT Target 2 reached 🎯 +25% profit\nEntry 0.51 TP2 0.60",
        "XRP stopped out at 0.45 ❌",
        "#ETH/USDT LONG\nEntry: 3000\nTP1: 3100\nSL: 2900\nClosed at 3150 with +5% profit",
    ],
)
def test_parse_when_status_post_variant_then_never_a_new_signal(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), sig


def test_parse_update_when_every_target_ticked_with_its_price_then_the_last_ticked_is_hit() -> None:
    text = (
        "COIN: $WAXP/USDT (3-5x)\nDirection: LONG\nTarget 1: 0.0642✔️\nTarget 2: 0.065✔️\n"
        "Target 3: 0.067✔️\n\nBook your seat now and never miss another move!"
    )
    assert PARSER.parse_sync(text) is None
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "TP_HIT" and update.tp_index == 3


def test_parse_update_when_negation_is_far_from_the_verb_then_not_negated() -> None:
    # "never miss another move" is a promotion, not "never move the stop".
    update = PARSER.parse_update_sync("#ETH TP2 hit ✅ never miss another move with our VIP")
    assert update is not None and update.kind.value == "TP_HIT"
    assert PARSER.parse_update_sync("#ETH don't close yet") is None


@pytest.mark.parametrize(
    ("text", "kind", "index"),
    [
        ("We waited 5 days, currently hit TP2.", "TP_HIT", 2),
        ("#HOME Quick 118 % Profit\n🎯 Targets 1, 2, 3, 4, 5 Done ✅", "TP_HIT", 5),
        ("#CAKE two targets done ✅\n+52% profit (10x lev)", "TP_HIT", 2),
        ("#BNBUSDT report\n❌ Reaching Stop-Loss: -6% (x10lev)", "SL_HIT", None),
        ("#HYPE/USDT Closed at trailing stoploss after reaching take profit", "SL_HIT", None),
        ("COIN: $SOL/USDT\nDirection: LONG\nSTOP LOSS: 170.23\n\n4.55% Loss (2x)", "SL_HIT", None),
        ("рекомендую снять все лимитные ордера #BTC", "CANCEL", None),
    ],
)
def test_parse_update_when_reports_of_session_5_dev_sources_then_kind_read(
    text: str, kind: str, index: int | None
) -> None:
    assert PARSER.parse_sync(text) is None or not PARSER.parse_sync(text).is_valid()  # type: ignore[union-attr]
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == kind, update
    if index is not None:
        assert update.tp_index == index


def test_parse_when_a_lesson_works_an_example_then_no_signal() -> None:
    text = (
        "Ví dụ: Mua XRP ở mức $2.75 → Đặt TP ở mức $2.88\n"
        "Điểm vào: $2.75\nTP1: $2.88\nTP2: $2.95\nSL: $2.70"
    )
    assert PARSER.parse_sync(text) is None
    # A signal that gives an example of sizing, with no level label on that line, is read.
    sig = read_signal(
        "#BCH Buy Setup\nFor example, put 1k now and another 1k at 529.\n"
        "Entry: CMP and DCA at 529\nSL: 461.4\nTarget 1: 721.2"
    )
    assert sig.is_valid() and sig.take_profits == [721.2]
