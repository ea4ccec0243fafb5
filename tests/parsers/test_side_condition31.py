"""A side whose entry is a condition with no price (session 29, lead).

CONVENTIONS.md rules "BUY after the breakout / SL 1.20 / Target 1.45, 1.60" and "Long on
confirmation" `needs_review`: the condition's level is not given, and a guess is not traded. Main
(72edfbff) traded both at the market, and the Russian "лонг после подтверждения" too (i13-ru31
noticed it). parsers/call_doubts._NOT_NOW now holds the form. Made-up posts, marked so (the
conventions' own examples and their Russian); the guards keep trading.
"""

from __future__ import annotations

import pytest

from tests.parsers.reads import review, valid


@pytest.mark.parametrize(
    "text",
    [
        # (made up: CONVENTIONS.md's examples and their variants)
        "ETH BUY after the breakout\nSL 1.20\nTarget 1.45, 1.60",
        "#ETH Long on confirmation\nTarget 3200\nStop 2900",
        "#ETH long after confirmation\nTarget 3200\nStop 2900",
        "#SOL short on breakdown\nTP 120\nSL 150",
        "Buy $LINK upon breakout\nTargets: 16, 17\nStop: 13",
        "Entry on confirmation\n#ETH LONG\nTP 3200\nSL 2900",
        "#ETH лонг после подтверждения\nЦель 3200\nСтоп 2900",
        "#BTC шорт после пробоя\nЦель 58000\nСтоп 63000",
        "#ETH вход после ретеста\nЛонг\nЦель 3200\nСтоп 2900",
    ],
)
def test_a_condition_with_no_price_is_not_traded(text: str) -> None:
    reasons = review(text)
    assert any("and no entry: at the market, or at that level?" in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        # (made up) the condition's price given, or a market word: traded as before.
        ("#ETH Long on breakout 3050\nTarget 3200\nStop 2900", [3050.0]),
        ("#ETH long on confirmation, entry 3000\nTarget 3200\nStop 2900", [3000.0]),
        ("#ETH Long now\nTarget 3200\nStop 2900", []),
        ("#ETH LONG\nEntry: 3000\nTarget 3200\nStop 2900\nBreakout confirmed", [3000.0]),
    ],
)
def test_a_condition_with_its_price_still_trades(text: str, entries: list[float]) -> None:
    assert valid(text).entries == entries


@pytest.mark.parametrize(
    "text",
    [
        # (made up: the harness's market_coin seed 6 over elite-crypto-discord-109, and kin)
        "#BTC reclaimed 100k → NOT LONG\nEntry: 0.002595\nTP1: 0.00264\nTP2: 0.00277\nSL: 0.0022",
        "#BTC not long here\nEntry: 0.0026\nTP1: 0.0028\nSL: 0.0022",
        "#SOL\nDon't short this\nEntry: 150\nTP: 140\nSL: 160",
        "#ETH avoid longing\nEntry: 3000\nTarget: 3200\nStop: 2900",
        "#ETH never long here\nEntry: 3000\nTarget: 3200\nStop: 2900",
        "#SOL dont short it\nEntry: 150\nTP: 140\nSL: 160",
    ],
)
def test_a_side_the_post_denies_is_not_traded_from_its_levels(text: str) -> None:
    reasons = review(text)
    assert any("the side denied, or a coin named so?" in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # (made up) the other side denied, or time words: traded as before.
        ("#ETH\nNot a short!\nEntry: 3000\nTP1: 3200\nSL: 2900", "LONG"),
        ("#ETH not long-term, a quick one\nEntry: 3000\nTP1: 3200\nSL: 2900", "LONG"),
        ("#SOL don't long this\nEntry: 150\nTP: 140\nSL: 160", "SHORT"),
    ],
)
def test_the_other_side_denied_still_trades(text: str, side: str) -> None:
    assert valid(text).side == side
