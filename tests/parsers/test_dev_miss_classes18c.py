"""Reading classes of issue 13, session 17 (i13-nfix18), third part: entry labels gatherer O's
later dev batches showed unread (each a general form in several variants, not a corpus message),
through the public parser, with the near misses still read as before. Each fails without its
rule."""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import PARSER, valid


# Class: a Chinese entry label whose value is the market price in words ("進場位置:現價輕倉進":
# enter a light position at the market price; "进场:市价"): a market entry (Chinese letters have
# no case, so the value was taken for no words and the call refused).
@pytest.mark.parametrize(
    "entry", ["進場位置:現價輕倉進", "進場位置  現價輕倉進-", "进场:市价", "入场位置：现价进场"]
)
def test_signal_when_a_chinese_entry_label_says_the_market_price_then_market(entry: str) -> None:
    sig = valid(f"MAV 多\n{entry}\n止盈；0.054-0.057附近\n止損：0.049")
    assert sig.entries == [] and sig.take_profits == [0.054, 0.057] and sig.stop_loss == 0.049


# ... and the same market words with a price after them still give that price: "現價輕倉進-3115
# 附近補倉多" (at market, add near 3115).
def test_signal_when_the_market_words_give_a_price_then_that_entry() -> None:
    sig = valid("ETH ；現價輕倉進-3115附近補倉多\n目標 ；3175-3200\n止損: 3108附近")
    assert sig.entries == [3115.0]


# Near miss: an entry label with no price and no market word is still refused.
def test_signal_when_a_chinese_entry_label_says_nothing_then_refused() -> None:
    sig = PARSER.parse_sync("MAV 多\n進場位置:等回踩\n止盈；0.054-0.057\n止損：0.049")
    assert sig is not None and not sig.is_valid()


# Class: the entries added below the first under "Averaging (DCA):", "Averaging zone:" (a label
# no table held: the two prices were left unclaimed and the call refused).
@pytest.mark.parametrize("label", ["Averaging (DCA): ", "Averaging zone: ", "Averaging: "])
def test_signal_when_averaging_entries_follow_the_entry_then_all_entries(label: str) -> None:
    sig = valid(
        f"#ATOM/USDT\nSignal Type: Long\nEntry Zone: 10.869\n{label}10.146, 9.610\n"
        "Targets:\n11.307\n11.746\nStopLoss: 9.115"
    )
    assert sig.entries == [10.869, 10.146, 9.61] and sig.stop_loss == 9.115


# Class: "leave first" said after where ("在成本价附近先走": near the cost, leave first), after a
# little profit taken ("擼點先走"), or with the place between ("先成本价附近走"): a close (unread).
@pytest.mark.parametrize(
    "post",
    [
        "这个空单在成本价附近先走",
        "害怕的可以擼點先走，目前在成本價",
        "先成本价附近走，晚点看情况给新的",
        "可以在3000附近先走",
    ],
)
def test_update_when_a_chinese_reply_says_leave_first_near_a_place_then_close(post: str) -> None:
    upd = PARSER.parse_update_sync(post)
    assert upd is not None and upd.kind is UpdateKind.CLOSE


# Near misses: the price's own move ("先走一波", "附近先走到3100") closes nothing.
@pytest.mark.parametrize("post", ["价格先走一波", "3000附近先走到3100"])
def test_update_when_the_price_moves_first_then_no_close(post: str) -> None:
    upd = PARSER.parse_update_sync(post)
    assert upd is None or upd.kind is not UpdateKind.CLOSE


# Class: a reply opening with the side's order stopped ("空單止損，太猛了": the short stopped out,
# too strong), in simplified or traditional letters: a stop hit (unread).
@pytest.mark.parametrize("post", ["空單止損，太猛了，😱😱，重新再戰😭", "多单止损。", "多单止损"])
def test_update_when_a_reply_opens_with_the_sides_order_stopped_then_stop_hit(post: str) -> None:
    upd = PARSER.parse_update_sync(post)
    assert upd is not None and upd.kind is UpdateKind.SL_HIT


# Near miss: the same words with a level after them are a signal's stop field, no hit.
def test_update_when_the_sides_stop_gives_a_level_then_no_hit() -> None:
    upd = PARSER.parse_update_sync("空单止损:3040")
    assert upd is None or upd.kind is not UpdateKind.SL_HIT
