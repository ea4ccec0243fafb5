"""A stop and targets with no side word, no entry price and no word to open: new levels for an
open trade or a new one? Refused with the reason (parsers/side_unsaid.py; session 23, a wrong
trade fu24 found on main: each row below traded a market LONG)."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)

# Made up: each was a tradable market LONG on main (cd87515b's merges).
REFUSED = (
    "#ETH SL 3100 TP 3500",
    "#ETH SL: 3100 TP: 3500",
    "ETH/USDT\nSL 3100\nTP 3500",
    "#ETH Move SL to 3100 and TP to 3500",
    "#ETH стоп на 3100, цель меняем на 3500",
    "#SOL\nStop 95\nTarget 120",
)

# Kept: a side word, an entry price, a market word or a word to open (dev's
# pasttang-zh-group-topic-066 says "开").
KEPT = (
    ("#ETH LONG SL 3100 TP 3500", "LONG"),
    ("#ETH market SL 3100 TP 3500", "LONG"),
    ("#ETH now\nSL 3100\nTP 3500", "LONG"),
    ("#ETH Entry 3200 SL 3100 TP 3500", "LONG"),
    ("#ETH short\nSL 3500\nTP 3100", "SHORT"),
    ("怒开zen\n止损9.605\n止盈.11.569\n小仓位玩", "LONG"),
)


@pytest.mark.parametrize("text", REFUSED)
def test_side_unsaid_when_no_side_entry_or_open_word_then_refused(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid()
    if sig is not None:
        assert any("no side, no entry" in p for p in sig.problems())


@pytest.mark.parametrize(("text", "side"), KEPT)
def test_side_unsaid_when_side_entry_or_open_word_then_traded(text: str, side: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.side == side
