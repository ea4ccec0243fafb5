"""Classes of dev signal misses made general rules (issue 13, session 9, branch i13-signals10):
each class with new posts written in its shape, and a near miss that must not become a trade,
through the public parser."""

from __future__ import annotations

import pytest

from parsers import ParsedSignal
from tests.parsers.reads import PARSER, not_traded, valid


def _levels(sig: ParsedSignal) -> tuple[str | None, str, list[float], list[float], float | None]:
    return sig.side, sig.symbol, sig.entries, sig.take_profits, sig.stop_loss


# --- A Chinese call's first line: the coin, a separator, the zone to enter ("ETH ；3580-3610附近").


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "SOL ：182.5-184附近\n目標 ；186-188\n止損: 180",
            ("LONG", "SOLUSDT", [182.5, 184.0], [186.0, 188.0], 180.0),
        ),
        (
            "AVAX ；27.4-27.1\n目標 ；26.5-26\n止損：27.9附近",
            ("SHORT", "AVAXUSDT", [27.4, 27.1], [26.5, 26.0], 27.9),
        ),
        ("ARB: 0.52 near\nTP: 0.55\nSL: 0.50", ("LONG", "ARBUSDT", [0.52], [0.55], 0.5)),
    ],
)
def test_parse_when_the_first_line_is_the_coin_and_a_zone_then_the_zone_is_the_entry(
    text: str, want: tuple[str, str, list[float], list[float], float]
) -> None:
    assert _levels(valid(text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sol ：183-181附近多\n目標 ；186-189附近\n止損: 179附近",
            ("LONG", "SOLUSDT", [183.0, 181.0], [186.0, 189.0], 179.0),
        ),
        (
            "doge  ：0.231-0.235附近空\n目標 ；0.22-0.21附近\n止損:0.241",
            ("SHORT", "DOGEUSDT", [0.231, 0.235], [0.22, 0.21], 0.241),
        ),
    ],
)
def test_parse_when_a_coin_in_any_case_stands_before_the_separator_then_it_is_the_coin(
    text: str, want: tuple[str, str, list[float], list[float], float]
) -> None:
    assert _levels(valid(text)) == want


@pytest.mark.parametrize(
    "text",
    [
        # The zone on a line after some chatter: whose prices are they?
        "今天行情不错\nETH ；3580-3610附近\n目標 ；3640\n止損:3560",
        # Words after the zone: more than a coin and its prices.
        "ETH ；3580-3610附近 看看再说\n目標 ；3640\n止損:3560",
    ],
)
def test_parse_when_the_coin_line_is_not_a_bare_zone_first_then_it_needs_review(text: str) -> None:
    sig = not_traded(text)
    assert sig is not None and any("no label claims" in why for why in sig.review)


@pytest.mark.parametrize(
    "text",
    [
        "RSI: 48\nTarget: 3700\nStop: 3500",  # an indicator's reading, no coin and no entry
        "going: 3580-3610\nTarget: 3700\nStop: 3500",
    ],
)
def test_parse_when_a_word_that_is_no_coin_opens_the_line_then_no_entry_is_read(
    text: str,
) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.entries


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "BNB 市價進-612附近\n目標 :625-640\n止損:600",
            ("LONG", "BNBUSDT", [612.0], [625.0, 640.0], 600.0),
        ),
        (
            "LINK ；现价轻仓进-13.2附近补仓空\n目標 ；12.8-12.5\n止損:13.6",
            ("SHORT", "LINKUSDT", [13.2], [12.8, 12.5], 13.6),
        ),
    ],
)
def test_parse_when_a_call_enters_at_the_market_near_a_price_then_that_price_is_the_entry(
    text: str, want: tuple[str, str, list[float], list[float], float]
) -> None:
    assert _levels(valid(text)) == want


def test_parse_when_a_range_dash_is_doubled_then_it_is_still_a_range() -> None:
    sig = valid("DOGE ：0.21-0.22附近多\n目標 ；0.23-—0.24\n止損: 0.2")
    assert sig.take_profits == [0.23, 0.24]


def test_parse_when_a_minus_sign_follows_a_word_then_the_price_is_still_negative() -> None:
    sig = not_traded("BTC LONG\nEntry: 65000\nTarget: 66000 --67000 bonus -68000\nSL: 64000")
    assert sig is not None


def test_parse_when_a_chinese_call_names_a_one_letter_coin_then_it_is_read() -> None:
    sig = valid("S  空\n进场位置:0.51-0.52附近\n止盈:0.48-0.45\n止损:0.54")
    assert _levels(sig) == ("SHORT", "SUSDT", [0.51, 0.52], [0.48, 0.45], 0.54)


