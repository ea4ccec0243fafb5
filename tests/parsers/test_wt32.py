"""Branch i13-wt32 (session 30): the wrong trades left on held out, attacked by shape with
made-up posts (every post below is made up, marked "(made up)" in its text; no held-out text was
read). The lead's masked aggregates named the classes: posts a person cannot be sure of read as a
long (a stray number after the targets, a stop told only in words, a hold condition's level, a
scenario in Russian), results posts re-posting a BTC pair's card, headline words and glued tags
read as the coin, an entry trigger the post does not say, one more target than posted.

Each attack row must not trade (refused with the reason of its shape); the guard rows keep
reading as before (real forms of dev, or made up and marked so)."""

from __future__ import annotations

import pytest

from tests.parsers.reads import not_traded, review, valid

_CARD = (
    "ELF/BTC (made up)\nBuy zone: 0.00001020 - 0.00001050\n"
    "Sell targets: 0.00001100 - 0.00001180 - 0.00001250\nStop loss: 0.00000960\n"
)
_CARD2 = (
    "ELF/BTC (made up)\nEntry: 0.00001020 - 0.00001050\n"
    "Targets: 0.00001100 - 0.00001180 - 0.00001250\nStoploss: 0.00000960\n\n"
)

# (text, a part of the reason it must be refused with)
REFUSED = (
    # results posts re-posting a BTC pair's card: a target named with a percentage
    (_CARD + "+7.8% target 1", "what a target made"),
    (_CARD + "Current profit 7.8% (target 1)", "what a target made"),
    (_CARD + "target 1 - 7.8%", "what a target made"),
    (_CARD + "7.8% on the first target", "what a target made"),
    (_CARD + "Target 1 = 7.8%", "what a target made"),
    (_CARD + "Profit on target 1: 7.8%", "what a target made"),
    (_CARD + "Target 1 reached, 7.8% profit\nTarget 2 reached, 15.6% profit", ""),
    (_CARD + "target 1 ⚡ 7.8%\ntarget 2 ⚡ 15.6%", "what a target made"),
    (_CARD + "target 1 7.8%\ntarget 2 15.6%", "what a target made"),
    (_CARD2 + "We are up 15.6% on this one, 2nd target 🎯", "what a target made"),
    (_CARD2 + "15.6% ✔️ 2nd target", "what a target made"),
    (_CARD2 + "Target 2: 15.6% profit", "what a target made"),
    (_CARD2 + "Target 2 ⏫ 15.6%", "what a target made"),
    # ... or a gain told as made under it
    (_CARD2 + "15.6% gained", "a gain made"),
    (_CARD2 + "Total profit 15.6%", "a gain made"),
    (_CARD2 + "15.6% in 2 days", "a gain made"),
    # a running trade's gain told on the heading or under the card
    ("My $SOL long is up 12% 🚀 (made up)\nEntry 148\nTP 170\nSL 142", "reports a gain"),
    (
        "$BTC long position update (made up)\nEntry 64000\nTP 68000\nSL 62000\nCurrently +4.2%",
        "tells a gain",
    ),
    # a headline word in capitals read as the coin beside the coin
    ("(made up) ALTSEASON ALERT: SUSHI\nBuy 1.20\nSell 1.35 1.50\nStop 1.10", "in capitals"),
    ("(made up) BREAKOUTS ON MANTA\nLong 1.20\nTP 1.35\nSL 1.10", "in capitals"),
    ("(made up) LIQUIDITY ALERT: SUSHI\nBuy 1.20\nSell 1.35 1.50\nStop 1.10", "in capitals"),
    ("(made up) STRATEGIC ON SUSHI\nLong 1.20\nTP 1.35\nSL 1.10", "in capitals"),
    ("(made up) TECHNICAL ALERT: THETA\nBuy 1.20\nSell 1.35 1.50\nStop 1.10", "in capitals"),
    # a tag glued to more letters than the coin the text names twice
    ("#ATOMCOIN (made up)\nATOM LONG - ATOM setup\nEntry 8.5\nTP 9.2\nSL 8.0", "#ATOMCOIN"),
    ("#BTCUSDTP (made up)\nBTC long\nEntry 64000\nTP 66000\nSL 62500\nBTC futures", "#BTCUSDTP"),
    ("#SOLPERPS (made up)\nSOL long, SOL looks strong\nEntry 150\nTP 160\nSL 145", "#SOLPERPS"),
    # a stray number after the targets on their line
    ("#TIA LONG (made up)\nEntry: 8.50\nTP: 9.20 9.80 10.40 25\nSL: 8.00", "far past them"),
    ("#LINK LONG (made up)\nEntry 14.5\nTP 15.5, 16.5, 17.5 100\nSL 13.8", "far past them"),
    ("#SOL LONG (made up)\nEntry: 150\nTP: 155 / 160 / 165 / 500\nSL: 145", "far past them"),
    # a stop told in words, none read
    (
        "#BTCUSD 4H | Bull flag (made up)\nEntry: 64,200\nTP: 66,500\n"
        "If price closes below 63,000 the flag is invalid.",
        "stop's side",
    ),
    (
        "$SOL long (made up)\nEntry 150\nTarget 165\nA 4H close under 144 invalidates the setup.",
        "stop's side",
    ),
    (
        "$SOL short (made up)\nEntry 150\nTargets 140, 135\nRisk: above 156 the short is wrong.",
        "stop's side",
    ),
    (
        "$SOL long (made up)\nEntry 150\nTargets 160, 165\nBias flips bearish below 144.",
        "stop's side",
    ),
    # a hold condition's level read as one more entry
    (
        "$ARB LONG (made up)\nEntry 1.06, as long as price holds above 1.05\nTP 1.20 1.35\nSL 0.98",
        "one more entry",
    ),
    ("$ARB Long (made up)\nEntry: 1.05-1.08 on a hold above 1.04\nTP: 1.20 / 1.35\nSL: 0.98", ""),
    # a stop entry read where the line means a limit
    ("$ARB LONG (made up)\nBuy above 1.05 support\nTP 1.20 1.35\nSL 0.98", "stop entry"),
    (
        "$ARB LONG (made up)\nEntry above the 1.05 level on a pullback\nTP 1.20 1.35\nSL 0.98",
        "stop entry",
    ),
    ("$ETH SHORT (made up)\nShort below 3000 resistance\nTP 2800 2700\nSL 3100", "stop entry"),
    # a chart pattern's or an optional target after the card's
    (
        "$ARB analysis (made up)\nEntry: 1.05\nTarget: 1.20\nStop: 0.98\n"
        "Measured move target: 1.35",
        "another horizon",
    ),
    (
        "$ARB analysis (made up)\nEntry: 1.05\nTarget: 1.20\nStop: 0.98\nPattern target 1.35",
        "another horizon",
    ),
    (
        "$ARB analysis (made up)\nEntry: 1.05\nTarget: 1.20\nStop: 0.98\nOptional target: 1.35",
        "another horizon",
    ),
    (
        "$ARB analysis (made up)\nEntry: 1.05\nTarget: 1.20\nStop: 0.98\nAggressive target: 1.35",
        "another horizon",
    ),
    # a Russian plan of two scenarios: "long to 3300" is where the trade goes
    (
        "#ETH (made up)\nЕсли пробьём 3100 — лонг до 3300, стоп 3050.\n"
        "Если уйдём под 2950 — шорт до 2800.",
        "'to'",
    ),
)


