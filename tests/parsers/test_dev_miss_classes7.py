"""Classes of dev misses made general rules (issue 13, branch i13-rules7): each class with
variants beyond the one dev message it came from, through the real entry point."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser
from parsers.normalize import normalize

PARSER = EnhancedParser(enable_ai=False)
SIGNAL = "SEI/USDT SHORT\nEntry: 0.125294\nSL: 0.127698\nTP1: 0.123615\nTP2: 0.121812\n"


@pytest.mark.parametrize("mention", ["<@&1440803074686976153>", "<@123456789012>", "<#987654321>"])
def test_parse_when_discord_mention_follows_signal_then_read_not_refused(mention: str) -> None:
    sig = PARSER.parse_sync(SIGNAL + mention)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert (sig.entries, sig.take_profits, sig.stop_loss) == (
        [0.125294],
        [0.123615, 0.121812],
        0.127698,
    )
    assert "1440803074686976153" not in normalize("ping <@&1440803074686976153> now")


def test_parse_when_angle_brackets_hold_a_price_then_it_is_kept() -> None:
    # (Only Discord's mention forms are dropped: "<0.5" is no mention.)
    assert "0.5" in normalize("SL <0.5 and <@ 12>")


@pytest.mark.parametrize(
    ("head", "symbol"),
    [
        ("📉 Solana Futures — Short Setup", "SOLUSDT"),
        ("Ethereum spot — Short Setup", "ETHUSDT"),
        ("Chainlink Futures — Short idea", "LINKUSDT"),
    ],
)
def test_parse_when_only_the_coin_name_is_written_then_its_ticker(head: str, symbol: str) -> None:
    text = f"{head}\nDirection: Short\nEntry: $194.53\nStop Loss: $201.00\nTarget: $187.93"
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert (sig.symbol, sig.side) == (symbol, "SHORT")


@pytest.mark.parametrize(
    "head",
    [
        "Bitcoin dips, time to Long Pepe",
        "Bitcoin is weak. Short Doge now",
        "Ethereum ecosystem gem: Arbitrum Long",
        "Solana meme: Bonk Long",
    ],
)
def test_parse_when_coin_name_is_context_for_another_coin_then_not_that_coin(head: str) -> None:
    # (A name in a sentence about another coin written without a ticker names no trade.)
    sig = PARSER.parse_sync(f"{head}\nEntry: 0.0126\nSL: 0.0110\nTarget: 0.0150")
    assert sig is None or not sig.symbol.startswith(("BTC", "ETH", "SOL")), sig


def test_parse_when_ticker_and_name_both_written_then_the_ticker() -> None:
    text = "Bitcoin news: $ETH Short\nEntry: 2500\nStop Loss: 2600\nTarget: 2400"
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.symbol == "ETHUSDT"


@pytest.mark.parametrize(
    "target",
    ["$187.93 (≈1:2 R:R)", "187.93 (1:2 R:R)", "$187.93 1:2.5 R:R", "187.93 (~1:3 RR)"],
)
def test_parse_when_ratio_before_rr_label_then_price_before_it_is_the_target(target: str) -> None:
    text = f"SOL Short\nEntry: $194.53\nStop Loss: $201.00\nTarget: {target}"
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert (sig.entries, sig.take_profits, sig.stop_loss) == ([194.53], [187.93], 201.0)


def test_parse_when_number_right_before_rr_is_the_ratio_then_no_target_from_it() -> None:
    # ("TP1: 0.65 R:R": the rule this refines; its number is still the ratio.)
    text = "SEI/USDT SHORT\nEntry: 0.125\nSL: 0.128\nTP1: 0.123\nTP2: 0.121\nTP1: 0.65 R:R"
    sig = PARSER.parse_sync(text)
    assert sig is not None and 0.65 not in sig.take_profits