def test_parse_when_the_letter_starts_a_chinese_word_then_it_names_no_coin() -> None:
    # "C 多头趋势": "C, a bullish trend": 多 opens a word here, no side beside a coin.
    assert PARSER.parse_sync("C 多头趋势\n进场位置:0.28附近\n止盈:0.33\n止损:0.27") is None


# --- Prose around the levels: other traders, sums worked out, open digits, file names.


def test_parse_when_other_traders_are_shorts_who_pay_then_the_setups_side_is_read() -> None:
    sig = valid(
        "THE/USDT\nThe market is full of late shorts who keep paying funding.\nSetup (Long):\n"
        "Entry: 0.060 - 0.061\nTargets: 0.065 - 0.069\nStop loss: 0.057"
    )
    assert _levels(sig) == ("LONG", "THEUSDT", [0.06, 0.061], [0.065, 0.069], 0.057)


def test_parse_when_the_post_itself_says_short_then_it_stays_short() -> None:
    sig = valid("THE/USDT SHORT\nEntry: 0.061\nTargets: 0.058 - 0.055\nStop loss: 0.064")
    assert sig.side == "SHORT"


WORKED = "ETH/USDT LONG\nEntry: 3000 - 3020\nStop loss: 2950\nTarget: 3150\n"


@pytest.mark.parametrize(
    "sums",
    [
        "Risk per coin = Entry 3010 - SL 2950 = 60\nRisk share = (60 / 3010) = 2 pct",
        "Reward: Target - Entry = 3150 - 3010 = 140",
        "Risk: Entry - Stop = $3,000 - $2,950 = -$50",
    ],
)
def test_parse_when_a_sum_is_worked_out_from_the_levels_read_then_it_restates_them(
    sums: str,
) -> None:
    assert _levels(valid(WORKED + sums))[2:] == ([3000.0, 3020.0], [3150.0], 2950.0)


def test_parse_when_a_sum_is_worked_out_from_another_stop_then_it_needs_review() -> None:
    sig = not_traded(WORKED + "Risk per coin = Entry 3010 - SL 2900 = 110")
    assert sig is not None and any("works out a sum" in why for why in sig.review)


def test_parse_when_a_one_line_post_parts_a_note_by_a_slash_then_the_field_is_checked() -> None:
    # No sum here: " / " parts the fields, and the zone's price is nobody's.
    sig = not_traded("ETH/USDT LONG | Entry: 3000 | SL: 2950 | TP: 3150 | Margin: 20x / Zone 3100")
    assert sig is not None and sig.review


def test_parse_when_a_level_is_written_with_open_digits_in_prose_then_it_is_no_price() -> None:
    sig = valid(
        "LQTY/USDT LONG\nEntry: 0.46 - 0.465\nTP: 0.54 / 0.58\nSL: 0.41\n"
        "A daily close above 0.47x unlocks the targets."
    )
    assert _levels(sig)[2:] == ([0.46, 0.465], [0.54, 0.58], 0.41)


def test_parse_when_the_entry_itself_has_open_digits_then_it_needs_review() -> None:
    sig = not_traded("LQTY/USDT LONG\nEntry: 0.46x\nTP: 0.54 / 0.58\nSL: 0.41")
    assert sig is not None and any("entry label" in why for why in sig.review)


def test_parse_when_the_post_names_a_picture_file_then_its_digits_are_no_price() -> None:
    sig = valid("CHZ/USDT SHORT\nEntry: 0.01794\nChart 28273.jpg\nSL: 0.01820\nTP: 0.01717")
    assert _levels(sig)[2:] == ([0.01794], [0.01717], 0.0182)


# --- Who a side word is about; what a stop's note names; a coin whose ticker is a word.


@pytest.mark.parametrize(
    "crowd",
    [
        "Whales may sweep 12.40 to trap early longs before the drop.",
        "A wick to 12.40 would be squeezing late longs first.",
        "Open interest falls (longs unwinding).",
    ],
)
def test_parse_when_longs_are_the_traders_a_move_hunts_then_the_posts_side_is_read(
    crowd: str,
) -> None:
    sig = valid(
        "APT/USDT\nTrend: weak\n" + crowd + "\nEntry: 12.10 - 12.20\nTP: 11.40\nSL: 12.60\n"
        "Bias: SHORT"
    )
    assert _levels(sig) == ("SHORT", "APTUSDT", [12.1, 12.2], [11.4], 12.6)


def test_parse_when_the_post_says_long_then_hunted_words_elsewhere_change_nothing() -> None:
    sig = valid("APT/USDT LONG\nEntry: 12.10\nTP: 12.80\nSL: 11.70\nNo longs trapped here.")
    assert sig.side == "LONG"


