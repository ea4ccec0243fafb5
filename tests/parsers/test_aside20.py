"""Numbers beside the levels that a word says are no level (session 19, branch i13-nums20): each
class read through the parser's entry point, and its doubtful neighbour still refused. Each
test of a reading fails without its rule; the harness families are tests/parsers/mutations_aside.py.

- A line an analysis head opens ("EMA 20 / 50 / 200: 144.1 / 141.3 / 138.7", "RSI (14): 58.4",
  "VWAP: 144.9", "24h High: 147.9", "Swing high: 153.9") beside entries, targets and a stop each
  read under its own label: before, "holds a number that is none of the entries, targets or stop
  I read" (parsers/aside_lines.py, asked by parsers/explain.py). With a field missing, or under
  a word no row holds, still refused.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)

LONG = "$SOL LONG\nEntry: 145.2\nTP1: 150.5\nTP2: 155\nSL: 140.8"
SHORT = "#SOL/USDT SHORT\nEntry: 145.2 - 146\nTP1: 140.5\nTP2: 138\nSL: 149.8"


def _read(text: str) -> tuple[list[float], list[float], float | None]:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.review + sig.errors
    return sig.entries, sig.take_profits, sig.stop_loss


def _refused(text: str) -> list[str]:
    sig = PARSER.parse_sync(text)
    assert sig is not None and not sig.is_valid(), sig
    return sig.review + sig.errors


ASIDE_LINES = [
    "EMA 20 / 50 / 200: 144.1 / 141.3 / 138.7 - price above all moving averages",
    "EMA 20 / 50 / 200: 146.1 / 147.3 / 148.7 - price below all moving averages",
    "RSI (14): 58.4",
    "RSI: 58.4 | MACD: 1.25",
    "📊 4H RSI: 61",
    "VWAP: 144.9",
    "Fib 0.618: 143.2",
    "200 EMA: 139.5",
    "MA(50) 141.3",
    "Supertrend (4H): 143.9",
    "Bollinger upper: 152.3",
    "24h High: 147.9",
    "24h Low: 139.2",
    "Market cap: $68.2B",
    "Swing high: 153.9",
    "Recent low - 139.5",
    "ATH: 160",
    "Open interest: 152.1M",
    "Key support 141.5 / 139",
    "MACD (12,26,9): 0.85",
    "Price above EMA 50 (141.3)",
    "Trend: bullish above 141.3",
    "Bias: bullish while above 141.3",
]


@pytest.mark.parametrize("line", ASIDE_LINES)
def test_long_when_analysis_line_after_labelled_levels_then_levels_read(line: str) -> None:
    assert _read(f"{LONG}\n{line}") == ([145.2], [150.5, 155.0], 140.8)


@pytest.mark.parametrize("line", ASIDE_LINES)
def test_short_when_analysis_line_among_labelled_levels_then_levels_read(line: str) -> None:
    head, rest = SHORT.split("\nTP1", 1)
    assert _read(f"{head}\n{line}\nTP1{rest}") == ([145.2, 146.0], [140.5, 138.0], 149.8)


@pytest.mark.parametrize("line", ["RSI (14): 58.4", "Swing high: 153.9", "EMA 200: 144.1"])
def test_when_no_entry_label_then_analysis_line_still_refused(line: str) -> None:
    # No entry read: the number may be the entry a label this lexicon lacks named.
    post = f"$SOL LONG\n{line}\nTP1: 150.5\nTP2: 155\nSL: 140.8"
    assert _refused(post)


@pytest.mark.parametrize(
    "line", ["Zorblat: 153.9", "Next: 153.9", "Plan 153.9", "Zone 146.1", "Price: 146.1"]
)
def test_when_line_under_unknown_word_then_still_refused(line: str) -> None:
    assert any("none of the entries" in why for why in _refused(f"{LONG}\n{line}"))


@pytest.mark.parametrize(
    "line", ["#SOL/USDT\nBuy now: 145.6", "#SOL/USDT LONG now 145.6", "#SOL/USDT\nPrice now: 145.6"]
)
def test_when_side_or_buy_gives_price_beside_entry_label_then_still_refused(line: str) -> None:
    # "now" before a price beside the entry's label: the price now, a date, or a second entry
    # (tests/parsers/test_wrong_trades15.py, branch i13-adversary15's number_doubt family).
    assert _refused(f"{line}\nEntry: 145.2\nTP1: 150.5\nSL: 140.8")


@pytest.mark.parametrize(
    "line", ["Price below 140.5 = exit", "Bias: invalid below 140.5", "Swing low 139.5: add here"]
)
def test_when_analysis_line_names_an_order_then_still_refused(line: str) -> None:
    # A word of a level or an order on the line: a second stop or an entry, maybe.
    assert any("none of the entries" in why for why in _refused(f"{LONG}\n{line}"))


def test_when_analysis_head_is_only_part_of_a_word_then_still_refused() -> None:
    # "mass", "oil", "math": letters an indicator's name starts with, no indicator.
    for line in ("Mass 153.9", "Oil 153.9", "Math 153.9"):
        assert _refused(f"{LONG}\n{line}"), line


# A chart feature named with its price in a note after the level's own price
# (parsers/chart_notes.py): before, the feature's price was read as one more target (a wrong
# trade when the order still held) or entry, or left a number nobody could read.
@pytest.mark.parametrize(
    "note",
    [
        "(Just above the recent local high of $156)",
        "(just below the 156 swing high)",
        "(resistance at 156)",
        "(above the daily open (152.1))",
        "(near 4H Supertrend (156.2) and the recent swing high)",
    ],
)
def test_long_when_feature_named_after_target_then_no_target_more(note: str) -> None:
    post = f"$SOL LONG\nEntry: 145.2\nTP1: 150.5\nTP2: 155 {note}\nSL: 140.8"
    assert _read(post) == ([145.2], [150.5, 155.0], 140.8)


@pytest.mark.parametrize(
    "note",
    [
        "(above 4H Supertrend (148.9) and recent swing high)",
        "(above the 200 EMA (148.1))",
        "(Just above the recent local high of $149.1)",
    ],
)
def test_short_when_feature_named_after_stop_then_stop_read(note: str) -> None:
    assert _read(f"{SHORT} {note}") == ([145.2, 146.0], [140.5, 138.0], 149.8)


def test_long_when_feature_named_after_entry_then_one_entry() -> None:
    post = "$SOL LONG\nEntry: 145.2 (retest of the 50 MA (144.9))\nTP1: 150.5\nSL: 140.8"
    assert _read(post) == ([145.2], [150.5], 140.8)


def test_short_when_second_stop_label_describes_feature_by_the_stop_then_stop_read() -> None:
    post = f"{SHORT}\nInvalidation: above 4H Supertrend (148.9) and recent swing high"
    assert _read(post) == ([145.2, 146.0], [140.5, 138.0], 149.8)


@pytest.mark.parametrize(
    "note",
    [
        # Beyond the stop: which is the stop, 149.8 or above 152.5?
        "Invalidation: above the 4H Supertrend (152.5)",
        # On the other side of the entry: no reason for this stop.
        "Invalidation: above the local high (141.5)",
        # A price no feature names.
        "Invalidation: above 148.9 and the swing high",
        "SL2: 148.9",
    ],
)
def test_short_when_second_stop_is_not_the_stops_reason_then_refused(note: str) -> None:
    assert _refused(f"{SHORT}\n{note}")


@pytest.mark.parametrize(
    "note",
    [
        # An alternative level, not a reason: never dropped.
        "(above the high of 153.8 or the 160 level)",
        "(retest of 50 MA or breakdown below 144)",
    ],
)
def test_when_note_offers_another_level_then_refused(note: str) -> None:
    assert _refused(f"$SOL LONG\nEntry: 145.2\nTP1: 150.5\nTP2: 155 {note}\nSL: 140.8")


@pytest.mark.parametrize("word", ["Daily", "Weekly", "Monthly"])
def test_long_when_candle_open_after_levels_then_no_second_entry(word: str) -> None:
    # Before: "Daily open: 0.0070" was a second entry (the "open" entry label): a wrong trade.
    post = (
        f"Pair: LINEA/USDT Long\nEntry: 0.007262\nTP1: 0.007458\nSL: 0.006863\n{word} open: 0.0070"
    )
    assert _read(post) == ([0.007262], [0.007458], 0.006863)


def test_when_candle_open_and_no_entry_then_refused() -> None:
    assert _refused("Pair: LINEA/USDT Long\nDaily open: 0.0070\nTP1: 0.007458\nSL: 0.006863")


def test_when_harness_families_drawn_then_every_family_has_rows_and_none_wrong_at_seed_1() -> None:
    from tests.parsers.mutations import Mutation, judge
    from tests.parsers.mutations_aside import aside_mutations

    rows = [Mutation(*row) for row in aside_mutations(1)]
    assert {m.family for m in rows} == {"aside_lines", "chart_notes", "aside_doubt"}
    verdicts = [(m, *judge(PARSER, m)) for m in rows]
    wrong = [(m.case_id, m.family, why) for m, verdict, why in verdicts if verdict == "wrong_trade"]
    assert not wrong, wrong[:3]
