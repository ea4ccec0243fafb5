"""Issue 13's classes of real-channel formats, through the public parser: numbers that are no
price (target numbering, notes, typos, decimal commas, scientific notation)."""

from __future__ import annotations

import pytest

from tests.parsers.issue13_reads import read_signal, sig_levels
from tests.parsers.reads import PARSER


@pytest.mark.parametrize(
    ("lines", "targets"),
    [
        ("Target 1 24.0\nTarget 2 25.0", [24.0, 25.0]),
        ("Target 1 24\nTarget 2 25\nTarget 3 27", [24.0, 25.0, 27.0]),
        ("TP1 24.10\nTP2 24.60\nTP3 25.00\nTP425.50", [24.1, 24.6, 25.0, 25.5]),
        ("1) 24.1\n2) 24.6", [24.1, 24.6]),
        ("1⃣ 24.1\n2⃣ 24.6", [24.1, 24.6]),
        ("① 24.1\n② 24.6", [24.1, 24.6]),
        ("T1: 24.1\nT2: 24.6", [24.1, 24.6]),
    ],
)
def test_parse_when_numbering_glued_to_prices_then_index_is_not_a_price(
    lines: str, targets: list[float]
) -> None:
    text = f"#SOL LONG\nEntry 23.5\nTargets:\n{lines}\nSL 22"
    sig = read_signal(text)
    assert sig.is_valid(), sig.problems()
    assert sig_levels(sig) == ([23.5], targets, 22.0)


def test_parse_when_glued_target_index_is_ambiguous_then_needs_review() -> None:
    # TP11.25 alone: TP1 at 1.25, or a target at 11.25? Both are near an entry of 5.
    sig = read_signal("#SOL LONG\nEntry 5\nTP11.25\nSL 4")
    assert not sig.is_valid() and sig.needs_review
    assert any("cannot tell which is which" in r for r in sig.review)


def test_parse_when_lone_glued_target_may_hold_its_index_then_never_traded_as_a_guess() -> None:
    # "TP41.3100" as the only target: TP4 at 1.31, or a target at 41.31? No entry to compare.
    sig = PARSER.parse_sync("#DOT Long\nTP41.3100\nSL 1.10")
    assert sig is None or not sig.is_valid()
    # Beside an entry, the one reading near it is the target.
    near_small = read_signal("#DOT Long\nEntry 1.25\nTP41.3100\nSL 1.10")
    near_big = read_signal("#DOT Long\nEntry 40.5\nTP41.3100\nSL 39")
    assert near_small.take_profits == [1.31] and near_big.take_profits == [41.31]


def test_parse_when_notes_after_numbers_then_not_prices() -> None:
    text = (
        "#XRP LONG\nEntry 0.51 (5%)\nTP1 0.56 (+10%)\nTP2 0.60 - 25%\nSL 0.45 (-12%)\n"
        "R:R 1:3\nRisk: 2% of portfolio\nLeverage: cross 20x\nVolume: 3%\n"
        "Trade with 3 to 5% of your funds, up to 7 days"
    )
    sig = read_signal(text)
    assert sig.is_valid(), sig.problems()
    assert sig_levels(sig) == ([0.51], [0.56, 0.6], 0.45) and sig.leverage == 20


def test_parse_when_number_glued_to_a_word_then_never_cut_short() -> None:
    # "11.934Trailing" used to be read as the price 11.
    sig = read_signal(
        "DOTUSDT SHORT\nEntry: 11.308\nTargets: 10.8 - 10.3\nSL: 11.934Trailing stop: on"
    )
    assert sig.stop_loss in (None, 11.934)
    assert 11.0 not in (sig.stop_loss, *sig.entries, *sig.take_profits)


def test_parse_when_decimal_commas_then_three_decimals_read_as_decimals_too() -> None:
    sig = read_signal("#AVAX/USDT LONG\nEntry 24,3\nTargets 24,786 / 25,272\nStop loss 22,842")
    assert sig.is_valid(), sig.problems()
    assert sig_levels(sig) == ([24.3], [24.786, 25.272], 22.842)


def test_parse_when_one_level_is_a_typo_then_the_others_are_not_reread() -> None:
    sig = read_signal("#BTC LONG\nEntry 38,900\nTP 39,450\nSL 38.2")
    assert not sig.is_valid() and sig.entries == [38900.0]
    assert any("38.2 is far from the other levels" in r for r in sig.review)


_NUMBERINGS = (
    "Target {i} {p}",
    "Target {i}: {p}",
    "TP{i} {p}",
    "TP {i} - {p}",
    "{i}) {p}",
    "{i}. {p}",
    "{i}\ufe0f\u20e3 {p}",
    "{c} {p}",
    "T{i}: {p}",
    "🎯 {p}",
    "🎯TP{i}: {p}",
    "({i}) {p}",
    "{i} - {p}",
    "TP{i}{p}",
)


@pytest.mark.parametrize("numbering", _NUMBERINGS)
def test_parse_when_numbered_targets_behind_any_bullet_then_index_is_not_a_price(
    numbering: str,
) -> None:
    for bullet in ("", "👉 ", "➡️ ", "📈 "):
        lines = "\n".join(
            bullet + numbering.format(i=i, p=p, c="①②③"[i - 1])
            for i, p in ((1, "24.10"), (2, "24.60"), (3, "25.00"))
        )
        sig = read_signal(f"#SOL LONG\nEntry 23.5\nTargets:\n{lines}\nSL 22")
        assert sig.is_valid(), (lines, sig.problems())
        assert sig_levels(sig) == ([23.5], [24.1, 24.6, 25.0], 22.0), lines


@pytest.mark.parametrize(
    "notes",
    [
        "Entry 0.51 (5%)\nTP1 0.56 (+10%)\nTP2 0.60 - 25%\nSL 0.45 (-12%)",
        "Entry: 0.51\nTargets: 0.56 (20%) 0.60 (30%)\nStop: 0.45\nRisk: 2% of portfolio",
        "Entry: 0.51\nTP: 0.56, 0.60\nSL: 0.45\nVolume: 3%\nLeverage: cross 20x",
        "Entry 0.51\nTP 0.56 / 0.60\nSL 0.45\nRisk 1-2% per trade",
        "Entry 0.51 | TP 0.56 0.60 | SL 0.45 | R/R 3.5",
        "Entry 0.51\nTP1 0.56 - 50%\nTP2 0.60 - 50%\nSL 0.45\nPeriod: 7 days",
    ],
)
def test_parse_when_notes_in_any_place_then_never_prices(notes: str) -> None:
    sig = read_signal("#XRP LONG\n" + notes)
    assert sig.is_valid(), sig.problems()
    assert sig_levels(sig) == ([0.51], [0.56, 0.6], 0.45)


def test_parse_when_a_bot_prints_a_price_in_scientific_notation_then_the_same_number() -> None:
    sig = read_signal(
        "🔴 SHORT\n#DOGS/USDT\nEntry zone : 0.00006893 - 0.00006692\nTake Profits :\n"
        "0.00006658\n0.00006456\nStop loss :7.16044E-5\nLeverage: 10x"
    )
    assert sig.is_valid(), sig.problems()
    assert sig.stop_loss == 7.16044e-05 and sig.take_profits == [6.658e-05, 6.456e-05]
