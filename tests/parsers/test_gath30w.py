"""Batch gath30w's shapes (session 28, branch i13-gath30w): a Brazilian group's fixed-time calls
on the Ebinex broker and their results (felipeldfonseca/telegram-signal-collector's pasted group
history), and the Chinese trader's next block in the "valuescan" group (Han-tiv/web3's export,
after batch gath29w's), read through the parser's entry point (EnhancedParser, as the corpus
scorer and the bot read a post). Every row of RESULTS_FIXED and CHINESE_FIXED, the stop-hit test
and the first two rows of CHINESE_NOT was misread on the branch's parent (main 53be5709: 31
rows); the CARDS, NOT_RESULTS and other CHINESE_NOT rows are read as before (they pass on both:
22 rows). Forms: the batch's dev posts (their ids beside them) and made-up posts in their shape,
marked (made up).
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import PARSER as _PARSER
from tests.parsers.reads import check_acts, check_asks_nothing
from tests.parsers.reads import follow_up as _update

TP_HIT, SL_HIT = UpdateKind.TP_HIT, UpdateKind.SL_HIT
CLOSE, CLOSE_PARTIAL, MOVE_SL = UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.MOVE_SL
_SENDER = "> 🌐 IA de Sinais na Ebinex: "

# (text, kind, symbol): a fixed-time call's result, the pair's target or stop hit.
RESULTS_FIXED = [
    (_SENDER + "✅ WIN em `XRP/USDT`\xa0✅", TP_HIT, "XRPUSDT"),  # (dev gath30w-ebinex-pt-004)
    (_SENDER + "✅ WIN (G1) em `BTC/USDT`\xa0✅", TP_HIT, "BTCUSDT"),  # (dev -010)
    (_SENDER + "✅ WIN (G2) em `ETH/USDT`\xa0✅", TP_HIT, "ETHUSDT"),  # (dev -012)
    (_SENDER + "❎ STOP em `XRP/USDT`\xa0❎", SL_HIT, "XRPUSDT"),  # (dev -008)
    (_SENDER + "❎ STOP em `ADA/USDT`\xa0❎", SL_HIT, "ADAUSDT"),  # (dev -073)
    ("✅ WIN em `SOL/USDT` ✅", TP_HIT, "SOLUSDT"),  # (made up: with no sender quote)
    ("✅ WIN (G2) em `ADA/USDT`", TP_HIT, "ADAUSDT"),  # (made up)
    ("WIN em XRP/USDT", TP_HIT, "XRPUSDT"),  # (made up: no marks, no backticks)
    ("❎ STOP em `BTC/USDT` ❎", SL_HIT, "BTCUSDT"),  # (made up)
    ("❌ LOSS em `ETH/USDT` ❌", SL_HIT, "ETHUSDT"),  # (made up)
    ("✅ Win em `DOGE/USDT` ✅", TP_HIT, "DOGEUSDT"),  # (made up)
    ("✅ WIN em `1000PEPE/USDT` ✅", TP_HIT, "1000PEPEUSDT"),  # (made up)
    ("> 🌐 Sinais: ✅ WIN em `BNB/USDT` ✅", TP_HIT, "BNBUSDT"),  # (made up: another sender)
    ("Good luck!\n✅ WIN em `XRP/USDT` ✅", TP_HIT, "XRPUSDT"),  # (made up: a chatter line)
    ("📍 " + _SENDER + "❎ STOP em `ADA/USDT`\xa0❎\n\n🔥🔥🔥", SL_HIT, "ADAUSDT"),  # (made up)
]


@pytest.mark.parametrize(("text", "kind", "symbol"), RESULTS_FIXED)
def test_read_update_when_a_fixed_time_result_then_the_pairs_target_or_stop_hit(
    text: str, kind: UpdateKind, symbol: str
) -> None:
    update = _update(text)
    assert update is not None, text
    assert (update.kind, update.symbol, update.tp_index) == (kind, symbol, None), update
    assert update.price is None and not update.problem, update


# A fixed-time call: an entry at a clock time, no price: never a trade (21:28 is no entry).
CARDS = [
    # (dev gath30w-ebinex-pt-001)
    _SENDER
    + "⚠️ Novo Sinal Encontrado\xa0⚠️\n🪙 Par:\xa0XRP/USDT\n⏰ Entrada:\xa021:28\n🟢⬆️ Comprar",
    # (made up: a sell; and with no sender quote)
    _SENDER + "⚠️ Novo Sinal Encontrado\xa0⚠️\n🪙 Par:\xa0BTC/USDT\n⏰ Entrada:\xa009:05\n🔴⬇️ Vender",
    "⚠️ Novo Sinal Encontrado ⚠️\n🪙 Par: ETH/USDT\n⏰ Entrada: 23:59\n🟢⬆️ Comprar",
]


@pytest.mark.parametrize("text", CARDS)
def test_read_signal_when_a_fixed_time_call_then_no_trade(text: str) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), sig
    check_asks_nothing(text)


# Not a result: a question, a second line or word, a stop at a price (all made up).
NOT_RESULTS = [
    "WIN em XRP/USDT?",
    "✅ WIN em `XRP/USDT` ✅\n✅ WIN em `BTC/USDT` ✅",
    "WIN em XRP/USDT ontem",
    "win em xrp/usdt",
    "STOP em XRP/USDT 0.52",
    "Stop em 0.52",
    "Quem fez WIN em XRP/USDT hoje",
    "> 🌐 IA de Sinais na Ebinex: WIN em",
    "✅ WIN ✅",
    "✅ WIN em `XRP/USDT` ✅\nNext entry 0.52",
]


@pytest.mark.parametrize("text", NOT_RESULTS)
def test_read_update_when_no_result_line_then_no_hit_of_the_pair(text: str) -> None:
    update = _update(text)
    assert update is None or update.kind not in (TP_HIT, SL_HIT), update


# The trader's next block (dev gath30w-lzyh-zh). (text, kind, symbol, to_entry): acted on.
CHINESE_FIXED = [
    ("以太收工  大部分", CLOSE_PARTIAL, "ETHUSDT", False),  # (dev gath30w-lzyh-zh-209)
    ("大饼收工 大部分", CLOSE_PARTIAL, "BTCUSDT", False),  # (made up)
    ("TST 上车的 可以大部分止盈", CLOSE_PARTIAL, "TSTUSDT", False),  # (made up: -323 in capitals)
    ("留个底仓 继续玩", CLOSE_PARTIAL, None, False),  # (dev -324)
    ("其他留个底仓  保本", CLOSE_PARTIAL, None, False),  # (dev -210)
    ("要死不活的  赚了出大部分 留个底仓吧", CLOSE_PARTIAL, None, False),  # (dev -282)
    ("赚了出大部分", CLOSE_PARTIAL, None, False),  # (made up)
    ("做个保本", MOVE_SL, None, True),  # (dev -265)
    ("以太 做个保本", MOVE_SL, "ETHUSDT", True),  # (made up)
    ("可以跑了", CLOSE, None, False),  # (dev -152)
    ("以太 可以跑了", CLOSE, "ETHUSDT", False),  # (made up)
    ("别空 也别多 空头落袋", CLOSE, None, False),  # (dev -128)
    ("空头落袋", CLOSE, None, False),  # (made up)
]


@pytest.mark.parametrize(("text", "kind", "symbol", "to_entry"), CHINESE_FIXED)
def test_read_update_when_a_batch_reply_then_its_action(
    text: str, kind: UpdateKind, symbol: str | None, to_entry: bool
) -> None:
    check_acts(text, kind, symbol, None)
    update = _update(text)
    assert update is not None and update.to_entry is to_entry and not update.problem, update


def test_read_update_when_the_break_even_stop_was_hit_then_a_stop_hit() -> None:
    update = _update("保本被打了")  # (dev gath30w-lzyh-zh-093)
    assert update is not None and update.kind is SL_HIT and update.symbol is None, update


# No action: a weekday's clause (when it was or will be done, not now), the day's end, a bare
# "most" with no coin, a question, advice, a lower-case ticker that is no major.
CHINESE_NOT = [
    "周六通知你们 去杠杆 减仓",  # (dev gath30w-lzyh-zh-200: read as a partial close on main)
    "周六 减仓",  # (made up)
    "星期一 平一半",  # (made up)
    "收工  大部分",  # (made up)
    "今天收工",  # (made up)
    "可以跑了吗",  # (made up)
    "别空",  # (made up)
    "别空 也别多",  # (made up)
    "不要大部分止盈",  # (made up)
    "tst 上车的 可以大部分止盈",  # (dev -323: "tst" in lower case is no coin read here)
    "昨天叫你们清理高杠杆落待利润 及时吧",  # (dev -017)
]


@pytest.mark.parametrize("text", CHINESE_NOT)
def test_read_update_when_no_instruction_now_then_no_action(text: str) -> None:
    check_asks_nothing(text)
