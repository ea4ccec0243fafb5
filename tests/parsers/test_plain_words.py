"""Ordinary English words read as coins (session 18, branch i13-quote19, class B): a call
written "LONG ABOVE 21.70", "BUY UNDER 210" or with a "RISKY" line took the capitals word for a
second coin (ABOVEUSDT, UNDERUSDT, RISKYUSDT) and was refused as a post with two coins, or, when
the word came first ("LONG ABOVE 21.70 #LINK"), traded as the coin ABOVE. The words are a table
(parsers/plain_words.py): never a coin written bare; still one written as a pair or a cashtag,
and a listed coin that is a word (SAFE) still one tagged. Coins named by a word (NEAR, ONE, GAS,
FLOW) are read as before. The first two tests fail without the table."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)
LEVELS_LONG = "\nTargets: 22.5 - 23.5\nStop: 20.9"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("#LINK/USDT\nLONG BELOW 21.70" + LEVELS_LONG, "below"),
        ("#LINK\nLONG ABOVE 21.70" + LEVELS_LONG, "above"),
        ("$LINK\nBUY BELOW 21.70" + LEVELS_LONG, "below"),
        ("LINK\nBUY UNDER 21.70" + LEVELS_LONG, "below"),
        ("#LINK/USDT LONG\nRISKY\nEntry: 21.70" + LEVELS_LONG, None),
        ("LINK/USDT LONG\nEntry: 21.70\nTargets: 22.5 - 23.5\nRISKY\nStop: 20.9", None),
        ("LINK/USDT\nLONG SAFE ENTRY 21.70" + LEVELS_LONG, None),
    ],
)
def test_plain_word_beside_call_when_read_then_not_a_second_coin(
    text: str, trigger: str | None
) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert (sig.symbol, sig.side, sig.entries) == ("LINKUSDT", "LONG", [21.7])
    assert (sig.take_profits, sig.stop_loss) == ([22.5, 23.5], 20.9)
    assert sig.entry_trigger == trigger


@pytest.mark.parametrize(
    "text",
    ["LONG ABOVE 21.70 #LINK" + LEVELS_LONG, "BELOW 21.70 LONG LINK" + LEVELS_LONG],
)
def test_plain_word_before_coin_when_read_then_the_coin_not_the_word(text: str) -> None:
    # (Read as the coin ABOVE / BELOW before: a trade of another market at LINK's prices.)
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.symbol == "LINKUSDT", sig and sig.symbol


LEVELS = "\nEntry: 1.20\nTargets: 1.30 - 1.40\nStop: 1.10"


@pytest.mark.parametrize(
    ("head", "symbol"),
    [
        # Coins named by an English word: read bare as before.
        ("NEAR LONG", "NEARUSDT"),
        ("ONE LONG", "ONEUSDT"),
        ("GAS LONG", "GASUSDT"),
        ("FLOW LONG", "FLOWUSDT"),
        # A word of the table written as a pair, or a listed coin tagged, is that coin.
        ("BELOW/USDT LONG", "BELOWUSDT"),
        ("BELOWUSDT LONG", "BELOWUSDT"),
        ("#SAFE LONG", "SAFEUSDT"),
        ("$SAFE LONG", "SAFEUSDT"),
        ("SAFE/USDT LONG", "SAFEUSDT"),
    ],
)
def test_coin_named_by_word_when_tagged_paired_or_listed_then_read(head: str, symbol: str) -> None:
    sig = PARSER.parse_sync(head + LEVELS)
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert sig.symbol == symbol


@pytest.mark.parametrize("head", ["SAFE LONG", "RISKY LONG", "#BELOW LONG", "$RISKY LONG"])
def test_plain_word_alone_when_no_coin_named_then_no_trade(head: str) -> None:
    # A listed word written bare, or a word no exchange lists tagged: no coin is named.
    sig = PARSER.parse_sync(head + LEVELS)
    assert sig is None or not sig.is_valid(), sig.symbol
