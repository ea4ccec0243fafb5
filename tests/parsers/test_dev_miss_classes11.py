"""Classes of dev misses made general rules (issue 13, session 10, branch i13-rules11): each
class with new posts written in its shape, and near misses that must not become a trade, through
the public parser. The follow-up classes are in test_dev_miss_updates11.py."""

from __future__ import annotations

import pytest

from parsers import ParsedSignal
from tests.parsers.reads import not_traded, valid

Levels = tuple[str | None, str, list[float], list[float], float | None]


def _levels(sig: ParsedSignal) -> Levels:
    return sig.side, sig.symbol, sig.entries, sig.take_profits, sig.stop_loss


# --- "long" / "short" as an adjective or inside a phrase names no side: "a long upper wick",
# "the long lower shadow", "as long as the price holds", "in the long run", "In short, ...".


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "#ETH\nThe 4h candle left a long upper wick at 2,608.\nShort entry: 2,600\n"
            "Target: 2,462\nStop-loss: 2,620",
            ("SHORT", "ETHUSDT", [2600.0], [2462.0], 2620.0),
        ),
        (
            "$SOL\nAs long as 150 holds, short it.\nEntry: 148\nTP: 140\nSL: 152",
            ("SHORT", "SOLUSDT", [148.0], [140.0], 152.0),
        ),
        (
            "#BTC\nLong lower shadow on the daily candle; in the long run bearish.\n"
            "Short 64000\nTP 62000\nSL 65500",
            ("SHORT", "BTCUSDT", [64000.0], [62000.0], 65500.0),
        ),
        (
            "#LINK\nIn short, the trend is up: long here.\nEntry 14.2\nTarget 15.1\nStop 13.6",
            ("LONG", "LINKUSDT", [14.2], [15.1], 13.6),
        ),
    ],
)
def test_parse_when_long_or_short_is_an_adjective_then_the_side_word_after_it_is_read(
    text: str, want: Levels
) -> None:
    assert _levels(valid(text)) == want


@pytest.mark.parametrize(
    "text",
    [
        # The side words themselves are still sides: a "long" that contradicts short levels.
        "#ETH long\nEntry: 2,600\nTarget: 2,462\nStop-loss: 2,620",
        "#ETH bias long\nEntry: 2,600\nTarget: 2,462\nStop-loss: 2,620",
        "#ETH going long as it breaks out\nEntry: 2,600\nTarget: 2,462\nStop-loss: 2,620",
        # ... and a "short" after the adjective still disagrees with levels of a long.
        "#ETH\nA long upper wick: short now\nEntry: 2,600\nTarget: 2,700\nStop-loss: 2,500",
    ],
)
def test_parse_when_a_side_word_disagrees_with_the_levels_then_it_is_not_traded(
    text: str,
) -> None:
    not_traded(text)


# --- A report phrase inside the analysis's reading of the chart ("... at the peaks, suggesting
# that a short position has been activated") is no news of this signal; said outright it is.

_ANALYSIS_REPORT = (
    "#ETH\nThere is a sell mark at the peaks, {report}.\n"
    "Ideally, if you entered a short around 2,600 - 2,608.\n"
    "Near target: 2,462 USDT.\nDeeper target: 2,300 USDT.\nReasonable stop-loss: Above 2,620 USDT."
)


@pytest.mark.parametrize(
    "report",
    [
        "suggesting that a short position has been activated",
        "indicating the sell signal was triggered",
        "which means a short trade has been activated",
    ],
)
def test_parse_when_a_report_phrase_is_hedged_in_the_analysis_then_the_signal_is_read(
    report: str,
) -> None:
    sig = valid(_ANALYSIS_REPORT.format(report=report))
    assert _levels(sig) == ("SHORT", "ETHUSDT", [2600.0, 2608.0], [2462.0, 2300.0], 2620.0)


@pytest.mark.parametrize(
    "report",
    [
        "and the position has been activated",
        "the short position has been activated",
        "our signal was triggered",
    ],
)
def test_parse_when_the_report_is_said_outright_then_the_post_is_not_traded(report: str) -> None:
    not_traded(_ANALYSIS_REPORT.format(report=report))


# --- A numbered target named again inside a sentence after the targets were read, with the price
# read for its number ("Once the price hits TP1 ($6.47), move your stop ..."), adds no target;
# with another price than the target of that number it is read as ever.

_LEVELS = "⚡ SOL Trade Setup: Long\nEntry Zone: $150→$152\nTake Profit 1 (TP1): $156\n"


_LEVELS += "Take Profit 2 (TP2): $162\nStop Loss (SL): $145\n"


@pytest.mark.parametrize(
    "prose",
    [
        "Profit Lock: Once the price successfully hits TP1 ($156), you must immediately move your"
        " Stop Loss up to your Entry Price. This secures the push toward TP2.",
        "Using the center entry and the final target ($162), the potential reward is large.",
        "Plan: when the price reaches TP2 at $162 we close the rest and wait for a retest.",
    ],
)
def test_parse_when_a_sentence_names_a_target_read_then_no_target_is_added(prose: str) -> None:
    sig = valid(_LEVELS + prose)
    assert _levels(sig) == ("LONG", "SOLUSDT", [150.0, 152.0], [156.0, 162.0], 145.0)