def test_parse_when_vietnamese_says_overbought_then_it_is_no_side() -> None:
    sig = valid(
        "$DOT\nRSI: ~48, không quá mua/quá bán.\nVào lệnh: 3.70\nChốt lời: 3.40\nCắt lỗ: 3.85\n"
    )
    assert _levels(sig) == ("SHORT", "DOTUSDT", [3.7], [3.4], 3.85)


@pytest.mark.parametrize(
    "note",
    [
        "(Just below the $3.771 bounce low)",
        "(below the 3.80 swing low)",
        "(placed under the $3.77 weekly low)",
    ],
)
def test_parse_when_the_stops_note_names_the_chart_feature_it_sits_by_then_one_stop(
    note: str,
) -> None:
    sig = valid("DOT/USDT LONG\nEntry: 3.90 - 3.97\nTarget: 4.115\nStop-loss: $3.750 " + note)
    assert sig.stop_loss == 3.75


def test_parse_when_the_stops_note_gives_another_price_then_it_needs_review() -> None:
    sig = not_traded(
        "DOT/USDT LONG\nEntry: 3.90 - 3.97\nTarget: 4.115\nStop-loss: $3.750 (or 3.69)"
    )
    assert sig is not None and sig.review


def test_parse_when_the_heading_names_a_coin_whose_ticker_is_a_word_then_it_is_read() -> None:
    sig = valid(
        "📉 HIGH Trade Setup: Betting on a Rejection\nTrade Type: Short (Sell)\n"
        "Entry (Short): 0.2582\nStop Loss (SL): 0.3005\nTake Profit 1 (TP1): 0.2270"
    )
    assert _levels(sig) == ("SHORT", "HIGHUSDT", [0.2582], [0.227], 0.3005)


@pytest.mark.parametrize("heading", ["High Trade Setup", "NEW Trade Setup", "HIGH risk setup"])
def test_parse_when_the_heading_word_is_no_coin_then_no_coin_is_read(heading: str) -> None:
    text = heading + "\nTrade Type: Short (Sell)\nEntry: 0.2582\nStop Loss: 0.3005\nTP1: 0.2270"
    assert PARSER.parse_sync(text) is None


# --- A trade plan's arithmetic: sizes worked out, money beside the leverage, indicator periods.

PLAN = "$SOL short plan\nEntry: 181.5 USDT\nStop-loss (SL): 184.0 USDT\nTP1: 178.0 USDT\n"


@pytest.mark.parametrize(
    "notes",
    [
        "Leverage: assuming x5 (futures) → buying power = $500.",
        "Leverage: 5x\nCoins needed: $3 / $2.5 = 1.2 SOL\nContract value: 1.2 x 181.5 ≈ 217.8 USDT",
        "Leverage: 5x\nWith 5x leverage → deposit about $45 for this trade.",
    ],
)
def test_parse_when_a_plan_works_out_its_size_then_its_sums_are_no_levels(notes: str) -> None:
    sig = valid(PLAN + notes)
    assert _levels(sig)[2:] == ([181.5], [178.0], 184.0) and sig.leverage == 5


def test_parse_when_a_leverage_line_gives_a_bare_second_number_then_it_needs_review() -> None:
    sig = not_traded(PLAN + "Leverage: 5x (or 20)")
    assert sig is not None and sig.review


@pytest.mark.parametrize(
    "line",
    [
        "Entry: 181.5 USDT (near EMA7/EMA25)",
        "Entry: 181.5 USDT (under MA99)",
    ],
)
def test_parse_when_a_level_names_an_indicator_then_its_period_is_no_price(line: str) -> None:
    sig = valid("$SOL short\n" + line + "\nStop-loss: 184.0\nTP1: 178.0")
    assert sig.entries == [181.5]


def test_parse_when_the_stop_says_how_far_it_is_then_the_distance_is_no_price() -> None:
    sig = valid("$SOL short\nEntry: 181.5\nStop-loss: 184.0 USDT (about ~2.5 USDT away)\nTP1: 178")
    assert sig.stop_loss == 184.0


def test_parse_when_the_stop_gives_a_second_bare_price_then_it_needs_review() -> None:
    sig = not_traded("$SOL short\nEntry: 181.5\nStop-loss: 184.0 USDT (about ~186.5)\nTP1: 178")
    assert sig is not None and sig.review


# --- Levels said again in the analysis under them; an emoji's bytes read as another encoding.

REVERSAL = (
    "WIF LONG\nEntry Zone (Long): $2.00→$2.10\nStop Loss (SL): $1.90\n"
    "Take Profit 1 (TP1): $2.25\nTake Profit 2 (TP2): $2.40\n"
)


