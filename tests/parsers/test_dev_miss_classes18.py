"""Reading classes of issue 13, session 17 (i13-nfix18: the dev misses left and gatherer O's new
dev messages): each a general form written in several variants (not a corpus message), through
the public parser, with the near misses that must still be read as before. Each fails without
its rule."""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import PARSER, valid


# Class (a wrong action): a stop set right after an entry offered at a price is that new plan's
# stop ("buy at 2980, set SL at 2960"), never a move of an open trade's stop.
@pytest.mark.parametrize(
    "post",
    [
        "You can also buy at 2980, set SL at 2960",
        "Aggressive traders can long around $2,980 and put the stop at 2,960",
        "也可以在2980去接，止损放在2960附近",
        "破了可以留意2900-2930附近区间接，止损放在2880",
        "可以接在0.52，止损设在0.50",
    ],
)
def test_update_when_a_stop_is_set_after_an_entry_offer_then_no_stop_move(post: str) -> None:
    upd = PARSER.parse_update_sync(post)
    assert upd is None or upd.kind is not UpdateKind.MOVE_SL


# Near misses: a stop moved with no entry offered, or after an entry reported filled, still moves.
@pytest.mark.parametrize(
    ("post", "price"),
    [
        ("Set SL at 2960", 2960.0),
        ("ETH 止损放在2960", 2960.0),
        ("#ETH long entry 2950 filled, move SL to 2960", 2960.0),
    ],
)
def test_update_when_a_stop_is_moved_with_no_entry_offer_then_still_a_move(
    post: str, price: float
) -> None:
    upd = PARSER.parse_update_sync(post)
    assert upd is not None and upd.kind is UpdateKind.MOVE_SL and upd.price == price


# Class: the channel's own partial close in the past tense beside a stop move ("Booked 50% at
# TP1, SL to entry"): both actions, the close first (it was read as the stop move alone).
@pytest.mark.parametrize(
    ("post", "fraction"),
    [
        ("Booked 50% at TP1, SL to entry", 0.5),
        ("#SOL booked 30% here, moving SL to entry", 0.3),
        ("Booked half at TP2 and SL moved to breakeven", 0.5),
    ],
)
def test_update_when_a_booked_share_comes_with_a_stop_move_then_both(
    post: str, fraction: float
) -> None:
    upd = PARSER.parse_update_sync(post)
    assert upd is not None
    assert (upd.kind, upd.then, upd.fraction) == (
        UpdateKind.CLOSE_PARTIAL,
        UpdateKind.MOVE_SL,
        fraction,
    )
    assert upd.to_entry and upd.problem is None


# Near miss: a running total booked is no share of what is left: the stop move alone.
def test_update_when_a_booked_total_comes_with_a_stop_move_then_the_move_alone() -> None:
    upd = PARSER.parse_update_sync("We booked 90% in total, SL to entry")
    assert upd is not None and upd.kind is UpdateKind.MOVE_SL and upd.fraction is None


# Class (a wrong trade): a call posted again with its first targets marked hit by a target emoji
# after the value ("#AST hit 661🎯"'s mark) and the later ones bare: a report, never a new trade.
@pytest.mark.parametrize(
    "post",
    [
        "DOGE long\nTarget 1: 0.22 🎯\nTarget 2: 0.25\nTarget 3: 0.28",
        "#DOGE/USDT LONG\nEntry 0.20\nTarget 1: 0.22 🎯\nTarget 2: 0.25 🎯\nTarget 3: 0.28\nSL 0.18",
        "#SOL SHORT\nEntry 150\nTP1 145🎯\nTP2 140\nTP3 135\nStop 155",
    ],
)
def test_signal_when_the_first_targets_are_marked_hit_then_no_new_trade(post: str) -> None:
    sig = PARSER.parse_sync(post)
    assert sig is None or not sig.is_valid()


# Near misses: every target so decorated, or the emoji as the targets' label, is a call's styling.
@pytest.mark.parametrize(
    "post",
    [
        "#DOGE/USDT LONG\nEntry 0.20\nTarget 1: 0.22 🎯\nTarget 2: 0.25 🎯\nTarget 3: 0.28 🎯\nSL 0.18",
        "#DOGE/USDT LONG\nEntry 0.20\n🎯 Target 1: 0.22\n🎯 Target 2: 0.25\nSL 0.18",
    ],
)
def test_signal_when_every_target_is_decorated_then_still_a_call(post: str) -> None:
    sig = PARSER.parse_sync(post)
    assert sig is not None and sig.is_valid() and sig.take_profits[:2] == [0.22, 0.25]


# Class: the emoji labels of a futures card: "🎬 2605" (action: the entry) and "🔴🚨 : 2786" (the
# stop); the entry was unread and the stop read as a last target, refused.
@pytest.mark.parametrize(
    ("post", "entry", "stop"),
    [
        (
            "💎 #LINK / #USDT\n🎬 20.807\n#SHORT\n🎯1️⃣ : 20.721\n🎯2️⃣ : 20.643\n🔴🚨 : 21.825",
            20.807,
            21.825,
        ),
        ("#SOL/USDT LONG\n🎬 150.5\n🎯 155\n🎯 160\n🚨: 144", 150.5, 144.0),
        ("AVAX/USDT\nLONG 5x\n🎬 : 20.10\nTP 21 - 22\n🚨 = 19.40", 20.10, 19.40),
    ],
)
def test_signal_when_a_card_marks_entry_and_stop_by_emoji_then_read(
    post: str, entry: float, stop: float
) -> None:
    sig = valid(post)
    assert (sig.entries, sig.stop_loss) == ([entry], stop)


