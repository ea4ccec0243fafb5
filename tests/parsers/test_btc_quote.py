"""A coin quoted in BTC, named otherwise than "#XYZ/BTC" or "XYZBTC" (session 18, branch
i13-quote19, class A: the largest class of wrong trades in the held-out aggregates). The post
named its BTC quote in a form the symbol reader did not know ("XYZ (BTC pair)", "BTC-XYZ",
"0.00001234 BTC", ...), so satoshi-level prices were traded on XYZ/USDT, or, for Bittrex's
quote-first "BTC-XYZ", on bitcoin itself. parsers/btc_quote.py reads the quote wherever the post
names it; where the levels are satoshi-sized and no quote is named, parsers/scale.py refuses
(CONVENTIONS.md: a post naming no quote whose levels are BTC-pair units is to refuse). Every test of
the first three fails without the change (read as XYZUSDT or BTCUSDT, tradable)."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)
LEVELS = (
    "\nBuy: 0.00001234 - 0.00001250\nTarget 1: 0.00001300\nTarget 2: 0.00001400\nSL: 0.00001150"
)
READING = ("LONG", [0.00001234, 0.0000125], [0.000013, 0.000014], 0.0000115)


@pytest.mark.parametrize(
    "head",
    [
        "#ADX (BTC pair)",
        "ADX BTC pair",
        "#ADX on BTC market",
        "ADX/₿",
        "ADX/Bitcoin",
        "ADX:BTC",
        "ADX (BTC)",
        "(Bittrex) BTC-ADX",
        "BTC_ADX",
        "Pair: BTC-ADX (Bittrex)",
    ],
)
def test_btc_quote_named_when_read_then_the_btc_pair(head: str) -> None:
    sig = PARSER.parse_sync(head + "\nLONG" + LEVELS)
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert sig.symbol == "ADXBTC"
    assert (sig.side, sig.entries, sig.take_profits, sig.stop_loss) == READING


@pytest.mark.parametrize(
    "text",
    [
        "Buy #ADX at 0.00001234 BTC\nTarget: 0.00001400 BTC\nStop: 0.00001100 BTC",
        "#ADX BTC\nBuy 0.00001234\nTarget 0.00001400\nStop 0.00001100",
        "Coin: ADX\nExchange: Binance BTC market\nBuy 0.00001234\nTarget 0.000014\nStop 0.000011",
        "#ADX\nPrices in sat\nBuy 0.00001234\nTarget 0.00001400\nStop 0.00001100",
    ],
)
def test_btc_quote_in_looser_words_when_levels_satoshi_sized_then_the_btc_pair(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert (sig.symbol, sig.entries, sig.take_profits) == ("ADXBTC", [0.00001234], [0.000014])


@pytest.mark.parametrize(
    "text",
    [
        # No quote named anywhere: the BTC pair's prices, or a USDT pair's? A guess.
        "#ADX LONG" + LEVELS,
        "ADX LONG" + LEVELS + "\nVolume: 12 BTC",
        "#ADX vs BTC LONG" + LEVELS,
        # The quote's label names BTC alone: read as the coin BTC, at no price it ever had.
        "#ADX\nPair: BTC\nLONG" + LEVELS,
    ],
)
def test_satoshi_sized_levels_when_no_quote_named_then_refused(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and not sig.is_valid(), sig and (sig.symbol, sig.entries)
    assert any("satoshi-sized" in why or "quoted in BTC" in why for why in sig.review), sig.review


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        # A coin that trades below a tenth of a cent in dollars: its USDT prices.
        ("#PEPE LONG" + LEVELS, "PEPEUSDT"),
        ("#ADX/USDT LONG" + LEVELS, "ADXUSDT"),  # the quote named: as written
        ("#ADX LONG" + LEVELS.replace("Buy: ", "Buy: $"), "ADXUSDT"),  # dollars
        ("#ADX/BTC LONG" + LEVELS, "ADXBTC"),
        ("DOGEBTC LONG" + LEVELS, "DOGEBTC"),
    ],
)
def test_satoshi_sized_levels_when_quote_known_then_read_as_written(text: str, symbol: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert sig.symbol == symbol


def test_btc_word_beside_a_dollar_priced_coin_then_usdt_as_before() -> None:
    # "BTC" in a remark, levels no BTC pair could have: the USDT pair, as before.
    sig = PARSER.parse_sync("#ADX (BTC pair looks weak) LONG\nBuy: 1.20\nTarget: 1.40\nSL: 1.10")
    assert sig is not None and sig.symbol in ("ADXUSDT", "ADXBTC")
    if sig.symbol == "ADXBTC":
        assert not sig.is_valid()  # (levels above 1 quoted in BTC: refused as satoshis)
