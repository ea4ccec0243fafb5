"""The generic cross-check rules the mutation pass (tests/parsers/mutations.py) drove, each on the
smallest post that shows it, through the public parser: refused with a reason, or read exactly."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser, ParsedSignal

PARSER = EnhancedParser(enable_ai=False)
SIGNAL = "#DOT/USDT LONG\nEntry 3.797 - 3.786\nStoploss : 3.49\nTarget 1 • 3.81\nTarget 2 • 3.83"


def _refused(text: str) -> ParsedSignal | None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), sig
    return sig


def _read(text: str) -> ParsedSignal:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    return sig


def test_rules_when_the_signal_alone_then_it_is_read() -> None:
    sig = _read(SIGNAL)  # the base every case below changes
    assert (sig.entries, sig.take_profits, sig.stop_loss) == ([3.797, 3.786], [3.81, 3.83], 3.49)


# --- a status post or a recap quoting the signal -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"Update: all targets achieved 🎯\n\n{SIGNAL}",
        f"{SIGNAL}\n\nAll targets hit ✅",
        f"{SIGNAL}\n\n❌ Stopped out",
        f"Our last call 👇\n\n{SIGNAL}",
        f"Profit booked on this one 💰\n\n{SIGNAL}",
        f"Yesterday's call 👇\n{SIGNAL}",
        f"{SIGNAL}\nClosed +45%",
        f"Breakout confirmed! Our signal from Monday:\n{SIGNAL}",
    ],
)
def test_rules_when_a_report_quotes_the_signal_then_never_a_new_trade(text: str) -> None:
    _refused(text)


@pytest.mark.parametrize(
    "after",
    [
        "if candle closed 4H below the stop price",  # a candle-close condition reports nothing
        "Potential ROI: ~6%",  # a projection, not a result
        "BTC has just completed a shakeout below the old support and re-accumulated since then",
    ],
)
def test_rules_when_a_note_around_the_signal_reports_nothing_then_still_read(after: str) -> None:
    assert _read(f"{SIGNAL}\n{after}").stop_loss == 3.49


# --- two readings that disagree ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The stop, then a candle-close level that is another number.
        SIGNAL.replace("3.49", "3.49 (4H close) or 3.41"),
        "#HOT LONG\nEntry 0.00131\nTP 0.00134\nInvalidation level: 0.0012 (4H close) 0.001464",
        # Two leverages on two lines ("5-10x" on one line is a range: its lowest is read).
        f"{SIGNAL}\nLeverage 5-10x\nCross 20x",
    ],
)
def test_rules_when_two_readings_of_a_field_disagree_then_needs_review(text: str) -> None:
    sig = _refused(text)
    assert sig is not None and sig.needs_review


def test_rules_when_a_leverage_range_is_on_one_line_then_its_lowest_is_read() -> None:
    assert _read(f"{SIGNAL}\nLeverage: cross 20x - 50x - 100x").leverage == 20


# --- two signals in one post -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{SIGNAL}\n\nARPA/USDT LONGLEVERAGE: 10xENTRY: 0.03416TARGETS: 0.03483 - 0.0359SL: 0.03382",
        "CFXUSDT LONGLeverage : 3xEntry : 0.4280 - 0.36Targets : 0.43 0.47Stoploss : 0.345\n\n"
        "#VINE/USDT Long\nEntry - 0.1178\nTake-Profit: 0.1201 0.1213\nSL 0.11",
        f"{SIGNAL}\n\nSOL/USDT SHORT\nEntry 150\nTP 140\nSL 160",
    ],
)
def test_rules_when_two_coins_each_have_levels_then_needs_review(text: str) -> None:
    sig = _refused(text)
    assert sig is not None and sig.needs_review


def test_rules_when_another_pair_is_only_mentioned_then_the_signal_is_read() -> None:
    _read(f"BTC/USDT looks strong today.\n{SIGNAL}\nAlso watching SOL/USDT.")


def test_rules_when_a_pair_label_is_in_a_sentence_then_it_names_no_coin() -> None:
    assert _read(f"{SIGNAL}\nTop 10 coin by volume, rank #7").symbol == "DOTUSDT"
    text = f"{SIGNAL}\nThe ethusd pair has recently approached resistance at 3,175"
    assert PARSER.parse_sync(text).symbol == "DOTUSDT"  # type: ignore[union-attr]


# --- numbering run into the prices -------------------------------------------------------------


def test_rules_when_whole_prices_are_glued_to_tp_numbers_then_split_by_the_sequence() -> None:
    sig = _read("BTC/USDT LONG\nEntry: 115800 - 116200\nTP1118500\nTP2121000\nSL: 113900")
    assert sig.take_profits == [118500, 121000]
    sig = _read("AVAX SHORT\nEntry: 16.1 - 17.784\nTP115.8\nTP215\nTP313\nSL: 18.33")
    assert sig.take_profits == [15.8, 15, 13]


@pytest.mark.parametrize(
    "text",
    [
        # Target 1 at 740, or one target at 1740?
        "ETHUSDT LONG\nEntry 725 - 735\nTP 1 740\nTP 2 750\nSL: 700",
        # "1.0.4563": an index run into a price no number reader takes whole.
        "#IMX LONG\nEntrada 0.4545\n1.0.4563\n2.0.4581\nSL 0.426",
        "OMNI/USDT SHORT\nEnter 5.66 - 5.61\n1.5.57\n2.5.45\nStop Loss 5.95",
        # "TP54" among four targets: target 5 at 4.
        "METIS/USDT LONG\nBuy Area 3.09 - 2.94\nTP1 3.17\nTP2 3.24\nTP3 3.4\nTP54\nStop 2.86",
    ],
)
def test_rules_when_numbering_and_price_cannot_be_told_apart_then_needs_review(
    text: str,
) -> None:
    sig = _refused(text)
    assert sig is not None and sig.needs_review


def test_rules_when_a_numbered_list_meets_an_unnumbered_line_of_prices_then_it_ends() -> None:
    # The targets without their label continue no numbered list of entries.
    sig = _refused("MTL-USDT LONG\nEntry:\n1) 2.31\n2) 2.38\n2.5 - 2.61 - 2.8\nSL 2.1")
    assert sig is not None and sig.needs_review
    # A note among the numbered lines does not end the list.
    sig = _read(
        "$ETH LONG\nTargets:\n1) 0.52224\nUse 3% of balance\n2) 0.53248\nSL 0.48\nEntry 0.5"
    )
    assert sig.take_profits == [0.52224, 0.53248]


# --- numbers that are no price -----------------------------------------------------------------


def test_rules_when_a_duration_range_follows_the_targets_then_it_is_no_target() -> None:
    sig = _read(f"{SIGNAL}\nHold 3-5 days")
    assert sig.take_profits == [3.81, 3.83]


@pytest.mark.parametrize("after", ["6.2 / 6", "57 / 58", "95 107"])
def test_rules_when_prices_follow_the_stop_with_no_entry_then_needs_review(after: str) -> None:
    value = after.split()[0]
    text = f"COIN/USDT LONG\nTargets: {float(value) * 1.3:g} {float(value) * 1.5:g}\n"
    _refused(text + f"Stop-loss: {float(value) * 0.9:g}\n{after}")


@pytest.mark.parametrize("date", ["12.05.24", "12.05.2024", "2024-05-12"])
def test_rules_when_a_date_is_written_then_it_is_blanked_but_not_an_index_run_into_a_price(
    date: str,
) -> None:
    assert _read(f"{SIGNAL}\nPosted {date}").take_profits == [3.81, 3.83]
    assert _refused(f"{SIGNAL}\n1.6.382") is not None


def test_rules_when_a_numbered_list_glues_the_next_number_to_its_price_then_it_is_the_index() -> (
    None
):
    # "2-2.5" alone is a range; as the next line of "1 - 2.3" it is target 2 at 2.5.
    sig = _read("#QTUM LONG\nEntry 2.178\nTARGETS\n1 - 2.3\n2-2.5\n3 - 3.0\n4-3.5\nSL 1.8")
    assert sig.take_profits == [2.3, 2.5, 3.0, 3.5]
    # Out of sequence it stays what it says: a range no label claims.
    _refused("#QTUM LONG\nEntry 2.178\nTARGETS\n1 - 2.3\n5-2.5\nSL 1.8")


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("#CATI LONG\nEntry 0.1128\nT1 0.1139\nT2 0.115\nSL 0.1058", ([0.1128], [0.1139, 0.115])),
        ("#BTC LONG\nEntry 32'000\nTP 34'500\nSL 30’000", ([32000.0], [34500.0])),
        ("#BCH LONG\nEntry 529\nTP1: 1 195,4\nTP2: 1 518,5\nSL 461.4", ([529.0], [1195.4, 1518.5])),
    ],
)
def test_rules_when_numbering_or_thousands_are_written_other_ways_then_read_exactly(
    text: str, levels: tuple[list[float], list[float]]
) -> None:
    sig = _read(text)
    assert (sig.entries, sig.take_profits) == levels


def test_rules_when_digits_run_into_a_word_no_label_takes_then_needs_review() -> None:
    # "SL8.95" is no label the lexicon has, and no number reader takes digits after letters.
    sig = _refused("$AR/USDT SHORT\nEntry 8.5\nTP 8.2\nSL 8.86\nSL8.95")
    assert sig is not None and sig.needs_review
    # Indicators and timeframes glued to their numbers are no prices.
    assert _read("#SOL LONG\nEntry 150\nTP 160\nSL 140\nEMA200 and RSI14 on H4").entries == [150]


def test_rules_when_a_glued_target_has_many_decimals_then_it_is_still_one_target() -> None:
    sig = _read("$AR SHORT\nSell zone 8.267-8.776\nTP18.2049975\nTP28.142994999999999\nSL 8.86")
    assert sig.take_profits == [8.2049975, 8.142994999999999]


def test_rules_when_prices_sit_under_a_coin_label_with_no_entry_label_then_they_are_the_entry() -> (
    None
):
    sig = _read("Coin: LINEA LONG\n0.007262\nTake Profit 1: 0.007458\nStop: 0.006863")
    assert (sig.entries, sig.take_profits) == ([0.007262], [0.007458])


def test_rules_when_a_leverage_line_lists_choices_then_needs_review() -> None:
    sig = _refused("ETH/USDT LONG\nLev 10 , 20, 30 ,40, 50%\nEntry 2442\nTarget 1 2490\nSL 2200")
    assert sig is not None and sig.needs_review


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("BTC/USDT\nSide: Buy\nLimit: 61500\nTP: 63000, 64500\nSL: 60200", [61500.0]),
        ("SUI/USDT SHORT\nSell: 1.82\nBuy back: 1.70, 1.62\nSL: 1.90", [1.82]),
        ("#NEAR LONG 📈\nEntry ➜ 5.20\nT1 ➜ 5.40\nT2 ➜ 5.65\nSL ➜ 4.95", [5.2]),
    ],
)
def test_rules_when_limit_buy_back_or_arrowed_target_labels_then_read(
    text: str, levels: list[float]
) -> None:
    sig = _read(text)
    assert sig.entries == levels and len(sig.take_profits) == 2


def test_rules_when_a_turkish_sell_line_follows_a_price_then_it_is_no_satoshi() -> None:
    # "142,5\nSatış": a line break and a Turkish word, not "5 sat".
    sig = _read("📈 SOL/USDT Uzun\nAlım: 142,5\nSatış hedefleri: 148 / 152 / 158\nZarar kes: 138")
    assert (sig.entries, sig.take_profits) == ([142.5], [148.0, 152.0, 158.0])
    assert _refused("#MDA LONG\nEntry 40 - 43 sat\nTP 50 sat\nSL 35 sat") is not None


@pytest.mark.parametrize(
    "text",
    [
        "#SOL/USDT LONG\nEntry: 142 - 145 ✅ (filled)\nTP: 148 - 152\nSL: 138",
        "#SOL/USDT LONG\nEntry: 142 ✅\nTP: 148\nSL: 138 hit ❌",
    ],
)
def test_rules_when_every_entry_or_the_stop_is_reported_then_no_new_trade(text: str) -> None:
    _refused(text)


def test_rules_when_one_of_several_entries_is_filled_then_still_the_signal() -> None:
    text = (
        "#LTC/USDT (Long)\nEntry 1 - 159.80 (Filled)\nEntry 2 - 153\nTargets - 164.5 - 170\nSL 145"
    )
    assert _read(text).entries == [159.8, 153.0]


# --- the new dev sources of session 6 (corpus batches 22-28) -------------------------------------


def test_rules_when_a_cashtag_is_a_dollar_amount_then_it_names_no_coin() -> None:
    sig = _read("Market cap $350M\n#KAS LONG\nEntry 0.10137\nTP 0.104\nSL 0.098")
    assert sig.symbol == "KASUSDT"


def test_rules_when_an_x_multiplies_two_numbers_then_it_is_no_leverage() -> None:
    text = "$XRP LONG\nEntry: 1.3501\nStop Loss: 1.3395\nTake Profit: 1.3713\n(0.0106 x 2 = 0.0212)"
    assert PARSER.parse_sync(text).leverage is None  # type: ignore[union-attr]


def test_rules_when_a_meme_coin_has_1000x_prices_then_needs_review() -> None:
    sig = _refused("FLOKI  多\n进场位置:0.145\n止损:0.13852\n止盈：0.161")
    assert sig is not None and sig.needs_review
    assert _read("1000FLOKI LONG\nEntry 0.145\nSL 0.13852\nTP 0.161").symbol == "1000FLOKIUSDT"


def test_rules_when_the_levels_line_opens_with_another_coin_then_needs_review() -> None:
    text = "The ETHUSD pair approached resistance at $3,175.\n\nLTC long 85 tp:88-91-94 sl:82 20x"
    sig = _refused(text)
    assert sig is not None and sig.needs_review


def test_rules_when_a_label_is_followed_by_a_sentence_with_percentages_then_it_is_prose() -> None:
    text = (
        "Buy ALPHA tokens: the fee for buying and selling using limit orders is 0.01%, which means"
        " a total wear of 0.02%. If you trade 15 points, with a 4 times bonus, you earn more."
    )
    assert PARSER.parse_sync(text) is None


def test_rules_when_an_essay_mentions_stops_moving_then_no_update() -> None:
    text = "They know where the crowd places stop-losses and prices often hit that point before moving."
    assert PARSER.parse_update_sync(text) is None
    assert PARSER.parse_update_sync("#SOL/USDT move SL to entry") is not None
