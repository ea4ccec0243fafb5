"""Batch gath27w's shapes (session 26, branch i13-gath27w): a Chinese trader's messages in the
"valuescan" group and the cards of the "valuescan" radar channel (Han-tiv/web3's exports),
read through the parser's entry point (EnhancedParser, as the corpus scorer and the bot read a
post). Every row of the tables named *_FIXED was misread on the branch's parent (main fea3491b);
the GUARDS tables are read as before (they pass on both). Forms: the batch's dev posts (their
ids beside them) and made-up posts in their shape, marked (made up).
"""

from __future__ import annotations

import pytest

from parsers import SignalUpdate
from parsers.models import UpdateKind
from tests.parsers.reads import ACTIONS, check_labelled
from tests.parsers.reads import PARSER as _PARSER
from tests.parsers.reads import follow_up as _update

CLOSE, CLOSE_PARTIAL, MOVE_SL = UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.MOVE_SL


def _acts(update: SignalUpdate | None) -> bool:
    """The bot acts on it (corpus_score._acts): an action's kind and no problem."""
    return update is not None and update.kind in ACTIONS and not update.problem


# (text, kind, symbol, price): read so, and acted on (a price where one is written).
FOLLOWUPS_FIXED = [
    # Out of the coin named first, by its Chinese name or its ticker in lower case (dev
    # gath27w-lzyh-zh-079, -086, -090, -093: not read).
    ("eth 落袋吧", CLOSE, "ETHUSDT", None),
    ("以太都走了哈", CLOSE, "ETHUSDT", None),
    ("以太已跑路", CLOSE, "ETHUSDT", None),
    ("以太跑路了哈", CLOSE, "ETHUSDT", None),
    ("大饼已跑路", CLOSE, "BTCUSDT", None),  # (made up)
    ("sol 都走了", CLOSE, "SOLUSDT", None),  # (made up)
    ("以太坊 落袋为安", CLOSE, "ETHUSDT", None),  # (made up)
    ("以太 已跑路", CLOSE, "ETHUSDT", None),  # (made up; the harness's first run missed it)
    # Older rows' closes, now with the coin heading them (were read with none).
    ("以太 先走了", CLOSE, "ETHUSDT", None),  # (made up)
    ("以太 平仓", CLOSE, "ETHUSDT", None),  # (made up)
    # A stop put on at a price (dev gath27w-lzyh-zh-043: not read).
    ("带上止损 4250", MOVE_SL, None, 4250.0),
    ("以太 带个止损 4250", MOVE_SL, "ETHUSDT", 4250.0),  # (made up)
    ("大饼 带上止损 108000", MOVE_SL, "BTCUSDT", 108000.0),  # (made up)
]


@pytest.mark.parametrize(("text", "kind", "symbol", "price"), FOLLOWUPS_FIXED)
def test_read_update_when_a_batch_form_then_its_labelled_reading(
    text: str, kind: UpdateKind, symbol: str | None, price: float | None
) -> None:
    update = _update(text)
    assert update is not None and update.kind is kind, update
    assert update.symbol == symbol
    assert update.price == price
    assert _acts(update), update


# A stop put on with no level: the move read, not done (its NO_STOP_LEVEL problem), as dev's
# '移動止損' and '可以帶個保護了' (dev gath27w-lzyh-zh-068: not read).
STOP_NO_LEVEL_FIXED = ["带个止损 安心睡觉", "带个止损", "带上止损"]


@pytest.mark.parametrize("text", STOP_NO_LEVEL_FIXED)
def test_read_update_when_a_stop_put_on_with_no_level_then_a_move_not_done(text: str) -> None:
    update = _update(text)
    assert update is not None and update.kind is MOVE_SL, update
    assert update.price is None and update.problem, update


