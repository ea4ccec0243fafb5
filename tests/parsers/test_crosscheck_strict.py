"""The cross-check's stricter checks (issue 13, "never a wrong trade"), through the public parser.

Each refused example is a message that was read as a tradable signal with other numbers than
were posted (a level left out, or one a factor ten off) before the check existed; each kept
example is the nearest correct post the check must not refuse.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser, ParsedSignal
from parsers.ai_fallback import AIAnswer, answer_to_signal

PARSER = EnhancedParser(enable_ai=False)


def _read(text: str) -> ParsedSignal:
    sig = PARSER.parse_sync(text)
    assert sig is not None, text
    return sig


# --------------------------------------------------------------- every number explained


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        # Targets under a label the lexicon lacks, after the stop: never a trade without them.
        ("#BTC/USDT LONG\nEntry: 27000\nSL: 26000\nAims: 28000 29000", "Aims: 28000 29000"),
        ("#SOL/USDT LONG\nBuy 20.5\nSL 19\n🚀 22 / 24 / 26", "🚀 22 / 24 / 26"),
        # ... or between the entry and the stop.
        ("#ADA/USDT LONG\nEntry: 0.51\nTake: 0.56 0.60\nStop: 0.45", "Take: 0.56 0.60"),
        # A second entry under a word the lexicon lacks.
        ("#ADA/USDT LONG\nEntry: 0.51\nTP: 0.56\nStop: 0.45\nReload 0.48", "Reload 0.48"),
    ],
)
def test_parse_when_a_price_like_number_is_left_unexplained_then_needs_review(
    text: str, unread: str
) -> None:
    sig = _read(text)
    assert not sig.is_valid() and sig.needs_review
    assert any(f"'{unread}' holds a number that is none of" in r for r in sig.review), sig.review
    assert [text[a:b] for a, b in sig.unread] == [unread]


@pytest.mark.parametrize(
    "text",
    [
        # Indexes, percentages, R:R, risk scores, ids, volumes, durations and reference prices.
        "#ADA/USDT LONG\nEntry: 0.51\nTarget 1: 0.56 (10%)\nTarget 2: 0.60 (18%)\nSL: 0.45",
        "#ADA/USDT LONG\nEntry Targets:\n1) 0.51\n2) 0.50\nTargets:\n1) 0.56\n2) 0.60\nSL: 0.45",
        "#ADA/USDT LONG\nEntry: 0.51\nTP: 0.56 - 50%\nTP: 0.60 - 50%\nSL: 0.45\nR:R 1:3\nRisk 3/10",
        "ID #1234\n#ADA/USDT LONG\nEntry: 0.51\nTP: 0.56\nSL: 0.45\nVolume: 1,250,000",
        "#ADA/USDT LONG\nEntry: 0.51\nOTE: 0.505\nTP: 0.56\nSL: 0.45\nHold 7 days",
        "#ADA/USDT LONG\nEntry: 0.51 → avg 0.50\nTP: 0.56\nSL: 0.45\nCurrent price: 0.52",
        "#ADA/USDT LONG\nEntry: 0.51\nTP: 0.56\nSupport: 0.47\nResistance: 0.58\nSL: 0.45",
        # A sentence beside the levels is a comment, not an unread field.
        "#ADA/USDT LONG\nEntry: 0.51\nTP: 0.56\nSL: 0.45\n"
        "We bought it at 0.40 last month and sold it at 0.55 for a nice profit",
    ],
)
def test_parse_when_every_number_is_explained_then_tradable(text: str) -> None:
    sig = _read(text)
    assert sig.is_valid(), sig.problems()
    assert sig.entries[0] == 0.51 and sig.take_profits[0] == 0.56 and sig.stop_loss == 0.45


# --------------------------------------------------------------- levels a factor ten apart


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("#BTC/USDT LONG\nEntry 27000\nTP 280000\nSL 26000", "target 280000 is 10 times the entry"),
        ("#ETH/USDT SHORT\nEntry 1850\nTP 180\nSL 1900", "target 180 is 0.097 times the entry"),
        ("#ADA/USDT LONG\nEntry 0.51\nTP 0.56\nSL 0.045", "stop 0.045 is 0.088 times the entry"),
        ("#ADA/USDT SHORT\nEntry 0.51\nTP 0.46\nSL 5.6", "stop 5.6 is 11 times the entry"),
        ("#BTC/USDT LONG now\nTP 28000\nSL 2600", "levels 2600 and 28000 are more than 8 times"),
    ],
)
def test_parse_when_levels_are_a_factor_ten_apart_then_needs_review(text: str, reason: str) -> None:
    sig = _read(text)
    assert not sig.is_valid() and sig.needs_review
    assert any(reason in r for r in sig.review), sig.review


def test_parse_when_long_term_target_is_several_times_the_entry_then_still_tradable() -> None:
    # A long's mid-term targets several times the entry are a plan, not a typo.
    sig = _read("#SAND/USDT LONG\nEntry: 1.02 - 1.25\nTargets: 1.31 - 2.60 - 5.55\nSL: 0.87")
    assert sig.is_valid(), sig.problems()


def test_ai_answer_when_levels_are_a_factor_ten_apart_then_needs_review() -> None:
    text = "#ADA/USDT LONG entry 0.51 target 0.56 stop 0.045"
    answer = AIAnswer(
        is_signal=True,
        symbol="ADAUSDT",
        side="LONG",
        entries=[0.51],
        take_profits=[0.56],
        stop_loss=0.045,
    )
    sig = answer_to_signal(answer, text)
    assert sig is not None and not sig.is_valid()
    assert any("stop 0.045 is 0.088 times the entry" in r for r in sig.review), sig.review


# --------------------------------------------------------------- every target beyond every entry


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (
            "#BTC/USDT LONG\nEntry 27000 - 28000\nTP 27500 29000\nSL 26000",
            "take profit 27500 is not above the entry 28000 of a LONG",
        ),
        (
            "#BTC/USDT SHORT\nEntry 27000 - 28000\nTP 27500 26000\nSL 29000",
            "take profit 27500 is not below the entry 27000 of a SHORT",
        ),
    ],
)
def test_parse_when_a_target_is_inside_the_entry_zone_then_refused(text: str, error: str) -> None:
    sig = _read(text)
    assert not sig.is_valid()
    assert error in sig.errors, sig.errors


# --------------------------------------------------------------- two readings that disagree


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "#BTC/USDT SHORT\nEntry 64000\nTP 65000\nSL 63000",
            "the post says SHORT but its levels are those of a LONG",
        ),
        (
            "#ETH/USDT LONG\nEntry 3200\nTargets 3100 3000\nStop 3300",
            "the post says LONG but its levels are those of a SHORT",
        ),
    ],
)
def test_parse_when_the_side_word_and_the_levels_disagree_then_needs_review(
    text: str, reason: str
) -> None:
    sig = _read(text)
    assert not sig.is_valid() and sig.needs_review
    assert any(reason in r for r in sig.review), sig.review


# --------------------------------------------------------------- thousands grouped with a dot


@pytest.mark.parametrize(
    "text",
    [
        "#BTC/USDT LONG\nEntry: 64.000\nTP: 65.500\nSL: 63.000",
        "#BTCUSDT LONG\nGiriş: 64.000 - 63.500\nHedef 1: 64.800\nZarar Durdur: 62.900",
        "#ETH/USDT SHORT\nEntrada: 3.200\nObjetivo: 3.100\nStop: 3.300",
    ],
)
def test_parse_when_a_dear_coin_has_dot_grouped_thousands_then_needs_review(text: str) -> None:
    # Read as 64.0 the levels are consistent with each other: only the coin says they are not.
    sig = _read(text)
    assert not sig.is_valid() and sig.needs_review
    assert any("are the dots separating thousands" in r for r in sig.review), sig.review


def test_parse_when_a_cheap_coin_has_three_decimals_then_tradable() -> None:
    sig = _read("#DOT/USDT LONG\nEntry: 7.100\nTP: 7.400\nSL: 6.900")
    assert sig.is_valid(), sig.problems()
    assert sig.entries == [7.1]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Reminder: #SOL/USDT LONG\nEntry: 150\nTP: 160\nSL: 145", "reminder"),
        ("#SOL/USDT LONG still valid, entry 150, TP 160, SL 145", "still valid"),
    ],
)
def test_parse_when_a_post_restates_an_earlier_signal_then_needs_review(
    text: str, word: str
) -> None:
    sig = _read(text)
    assert not sig.is_valid() and sig.needs_review
    assert any(f"restates an earlier signal ('{word}')" in r for r in sig.review), sig.review
