"""Stop (breakout) entries in the forms channels write them, read through the parser's entry point.

"Long if it breaks 0.53", "Entry: 0.53 (breakout)", "Buy when price crosses 0.53": the buy
waits until the price rises through 0.53. Read as a plain limit, a buy limit above the market
fills at once: a trade nobody posted. A "break and retest" entry is a limit at the broken level
(runic.tools/concepts/break-and-retest: "limit order entries can be placed at the flipped level
... once the breakout is confirmed"), no stop entry. A break the entry's line names in words no
rule reads is refused with its reason, never traded as a plain limit.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

_PARSER = EnhancedParser(enable_ai=False)


@pytest.mark.parametrize(
    ("text", "side", "entry", "trigger", "word"),
    [
        ("#ADA\nLong if it breaks 0.53\nTP 0.58\nSL 0.50", "LONG", 0.53, "above", "breaks"),
        ("#ADA LONG\nEntry: break of 0.53\nTP 0.58\nSL 0.50", "LONG", 0.53, "above", "break"),
        ("#ADA LONG\nBuy when price crosses 0.53\nTP 0.58\nSL 0.50", "LONG", 0.53, "above",
         "crosses"),
        ("#ADA SHORT\nSell when price crosses below 0.45\nTP 0.40\nSL 0.48", "SHORT", 0.45,
         "below", "crosses below"),
        ("#ADA LONG\nEntry: 0.53 (breakout)\nTP 0.58\nSL 0.50", "LONG", 0.53, "above",
         "breakout"),
        ("#ADA LONG\nEntry: 0.53 breakout\nTP 0.58\nSL 0.50", "LONG", 0.53, "above", "breakout"),
        ("#ADA LONG\nEntry: 0.53 (after breakout)\nTP 0.58\nSL 0.50", "LONG", 0.53, "above",
         "breakout"),
        ("#ADA LONG\nEntry: 0.53 (4H breakout confirmed)\nTP 0.58\nSL 0.50", "LONG", 0.53,
         "above", "breakout"),
        ("#ADA LONG\nEntry: 0.53 (wait for breakout)\nTP 0.58\nSL 0.50", "LONG", 0.53, "above",
         "breakout"),
        ("#ADA SHORT\nEntry: 0.45 on breakdown\nTP 0.40\nSL 0.48", "SHORT", 0.45, "below",
         "breakdown"),
        ("#ADA SHORT\nEntry 0.45 - breakdown\nTP 0.40\nSL 0.48", "SHORT", 0.45, "below",
         "breakdown"),
        ("#ADA ЛОНГ\nВход при пробитии 0.53\nЦель 0.58\nСтоп 0.50", "LONG", 0.53, "above",
         "пробитии"),
        ("#ADA LONG\nGiriş: 0.53 kırılımda\nTP 0.58\nSL 0.50", "LONG", 0.53, "above",
         "kırılımda"),
        ("#ADA LONG\nGiriş kırılırsa 0.53\nTP 0.58\nSL 0.50", "LONG", 0.53, "above",
         "kırılırsa"),
        # The Chinese words with no entry label before the price: "breaks through 0.53, go long".
        ("ADA 突破0.53 做多\n止盈 0.58\n止损 0.50", "LONG", 0.53, "above", "突破"),
        ("ADA 跌破0.45 做空\n止盈 0.40\n止损 0.48", "SHORT", 0.45, "below", "跌破"),
    ],
)  # fmt: skip
def test_parse_when_entry_waits_for_a_break_then_stop_trigger_read(
    text: str, side: str, entry: float, trigger: str, word: str
) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.side == side and sig.entries == [entry]
    assert sig.entry_trigger == trigger
    ((start, end),) = sig.spans["entry_trigger"]
    assert text[start:end].lower() == word
    assert sig.to_signal().entry_trigger == trigger


@pytest.mark.parametrize(
    "text",
    [
        "#ADA LONG\nEntry: break & retest of 0.53\nTP 0.58\nSL 0.50",
        "#ADA LONG\nEntry: break and retest 0.53\nTP 0.58\nSL 0.50",
        "#ADA LONG\nEntry: 0.53, breakout retest\nTP 0.58\nSL 0.50",
        "#ADA LONG\nEntry: retest of 0.53\nTP 0.58\nSL 0.50",
        # "break even" is no break; a break the other way, or a note in parentheses, is analysis.
        "#ADA LONG\nEntry: 0.53 break even at TP1\nTP 0.58\nSL 0.50",
        "#ADA SHORT\nEntry: 0.45 (failed breakout zone)\nTP 0.40\nSL 0.48",
        "#ADA LONG\nBuy zone: 0.52 - 0.53 (but only if volume confirms the breakout)\nTP 0.58\n"
        "SL 0.50",
    ],
)
def test_parse_when_entry_is_a_retest_or_a_note_then_plain_limit(text: str) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert 0.53 in sig.entries or 0.45 in sig.entries
    assert sig.entry_trigger is None and "entry_trigger" not in sig.spans


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("#ADA LONG\nLong entry 0.53 only after breakout is confirmed\nTP 0.58\nSL 0.50",
         "breakout"),
        ("#ADA SHORT\nEntry 0.45 only after the breakdown\nTP 0.40\nSL 0.48", "breakdown"),
    ],
)  # fmt: skip
def test_parse_when_entry_line_names_a_break_no_rule_reads_then_review(
    text: str, word: str
) -> None:
    """Never a plain limit for an entry that waits for a break: the reason names the word."""
    sig = _PARSER.parse_sync(text)
    assert sig is not None and not sig.is_valid()
    assert any(f"speaks of a break ('{word}')" in why for why in sig.review), sig.problems()
    assert any(text[a:b].lower() == word for a, b in sig.unread)


@pytest.mark.parametrize(
    ("text", "side", "trigger", "word"),
    [
        # The label on the line before its price.
        ("#ADA LONG\nEnter above:\n0.53\nTP 0.58\nSL 0.50", "LONG", "above", "above"),
        ("#ADA LONG\nBreakout entry\n0.53\nTP 0.58\nSL 0.50", "LONG", "above", "breakout"),
        # A comparison sign, a way said after the price.
        ("#ADA LONG\nEntry: >0.53\nTP 0.58\nSL 0.50", "LONG", "above", ">"),
        ("#ADA LONG\nEntry: ≥ 0.53\nTP 0.58\nSL 0.50", "LONG", "above", "≥"),
        ("#ADA SHORT\nEntry: < 0.45\nTP 0.40\nSL 0.48", "SHORT", "below", "<"),
        ("#ADA LONG\nEntry: 0.53 and above\nTP 0.58\nSL 0.50", "LONG", "above", " and above"),
        ("#ADA SHORT\nEntry: 0.45 or lower\nTP 0.40\nSL 0.48", "SHORT", "below", " or lower"),
        ("#ADA LONG\nGiriş: 0.53 üstü\nTP 0.58\nSL 0.50", "LONG", "above", " üstü"),
        ("#ADA ЛОНГ\nВход: 0.53 на пробое\nЦель 0.58\nСтоп 0.50", "LONG", "above", "пробое"),
        # The order type said on a line of its own (WolfX's "set up as a STOP LIMIT order").
        ("CELO/USDT 📈 BUY\n\n🔹Enter at: 1.729\n\n💰TP1 1.736\n🚫SL 1.630\n\n"
         "⚠️This Trade must be set up as a STOP LIMIT order.", "LONG", "above",
         "set up as a stop limit order"),
        ("#ADA SHORT\nOrder type: Sell Stop\nEntry: 0.45\nTP 0.40\nSL 0.48", "SHORT", "below",
         "order type: sell stop"),
    ],
)  # fmt: skip
def test_parse_when_way_is_a_sign_a_word_after_or_the_order_type_then_trigger_read(
    text: str, side: str, trigger: str, word: str
) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.side == side and len(sig.entries) == 1
    assert sig.entry_trigger == trigger
    ((start, end),) = sig.spans["entry_trigger"]
    assert text[start:end].lower() == word


@pytest.mark.parametrize(
    "text",
    [
        "#ADA LONG\nEntry -> 0.53\nTP 0.58\nSL 0.50",
        "#ADA SHORT\nENTRY: <0.45-0.46>\nTP 0.40\nSL 0.48",
        "#ADA LONG\nEntry: 0.53 and 0.52\nTP 0.58\nSL 0.50",
        "#ADA LONG\nEntry: 0.53\nTP 0.58\nSL 0.50 (stop market order)",
    ],
)
def test_parse_when_arrow_bracket_or_stop_loss_order_then_no_trigger(text: str) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.entry_trigger is None
