"""Classes of dev follow-up misses made general rules (issue 13, branch i13-updates10): each
class with new posts written in its shape, and a near miss that must not become an action,
through the public parser's follow-up entry point."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)


def _kind(text: str) -> str | None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), "a follow-up read as a new trade"
    update = PARSER.parse_update_sync(text)
    return None if update is None else update.kind.value


# Class 1: Chinese cancels ("撤销", "撤单"; "不着急进": no hurry to enter), traditional forms too.
@pytest.mark.parametrize(
    "text",
    [
        "撤单",
        "撤銷 #SOL",
        "BTC 撤单了",
        "先看看，不着急进场",
        "不用急著進，等回踩",
        "Good luck!\n撤銷",
    ],
)
def test_update_when_a_chinese_cancel_is_said_then_cancel(text: str) -> None:
    assert _kind(text) == "CANCEL"


@pytest.mark.parametrize(
    "text", ["先不撤单，等等看", "别撤单", "没撤单的继续拿着", "不着急进一步说明，明天再讲"]
)
def test_update_when_a_chinese_cancel_is_negated_then_no_cancel(text: str) -> None:
    assert _kind(text) != "CANCEL"


# Class 2: Chinese stop moves: the stop "changed to" / "put at" a level right after the stop
# word ("止损改到", "止损放在", "止损位调整为"); "带个保护" (put on a protective stop, no level);
# and a short reply that only says to move the stop ("移动止损", "Trail your stop"): read, with
# no level, and the engine asks for one.
@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("止损改到2.315", 2.315),
        ("#DOGE 止損放在0.2145", 0.2145),
        ("止损位调整为 3150", 3150.0),
        ("止损移到 61800 附近", 61800.0),
        ("止損調到0.0418", 0.0418),
    ],
)
def test_update_when_a_chinese_stop_is_set_to_a_level_then_the_stop_moves(
    text: str, price: float
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "MOVE_SL"
    assert update.price == price and not update.to_entry


@pytest.mark.parametrize(
    "text",
    [
        "帶保護",
        "可以带个保护了",
        "稳一点，带个保护",
        "移動止損",
        "可以移动一下止损",
        "Trail your stop",
    ],
)
def test_update_when_a_short_reply_only_moves_the_stop_then_a_move_with_no_level(
    text: str,
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "MOVE_SL"
    assert (update.price, update.to_entry) == (None, False)


def test_update_when_a_protection_is_followed_by_a_breakout_level_then_that_is_no_stop() -> None:
    update = PARSER.parse_update_sync("带个保护，等突破5.58再加")
    assert update is not None and update.kind.value == "MOVE_SL" and update.price is None


@pytest.mark.parametrize(
    "text",
    [
        "止损不变，目标改到3100",
        "#ETH 目标改到3300，止损不动",
        "SL unchanged, TP moved to 3100 #BTC",
        "SL stays, target moved to 66000 #BTC",
        "SOL: stop remains, TP moved to 171",
        "Traders often move their stops too early and get hit before the real move happens",
        "Trailing Configuration:\nStop: Moving Target",
        "带好止损",
    ],
)
def test_update_when_the_move_is_said_of_another_level_then_no_stop_move(text: str) -> None:
    assert _kind(text) != "MOVE_SL"


@pytest.mark.parametrize(
    "text", ["#ETH move stop to target 2", "Move SL to TP1 #BTC", "止损移到目标1", "Move SL #BTC"]
)
def test_update_when_the_stop_moves_to_a_target_or_nowhere_then_no_price_and_the_reason(
    text: str,
) -> None:
    # "target 2" is a target's number, not a stop at 2.0; the reason is shown to the user.
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "MOVE_SL"
    assert update.price is None
    assert update.problem == "it moves the stop, but gives no price to move it to"


@pytest.mark.parametrize(
    ("text", "price", "to_entry"),
    [("Move SL to 2900 #ETH", 2900.0, False), ("TP1 hit ✅ move SL to entry #ETH", None, True)],
)
def test_update_when_the_stop_moves_to_a_price_or_the_entry_then_no_problem(
    text: str, price: float | None, to_entry: bool
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "MOVE_SL"
    assert (update.price, update.to_entry, update.problem) == (price, to_entry, None)


# Class 3: Chinese closes: leave first ("可以先走", "先走一步", "先在成本价附近走"), get out first
# ("可以先出来", "先小赚出来", with 处来 its homophone typo); the part added to the position
# ("补仓可以先出来") is a partial close whose share is unsaid.
@pytest.mark.parametrize(
    "text",
    [
        "可以先走，等回踩再看",
        "先走一步 #LINK",
        "先在成本價附近走，不要賭",
        "可以先出來，明天再看",
        "先小賺出來",
        "可以先處來",
        "在附近位置出來就行",
        "那就先走一步",
        "Good luck!\n可以先走",
    ],
)
def test_update_when_a_chinese_reply_says_to_leave_first_then_close(text: str) -> None:
    assert _kind(text) == "CLOSE"


@pytest.mark.parametrize(
    "text",
    [
        "等CPI数据先出来再说",
        "CPI数据先出来，看看再说",
        "结果先出来了",
        "ETH 先走一波回调，再看多",
        "BTC 先走到 118000 附近",
        "价格一直在3000附近走",
        "如果跌破65000可以先走",
        "先不走，拿着",
    ],
)
def test_update_when_the_words_are_price_moves_or_conditions_then_no_close(text: str) -> None:
    assert _kind(text) not in ("CLOSE", "CLOSE_PARTIAL")


@pytest.mark.parametrize("text", ["補倉可以先出來", "加仓的先走 #SOL", "补仓部分可以先小赚出来"])
def test_update_when_the_added_part_is_closed_then_partial_with_no_share(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "CLOSE_PARTIAL"
    assert update.fraction is None


# Class 4: Chinese reports: a target passed or reached ("已过tp1", "止盈到了", "目标2已到位"), a
# small loss taken ("小损，..."): reports (a stop hit ends the trade), never a close or a move.
@pytest.mark.parametrize(
    ("text", "index"),
    [("已過tp2", 2), ("#ETH 已过TP1 ✅", 1), ("止盈到了🎉", None), ("目标3已到位 #SOL", 3)],
)
def test_update_when_a_chinese_reply_reports_a_target_then_target_hit(
    text: str, index: int | None
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "TP_HIT"
    assert update.tp_index == index


@pytest.mark.parametrize("text", ["小損，這單太急了", "小损了，下单再来", "Good luck!\n小损。"])
def test_update_when_a_chinese_reply_opens_with_a_small_loss_then_stop_hit(text: str) -> None:
    assert _kind(text) == "SL_HIT"


@pytest.mark.parametrize(
    "text",
    [
        "还没过tp1，拿着",
        "止盈到了再说",
        "止盈到了就走",
        "小损小赚都正常",
        "小损，继续拿着",
        "这种行情容易小损",
    ],
)
def test_update_when_a_chinese_report_is_a_plan_or_a_loss_held_then_no_action(text: str) -> None:
    assert _kind(text) not in ("TP_HIT", "SL_HIT", "CLOSE", "CLOSE_PARTIAL", "MOVE_SL", "CANCEL")


# Class 5: a line that opens with emoji or bullets hides no reading ("⚡ Stop LINKUSDT", "📍 2.10%
# Loss", "🔹 Type: sell", "👉 走了"); a stop's level after "Stop" is no coin to close.
@pytest.mark.parametrize(
    ("text", "kind", "symbol"),
    [
        ("⚡ Stop LINKUSDT", "CLOSE", "LINKUSDT"),
        ("👉 Stop #AVAX\n👉 by @desk", "CLOSE", "AVAXUSDT"),
        ("📍 COIN: $AVAX/USDT\n📍 STOP LOSS: 30.1\n📍 2.10% Loss", "SL_HIT", "AVAXUSDT"),
        ("🔹 Type: sell\n🔹 Symbol: ADAUSDT\n🔹 Profit/Loss Percent: -1.2", "CLOSE", "ADAUSDT"),
        ("👉 走了", "CLOSE", None),
    ],
)
def test_update_when_lines_open_with_emoji_then_read_as_without(
    text: str, kind: str, symbol: str | None
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and (update.kind.value, update.symbol) == (kind, symbol)


@pytest.mark.parametrize(
    "text", ["Stop 63000\n#BTC", "⚡ Stop 2.315\n⚡ #SUI", "Stop loss\n#ETH", "⚡ Stop limit\n#SOL"]
)
def test_update_when_stop_is_followed_by_a_level_or_a_label_then_no_close(text: str) -> None:
    assert _kind(text) != "CLOSE"


# Class 6: a partial close whose share is not written is read with fraction None, never a guessed
# half (the engine asks or refuses it); Chinese partial take-profits ("部分止盈", "止盈一半").
@pytest.mark.parametrize(
    "text",
    [
        "Take some profit on #BTC",
        "Partial close ETH",
        "Close part of SOL here",
        "Book partial profits on ADA",
        "Secure some profits #LINK",
        "减仓 BTC",
        "部分止盈 #BTC",
        "BTC 可以部分止盈了",
        "止盈一部分，剩下的拿着",
        "補倉可以先出來",
    ],
)
def test_update_when_a_partial_close_writes_no_share_then_fraction_none(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "CLOSE_PARTIAL"
    assert update.fraction is None


@pytest.mark.parametrize(
    ("text", "fraction"),
    [
        ("先止盈一半 #SOL", 0.5),
        ("Close half ETH", 0.5),
        ("Close 30% #BTC", 0.3),
        # (the share said in Russian beside a target reached, and its English form)
        ("#AERO - вторая цель, 75% позиции закрыто 🚀", 0.75),
        ("#AERO target 2 hit, 75% of the position closed 🚀", 0.75),
        ("#LIT - первая цель есть, зафиксировал 50% позиции", 0.5),
        ("Close half, rest runs #BTC", 0.5),
    ],
)
def test_update_when_a_partial_close_writes_its_share_then_that_share(
    text: str, fraction: float
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "CLOSE_PARTIAL"
    assert update.fraction == fraction


@pytest.mark.parametrize(
    "text", ["大部分止盈单都成交了", "止盈部分看图", "部分止盈位已到", "止盈30%"]
)
def test_update_when_part_and_take_profit_are_no_instruction_then_no_close(text: str) -> None:
    assert _kind(text) not in ("CLOSE", "CLOSE_PARTIAL")


# Class 7: a Chinese close of a written share ("可以先走一半", "先平30%", "先出一半"), or out
# ("先平掉"); with a stop move after it, both ("先平一半，止损移到成本").
@pytest.mark.parametrize(
    ("text", "kind", "fraction"),
    [
        ("可以先走一半", "CLOSE_PARTIAL", 0.5),
        ("先平30% #ETH", "CLOSE_PARTIAL", 0.3),
        ("先出一半 #SOL", "CLOSE_PARTIAL", 0.5),
        ("先走一部分", "CLOSE_PARTIAL", None),
        ("先平掉 BTC", "CLOSE", None),
    ],
)
def test_update_when_a_chinese_close_writes_a_share_then_that_share(
    text: str, kind: str, fraction: float | None
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and (update.kind.value, update.fraction) == (kind, fraction)


def test_update_when_a_chinese_half_close_then_stop_to_cost_then_both() -> None:
    update = PARSER.parse_update_sync("可以先平一半，止损移到成本")
    assert update is not None and update.kind.value == "CLOSE_PARTIAL"
    assert update.then is not None and update.then.value == "MOVE_SL"
    assert (update.fraction, update.to_entry, update.problem) == (0.5, True, None)


@pytest.mark.parametrize("text", ["先平手", "价格先平稳，再看", "先出消息再说"])
def test_update_when_the_characters_mean_no_close_then_no_close(text: str) -> None:
    assert _kind(text) not in ("CLOSE", "CLOSE_PARTIAL")


# A line of hashtags first is tags, not the post's first word; a single coin tag line is.
def test_update_when_hashtags_come_first_then_the_close_heading_still_leads() -> None:
    text = (
        "#crypto #signals\n🎯 **Closing SHORT**\nSymbol: DOTUSDT\n🎯 Take Profit 2 - Manual close"
    )
    update = PARSER.parse_update_sync(text)
    assert update is not None and (update.kind.value, update.symbol) == ("CLOSE", "DOTUSDT")


def test_update_when_a_coin_tag_comes_first_and_a_target_is_reported_then_no_close() -> None:
    assert _kind("#SOL\nClosed with profit, TP2 hit ✅") == "TP_HIT"


@pytest.mark.parametrize(
    ("text", "kind"), [("$SOL 止盈到了", "TP_HIT"), ("#DOGE/USDT 小损，下一单再来", "SL_HIT")]
)
def test_update_when_a_coin_comes_before_a_chinese_report_then_read(text: str, kind: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == kind and update.symbol is not None
