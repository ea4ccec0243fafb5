"""Issue 13's classes of real-channel formats, one test per class, through the public parser:
labels and the fields they name (entry, targets, stop). The other classes are in
test_issue13_numbers.py, test_issue13_forms.py and test_issue13_reports.py."""

from __future__ import annotations

import pytest

from tests.parsers.issue13_reads import read_signal, sig_levels


@pytest.mark.parametrize(
    ("line", "entries"),
    [
        ("Buy zone: 0.512 - 0.530", [0.512, 0.53]),
        ("Entry Targets: 1) 0.512 2) 0.498", [0.512, 0.498]),
        ("Accumulate 0.51-0.53", [0.51, 0.53]),
        ("Enter above 0.53", [0.53]),
        ("Buy between 0.51 and 0.53", [0.51, 0.53]),
        ("BUY : 0.51", [0.51]),
        ("Open 0.51", [0.51]),
        ("Bid 0.51", [0.51]),
        ("Long above: 0.51", [0.51]),
        ("Now : 0.51$", [0.51]),
    ],
)
def test_parse_when_entry_label_variant_then_entry_read_not_market(
    line: str, entries: list[float]
) -> None:
    sig = read_signal(f"#XRP LONG\n{line}\nTP 0.60\nSL 0.45")
    assert sig.is_valid(), sig.problems()
    assert sig.entries == entries and not sig.is_market
    # "Enter above 0.53" is a breakout entry: read with its trigger, never a plain limit.
    assert sig.entry_trigger == ("above" if "above" in line else None)


@pytest.mark.parametrize(
    ("lines", "targets"),
    [
        ("Sell: 0.56 0.60 0.66", [0.56, 0.6, 0.66]),
        ("Exit: 0.60", [0.6]),
        ("Close 0.60", [0.6]),
        ("Sell zone 0.58-0.62", [0.58, 0.62]),
        ("Short term: 0.56 Mid term: 0.60 Long term: 0.70", [0.56, 0.6, 0.7]),
        ("🎯 0.56\n🎯 0.60", [0.56, 0.6]),
        ("Take-Profit Targets:\n1) 0.56\n2) 0.60\n3) 0.66", [0.56, 0.6, 0.66]),
    ],
)
def test_parse_when_target_label_variant_then_targets_not_entries(
    lines: str, targets: list[float]
) -> None:
    sig = read_signal(f"#XRP LONG\nEntry 0.51\n{lines}\nSL 0.45")
    assert sig.is_valid(), sig.problems()
    assert sig_levels(sig) == ([0.51], targets, 0.45)


@pytest.mark.parametrize(
    ("stop_line", "timeframe"),
    [
        ("close below 0.45", None),
        ("SL: daily close under 0.45", "daily"),
        ("stop if 4h candle closes below 0.45", "4h"),
    ],
)
def test_parse_when_stop_in_prose_then_level_read_and_flagged_candle_close(
    stop_line: str, timeframe: str | None
) -> None:
    sig = read_signal(f"#XRP LONG\nEntry 0.51\nTP 0.56\n{stop_line}")
    assert sig.is_valid(), sig.problems()
    assert sig.stop_loss == 0.45
    assert sig.stop_kind == "candle_close" and sig.stop_timeframe == timeframe


def test_parse_when_cancel_condition_beside_a_stop_then_stop_is_the_labelled_one() -> None:
    sig = read_signal("#XRP LONG\nEntry 0.51\nTP 0.56\nSL 0.44\nCancel if 4h closes below 0.47")
    assert sig.stop_loss == 0.44 and sig.stop_kind is None


def test_parse_when_numbers_between_labels_belong_to_no_label_then_needs_review() -> None:
    sig = read_signal("#NEAR/USDT\n🟢LONG\nEntry: 1.50\n1: 1.55\n2: 1.60\n3: 1.70\nSL: 1.40")
    assert not sig.is_valid() and sig.entries == [1.5]  # 1.55 ... are not more entries
    assert any("no label claims" in r for r in sig.review)


def test_parse_when_no_entry_but_prices_before_the_labels_then_needs_review_not_market() -> None:
    sig = read_signal("#XRP/USDT SHORT\n0.7105-0.7150 maybe\nSTOP: 0.748\nTARGET: 0.702")
    assert not sig.is_valid() and not sig.entries
    assert any("no label claims" in r for r in sig.review)


def test_parse_when_buy_and_sell_with_at_signs_then_entry_and_target() -> None:
    sig = read_signal("#BTC\nBuy @ 60000\nSell @ 62000\nStop @ 59000")
    assert sig.is_valid() and sig_levels(sig) == ([60000.0], [62000.0], 59000.0)


def test_parse_when_label_then_emoji_then_separator_dash_then_not_negative() -> None:
    sig = read_signal("#DOT/USDT\nBUY :- 22-23\nTARGET:-25.20-25.50\nSTOP 🛑:-20\nLEV :- 2X")
    assert sig.is_valid(), sig.problems()
    assert sig_levels(sig) == ([22.0, 23.0], [25.2, 25.5], 20.0) and sig.leverage == 2


def test_parse_when_stop_has_daily_close_note_then_flagged_candle_close() -> None:
    sig = read_signal(
        "#FET/USDT LONG\nEntry: 2.15-2.20\nTargets: 2.30\nStop Loss: 2.05 (Daily close)"
    )
    assert sig.stop_loss == 2.05 and sig.stop_kind == "candle_close"
    assert sig.stop_timeframe == "daily"


