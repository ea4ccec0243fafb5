"""An entry or a stop named in prose with a price (issue 13, session 11), through the public
parser: never a field that vanishes silently (a missing stop is another trade, a missing entry a
market entry). The entries or stop read, said again, stay prose; another price, or a field named
only in a sentence, makes the signal need review with the label and the price named. Each test
pairs the posts the rule is for with near misses, so that each fails without the rule (and with a
rule too broad)."""

from __future__ import annotations

from tests.parsers.reads import review, valid

_HEAD = "$ARB long\n"
_ENTRY = "Entry: 0.51\n"
_TPS = "TP1: 0.56\nTP2: 0.60\n"
_SL = "SL: 0.45\n"


# --- 1. No entry read, an entry named in a sentence with a price: never a market entry.


def test_parse_when_the_entry_is_named_only_in_a_sentence_then_review_not_a_market_entry() -> None:
    assert review(
        _HEAD + _TPS + _SL + "The entry could be taken anywhere near 0.51 on a retest."
    ) == ["entry label 'entry' in a sentence names 0.51, and I read no entry"]
    assert review(
        _HEAD + _TPS + _SL + "My entry would ideally be somewhere around 0.51 if support holds."
    ) == ["entry label 'entry' in a sentence names 0.51, and I read no entry"]
    assert review(
        "$ARB long now\n" + _TPS + _SL + "I think the best entry for this trade is 0.51 today."
    ) == ["entry label 'entry' in a sentence names 0.51, and I read the market entry"]
    # (Near misses: the entry on its own line; a sentence naming the entry with no price.)
    assert valid(_HEAD + _ENTRY + _TPS + _SL).entries == [0.51]
    sig = valid(
        _HEAD + "Entry: market\n" + _TPS + _SL + "The entry is best taken on a green candle."
    )
    assert sig.entries == []


# --- 2. An entry read, another price named as an entry in a sentence: needs review.


def test_parse_when_a_sentence_names_another_entry_price_then_review_names_it() -> None:
    assert review(
        _HEAD
        + _ENTRY
        + _TPS
        + _SL
        + "If the market dips I would add a second entry at 0.48 with the same stop."
    ) == ["entry label 'entry' in a sentence names 0.48, not an entry I read"]
    assert review(
        _HEAD
        + _ENTRY
        + _TPS
        + _SL
        + "Aggressive traders can take a second entry near 0.49 on any dip."
    ) == ["entry label 'entry' in a sentence names 0.49, not an entry I read"]
    # (Near misses: the entry read said again; the middle of the zone; the entry in the past.)
    valid(
        _HEAD
        + _ENTRY
        + _TPS
        + _SL
        + "The price is now right at my entry of 0.51 so this is a good time to join."
    )
    zone = _HEAD + "Entry: 0.50 - 0.52\n" + _TPS + _SL
    valid(zone + "Using the center entry of 0.51, the risk is small compared with the reward here.")
    valid(zone + "Last week my previous entry on this coin was at 0.44 and it ran hard.")


# --- 3. A stop: named only in a sentence (review), or another price than the stop read.


def test_parse_when_the_stop_is_named_only_in_a_sentence_then_review_not_no_stop() -> None:
    assert review(
        _HEAD + _ENTRY + _TPS + "My stop loss would go somewhere under 0.45 to be safe."
    ) == ["stop label 'stop loss' in a sentence names 0.45: is it the stop?"]
    # (Near miss: the stop as a label's value is read.)
    assert valid(_HEAD + _ENTRY + _TPS + "Stop loss: 0.45").stop_loss == 0.45


def test_parse_when_a_sentence_gives_the_stop_another_price_then_review_names_it() -> None:
    assert review(
        _HEAD
        + _ENTRY
        + _TPS
        + _SL
        + "If you are careful, keep the stop loss a little tighter at 0.46 instead."
    ) == ["stop label 'stop loss' in a sentence names 0.46, not the stop I read"]
    assert review(
        _HEAD
        + _ENTRY
        + _TPS
        + _SL
        + "Looking at the chart, the stop loss could also sit at 0.44 below the last candle."
    ) == ["stop label 'stop loss' in a sentence names 0.44, not the stop I read"]


def test_parse_when_a_sentence_names_the_stop_again_or_a_level_beyond_it_then_valid() -> None:
    base = _HEAD + _ENTRY + _TPS + _SL
    # The stop read, said again; a chart level the stop sits beyond.
    valid(base + "Looking at the chart, the stop loss sits at 0.45 below the 0.47 wick of the day.")
    valid(
        _HEAD
        + _ENTRY
        + _TPS
        + "SL: 0.45 Reasoning: placing the stop just below the 0.46 Supertrend line avoids wicks."
    )
    # The plan for the stop later on, and other traders' stops.
    valid(base + "Later on, the stop loss for the main trade can be moved to 0.53 for safety.")
    valid(base + "The big pool of sellers' stop orders sits in the corridor of 0.62 - 0.66 now.")


# --- 4. A target label pointing at a picture: the target was given, where it cannot be read.


def test_parse_when_a_target_label_points_at_the_chart_then_review_not_a_trade_without() -> None:
    assert review("$BTC SHORT\nEntry market cmp\nTarget : di chart\nStop loss : 79800") == [
        "target label 'Target' had no price I could read ('di chart')"
    ]
    assert review(_HEAD + _ENTRY + "TP: see chart\n" + _SL) == [
        "target label 'TP' had no price I could read ('see chart')"
    ]
    assert review(_HEAD + _ENTRY + "TP1: 0.56\nTP2: на графике\n" + _SL) == [
        "target label 'TP2' had no price I could read ('на графике')"
    ]
    # (Near misses: a post saying no target is given yet, or a target left open.)
    assert valid(_HEAD + _ENTRY + "Targets will follow\n" + _SL).take_profits == []
    assert valid(_HEAD + _ENTRY + "TP1: 0.56\nTP3: open\n" + _SL).take_profits == [0.56]


# --- 5. A target named in prose with no number: one price, never dropped silently.


def test_parse_when_a_target_with_no_number_names_another_price_then_review() -> None:
    base = _HEAD + _ENTRY + _TPS + _SL
    assert review(base + "In the long run my final target for this coin is 0.75 if it holds.") == [
        "a target named in prose at 0.75, not in the targets list"
    ]
    assert review(_HEAD + _ENTRY + _SL + "My target for this trade would be around 0.60.") == [
        "target label 'target' in a sentence names 0.60, and I read no target"
    ]
    # (Near misses: a target read, said again; the next target carrying on the list is read;
    # the analysis's plural targets, a sum, and a year stay prose.)
    valid(base + "In the long run my final target for this coin is 0.60 if it holds.")
    sig = valid(
        _HEAD
        + _ENTRY
        + "TP1: 0.56\n"
        + _SL
        + "If momentum holds the next target could be 0.60 soon."
    )
    assert sig.take_profits == [0.56, 0.60]
    valid(
        base
        + "Looking further out, the pattern targets aimed at the 0.70 - 0.72 zone are possible."
    )
    valid(
        base + "Analysts reaffirmed a long-term target for Q2 2025 in their latest quarterly note."
    )
    assert valid(_HEAD + _ENTRY + _SL + "First target 0.56 then 0.60.").take_profits == [
        0.56,
        0.60,
    ]