# Near miss: a siren heading an alert, with no colon before its number, is no stop.
def test_signal_when_a_siren_heads_an_alert_then_no_stop() -> None:
    sig = PARSER.parse_sync("#BTC/USDT LONG\n🚨 3 HOURS LEFT 🚨\nEntry 65000\nTP 66000")
    assert sig is None or sig.stop_loss is None


# Class: a Latin word alone heading a call whose fields carry Chinese labels ("bera / 進場位置：
# 2.20-2.21 / 止損：2.134"), in any case or before a Chinese note, is the coin (it was unread).
@pytest.mark.parametrize(
    ("post", "symbol"),
    [
        ("bera\n進場位置：2.20-2.21附近\n止盈:2.4-2.5\n止損：2.134", "BERAUSDT"),
        ("Jto\n进场位置：1.88-1.91附近\n止盈:1.95-2.0\n止损：1.8423\n这次要小仓位", "JTOUSDT"),
        ("PUMP 三次回撤支撐👊\n多\n进场位置:0.0050-0.0048\n止损:0.0046", "PUMPUSDT"),
        ("sol\n入场:150-148\n止盈:160\n止损:140", "SOLUSDT"),
    ],
)
def test_signal_when_a_word_heads_a_call_with_chinese_labels_then_it_is_the_coin(
    post: str, symbol: str
) -> None:
    sig = valid(post)
    assert sig.symbol == symbol and sig.side == "LONG"


# Near miss: the same word over English labels stays unread as a coin (a word, not a ticker).
def test_signal_when_a_lower_word_heads_english_labels_then_no_coin_from_it() -> None:
    sig = PARSER.parse_sync("going\nEntry: 150-148\nTP: 160\nStop: 140")
    assert sig is None or not sig.is_valid()


# Class (a wrong trade): a whole price written with its dot before a range's dash ("15. - 16.8",
# "止盈:15.—16.8") is the range's first price, not a list index "15." (the target was dropped
# silently, or the dash read as a minus sign and the call refused).
@pytest.mark.parametrize(
    "targets",
    ["TP: 15. - 16.8", "TP: 15.-16.8", "止盈:15.—16.8", "Targets: 15. ~ 16.8"],
)
def test_signal_when_a_range_opens_with_a_whole_price_and_its_dot_then_both_targets(
    targets: str,
) -> None:
    sig = valid(f"#INJ LONG\nEntry 14.30-14.27\n{targets}\nSL: 13.984")
    assert sig.take_profits == [15.0, 16.8]


# Near miss: a numbered list's "1." is still an index.
def test_signal_when_a_list_numbers_its_targets_with_a_dot_then_indexes_dropped() -> None:
    sig = valid("#INJ LONG\nEntry 14.30-14.27\nTargets:\n1. 15\n2. 16.8\nSL: 13.984")
    assert sig.take_profits == [15.0, 16.8]


# Class: a call's first line, its coin and the zone to enter, closed by a note in brackets that
# holds no number ("ETH ；2900-2925附近（激進單）": the order's kind): the zone is the entry (the
# note left the line unread and the call refused).
@pytest.mark.parametrize(
    "head",
    ["ETH ；2900-2925附近（激進單）", "ETH ；2900-2925附近(轻仓)", "ETH: 2900-2925 (aggressive)"],
)
def test_signal_when_the_coins_zone_line_ends_in_a_bracketed_note_then_the_zone_is_the_entry(
    head: str,
) -> None:
    sig = valid(f"{head}\n目標 ；2955-2985\n止損: 2870附近")
    assert (sig.symbol, sig.entries, sig.stop_loss) == ("ETHUSDT", [2900.0, 2925.0], 2870.0)


# Near miss: a number in the brackets is no note of the order's kind: the line stays unclaimed.
def test_signal_when_the_bracket_holds_a_number_then_the_line_is_not_the_entry() -> None:
    sig = PARSER.parse_sync("ETH ；2900-2925附近（2850）\n目標 ；2955-2985\n止損: 2870附近")
    assert sig is None or not sig.is_valid()


# Class: a one-line order "COIN [spot|limit] a-b stop c" headed by a major coin in any case
# ("Sol limit ..."), or with its order word glued to a price written from its dot ("limit
# spot.8180-.8040"): the zone is the entry (both were unread).
@pytest.mark.parametrize(
    ("post", "symbol", "entries", "stop"),
    [
        ("Sol limit 150.2-148.9 stop 141", "SOLUSDT", [150.2, 148.9], 141.0),
        ("eth 3020-2990 stop 2940", "ETHUSDT", [3020.0, 2990.0], 2940.0),
        ("AZERO limit spot.8180-.8040 stop .7750", "AZEROUSDT", [0.818, 0.804], 0.775),
        ("Xrp spot.52-.51 stop .49", "XRPUSDT", [0.52, 0.51], 0.49),
    ],
)
def test_signal_when_a_one_line_order_names_a_major_in_any_case_then_read(
    post: str, symbol: str, entries: list[float], stop: float
) -> None:
    sig = valid(post)
    assert (sig.symbol, sig.side, sig.entries, sig.stop_loss) == (symbol, "LONG", entries, stop)


# Near miss: a word that is no major coin heading the same order names no coin.
@pytest.mark.parametrize("post", ["Going 150.2-148.9 stop 141", "Buy 150.2-148.9 stop 141"])
def test_signal_when_a_word_heads_a_one_line_order_then_no_coin(post: str) -> None:
    sig = PARSER.parse_sync(post)
    assert sig is None or not sig.is_valid()