def test_parse_when_lone_sell_label_contradicts_the_side_words_then_it_is_the_target() -> None:
    sig = read_signal("Trading plan for SOL: buy the dip at 140, sell at 160")
    assert sig.side == "LONG" and sig_levels(sig) == ([140.0], [160.0], None)


def test_parse_when_side_word_has_a_colon_before_the_coin_then_not_an_entry_label() -> None:
    sig = read_signal("LONG: #AVAX\nTP: 37\nSL: 33")
    assert sig.is_valid() and sig.symbol == "AVAXUSDT" and sig.is_market
    sig = read_signal("OGN - USDT\nLong: 0.75 - 0.77\nTarget: 0.80\nStopls: 0.69")
    assert sig.is_valid() and sig_levels(sig) == ([0.75, 0.77], [0.8], 0.69)


def test_parse_when_an_unknown_label_holds_prices_between_labels_then_never_a_market_entry() -> (
    None
):
    # "Bring in : ..." is no label of the lexicon: its prices are claimed by nobody.
    sig = read_signal("Pair: ETH/USDT #LONG\nTargets: 740 - 750\nBring in : 725 - 735\nSL: 700")
    assert not sig.is_valid() and sig.needs_review
    assert any("no label claims" in reason for reason in sig.review)


def test_parse_when_get_in_names_the_entry_then_entry_read() -> None:
    sig = read_signal("Pair: ETH/USDT #LONG\nTargets: 740 - 750\nGet in : 725 - 735\nSL: 700")
    assert sig.is_valid(), sig.problems()
    assert sig_levels(sig) == ([725.0, 735.0], [740.0, 750.0], 700.0)


# --- each class's examples with their natural variants (separators, casing, numbering, digits) ---

_SEPARATORS = (" ", ": ", " : ", " - ", " = ", " → ", "：", " @ ")


_CASES = (str, str.upper, str.lower)


_ENTRY_FORMS = (
    ("Buy zone{s}0.512 - 0.530", [0.512, 0.53]),
    ("Entry Targets{s}1) 0.512 2) 0.498", [0.512, 0.498]),
    ("Accumulate{s}0.51-0.53", [0.51, 0.53]),
    ("Enter above{s}0.53", [0.53]),
    ("Buy between{s}0.51 and 0.53", [0.51, 0.53]),
    ("BUY{s}0.51", [0.51]),
    ("Open{s}0.51", [0.51]),
    ("Bid{s}0.51", [0.51]),
)


@pytest.mark.parametrize(("form", "entries"), _ENTRY_FORMS)
def test_parse_when_entry_label_with_any_separator_and_case_then_entry_read(
    form: str, entries: list[float]
) -> None:
    for sep in _SEPARATORS:
        for case in _CASES:
            line = case(form.format(s=sep))
            sig = read_signal(f"#XRP LONG\n{line}\nTP 0.60\nSL 0.45")
            assert sig.is_valid() and sig.entries == entries, (line, sig.problems())
            assert sig.entry_trigger == ("above" if "above" in form else None), line


_TARGET_FORMS = (
    ("Sell{s}0.56 0.60 0.66", [0.56, 0.6, 0.66]),
    ("Exit{s}0.60", [0.6]),
    ("Close{s}0.60", [0.6]),
    ("Sell zone{s}0.58-0.62", [0.58, 0.62]),
    ("Short term{s}0.56 Mid term{s}0.60 Long term{s}0.70", [0.56, 0.6, 0.7]),
    ("🎯{s}0.56\n🎯{s}0.60", [0.56, 0.6]),
    ("Take-Profit Targets{s}\n1) 0.56\n2) 0.60\n3) 0.66", [0.56, 0.6, 0.66]),
    ("Goals{s}0.56 / 0.60", [0.56, 0.6]),
)


@pytest.mark.parametrize(("form", "targets"), _TARGET_FORMS)
def test_parse_when_target_label_with_any_separator_and_case_then_targets_read(
    form: str, targets: list[float]
) -> None:
    for sep in _SEPARATORS:
        for case in _CASES:
            lines = case(form.format(s=sep))
            sig = read_signal(f"#XRP LONG\nEntry 0.51\n{lines}\nSL 0.45")
            assert sig.is_valid(), (lines, sig.problems())
            assert sig_levels(sig) == ([0.51], targets, 0.45), lines


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Entrance", "entry"),
        ("Entering", "entry"),
        ("Buying zone", "entry"),
        ("Limit buy", "entry"),
        ("Exit points 👇\n", "targets"),
        ("Profit taking\n", "targets"),
        ("Take profit levels", "targets"),
        ("Invalidation level", "stop"),
    ],
)
def test_parse_when_more_label_synonyms_then_their_field_read(label: str, kind: str) -> None:
    lines = {
        "entry": f"{label}: 0.51 - 0.53\nTargets: 0.56 0.60\nSL: 0.45",
        "targets": f"Entry: 0.51 - 0.53\n{label}: 0.56 0.60\nSL: 0.45".replace("\n: ", "\n"),
        "stop": f"Entry: 0.51 - 0.53\nTargets: 0.56 0.60\n{label}: 0.45",
    }[kind]
    sig = read_signal("#XRP LONG\n" + lines)
    assert sig.is_valid(), (lines, sig.problems())
    assert sig_levels(sig) == ([0.51, 0.53], [0.56, 0.6], 0.45), lines