@pytest.mark.parametrize(
    "prose",
    [
        # TP1 said with another price than the TP1 read: two readings that disagree.
        "Profit Lock: Once the price successfully hits TP1 ($158), you must immediately move your"
        " Stop Loss up to your Entry Price.",
        # A target label of its own line is a level, not a mention.
        "TP1: $158",
    ],
)
def test_parse_when_a_target_is_named_with_another_price_then_not_traded(prose: str) -> None:
    not_traded(_LEVELS + prose)


# --- One target with its index spaced before its price and no colon ("Target 1 110200"): the
# index is no target when the price after it is near the entry and 1 is not (as "TP41.31" is
# split); near the entry both, or more prices after the index, nobody can tell.


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "BTC/USDT SHORT 🛑\nLeverage 30x\nEntries 112700\nTarget 1 110200\nSL 114500",
            ("SHORT", "BTCUSDT", [112700.0], [110200.0], 114500.0),
        ),
        (
            "ETH/USDT LONG ✳️ Leverage - 30x Entries 4089 Target 1 4150 SL 4020",
            ("LONG", "ETHUSDT", [4089.0], [4150.0], 4020.0),
        ),
        (
            "#AVAX/USDT LONG\nEntry 21.5\nTarget 1 23.4\nStop 20.6",
            ("LONG", "AVAXUSDT", [21.5], [23.4], 20.6),
        ),
    ],
)
def test_parse_when_one_target_carries_its_spaced_index_then_the_index_is_dropped(
    text: str, want: Levels
) -> None:
    assert _levels(valid(text)) == want


@pytest.mark.parametrize(
    "text",
    [
        # Target 1 at 110200 and then 108000, or targets 1, 110200, 108000?
        "BTC/USDT SHORT\nEntries 112700\nTarget 1 110200 108000\nSL 114500",
        # The index alone: 2 where a first target is expected.
        "BTC/USDT SHORT\nEntries 112700\nTarget 2 110200\nSL 114500",
    ],
)
def test_parse_when_the_spaced_index_is_unclear_then_not_traded(text: str) -> None:
    not_traded(text)


# --- A second post run on after a signal's levels, a ticker and a side word opening its line
# ("... Stop Targets: 1) 0.2437 / ADA buy 0.45 target 0.50"), is another coin's: two posts in
# one, never more targets; a word of the post's own opening a level's line ("SET TP1") is none.

_VIC = (
    "⚡️⚡️#VIC/USDT⚡️⚡️\nSignal Type: Regular (Long)\nLeverage: Cross (10.0x)\n\n"
    "Entry Targets:\n1) 0.2565\n2) 0.2520\n\nTake Profit Targets:\n1) 0.2715\n2) 0.2811\n"
    "3) 0.2941\n\nStop Targets:\n1) 0.2437\n\n"
)


@pytest.mark.parametrize(
    "tail", ["ADA buy 0.45 target 0.50", "DOGE LONG 0.26 tp 0.28", "🔥 ARB — short 0.31 sl 0.33"]
)
def test_parse_when_another_coins_post_runs_on_after_the_levels_then_not_traded(
    tail: str,
) -> None:
    sig = not_traded(_VIC + tail)
    assert sig is not None and any("two coins" in reason for reason in sig.review)


def test_parse_when_a_word_of_the_post_opens_a_level_line_then_the_signal_is_read() -> None:
    text = "LONG\n\n#SIREN/USDT\n\nLEVERAGE 50x\n\nENTRY MARKET -  0.6100\n\n"
    text += "SET TP1 0.65217\nSET TP2 0.70000\n\nSL 0.55"
    assert _levels(valid(text)) == ("LONG", "SIRENUSDT", [0.61], [0.65217, 0.7], 0.55)


# --- A post saying it has no stop ("берем без стопа", "No stop loss for this one", "Stoploss:
# none") leaves its empty stop label unread on purpose: the signal has no stop. A stop label
# whose value is no price, with no such words ("see chart", "no stop loss hit yet"), needs review.

_NO_STOP_LEVELS = "#ATOM/USDT LONG\nEntry 4.20 - 4.44\nTarget 1 - 4.80\nTarget 2 - 5.40\n"


@pytest.mark.parametrize(
    "tail",
    [
        "⛔️ Стоп за уровень   -\nАктив у исторического минимума, берем без стопа",
        "Stop loss: -\nNo stop loss for this one, spot buy",
        "Stop loss: none",
        "SL: нет",
    ],
)
def test_parse_when_the_post_says_it_has_no_stop_then_read_without_one(tail: str) -> None:
    sig = valid(_NO_STOP_LEVELS + tail)
    assert _levels(sig) == ("LONG", "ATOMUSDT", [4.2, 4.44], [4.8, 5.4], None)


@pytest.mark.parametrize(
    "tail", ["Stop loss: see chart", "Stop loss: see chart\nno stop loss hit yet", "SL: later"]
)
def test_parse_when_a_stop_label_has_no_price_and_no_stop_is_not_said_then_not_traded(
    tail: str,
) -> None:
    not_traded(_NO_STOP_LEVELS + tail)


