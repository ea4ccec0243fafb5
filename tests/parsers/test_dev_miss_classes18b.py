"""Reading classes of issue 13, session 17 (i13-nfix18), second part: the wrong trades and wrong
actions of gatherer O's later dev batches, by class (each a general form in several variants, not
a corpus message), through the public parser, with the near misses still read as before. Each
fails without its rule."""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import PARSER, valid


# Class (a wrong trade): a leverage range written right after Chinese ("只能用低倍2X-5X": low
# leverage only, 2x to 5x) is read from its lowest end, as "Leverage 2X-5X" is (the first "2X"
# touched a CJK letter and was skipped: 5x was traded).
@pytest.mark.parametrize("note", ["只能用低倍2X-5X", "只能用2X-5X", "建议用3x-10x"])
def test_signal_when_a_leverage_range_follows_chinese_then_its_lowest_end(note: str) -> None:
    sig = valid(f"SOL 多\n進場位置：150-148\n止損：140\n{note}")
    assert sig.leverage == int(note.lower().split("x")[0][-1])


# Near miss: the label glued to its value still reads.
def test_signal_when_the_leverage_label_is_glued_to_its_value_then_read() -> None:
    assert valid("SOL 多\n進場位置：150-148\n止損：140\n杠杆10x").leverage == 10


# Class (a wrong trade): entries alone inside a Chinese sentence of plans under the entry label
# ("进场位置:激進的可以小小倉，搏一個突破 ... 若突破壓力失敗，在趨勢線6.41-6.44接"), with no target
# and no stop: an idea told in prose, as the English sentence is (Chinese writes no spaces, so
# its words went uncounted and the zone was traded).
@pytest.mark.parametrize(
    "entry",
    [
        "进场位置:激進的可以小小倉，搏一個突破，穩健的可以等它突破回踩確認，若突破壓力失敗，在趨勢線6.41-6.44接",
        "入场:稳健的等回踩确认再进，激进的可以现在小仓试一下，回踩到6.41-6.44附近再补",
    ],
)
def test_signal_when_lone_entries_stand_in_a_chinese_sentence_then_review(entry: str) -> None:
    sig = PARSER.parse_sync(f"Lpt 多\n{entry}")
    assert sig is not None and not sig.is_valid()
    assert any("in a sentence" in why for why in sig.review)


# Near miss: a short labelled zone alone is still read (its zone, no prose reason), and refused
# as half a call: an entry with neither a target nor a stop (the session-21 ruling); with a stop
# it is the trade.
def test_signal_when_a_short_chinese_entry_label_gives_a_zone_then_read() -> None:
    sig = PARSER.parse_sync("Lpt 多\n进场位置:6.41-6.44")
    assert sig is not None and sig.entries == [6.41, 6.44] and not sig.is_valid()
    assert not any("in a sentence" in why for why in sig.review)
    assert any("no target and no stop" in why for why in sig.review)
    assert valid("Lpt 多\n进场位置:6.41-6.44\n止损:6.2").entries == [6.41, 6.44]


# Class (a wrong action): a Chinese clause of condition ("怕的话，也可以不进": if afraid, you
# may also stay out) before the action's word: an option, no cancel.
@pytest.mark.parametrize(
    "post",
    [
        "激进可以市价进，到20补仓，怕的话，也可以不进",
        "跌破3000的话，可以先平仓",
        "不放心的话可以取消挂单",
    ],
)
def test_update_when_a_chinese_condition_clause_precedes_the_action_then_none(post: str) -> None:
    upd = PARSER.parse_update_sync(post)
    assert upd is None or upd.kind not in (UpdateKind.CANCEL, UpdateKind.CLOSE)


# Near miss: the same actions said outright still act.
@pytest.mark.parametrize(
    ("post", "kind"), [("这单不进了", UpdateKind.CANCEL), ("ETH 平仓", UpdateKind.CLOSE)]
)
def test_update_when_a_chinese_action_is_said_outright_then_read(
    post: str, kind: UpdateKind
) -> None:
    upd = PARSER.parse_update_sync(post)
    assert upd is not None and upd.kind is kind


# Class (a wrong trade of the harness, seed 21 after gatherer O's batches): the side word ending
# the heading's line over a field that opens with "Volume" ("ARPA/USDT SELL" / "Volume: 3%") is
# the side, not "sell volume" (the market's): the "Buy now" of the entry line then flipped it.
@pytest.mark.parametrize(
    ("post", "side"),
    [
        ("ARPA/USDT SELL\nVolume: 3%\nBuy now\nMargin: Isolated 5x\nTP1: 0.072", "SHORT"),
        ("ARPA/USDT BUY\nVolume: 3%\nEntry: 0.07\nTP1: 0.08\nSL: 0.065", "LONG"),
        ("#SOL/USDT SELL\nPressure: high\nEntry 150\nTP 140\nSL 155", "SHORT"),
    ],
)
def test_signal_when_the_side_word_ends_its_line_over_a_volume_field_then_the_side(
    post: str, side: str
) -> None:
    assert valid(post).side == side


# Near miss: "sell volume" on one line is still the market's, no side.
def test_signal_when_sell_volume_is_said_on_one_line_then_no_side_from_it() -> None:
    sig = PARSER.parse_sync("#BTC/USDT LONG\nSell volume is drying up\nEntry 100\nTP 110\nSL 95")
    assert sig is not None and sig.side == "LONG"


# Class: Chinese replies of a close said in full ("我已經平了": I have closed; "我先走一步": I am
# out first; "带着利润走": out with the profit) and of a target named by its order ("第二止盈点",
# "第一目标已过", "剛好到tp1"), in simplified or traditional letters (all were unread).
@pytest.mark.parametrize(
    ("post", "kind", "index"),
    [
        ("我已經平了😋", UpdateKind.CLOSE, None),
        ("我已经平仓了", UpdateKind.CLOSE, None),
        ("我先走一步", UpdateKind.CLOSE, None),
        ("帶著利润走", UpdateKind.CLOSE, None),
        ("第二止盈点", UpdateKind.TP_HIT, 2),
        ("#ETH 第一目标已过", UpdateKind.TP_HIT, 1),
        ("剛好到tp1", UpdateKind.TP_HIT, 1),
    ],
)
def test_update_when_a_chinese_reply_closes_or_names_a_target_then_read(
    post: str, kind: UpdateKind, index: int | None
) -> None:
    upd = PARSER.parse_update_sync(post)
    assert upd is not None and upd.kind is kind and upd.tp_index == index


# Class: the stop changed in Chinese with its level after a colon or a "put to" ("止损修改一下：
# 120100", "止损修改一下放到3045"): a stop move to that level (it was unread).
@pytest.mark.parametrize(
    ("post", "price"), [("止损修改一下：120100", 120100.0), ("止损修改一下放到3045", 3045.0)]
)
def test_update_when_a_chinese_stop_is_changed_to_a_level_then_moved(
    post: str, price: float
) -> None:
    upd = PARSER.parse_update_sync(post)
    assert upd is not None and upd.kind is UpdateKind.MOVE_SL and upd.price == price


# Near miss: a bare "止损修改" (the stop changed, no level) moves nothing.
def test_update_when_a_chinese_stop_change_names_no_level_then_no_move() -> None:
    upd = PARSER.parse_update_sync("止损修改")
    assert upd is None or upd.kind is not UpdateKind.MOVE_SL or upd.problem is not None
