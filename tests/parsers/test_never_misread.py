"""Never a trade from a misreading: every price is a number of the message, for any input.

Also: what is parsed is what a person sees (hygiene), absurd numbers are refused with a reason,
unread labels give "needs review" with the exact reason, every field carries its span, and
`sigcopy parse --explain` shows them through the real entry point.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import EnhancedParser, ParsedSignal
from parsers.ai_fallback import AIAnswer, answer_to_signal
from parsers.normalize import normalize

PARSER = EnhancedParser(enable_ai=False)

# --------------------------------------------------------------------------- the rule itself

_RUN = re.compile(r"[0-9.][0-9., ]*")


def written_numbers(text: str) -> set[float]:
    """Every value a person could read from a run of digits in the normalised text, under any
    separator convention, as a substring of the run (written independently of the parser)."""
    norm = normalize(text)
    values: set[float] = set()
    for m in _RUN.finditer(norm):
        run = m.group().rstrip(" ")
        after = norm[m.start() + len(run) :].lstrip(" ")[:3].lower()
        kilo = after[:1] == "k" or after.startswith("bin")
        for i in range(len(run)):
            for j in range(i + 1, len(run) + 1):
                sub = run[i:j].strip(" ")
                if not sub or not sub[-1].isdigit():
                    continue
                for form in (
                    sub.replace(",", "").replace(" ", ""),
                    sub.replace(" ", "").replace(",", "."),
                    sub.replace(".", "").replace(" ", ""),
                ):
                    try:
                        v = float(form)
                    except ValueError:
                        continue
                    values.add(v)
                    if kilo and j == len(run):
                        values.add(v * 1000.0)
    return values


def assert_prices_written(sig: ParsedSignal | None, text: str) -> None:
    if sig is None:
        return
    prices = [*sig.entries, *sig.take_profits]
    if sig.stop_loss is not None:
        prices.append(sig.stop_loss)
    written = written_numbers(text)
    for p in prices:
        assert math.isfinite(p) and p > 0, p
        assert p in written or any(math.isclose(p, w, rel_tol=1e-12) for w in written), (p, text)


_PIECES = st.sampled_from(
    [
        *"0123456789.,-/ :%$#xk()\n",
        *(
            "LONG",
            "SHORT",
            "Buy",
            "Sell",
            "Entry",
            "Entry zone:",
            "TP",
            "TP1",
            "Target 1",
            "Targets:",
            "SL",
            "Stop loss:",
            "close below",
            "Leverage",
            "Cross 20x",
            "BTC/USDT",
            "#ETH",
            "$PEPE",
            "1000PEPE",
            "USDT",
            "now",
            "CMP",
            "✅",
            "🎯",
            "1️⃣",
            "①",
            "٤٢",
            "４２",
            "۴۲",
            "1e308",
            "inf",
            "nan",
            "-",
            "12 000",
            "0,5",
            "1.2k",
            "112 bin",
            "\u202e",
            "\u200b",
            "\x00",
            "止损",
            "做多",
            "Giriş",
            "حد ضرر",
        ),
    ]  # fmt: skip
)
_SIGNALISH = st.lists(st.one_of(_PIECES, st.characters()), max_size=120).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_SIGNALISH, st.text(max_size=400)))
def test_parse_when_any_text_then_every_price_is_a_number_of_the_message(text: str) -> None:
    assert_prices_written(PARSER.parse_sync(text), text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _SIGNALISH,
    st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=4),
    st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=4),
    st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
)
def test_ai_answer_when_any_prices_then_only_numbers_of_the_message_are_kept(
    text: str, entries: list[float], tps: list[float], stop: float | None
) -> None:
    # A fake model answer with arbitrary numbers, and some that are in the message.
    written = sorted(written_numbers(text))[:3]
    answer = AIAnswer(
        is_signal=True,
        symbol="BTCUSDT",
        side="LONG",
        entries=[*entries, *written[:1]],
        take_profits=[*tps, *written[1:]],
        stop_loss=stop,
    )
    sig = answer_to_signal(answer, text)
    assert sig is not None
    assert_prices_written(sig, text)
    dropped = len(answer.entries) + len(answer.take_profits) + (stop is not None)
    kept = len(sig.entries) + len(sig.take_profits) + (sig.stop_loss is not None)
    if kept < dropped:  # anything dropped is said, and the signal cannot trade
        assert sig.needs_review and not sig.is_valid()


# --------------------------------------------------------------------------- hygiene


def test_parse_when_bidi_override_changes_what_is_seen_then_needs_review() -> None:
    # Displayed as "SL 0.45", logically "SL 54.0".
    sig = PARSER.parse_sync("#BTC LONG\nEntry 60000\nTP 61000\nSL \u202e54.0\u202c")
    assert sig is not None and not sig.is_valid()
    assert any("direction control (U+202E)" in r for r in sig.review)


def test_parse_when_zero_width_and_controls_inside_numbers_then_read_as_seen() -> None:
    sig = PARSER.parse_sync("#BTC LO\u200bNG\nEntry 60\u200b000\nTP 61\x00000\nSL 59\u2060000")
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert (sig.entries, sig.take_profits, sig.stop_loss) == ([60000.0], [61000.0], 59000.0)


# --------------------------------------------------------------------------- absurd numbers


_NOT_FINITE = "stands where a price should be, and no price is infinite or not a number"
_SIGNAL = {
    "entry": "#BTC LONG\nEntry: {}\nTP 61000\nSL 59000",
    "target": "#BTC LONG\nEntry 60000\nTP: {}\nSL 59000",
    "stop": "#BTC LONG\nEntry 60000\nTP 61000\nSL: {}",
}


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("stop", "inf", "stop label 'SL' had no price I could read ('inf')"),
        ("stop", "nan", "stop label 'SL' had no price I could read ('nan')"),
        ("stop", "1e308", "'1e308' holds a number I could not read with certainty"),
        ("stop", "-59000", "'-59000' is a negative price"),
        ("stop", "1" + "0" * 308, "holds a number I could not read with certainty"),
        ("stop", "999999999999", "is not a price that can be traded"),
        ("stop", "59000 inf", f"'inf' {_NOT_FINITE}"),
        # Entry and target lines: an infinity or NaN beside a price never vanishes.
        ("entry", "60000 - inf", f"'inf' {_NOT_FINITE}"),
        ("entry", "60000 - ∞", f"'∞' {_NOT_FINITE}"),
        ("entry", "NaN", f"'NaN' {_NOT_FINITE}"),
        ("entry", "60000 - 1e308", "'60000 - 1e308' holds a number I could not read"),
        ("entry", "-60000", "'-60000' is a negative price"),
        ("entry", "60000, 999999999999", "price 999999999999 is not a price that can be traded"),
        ("entry", "60000 - 1" + "0" * 308, "holds a number I could not read with certainty"),
        ("target", "61000 inf", f"'inf' {_NOT_FINITE}"),
        ("target", "61000, ∞", f"'∞' {_NOT_FINITE}"),
        ("target", "61000, Infinity", f"'Infinity' {_NOT_FINITE}"),
        ("target", "61000 / INF", f"'INF' {_NOT_FINITE}"),
        ("target", "61000 nAn", f"'nAn' {_NOT_FINITE}"),
        ("target", "61000 ｉｎｆ", f"'inf' {_NOT_FINITE}"),  # fullwidth: NFKC reads it as inf
        ("target", "61000 1e308", "'61000 1e308' holds a number I could not read"),
        ("target", "-61000", "'-61000' is a negative price"),
        ("target", "61000, 999999999999", "price 999999999999 is not a price that can be"),
        ("target", "61000 1" + "0" * 308, "holds a number I could not read with certainty"),
    ],
)
def test_parse_when_absurd_number_then_refused_with_reason(
    field: str, value: str, reason: str
) -> None:
    sig = PARSER.parse_sync(_SIGNAL[field].format(value))
    assert sig is not None and not sig.is_valid()
    assert any(reason in r for r in sig.review), sig.review


def test_parse_when_second_target_is_infinite_then_refused_not_dropped() -> None:
    sig = PARSER.parse_sync("#ETH LONG\nEntry: 3000\nTP1: 3100\nTP2: inf\nSL: 2900")
    assert sig is not None and sig.needs_review and not sig.is_valid()
    assert sig.take_profits == [3100.0]  # nothing made up for TP2
    assert any(f"'inf' {_NOT_FINITE}" in r for r in sig.review), sig.review
    assert [sig.raw_text[a:b] for a, b in sig.unread] == ["inf"]


def test_parse_when_leverage_absurd_then_refused_not_dropped() -> None:
    sig = PARSER.parse_sync("#BTC LONG\nEntry 60000\nTP 61000\nSL 59000\nLeverage 1000x")
    assert sig is not None and not sig.is_valid()
    assert any("leverage 1000x" in r for r in sig.review)


# --------------------------------------------------------------------------- needs review


@pytest.mark.parametrize(
    ("line", "reason", "entries"),
    [
        (
            "Buy zone: see chart",
            "entry label 'Buy zone' had no price I could read ('see chart')",
            [],
        ),
        ("Entry: 0.51 or 0.4x5", "'0.51 or 0.4x5' holds a number I could not read", [0.51]),
        ("Entry: 5%", "entry label 'Entry' gives a percentage, not a price", []),
    ],
)
def test_parse_when_entry_not_read_then_needs_review_never_market(
    line: str, reason: str, entries: list[float]
) -> None:
    sig = PARSER.parse_sync(f"#XRP LONG\n{line}\nTP 0.60\nSL 0.45")
    assert sig is not None and sig.needs_review and not sig.is_valid()
    assert sig.entries == entries  # nothing guessed, never a market entry
    assert any(reason in r for r in sig.review), sig.review
    assert sig.unread and all(0 <= a < b <= len(sig.raw_text) for a, b in sig.unread)


def test_parse_when_two_stops_disagree_then_needs_review() -> None:
    sig = PARSER.parse_sync("#XRP LONG\nEntry 0.51\nTP 0.60\nSL 0.45\nStop loss: 0.40")
    assert sig is not None and not sig.is_valid()
    assert any("a second stop" in r for r in sig.review)


def test_parse_when_levels_a_thousand_times_apart_then_needs_review() -> None:
    sig = PARSER.parse_sync("AVAX/USDT LONG\nEntry: 25.5 - 26.0\nTP: 27k - 28k\nSL: 24.5")
    assert sig is not None and not sig.is_valid()
    assert any("far from the other levels" in r for r in sig.review)


# --------------------------------------------------------------------------- spans


def test_parse_when_read_then_every_field_has_its_span_in_the_original_text() -> None:
    text = "📊 **#BTC/USDT** LONG\nEntry: 27,450\nTP1: ２８０００\nSL: 27 100\nLeverage: 10x"
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid()
    spans = sig.spans
    assert [text[a:b] for a, b in spans["entries"]] == ["27,450"]
    assert [text[a:b] for a, b in spans["take_profits"]] == ["２８０００"]
    assert [text[a:b] for a, b in spans["stop_loss"]] == ["27 100"]
    assert [text[a:b] for a, b in spans["leverage"]] == ["10x"]
    assert [text[a:b] for a, b in spans["side"]] == ["LONG"]
    assert text[slice(*spans["symbol"][0])] == "BTC"


def test_cli_parse_explain_when_run_then_prints_each_field_with_its_source() -> None:
    text = "#BTC/USDT LONG\nBuy zone: see chart\nTP: 28000\nSL: 4h close below 27100"
    proc = subprocess.run(
        [sys.executable, "-m", "engine.cli", "parse", "--explain", text],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    out = proc.stdout
    assert proc.returncode == 0, proc.stderr
    assert "LONG BTCUSDT (NEEDS REVIEW)" in out
    tp_at = text.index("28000")
    assert "take_profits[1] 28000.0" in out and f"chars {tp_at}-{tp_at + 5}" in out
    assert "stop meant as a candle close beyond the level on the 4h chart" in out
    assert "needs review: entry label 'Buy zone' had no price I could read" in out
    assert "not read: chars 15-34  'Buy zone: see chart'" in out