# --- A gift emoji opens a promotion: its sum is no price ("стоп - 5.3449$  🎁400$ на спот за
# регистрацию", "🎁 Bonus up to 5000 USDT").


@pytest.mark.parametrize(
    "text",
    [
        " ❗️СИГНАЛ  🗯APT SHORT📈  плечо - 45 кросс цена входа - 5.0818$ цели - 5.0277$ 4.9785$"
        " 4.7768$ стоп - 5.3449$  🎁400$ на спот за регистрацию и торговлю на бирже Bybit📈 ",
        "#APT SHORT\nEntry 5.0818\nTP 5.0277 4.9785 4.7768\nSL 5.3449\n🎁 Bonus up to 5000 USDT",
    ],
)
def test_parse_when_a_gift_promotion_follows_the_levels_then_its_sum_is_no_level(
    text: str,
) -> None:
    sig = valid(text)
    assert _levels(sig) == ("SHORT", "APTUSDT", [5.0818], [5.0277, 4.9785, 4.7768], 5.3449)


def test_parse_when_targets_are_listed_behind_gift_emoji_then_not_traded() -> None:
    not_traded("#APT SHORT\nEntry 5.0818\nTargets:\n🎁 5.0277\n🎁 4.9785\nSL 5.3449")


@pytest.mark.parametrize(
    "warning",
    ["❌ Open without Stop Loss", "Never trade without a stop loss!", "Don't enter without SL"],
)
def test_parse_when_a_lesson_warns_against_no_stop_then_the_unread_stop_is_still_refused(
    warning: str,
) -> None:
    not_traded(_NO_STOP_LEVELS + "Stop loss: see chart\n" + warning)


# --- A chart's timeframe before a pair spaced around its slash ("Timeframe: 4H / ETH_USDT") is
# no coin quoted in ETH; "1INCH/USDT" stays the coin 1INCH.


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        (
            "Timeframe: 4H / ETH_USDT / 숏 / Einstiegszone → 3720 / Metas - 3664, 3650 / ❌ "
            "Invalidation :- 3735",
            "ETHUSDT",
        ),
        ("TF 15m / BTC/USDT LONG\nEntry 64000\nTP 65000\nSL 63500", "BTCUSDT"),
        ("1INCH/USDT long\nEntry 0.3\nTP 0.35\nSL 0.28", "1INCHUSDT"),
    ],
)
def test_parse_when_a_timeframe_precedes_the_pair_then_it_is_no_coin(
    text: str, symbol: str
) -> None:
    assert valid(text).symbol == symbol


# --- A target's distance from the entry signed "+" after it ("TP1: 1.3500 (+0.0450)") is the
# profit it offers, not a target; a signed number that is no such distance is read as ever.


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "$XRP long\nEntry: 1.3050\nSL: 1.2650\nTP1: 1.3500 (+0.0450)\nTP2: 1.4000 (+0.0950)",
            ("LONG", "XRPUSDT", [1.305], [1.35, 1.4], 1.265),
        ),
        (
            "#SOL short\nEntry: 150\nSL: 156\nTP1: 144 +6\nTP2: 138 +12",
            ("SHORT", "SOLUSDT", [150.0], [144.0, 138.0], 156.0),
        ),
    ],
)
def test_parse_when_a_target_carries_its_signed_distance_then_it_is_no_target(
    text: str, want: Levels
) -> None:
    assert _levels(valid(text)) == want


def test_parse_when_a_signed_number_is_not_the_distance_then_not_traded() -> None:
    not_traded("$XRP long\nEntry: 1.3050\nSL: 1.2650\nTP1: 1.3500 (+0.0500)\nTP2: 1.4000")


# --- "EXITS:" alone on its line heads the targets (it is no coin named among the levels).


def test_parse_when_exits_with_a_colon_heads_the_targets_then_they_are_read() -> None:
    text = "BTCUSDT\nEntries: 76800 — 78,000\nLeverage: Cross 15x\nEXITS:\nTP 1: 75500 (12%)\n"
    text += "TP 2: 74700 (45%)\nTP 3: 74000 (32%)\n⛔ Zarar Durdur：79500 (-8%)"
    sig = valid(text)
    assert _levels(sig) == (
        "SHORT",
        "BTCUSDT",
        [76800.0, 78000.0],
        [75500.0, 74700.0, 74000.0],
        79500.0,
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "#ETH Long\nExits :- 3370 • 3400\nGiriş -> 3320 – 3350\nSL :- 3280",
            ("LONG", "ETHUSDT", [3320.0, 3350.0], [3370.0, 3400.0], 3280.0),
        ),
        (
            "HOOK_USDT Compra\n💰 Entry Area = 1,0444\nExits :- 1,2604\n🛑 Dừng lỗ:0,8917",
            ("LONG", "HOOKUSDT", [1.0444], [1.2604], 0.8917),
        ),
    ],
)
def test_parse_when_exits_takes_a_colon_dash_then_its_prices_are_the_targets(
    text: str, want: Levels
) -> None:
    assert _levels(valid(text)) == want
