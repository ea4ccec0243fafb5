"""A contract with a multiplier (1000PEPE, 1000RATS, 1000SATS, SHIB1000) against the plain coin
(session 18, branch i13-quote19, class C). CONVENTIONS.md: "1000SHIB/USDT is 1000SHIBUSDT", every
written form read as written. 1000RATS trades at a thousand times RATS's price, so a post that
names both forms and is read as the plain coin, or one whose levels are the plain coin's prices
under the contract's name, is a trade on another market's price: refused. "#1000SATS" was
refused as prices given in satoshis (its "0SATS"). The refusals and the 1000SATS readings fail
without the change; the written forms are read as before."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)
LEVELS = "\nEntry: 0.0123\nTargets: 0.013 - 0.014\nStop: 0.011"


@pytest.mark.parametrize(
    ("head", "symbol"),
    [
        ("#1000RATS/USDT LONG", "1000RATSUSDT"),
        ("1000RATSUSDT.P LONG", "1000RATSUSDT"),
        ("$1000RATS LONG", "1000RATSUSDT"),
        ("LONG 1000RATS", "1000RATSUSDT"),
        ("#1000RATS #RATS LONG", "1000RATSUSDT"),  # the contract named, the coin's tag beside
        ("#SHIB1000 LONG", "SHIB1000USDT"),  # Bybit's name for it: as written
        ("#1000000MOG LONG", "1000000MOGUSDT"),
        ("1MBABYDOGE/USDT LONG", "1MBABYDOGEUSDT"),
    ],
)
def test_contract_with_multiplier_when_written_then_read_as_written(head: str, symbol: str) -> None:
    sig = PARSER.parse_sync(head + LEVELS)
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert sig.symbol == symbol


@pytest.mark.parametrize(
    ("head", "symbol"),
    [
        ("#1000SATS LONG", "1000SATSUSDT"),
        ("1000SATS/USDT LONG", "1000SATSUSDT"),
        ("LONG #1000SATS", "1000SATSUSDT"),
        ("#10000SATS LONG", "10000SATSUSDT"),
    ],
)
def test_1000sats_when_written_then_the_coin_not_a_satoshi_unit(head: str, symbol: str) -> None:
    sig = PARSER.parse_sync(head + "\nEntry: 0.000123\nTargets: 0.00013 - 0.00014\nStop: 0.00011")
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert sig.symbol == symbol


@pytest.mark.parametrize(
    "head",
    [
        "$RATS (1000RATS) LONG",
        "#BONK (1000BONK on futures)\nLONG",
        "1000-RATS LONG",
        "1000_RATS LONG",
        "1k RATS LONG",
        "RATS x1000 LONG",
        "1000 RATS/USDT LONG",
    ],
)
def test_plain_coin_read_when_its_multiplier_contract_is_written_then_refused(head: str) -> None:
    # (Read as RATSUSDT, tradable, before: RATS at 1000RATS's prices.)
    sig = PARSER.parse_sync(head + LEVELS)
    assert sig is not None and not sig.is_valid(), sig and (sig.symbol, sig.entries)
    assert any("multiplier" in why for why in sig.review), sig.review


@pytest.mark.parametrize(
    ("head", "plain"), [("#1000PEPE LONG", "PEPE"), ("#1000LUNC LONG", "LUNC")]
)
def test_contract_at_the_plain_coins_prices_then_refused(head: str, plain: str) -> None:
    sig = PARSER.parse_sync(head + "\nEntry: 0.0000923\nTargets: 0.000093 - 0.000094\nSL: 0.000091")
    assert sig is not None and not sig.is_valid(), sig and (sig.symbol, sig.entries)
    assert any(f"prices of {plain} itself" in why for why in sig.review), sig.review
