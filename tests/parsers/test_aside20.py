"""Numbers beside the levels that a word says are no level (session 19, branch i13-nums20): each
class read through the parser's entry point, and its doubtful neighbour still refused. Each
test of a reading fails without its rule; the harness families are tests/parsers/mutations_aside.py.

- A line an analysis head opens ("EMA 20 / 50 / 200: 144.1 / 141.3 / 138.7", "RSI (14): 58.4",
  "VWAP: 144.9", "24h High: 147.9", "Swing high: 153.9") beside entries, targets and a stop each
  read under its own label: before, "holds a number that is none of the entries, targets or stop
  I read" (parsers/aside_lines.py, asked by parsers/explain.py). With a field missing, or under
  a word no row holds, still refused.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)

LONG = "$SOL LONG\nEntry: 145.2\nTP1: 150.5\nTP2: 155\nSL: 140.8"
SHORT = "#SOL/USDT SHORT\nEntry: 145.2 - 146\nTP1: 140.5\nTP2: 138\nSL: 149.8"


def _read(text: str) -> tuple[list[float], list[float], float | None]:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.review + sig.errors
    return sig.entries, sig.take_profits, sig.stop_loss


def _refused(text: str) -> list[str]:
    sig = PARSER.parse_sync(text)
    assert sig is not None and not sig.is_valid(), sig
    return sig.review + sig.errors


ASIDE_LINES = [
    "EMA 20 / 50 / 200: 144.1 / 141.3 / 138.7 - price above all moving averages",
    "EMA 20 / 50 / 200: 146.1 / 147.3 / 148.7 - price below all moving averages",
    "RSI (14): 58.4",
    "RSI: 58.4 | MACD: 1.25",
    "📊 4H RSI: 61",
    "VWAP: 144.9",
    "Fib 0.618: 143.2",
    "200 EMA: 139.5",
    "MA(50) 141.3",
    "Supertrend (4H): 143.9",
    "Bollinger upper: 152.3",
    "24h High: 147.9",
    "24h Low: 139.2",
    "Market cap: $68.2B",
    "Swing high: 153.9",
    "Recent low - 139.5",
    "ATH: 160",
    "Open interest: 152.1M",
]


@pytest.mark.parametrize("line", ASIDE_LINES)
def test_long_when_analysis_line_after_labelled_levels_then_levels_read(line: str) -> None:
    assert _read(f"{LONG}\n{line}") == ([145.2], [150.5, 155.0], 140.8)


@pytest.mark.parametrize("line", ASIDE_LINES)
def test_short_when_analysis_line_among_labelled_levels_then_levels_read(line: str) -> None:
    head, rest = SHORT.split("\nTP1", 1)
    assert _read(f"{head}\n{line}\nTP1{rest}") == ([145.2, 146.0], [140.5, 138.0], 149.8)


@pytest.mark.parametrize("line", ["RSI (14): 58.4", "Swing high: 153.9", "EMA 200: 144.1"])
def test_when_no_entry_label_then_analysis_line_still_refused(line: str) -> None:
    # No entry read: the number may be the entry a label this lexicon lacks named.
    post = f"$SOL LONG\n{line}\nTP1: 150.5\nTP2: 155\nSL: 140.8"
    assert _refused(post)


@pytest.mark.parametrize("line", ["Zorblat: 153.9", "Next: 153.9", "Plan 153.9", "Zone 146.1"])
def test_when_line_under_unknown_word_then_still_refused(line: str) -> None:
    assert any("none of the entries" in why for why in _refused(f"{LONG}\n{line}"))


def test_when_analysis_head_is_only_part_of_a_word_then_still_refused() -> None:
    # "mass", "oil", "math": letters an indicator's name starts with, no indicator.
    for line in ("Mass 153.9", "Oil 153.9", "Math 153.9"):
        assert _refused(f"{LONG}\n{line}"), line
