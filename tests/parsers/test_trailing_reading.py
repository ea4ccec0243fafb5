"""A signal's own trailing stop and break-even, read through the parser's entry point; a
trailing percent is never a price."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser()

BASE = "#BTC/USDT LONG\nEntry: 60000\nTP1: 61000\nTP2: 62000\nSL: 59000\n"


def _read(extra: str, base: str = BASE):
    sig = PARSER.parse_sync(base + extra)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    # The levels are the message's own and nothing more: the percent is not among them.
    assert (sig.entries, sig.take_profits, sig.stop_loss) == (
        [60000.0],
        [61000.0, 62000.0],
        59000.0,
    )
    return sig


@pytest.mark.parametrize(
    ("line", "pct", "activation"),
    [
        ("Trailing stop 2% after TP1", 0.02, "tp1"),
        ("Trail SL 1.5%", 0.015, None),
        ("Use trailing stop 1.5% once TP1 is hit", 0.015, "tp1"),
        ("trailing stop-loss: 3% after 2% profit", 0.03, "2%"),
        ("Trailing SL 2.5% from entry", 0.025, "entry"),
    ],
)
def test_parse_when_post_asks_for_its_own_trailing_stop_then_read_and_not_a_price(
    line: str, pct: float, activation: str | None
) -> None:
    sig = _read(line)
    assert sig.trailing_stop_pct == pytest.approx(pct)
    assert sig.trailing_activation == activation
    assert sig.break_even_after_tp is None
    start, end = sig.spans["trailing"][0]
    assert "%" in sig.raw_text[start:end]


@pytest.mark.parametrize(
    ("line", "n"),
    [
        ("Move SL to entry after TP2", 2),
        ("SL to breakeven after TP1", 1),
        ("Move stop to break even once target 3 is hit", 3),
        ("✳️ Breakeven after 2 target", 2),
    ],
)
def test_parse_when_post_says_stop_to_entry_after_a_target_then_break_even_read(
    line: str, n: int
) -> None:
    sig = _read(line)
    assert sig.break_even_after_tp == n and sig.trailing_stop_pct is None


def test_parse_when_cornix_trailing_configuration_then_break_even_after_its_target() -> None:
    text = (
        "#ALGO/USDT\nExchanges: Binance\nSignal Type: Regular (Long)\n\nEntry Zone: 0.8152 - "
        "0.8685\n\nTake-Profit Targets:\n1) 0.8879\n2) 0.9270\n\nStop Targets:\n1) 0.7756\n\n"
        "Trailing Configuration:\nStop: Breakeven -\n  Trigger: Target (2)\n"
    )
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid()
    assert sig.break_even_after_tp == 2
    assert sig.take_profits == [0.8879, 0.927] and sig.stop_loss == 0.7756


def test_parse_when_trailing_is_only_advice_without_a_distance_then_nothing_read() -> None:
    sig = _read("(Use Trailing SL when in profit)")
    assert sig.trailing_stop_pct is None and sig.break_even_after_tp is None


def test_parse_when_the_only_stop_is_a_trailing_percent_then_no_stop_loss_read() -> None:
    sig = PARSER.parse_sync("#BTC/USDT LONG\nEntry: 60000\nTP1: 61000\nTrailing stop 2%")
    assert sig is not None
    assert sig.stop_loss is None and sig.trailing_stop_pct == pytest.approx(0.02)
    assert 2.0 not in [*sig.entries, *sig.take_profits]


def test_to_signal_when_trailing_read_then_engine_signal_carries_it() -> None:
    s = _read("Trailing stop 2% after TP1\nMove SL to entry after TP2").to_signal()
    assert (s.trailing_stop_pct, s.trailing_activation, s.break_even_after_tp) == (
        0.02,
        "tp1",
        2,
    )
    assert s.to_dict()["trailing_stop_pct"] == 0.02


def test_parse_when_cornix_post_lost_its_line_breaks_then_break_even_still_read() -> None:
    # A real post (tests/fixtures/corpus/dev/czb-altsignals.json), line breaks lost in export.
    text = (
        "AVAXUSDT SHORTLeverage: Cross 20xEntry: 58.57Targets: 56.66 - 56.58 - 54.45SL: 61.62"
        "Trailing Configuration:Stop: Breakeven -  Trigger: Target (2)"
    )
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid()
    assert sig.break_even_after_tp == 2 and sig.stop_loss == 61.62
