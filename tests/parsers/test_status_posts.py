"""Status and follow-up posts of channels never seen: the right action, never a wrong one
(issue 13). The synthetic family is in tests/parsers/variants.py (STATUS_FORMS); these are the
classes fixed on branch i13-rules4, each through the real entry point."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser
from parsers.models import UpdateKind

PARSER = EnhancedParser(enable_ai=False)


def test_update_when_entry_target_ticked_then_no_target_hit() -> None:
    # Cornix's "Entry target 2 ✅": the second entry filled; no target was hit.
    for text in ("#SOL/USDT Entry target 2 ✅\nAverage Entry Price: 54.2", "Entry target 1 ✅"):
        assert PARSER.parse_update_sync(text) is None, text


def test_update_when_reposted_signal_ticks_an_entry_and_a_target_then_counts_the_target() -> None:
    text = (
        "#ETH/USDT\nSignal Type: Regular (Short)\n\nEntry Targets:\n1) 2265 - 100.0% ✅\n\n"
        "Take-Profit Targets:\n1) 2201 - 33.4% ✅\n2) 2181 - 22.2%\n3) 2040 - 22.2%"
    )
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind is UpdateKind.TP_HIT
    assert update.tp_index == 1  # not 2: the ticked entry is no target
    only_entries = text.replace("33.4% ✅", "33.4%")
    assert PARSER.parse_update_sync(only_entries) is None


def test_update_when_turkish_or_arabic_target_ticked_then_its_index() -> None:
    for text, index in (("#SOL/USDT Kâr al 3 ✅", 3), ("#SOL/USDT\nالهدف 4 ✅", 4)):
        update = PARSER.parse_update_sync(text)
        assert update is not None and update.kind is UpdateKind.TP_HIT, text
        assert update.tp_index == index and update.symbol == "SOLUSDT", text


def test_update_when_turkish_stop_to_entry_then_move_to_entry() -> None:
    update = PARSER.parse_update_sync("#XRPUSDT\nStopu girişe taşıyın")
    assert update is not None and update.kind is UpdateKind.MOVE_SL
    assert update.to_entry and update.symbol == "XRPUSDT"


BOT_REPORT = (
    "|￣￣￣￣|\n    Type: {side} \n    Link: {coin}USDT (https://www.binance.com/en/trade/{coin}_USDT)"
    " \n    Price: 0.57640000 \n    Investment: 100.00 \n    {pnl}: 3.65 \n|＿＿＿|"
)


@pytest.mark.parametrize("pnl", ["Profit/Loss Percent", "PnL", "Realized P/L"])
@pytest.mark.parametrize("coin", ["ENA", "SOL"])
def test_update_when_bot_reports_its_sale_with_a_result_then_close(pnl: str, coin: str) -> None:
    text = BOT_REPORT.format(side="sell", coin=coin, pnl=pnl)
    assert PARSER.parse_sync(text) is None or not PARSER.parse_sync(text).is_valid()
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind is UpdateKind.CLOSE
    assert update.symbol == f"{coin}USDT"


def test_update_when_bot_reports_a_buy_or_a_sell_without_result_then_no_close() -> None:
    buy = BOT_REPORT.format(side="buy", coin="ENA", pnl="Profit/Loss Percent")
    no_result = BOT_REPORT.format(side="sell", coin="ENA", pnl="Investment")
    for text in (buy, no_result):
        update = PARSER.parse_update_sync(text)
        assert update is None or update.kind is not UpdateKind.CLOSE, text


@pytest.mark.parametrize("text", ["Stop out", "#BTC Stoploss ❌", "SL 🛑", "Zarar durdur çalıştı"])
def test_update_when_stop_reported_hit_then_sl_hit_not_a_close(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind is UpdateKind.SL_HIT, text
    assert update.symbol != "OUTUSDT"


@pytest.mark.parametrize("text", ["Sl🛑: 510.49", "SL ❌ 0.45", "6.8$ can be stop out"])
def test_update_when_stop_is_a_level_then_no_stop_hit(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is None or update.kind is not UpdateKind.SL_HIT, text