@pytest.mark.parametrize(("text", "why"), REFUSED, ids=[str(i) for i in range(len(REFUSED))])
def test_attack_when_read_then_refused_with_its_reason(text: str, why: str) -> None:
    if not why:  # (read as a report, or refused: never traded)
        not_traded(text)
        return
    reasons = review(text)
    assert any(why in r for r in reasons), reasons


# Read right: the coin the post means.
RIGHT = (
    ("SIGNALS (made up)\nTOKEN: ENJ\nLong 0.30\nTP 0.33\nSL 0.28", "ENJUSDT"),
    ("(made up) Token: ENJ\nLong 0.30\nTP 0.33\nSL 0.28", "ENJUSDT"),
)


@pytest.mark.parametrize(("text", "symbol"), RIGHT)
def test_token_label_when_read_then_its_value_is_the_coin(text: str, symbol: str) -> None:
    assert valid(text).symbol == symbol


# Guards: calls that keep trading as before (dev forms, or made up).
GUARDS = (
    # dev cur-signals-026: the coin with its quote glued, read from bare words
    (
        "AUCTIONUSDT SELL\n\nEntry Targets:\n\n10.08\n\n10.48\n\nTake-Profit 1: 9.72\n"
        "Take-Profit 2: 9.37\nTake-Profit 3: 8.73\n\nSTOP: 11.16\n\nLeverage [20X Cross]",
        "AUCTIONUSDT",
        [9.72, 9.37, 8.73],
    ),
    # dev cur-signals-042's projection line under a card (made-up card)
    ("#ARB LONG (made up)\nEntry: 1.05\nTP: 1.20\nSL: 0.98\nprofit:1%", "ARBUSDT", [1.2]),
    # management lines naming a target and a share (dev forms, square-the-short-tiers-001)
    (
        "#ARB SHORT (made up)\nEntry: 1.05\nTP1: 0.98\nTP2: 0.92\nSL: 1.10\n"
        "TP1 → close 30%, move SL to breakeven.\nTP2 → close 40%.",
        "ARBUSDT",
        [0.98, 0.92],
    ),
    (
        "#ARB LONG (made up)\nEntry: 1.05\nTP1: 1.20\nTP2: 1.35\nSL: 0.98\n"
        "- after tp1 hit, secure 50% &",
        "ARBUSDT",
        [1.2, 1.35],
    ),
    ("$ARB LONG (made up)\nEntry: 1.05\nTP: 1.20 / 1.35 (+14%)\nSL: 0.98", "ARBUSDT", [1.2, 1.35]),
    # a target's label and its distance over its price (test_sig24's form, made-up levels)
    (
        "ARB/USDT SHORT (made up)\nEntry: 0.4925\nSL: 0.5160\n🎯 TP1 (5%):\n0.4690",
        "ARBUSDT",
        [0.469],
    ),
    (
        "ARB/USDT SHORT (made up)\nEntry: 0.4925\nSL: 0.5160\n🎯 TP1 (5.2%)\n0.4690",
        "ARBUSDT",
        [0.469],
    ),
    # the share to close at each target (made up; a rule without this guard cost five signals)
    (
        "#ARB LONG (made up)\nEntry: 1.05\nTargets: 1.20 - 1.30 - 1.40\nTP1: 50%\nTP2: 30%\n"
        "TP3: 20%\nSL: 0.98",
        "ARBUSDT",
        [1.2, 1.3, 1.4],
    ),
    (
        "#ARB LONG (made up)\nEntry: 1.05\nTargets: 1.20 - 1.30 - 1.40\nSL: 0.98\n"
        "Target 1 - 50%\nTarget 2 - 30%\nTarget 3 - 20%",
        "ARBUSDT",
        [1.2, 1.3, 1.4],
    ),
    # a ladder that widens, and a far round target not far past the others
    (
        "#ARB LONG (made up)\nEntry: 0.48\nTP: 0.50 0.55 0.65 0.80\nSL: 0.45",
        "ARBUSDT",
        [0.5, 0.55, 0.65, 0.8],
    ),
    (
        "#ARB LONG (made up)\nEntry: 2.00\nTP: 2.15 2.30 2.45 3\nSL: 1.85",
        "ARBUSDT",
        [2.15, 2.3, 2.45, 3.0],
    ),
    # a stop told in words and read as the stop (candle close)
    (
        "$SOL long (made up)\nEntry 150\nTargets 160, 165\nI'd exit if it closes below 144.",
        "SOLUSDT",
        [160.0, 165.0],
    ),
    # an alternative scenario beside a card stays the card (CONVENTIONS.md, session 25)
    (
        "$ETH (made up)\nЛонг 3000, цель 3200, стоп 2940\nИначе шорт от 2940 до 2800",
        "ETHUSDT",
        [3200.0],
    ),
    # a coin read from its tag with another caps word around it
    ("#SUSHI (made up)\nSUSHI LONG ALTSEASON\nEntry 1.20\nTP 1.35\nSL 1.10", "SUSHIUSDT", [1.35]),
    (
        "ALTSEASON is coming (made up)\nSUSHI LONG\nEntry: 1.20\nTP: 1.35\nSL: 1.10",
        "SUSHIUSDT",
        [1.35],
    ),
)


@pytest.mark.parametrize(("text", "symbol", "targets"), GUARDS)
def test_guard_when_read_then_traded_as_before(
    text: str, symbol: str, targets: list[float]
) -> None:
    sig = valid(text)
    assert (sig.symbol, sig.take_profits) == (symbol, targets)


def test_entry_trigger_when_said_plainly_then_read() -> None:
    """ "Entry: above 1.05" (no limit word on its line) keeps its stop entry."""
    assert valid("$ARB LONG (made up)\nEntry: above 1.05\nTP 1.20 1.35\nSL 0.98").entry_trigger == (
        "above"
    )


def test_glued_tag_when_the_coin_is_written_once_then_read() -> None:
    """ "#ETHFI" over one "ETH" (made up): the tag's coin, the other word once is context."""
    sig = valid("#ETHFI (made up)\nETHFI LONG\nEntry 1.50\nTP 1.70\nSL 1.40\nETH pumping")
    assert sig.symbol == "ETHFIUSDT"