@pytest.mark.parametrize(
    "analysis",
    [
        "Support Target: the take profit is placed at 2.40, directly matching a strong level"
        " where the price turned twice.",
        "🛡 Risk and Profit Management (Using Entry ≈2.05)",
    ],
)
def test_parse_when_the_analysis_names_the_levels_again_then_they_are_read_once(
    analysis: str,
) -> None:
    sig = valid(REVERSAL + analysis)
    assert _levels(sig)[2:] == ([2.0, 2.1], [2.25, 2.4], 1.9)


def test_parse_when_an_entry_label_after_the_zone_gives_another_price_then_needs_review() -> None:
    # Under the zone 2.00-2.10, "Using Entry ≈1.95" is a third entry, or a typo: a person decides.
    sig = not_traded(REVERSAL + "🛡 Risk and Profit Management (Using Entry ≈1.95)")
    assert sig is not None and sig.review


def test_parse_when_an_emojis_bytes_are_glued_to_the_labels_then_the_labels_are_read() -> None:
    sig = valid(
        "Short Trade Signal: OP/USDT (15m)\nâDirection: Short\nâEntry Price: 1.794\n"
        "âStop Loss (SL): 1.820\nâTake Profit (TP): 1.717"
    )
    assert _levels(sig) == ("SHORT", "OPUSDT", [1.794], [1.717], 1.82)


def test_parse_when_a_word_starts_with_that_letter_in_lower_case_then_it_is_kept() -> None:
    # "âncora" (Portuguese, "anchor") opens its line: a word, no stray bytes to drop.
    sig = not_traded("OP/USDT SHORT\nEntry: 1.794\nâncora 1.80\nSL: 1.820\nTP: 1.717")
    assert sig is not None and sig.review


# --- An analysis's advice: "Stop Loss could be set at", "Profits should be taken at the level of".

ADVICE = (
    "The SOLUSD pair has approached resistance at $212 and may pull back to support at $188.\n"
    "The overall recommendation is to sell SOLUSD. "
)


@pytest.mark.parametrize(
    ("levels", "tp", "sl"),
    [
        ("Profits should be taken at the level of $188. Stop Loss could be set at $219.", 188, 219),
        ("Profit can be locked in near $190. Stop-loss should be placed at $220.", 190, 220),
    ],
)
def test_parse_when_an_analysis_advises_the_levels_in_a_phrase_then_they_are_read(
    levels: str, tp: float, sl: float
) -> None:
    sig = valid(ADVICE + levels)
    assert _levels(sig) == ("SHORT", "SOLUSD", [], [tp], sl)


def test_parse_when_the_advised_stop_is_only_a_distance_then_it_needs_review() -> None:
    sig = not_traded(ADVICE + "Profits should be taken at $188. Stop loss should be placed 3% up.")
    assert sig is not None and sig.review


def test_parse_when_at_follows_a_notes_label_then_its_price_is_no_entry() -> None:
    # "resistance at $212": the resistance's price, not an entry "at" it.
    sig = valid("SOL SHORT\nResistance at $212\nTarget: 188\nStop: 219")
    assert sig.entries == [] and sig.take_profits == [188.0]


def test_parse_when_at_stands_alone_then_it_still_gives_the_entry() -> None:
    sig = valid("SOL SHORT at 205\nTarget: 188\nStop: 219")
    assert sig.entries == [205.0]


# --- A channel's disclaimer line under its signal is no "this is not a trade".

CAKE = (
    "🔴 TRADE - CAKE / USDT\nType - LONG\nBuy Zone - 2.88 to 2.81\nTarget: 2.95\nStop loss 2.73\n"
)


@pytest.mark.parametrize(
    "disclaimer",
    [
        "🔥Disclaimer 👉 This is my personal analysis for educational purposes, trade at your own"
        " risk.",
        "DISCLAIMER: for educational purposes only. Not financial advice.",
    ],
)
def test_parse_when_a_disclaimer_line_says_educational_then_the_signal_is_read(
    disclaimer: str,
) -> None:
    sig = valid(CAKE + disclaimer)
    assert _levels(sig) == ("LONG", "CAKEUSDT", [2.88, 2.81], [2.95], 2.73)


@pytest.mark.parametrize(
    "note",
    [
        "This setup is for educational purposes only.",
        "For educational purposes: a disclaimer follows below.",
    ],
)
def test_parse_when_the_post_itself_says_educational_then_it_is_no_signal(note: str) -> None:
    assert PARSER.parse_sync(CAKE + note) is None
