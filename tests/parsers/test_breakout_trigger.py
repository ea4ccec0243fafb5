"""Breakout entries: "Enter above 15.30" carries its trigger, in every language the table knows.

A long "above X" is no limit order at X (a buy limit above the market fills at once); the parser
reads the condition and where the post says it, and hands it to the engine's Signal.
"""

from __future__ import annotations

import pytest

from parsers.signal_parser import read_signal


@pytest.mark.parametrize(
    ("text", "side", "trigger", "word"),
    [
        ("LINK/USDT LONG\nEnter above 15.30\nTP 16.5\nSL 14.5", "LONG", "above", "above"),
        ("LINK/USDT Long above 15.30\nTarget 16.5\nStop 14.5", "LONG", "above", "above"),
        ("LINK/USDT buy above 15.30\nTP 16.5\nStop Loss - 14.5", "LONG", "above", "above"),
        ("LINK/USDT SHORT\nEnter below: 15.30\nTP 14.5\nSL 16.2", "SHORT", "below", "below"),
        ("#LINK SHORT\nEntry if breaks below 15.30\nTP: 14.5\nSL: 16.2", "SHORT", "below",
         "breaks below"),
        ("LINK/USDT Short below 15.30\nTP 14.5\nSL 16.2", "SHORT", "below", "below"),
        ("LINK/USDT ЛОНГ\nВход выше 15.30\nЦель 16.5\nСтоп 14.5", "LONG", "above", "выше"),
        ("LINK/USDT ШОРТ\nВход ниже 15.30\nЦель 14.5\nСтоп 16.2", "SHORT", "below", "ниже"),
        ("LINK/USDT LONG\nEntrada por encima de 15.30\nObjetivo 16.5\nSL 14.5", "LONG", "above",
         "por encima de"),
        ("LINK/USDT LONG\nEinstieg über 15.30\nZiel 16.5\nSL 14.5", "LONG", "above", "über"),
        ("LINK/USDT 做多\n入场 突破15.30\n止盈 16.5\n止损 14.5", "LONG", "above", "突破"),
    ],
)  # fmt: skip
def test_parse_when_entry_is_a_breakout_then_trigger_and_its_span_read(
    text: str, side: str, trigger: str, word: str
) -> None:
    sig = read_signal(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.side == side and sig.entries == [15.3]
    assert sig.entry_trigger == trigger
    ((start, end),) = sig.spans["entry_trigger"]
    assert text[start:end].lower() == word
    assert sig.to_signal().entry_trigger == trigger
    assert sig.to_dict()["entry_trigger"] == trigger


@pytest.mark.parametrize(
    "text",
    [
        "LINK/USDT LONG\nEntry 15.30\nTP 16.5\nSL 14.5",
        "LINK/USDT LONG\nEntry: 15.30\nTP 16.5\nSL 14.5 (if 4h closes below)",
        "LINK/USDT LONG\nBuy zone 15.10 - 15.30\nTP 16.5\nSL 14.5",
        # The word on another line than the entry is no condition of it.
        "LINK/USDT LONG\nPrice is above the trend line\nEntry 15.30\nTP 16.5\nSL 14.5",
    ],
)
def test_parse_when_entry_is_plain_then_no_trigger(text: str) -> None:
    sig = read_signal(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.entries == [15.3] or sig.entries == [15.1, 15.3]
    assert sig.entry_trigger is None and "entry_trigger" not in sig.spans
    assert sig.to_signal().entry_trigger is None


@pytest.mark.parametrize(
    ("text", "trigger", "word"),
    [
        ("LINK/USDT BUY STOP 15.30\nTP 16.5\nSL 14.5", "above", "buy stop"),
        ("#LINK LONG\nEntry: 15.30 (buy stop)\nTP 16.5\nSL 14.5", "above", "buy stop"),
        ("#LINK LONG\nBreakout entry: 15.30\nTP 16.5\nSL 14.5", "above", "breakout"),
        ("#LINK LONG\nEntry on breakout 15.30\nTP 16.5\nSL 14.5", "above", "breakout"),
        ("#LINK SHORT\nSell stop 15.30\nTP 14.5\nSL 16.5", "below", "sell stop"),
        ("#LINK SHORT\nEntry: 15.30 (stop order)\nTP 14.5\nSL 16.5", "below", "stop order"),
    ],
)
def test_parse_when_entry_is_a_stop_order_then_trigger_goes_the_sides_way(
    text: str, trigger: str, word: str
) -> None:
    """ "Buy stop 15.30" was read as a stop loss at 15.30; a stop entry is a breakout."""
    sig = read_signal(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.entries == [15.3] and sig.entry_trigger == trigger
    ((start, end),) = sig.spans["entry_trigger"]
    assert text[start:end].lower() == word