# A radar's option to holders, no instruction (dev gath27w-valuescan-zh-013, -037: read as a
# partial close, wrong actions).
HEDGED_FIXED = [
    "📍 $CHR 价格高点警示\n━━━━━━━━━\n⚠️ AI捕获疑似价格高点，注意回调风险\n💵 现价: $0.0759\n"
    "📈 24H涨幅: +0.97%\n\n💡 风险提示:\n   • ⚠️ 疑似价格顶部区域\n   • 📉 可能面临回调压力\n"
    "   • 🛑 不建议追高，谨慎买入\n   • 💰 已持仓可考虑分批减仓\n   • 👀 AI 开始实时追踪走势\n\n"
    "#下跌风险\n━━━━━━━━━\n🕐 23:00:40 (UTC+8)",
    "⚠️ $PIPPIN 疑似主力减持 🔥 币安Alpha\n━━━━━━━━━\n📉 主力持仓减少，注意市场风险\n"
    "💵 现价: $0.03235\n📊 24H: +77.64%\n🎯 AI评分: 60\n\n💡 操作建议:\n   • 谨慎追高，等待企稳\n"
    "   • 已持仓可考虑减仓观望\n\n#主力减持\n━━━━━━━━━\n🕐 22:15:40 (UTC+8)",
    "已持仓可以考虑减仓",  # (made up)
    "#ETH 或许可以减仓",  # (made up)
]


@pytest.mark.parametrize("text", HEDGED_FIXED)
def test_read_update_when_a_hedged_reduce_then_no_action(text: str) -> None:
    assert not _acts(_update(text))


# Read as before: a plain reduce, a stop's protection.
GUARDS = [
    ("减仓", CLOSE_PARTIAL, None),  # dev pasttang-zh-group-topic's '減倉或者結束' form
    ("减仓提损", CLOSE_PARTIAL, None),  # dev pasttang-zh-group-topic-014
    ("带个保护", MOVE_SL, None),  # dev pasttang-zh-group-topic-058's form
]


@pytest.mark.parametrize(("text", "kind", "symbol"), GUARDS)
def test_read_update_when_a_guard_form_then_read_as_before(
    text: str, kind: UpdateKind, symbol: str | None
) -> None:
    check_labelled(text, kind, symbol)


NOT_ACTIONS = [
    "以太都走了嘛",  # dev gath27w-lzyh-zh-118: a question (have you all left ETH?)
    "大饼 以太 都走了",  # (made up) two majors: no one coin
    "btc eth 落袋吧",  # (made up)
    "跑路了",  # (made up) no coin: a project gone with the money as often
    "项目方跑路了",  # (made up) the project team ran off
    "都走了",  # (made up) the people gone
    "带好止损",  # dev gath27w-lzyh-zh-232: keep your stops (as test_issue13_reports reads it)
    "带好止损 上车就行了",  # dev gath27w-lzyh-zh-220: advice, no level
    "针多的币 带好保本或者止损",  # (made up, a later message of the same trader) advice
    "止损的 非常少",  # dev gath27w-lzyh-zh-217: few were stopped out
    "🚨 $DOGE 主力资金已出逃\n━━━━━━━━━\n⚠️ 资金异动实时追踪结束\n"
    "💡 风险提示:\n   • 💰 已持仓建议及时止盈/止损\n#追踪结束",  # dev gath27w-valuescan-zh-003
]


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_read_update_when_no_instruction_then_no_action(text: str) -> None:
    assert not _acts(_update(text))


# A major named as the market's mover, then a close of "this short" in a clause of its own: the
# short may be another coin's, so no coin is read (the reply acts on the trade it answers), as
# on main (dev pasttang-zh-group-topic-109's form; made up under an altcoin's short).
COINLESS_CLOSES = [
    "以太目前比较强势，这个空单在成本价附近先走",  # dev pasttang-zh-channel-109
    "大饼强势，这个空单先走了",  # (made up)
]


@pytest.mark.parametrize("text", COINLESS_CLOSES)
def test_read_update_when_a_major_heads_another_clause_then_no_coin_of_it(text: str) -> None:
    update = _update(text)
    assert update is not None and update.kind is CLOSE, update
    assert update.symbol is None


def test_read_signal_when_an_eth_short_with_only_its_entry_then_refused() -> None:
    # dev gath27w-lzyh-zh-228: an entry with neither a target nor a stop (session-21 ruling).
    signal = _PARSER.parse_sync("以太 小空 4295")
    assert signal is None or not signal.is_valid(), signal
