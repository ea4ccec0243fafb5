"""Issue 13's classes of real-channel formats, one test per class, through the public parser."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser, ParsedSignal

PARSER = EnhancedParser(enable_ai=False)


def _read(text: str) -> ParsedSignal:
    sig = PARSER.parse_sync(text)
    assert sig is not None, text
    return sig


def _levels(sig: ParsedSignal) -> tuple[list[float], list[float], float | None]:
    return sig.entries, sig.take_profits, sig.stop_loss


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
    sig = _read(f"#XRP LONG\n{line}\nTP 0.60\nSL 0.45")
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
    sig = _read(f"#XRP LONG\nEntry 0.51\n{lines}\nSL 0.45")
    assert sig.is_valid(), sig.problems()
    assert _levels(sig) == ([0.51], targets, 0.45)


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
    sig = _read(text)
    assert sig.is_valid(), sig.problems()
    assert _levels(sig) == ([23.5], targets, 22.0)


def test_parse_when_glued_target_index_is_ambiguous_then_needs_review() -> None:
    # TP11.25 alone: TP1 at 1.25, or a target at 11.25? Both are near an entry of 5.
    sig = _read("#SOL LONG\nEntry 5\nTP11.25\nSL 4")
    assert not sig.is_valid() and sig.needs_review
    assert any("cannot tell which is which" in r for r in sig.review)


def test_parse_when_lone_glued_target_may_hold_its_index_then_never_traded_as_a_guess() -> None:
    # "TP41.3100" as the only target: TP4 at 1.31, or a target at 41.31? No entry to compare.
    sig = PARSER.parse_sync("#DOT Long\nTP41.3100\nSL 1.10")
    assert sig is None or not sig.is_valid()
    # Beside an entry, the one reading near it is the target.
    near_small = _read("#DOT Long\nEntry 1.25\nTP41.3100\nSL 1.10")
    near_big = _read("#DOT Long\nEntry 40.5\nTP41.3100\nSL 39")
    assert near_small.take_profits == [1.31] and near_big.take_profits == [41.31]


@pytest.mark.parametrize(
    "text",
    [
        "#XRP TAKE PROFIT 2 ✅",
        "#XRP ❌ Stoploss hit",
        "#ETH/USDT\nEntry Zone: 2460 - 2478\nTake-Profit Targets:\n1) 2430 - 20%✅\n"
        "2) 2409 - 20%✅\n3) 2380 - 20%\nStop Targets:\n1) 2630",
    ],
)
def test_parse_when_status_post_then_not_a_new_signal(text: str) -> None:
    assert PARSER.parse_sync(text) is None or not PARSER.parse_sync(text).is_valid()  # type: ignore[union-attr]


def test_parse_when_new_signal_says_update_or_buy_and_hold_then_still_a_signal() -> None:
    sig = _read("Update: new signal created\n#XRP LONG\nEntry 0.51\nTP 0.56\nSL 0.45")
    assert sig.is_valid() and _levels(sig) == ([0.51], [0.56], 0.45)
    sig = _read(
        "#DOGE #LONG\nBUY : 0.34$- 0.365$\nTARGET 1 : 0.385$\nSTOP LOSS : 0.28$\nBUY & HOLD ✅"
    )
    assert sig.is_valid() and _levels(sig) == ([0.34, 0.365], [0.385], 0.28)
    # Every target decorated is styling, not targets ticked off.
    sig = _read("BTC LONG\nEntry Zone: 42000-42500\nTP1: 43k ✅\nTP2: 44k 🎯\nSL: 41000")
    assert sig.is_valid() and sig.take_profits == [43000.0, 44000.0]


def test_parse_when_notes_after_numbers_then_not_prices() -> None:
    text = (
        "#XRP LONG\nEntry 0.51 (5%)\nTP1 0.56 (+10%)\nTP2 0.60 - 25%\nSL 0.45 (-12%)\n"
        "R:R 1:3\nRisk: 2% of portfolio\nLeverage: cross 20x\nVolume: 3%\n"
        "Trade with 3 to 5% of your funds, up to 7 days"
    )
    sig = _read(text)
    assert sig.is_valid(), sig.problems()
    assert _levels(sig) == ([0.51], [0.56, 0.6], 0.45) and sig.leverage == 20


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
    sig = _read(f"#XRP LONG\nEntry 0.51\nTP 0.56\n{stop_line}")
    assert sig.is_valid(), sig.problems()
    assert sig.stop_loss == 0.45
    assert sig.stop_kind == "candle_close" and sig.stop_timeframe == timeframe


def test_parse_when_cancel_condition_beside_a_stop_then_stop_is_the_labelled_one() -> None:
    sig = _read("#XRP LONG\nEntry 0.51\nTP 0.56\nSL 0.44\nCancel if 4h closes below 0.47")
    assert sig.stop_loss == 0.44 and sig.stop_kind is None


@pytest.mark.parametrize(
    ("head", "symbol", "leverage"),
    [
        ("$PEPE LONG", "PEPEUSDT", None),
        ("#BTC/USDT LONG", "BTCUSDT", None),
        ("BTC-PERP LONG", "BTCUSDT", None),
        ("BTCUSDT.P LONG", "BTCUSDT", None),
        ("1000PEPE LONG", "1000PEPEUSDT", None),
        ("BTC (Binance Futures) LONG Isolated (10X)", "BTCUSDT", 10),
        ("#BTC LONG Lev: 5-10x", "BTCUSDT", 5),
        ("#BTC LONG Cross 20x", "BTCUSDT", 20),
        ("HIGH/USDT LONG", "HIGHUSDT", None),
    ],
)
def test_parse_when_symbol_and_leverage_forms_then_canonical(
    head: str, symbol: str, leverage: int | None
) -> None:
    # (PEPE at its own price range: at 100 it would be a 1000PEPE price, which needs review.)
    levels = "0.00001\nTP 0.000011\nSL 0.0000095" if symbol == "PEPEUSDT" else "100\nTP 110\nSL 95"
    sig = _read(f"{head}\nEntry {levels}")
    assert (sig.symbol, sig.leverage) == (symbol, leverage)
    assert sig.is_valid(), sig.problems()


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("#BTC Uzun\nGiriş: 60000\nHedef: 61000\nZarar durdur: 59000", "LONG"),
        ("#BTC Kısa\nGiriş: 60000\nHedef: 59000\nZarar durdur: 61000", "SHORT"),
        ("#BTC خرید\nورود: ۶۰۰۰۰\nتارگت: ۶۱۰۰۰\nحد ضرر: ۵۹۰۰۰", "LONG"),
        ("#BTC فروش\nورود: ٦٠٠٠٠\nتارگت: ٥٩٠٠٠\nحد ضرر: ٦١٠٠٠", "SHORT"),
        ("BTC 做多\n入场：６００００\n止盈：６１０００\n止損：５９０００", "LONG"),
        ("BTC 做空\n入场：６００００\n止盈：５９０００\n止损：６１０００", "SHORT"),
    ],
)
def test_parse_when_other_language_and_digits_then_read(text: str, side: str) -> None:
    sig = _read(text)
    assert sig.is_valid(), sig.problems()
    assert sig.side == side and sig.entries == [60000.0]
    assert sig.stop_loss == (59000.0 if side == "LONG" else 61000.0)


def test_parse_when_traditional_chinese_market_short_then_market_entry() -> None:
    sig = _read("BTC 市價空\n止盈：59000\n止損：61000")
    assert sig.is_valid() and sig.side == "SHORT" and sig.is_market
    assert _levels(sig) == ([], [59000.0], 61000.0)


def test_parse_when_line_breaks_lost_then_labels_read_again() -> None:
    sig = _read("CFXUSDT LONGLeverage : 3xEntry : 0.4280 - 0.36Targets : 0.43 0.47Stoploss : 0.345")
    assert sig.is_valid(), sig.problems()
    assert _levels(sig) == ([0.428, 0.36], [0.43, 0.47], 0.345) and sig.leverage == 3


def test_parse_when_side_word_glued_to_the_pair_then_pair_and_side_read() -> None:
    sig = _read("Bnb/USDTShortLeverage:20xEntry:276-278Take-Profit-Targets:270-268StopLoss:285")
    assert sig.is_valid(), sig.problems()
    assert (sig.symbol, sig.side, sig.leverage) == ("BNBUSDT", "SHORT", 20)
    assert _levels(sig) == ([276.0, 278.0], [270.0, 268.0], 285.0)


def test_parse_when_number_glued_to_a_word_then_never_cut_short() -> None:
    # "11.934Trailing" used to be read as the price 11.
    sig = _read("DOTUSDT SHORT\nEntry: 11.308\nTargets: 10.8 - 10.3\nSL: 11.934Trailing stop: on")
    assert sig.stop_loss in (None, 11.934)
    assert 11.0 not in (sig.stop_loss, *sig.entries, *sig.take_profits)


def test_parse_when_numbers_between_labels_belong_to_no_label_then_needs_review() -> None:
    sig = _read("#NEAR/USDT\n🟢LONG\nEntry: 1.50\n1: 1.55\n2: 1.60\n3: 1.70\nSL: 1.40")
    assert not sig.is_valid() and sig.entries == [1.5]  # 1.55 ... are not more entries
    assert any("no label claims" in r for r in sig.review)


def test_parse_when_no_entry_but_prices_before_the_labels_then_needs_review_not_market() -> None:
    sig = _read("#XRP/USDT SHORT\n0.7105-0.7150 maybe\nSTOP: 0.748\nTARGET: 0.702")
    assert not sig.is_valid() and not sig.entries
    assert any("no label claims" in r for r in sig.review)


def test_parse_when_buy_and_sell_with_at_signs_then_entry_and_target() -> None:
    sig = _read("#BTC\nBuy @ 60000\nSell @ 62000\nStop @ 59000")
    assert sig.is_valid() and _levels(sig) == ([60000.0], [62000.0], 59000.0)


def test_parse_when_label_then_emoji_then_separator_dash_then_not_negative() -> None:
    sig = _read("#DOT/USDT\nBUY :- 22-23\nTARGET:-25.20-25.50\nSTOP 🛑:-20\nLEV :- 2X")
    assert sig.is_valid(), sig.problems()
    assert _levels(sig) == ([22.0, 23.0], [25.2, 25.5], 20.0) and sig.leverage == 2


def test_parse_when_repost_reports_a_target_hit_then_not_a_new_signal() -> None:
    text = "#ORDI Long\nEntry 42-43\nTargets 45/47/50\nSL 40\nLeverage 10x\nTP2 hit ✅"
    assert PARSER.parse_sync(text) is None
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "TP_HIT" and update.tp_index == 2


def test_parse_update_when_closed_in_profit_then_the_gain_is_not_a_share_to_close() -> None:
    update = PARSER.parse_update_sync("#ETH closed in profit +45%")
    assert update is not None and update.kind.value == "CLOSE" and update.fraction is None
    update = PARSER.parse_update_sync("close 25% of #ETH")
    assert update is not None and update.kind.value == "CLOSE_PARTIAL" and update.fraction == 0.25


def test_parse_when_stop_has_daily_close_note_then_flagged_candle_close() -> None:
    sig = _read("#FET/USDT LONG\nEntry: 2.15-2.20\nTargets: 2.30\nStop Loss: 2.05 (Daily close)")
    assert sig.stop_loss == 2.05 and sig.stop_kind == "candle_close"
    assert sig.stop_timeframe == "daily"


@pytest.mark.parametrize(
    "text",
    [
        "#BTC price is close to our entry, get ready",
        "#SOL getting close to TP1",
        "#BTC if 4h candle closes below 60000 we exit",
        "BTC is closing the week strong",
        "Market update: BTC closed the day above 65k",
        "Cancel if price breaks 60k #BTC",
        "Close your position if BTC drops below 60k",
        "Close ETH when it reaches 3500",
    ],
)
def test_parse_update_when_close_or_cancel_is_not_an_instruction_then_no_action(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is None or update.kind.value not in ("CLOSE", "CLOSE_PARTIAL", "CANCEL"), update


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("#DOGE: close your shorts", "CLOSE"),
        ("#LINK Closed at breakeven", "CLOSE"),
        ("Cancel #BTC", "CANCEL"),
        ("Close algo", "CLOSE"),
    ],
)
def test_parse_update_when_close_or_cancel_is_an_instruction_then_read(
    text: str, kind: str
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == kind and update.symbol, update


@pytest.mark.parametrize(
    "text",
    [
        "Our last BTC long hit TP 65000, next entry 60000",
        "#BTC weekly recap: entry 60000 hit, TP1 62000 hit, TP2 64000 hit ✅",
        "Reminder: our #ETH long from 3000 is still open, SL at 2900",
    ],
)
def test_parse_when_post_reports_on_an_earlier_signal_then_not_tradable(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), sig


def test_parse_when_lone_sell_label_contradicts_the_side_words_then_it_is_the_target() -> None:
    sig = _read("Trading plan for SOL: buy the dip at 140, sell at 160")
    assert sig.side == "LONG" and _levels(sig) == ([140.0], [160.0], None)


def test_parse_when_post_says_it_is_not_a_signal_then_none() -> None:
    assert PARSER.parse_sync("#XRP short idea (not a signal): entry 0.62, TP 0.58, SL 0.65") is None


@pytest.mark.parametrize(
    ("text", "kind", "fraction", "price"),
    [
        ("SL updated to 2900 #ETH", "MOVE_SL", None, 2900.0),
        ("Partial close #XRP", "CLOSE_PARTIAL", None, None),
        ("Book some profits on #SOL", "CLOSE_PARTIAL", None, None),
        ("#TRX Signal Closed\nTotal of 2/5 targets hit\nProfit 13.95%", "CLOSE", None, None),
    ],
)
def test_parse_update_when_worded_as_channels_do_then_kind_and_numbers(
    text: str, kind: str, fraction: float | None, price: float | None
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == kind, update
    assert (update.fraction, update.price) == (fraction, price)


def test_parse_when_decimal_commas_then_three_decimals_read_as_decimals_too() -> None:
    sig = _read("#AVAX/USDT LONG\nEntry 24,3\nTargets 24,786 / 25,272\nStop loss 22,842")
    assert sig.is_valid(), sig.problems()
    assert _levels(sig) == ([24.3], [24.786, 25.272], 22.842)


def test_parse_when_one_level_is_a_typo_then_the_others_are_not_reread() -> None:
    sig = _read("#BTC LONG\nEntry 38,900\nTP 39,450\nSL 38.2")
    assert not sig.is_valid() and sig.entries == [38900.0]
    assert any("38.2 is far from the other levels" in r for r in sig.review)


def test_parse_when_ticker_in_lower_case_before_the_side_then_symbol_read() -> None:
    sig = _read("avax long\n\ngiriş: 21.60\nsl: 21.00\ntp: 22.30 - 23.40")
    assert sig.symbol == "AVAXUSDT" and sig.is_valid()
    assert PARSER.parse_sync("going long here 21.6 tp 22.3 sl 21") is None


def test_parse_update_when_stop_names_a_coin_then_close_it() -> None:
    update = PARSER.parse_update_sync("Stop DOGEUSDT\n\nby @CRR")
    assert update is not None and update.kind.value == "CLOSE" and update.symbol == "DOGEUSDT"
    assert PARSER.parse_update_sync("Stop it") is None


def test_parse_when_another_pair_is_noted_after_the_levels_then_the_signal_coin_wins() -> None:
    sig = _read("#ETH LONG\nEntry 3000\nTP 3100\nSL 2950\n\nETH/BTC 0.055")
    assert sig.symbol == "ETHUSDT" and sig.is_valid()


def test_parse_when_side_word_has_a_colon_before_the_coin_then_not_an_entry_label() -> None:
    sig = _read("LONG: #AVAX\nTP: 37\nSL: 33")
    assert sig.is_valid() and sig.symbol == "AVAXUSDT" and sig.is_market
    sig = _read("OGN - USDT\nLong: 0.75 - 0.77\nTarget: 0.80\nStopls: 0.69")
    assert sig.is_valid() and _levels(sig) == ([0.75, 0.77], [0.8], 0.69)


def test_parse_update_when_stop_move_is_for_later_then_nothing_moves_now() -> None:
    assert PARSER.parse_update_sync("Move SL to entry once TP1 is hit #ETH") is None
    done = PARSER.parse_update_sync("SL moved to entry after TP1 hit #BTC")
    assert done is not None and done.kind.value == "MOVE_SL" and done.to_entry
    now = PARSER.parse_update_sync("TP1 hit ✅ move SL to entry #ETH")
    assert now is not None and now.kind.value == "MOVE_SL" and now.to_entry


def test_parse_when_an_unknown_label_holds_prices_between_labels_then_never_a_market_entry() -> (
    None
):
    # "Bring in : ..." is no label of the lexicon: its prices are claimed by nobody.
    sig = _read("Pair: ETH/USDT #LONG\nTargets: 740 - 750\nBring in : 725 - 735\nSL: 700")
    assert not sig.is_valid() and sig.needs_review
    assert any("no label claims" in reason for reason in sig.review)


def test_parse_when_get_in_names_the_entry_then_entry_read() -> None:
    sig = _read("Pair: ETH/USDT #LONG\nTargets: 740 - 750\nGet in : 725 - 735\nSL: 700")
    assert sig.is_valid(), sig.problems()
    assert _levels(sig) == ([725.0, 735.0], [740.0, 750.0], 700.0)


def test_parse_update_when_a_new_signal_words_its_targets_as_closes_then_no_close() -> None:
    text = (
        "#ETH Open SHORT between 2450 - 2500\nTargets:\n"
        "1) Close the order at the price 2400\n2) Close the order at the price 2350\n"
        "StopLoss: 2600"
    )
    assert PARSER.parse_update_sync(text) is None


@pytest.mark.parametrize(
    ("head", "symbol"),
    [("#BTC #BTCUSD (Midterm SHORT)", "BTCUSD"), ("#BTCUSD SHORT", "BTCUSD")],
)
def test_parse_when_a_tag_names_the_pair_quoted_in_usd_then_that_pair(
    head: str, symbol: str
) -> None:
    sig = _read(f"{head}\nEntry 22650-23400\nTargets 21510 - 20900\nStop Loss 24500")
    assert sig.symbol == symbol and sig.is_valid(), sig.problems()


@pytest.mark.parametrize(("word", "side"), [("市价多", "LONG"), ("市價空", "SHORT")])
def test_parse_when_chinese_market_side_with_a_reference_price_then_side_and_price_read(
    word: str, side: str
) -> None:
    stop, target = (90, 110) if side == "LONG" else (110, 90)
    sig = _read(f"#BTC {word} 100\n止损：{stop}\n止盈：{target}")
    assert sig.is_valid(), sig.problems()
    assert sig.side == side and _levels(sig) == ([100.0], [float(target)], float(stop))


@pytest.mark.parametrize("text", ["#BTC 浮盈过半，稳健带成本损", "#BTC 浮盈過半，穩健帶成本損"])
def test_parse_update_when_chinese_says_carry_a_stop_at_cost_then_stop_to_entry(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "MOVE_SL" and update.to_entry


def test_parse_update_when_chinese_says_keep_your_stops_then_nothing_moves() -> None:
    assert PARSER.parse_update_sync("#BTC 带好止损") is None


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
            sig = _read(f"#XRP LONG\n{line}\nTP 0.60\nSL 0.45")
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
            sig = _read(f"#XRP LONG\nEntry 0.51\n{lines}\nSL 0.45")
            assert sig.is_valid(), (lines, sig.problems())
            assert _levels(sig) == ([0.51], targets, 0.45), lines


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
        sig = _read(f"#SOL LONG\nEntry 23.5\nTargets:\n{lines}\nSL 22")
        assert sig.is_valid(), (lines, sig.problems())
        assert _levels(sig) == ([23.5], [24.1, 24.6, 25.0], 22.0), lines


_DIGIT_SCRIPTS = ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "０１２３４５６７８９", "𝟬𝟭𝟮𝟯𝟰𝟱𝟲𝟳𝟴𝟵")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("#BTC Uzun\nGiriş: 60000\nHedef: 61000\nZarar durdur: 59000", "LONG"),
        ("#BTC Kısa\nGiriş - 60000\nHedef - 59000\nZarar durdur - 61000", "SHORT"),
        ("#BTC خرید\nورود: 60000\nتارگت: 61000\nحد ضرر: 59000", "LONG"),
        ("#BTC فروش\nورود 60000\nتارگت 59000\nحد ضرر 61000", "SHORT"),
        ("BTC 做多\n入场：60000\n止盈：61000\n止損：59000", "LONG"),
        ("#BTC Лонг\nВход: 60000\nЦель: 61000\nСтоп: 59000", "LONG"),
        ("#BTC Largo\nEntrada: 60000\nObjetivo: 61000\nStop: 59000", "LONG"),
    ],
)
def test_parse_when_language_written_in_any_digit_script_then_same_reading(
    text: str, side: str
) -> None:
    target, stop = (61000.0, 59000.0) if side == "LONG" else (59000.0, 61000.0)
    for digits in ("0123456789", *_DIGIT_SCRIPTS):
        sig = _read(text.translate(str.maketrans("0123456789", digits)))
        assert sig.is_valid(), (digits, sig.problems())
        assert sig.side == side and _levels(sig) == ([60000.0], [target], stop), digits


@pytest.mark.parametrize(
    ("head", "symbol", "leverage"),
    [
        ("#BTC/USDT LONG\nLeverage: Cross (20.0X)", "BTCUSDT", 20),
        ("LONG #BTC/USDT x10", "BTCUSDT", 10),
        ("BTC/USDT LONG 10X", "BTCUSDT", 10),
        ("BTC_USDT Long\nLeverage 10", "BTCUSDT", 10),
        ("#BTCUSDT #LONG\nMargin: Isolated 25x", "BTCUSDT", 25),
        ("Coin: #BTC\nDirection: Long\nLeverage: 3x-5x", "BTCUSDT", 3),
        ("Pair: RUNE/USDT Long 10x", "RUNEUSDT", 10),
        ("LONG 1000SHIBUSDT.P", "1000SHIBUSDT", None),
        ("$SOON Long", "SOONUSDT", None),
        ("SOLUSDTM Long", "SOLUSDT", None),
        ("SOL/USDT Perp Long", "SOLUSDT", None),
    ],
)
def test_parse_when_more_symbol_and_leverage_forms_then_canonical(
    head: str, symbol: str, leverage: int | None
) -> None:
    sig = _read(f"{head}\nEntry 100\nTP 110\nSL 95")
    assert sig.is_valid(), sig.problems()
    assert (sig.symbol, sig.leverage, sig.entries) == (symbol, leverage, [100.0])


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
    sig = _read("#XRP LONG\n" + notes)
    assert sig.is_valid(), sig.problems()
    assert _levels(sig) == ([0.51], [0.56, 0.6], 0.45)


@pytest.mark.parametrize(
    "text",
    [
        "#XRP Take-Profit target 1 ✅\nProfit: 12.5%\nPeriod: 2 Hours",
        "🔥 #XRP/USDT TP1 0.56 DONE ✅",
        "#XRP/USDT Target 2 reached 🎯 +25% profit\nEntry 0.51 TP2 0.60",
        "XRP stopped out at 0.45 ❌",
        "#ETH/USDT LONG\nEntry: 3000\nTP1: 3100\nSL: 2900\nClosed at 3150 with +5% profit",
    ],
)
def test_parse_when_status_post_variant_then_never_a_new_signal(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), sig


def test_parse_update_when_every_target_ticked_with_its_price_then_the_last_ticked_is_hit() -> None:
    text = (
        "COIN: $WAXP/USDT (3-5x)\nDirection: LONG\nTarget 1: 0.0642✔️\nTarget 2: 0.065✔️\n"
        "Target 3: 0.067✔️\n\nBook your seat now and never miss another move!"
    )
    assert PARSER.parse_sync(text) is None
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "TP_HIT" and update.tp_index == 3


def test_parse_update_when_negation_is_far_from_the_verb_then_not_negated() -> None:
    # "never miss another move" is a promotion, not "never move the stop".
    update = PARSER.parse_update_sync("#ETH TP2 hit ✅ never miss another move with our VIP")
    assert update is not None and update.kind.value == "TP_HIT"
    assert PARSER.parse_update_sync("#ETH don't close yet") is None


def test_parse_when_a_bot_prints_a_price_in_scientific_notation_then_the_same_number() -> None:
    sig = _read(
        "🔴 SHORT\n#DOGS/USDT\nEntry zone : 0.00006893 - 0.00006692\nTake Profits :\n"
        "0.00006658\n0.00006456\nStop loss :7.16044E-5\nLeverage: 10x"
    )
    assert sig.is_valid(), sig.problems()
    assert sig.stop_loss == 7.16044e-05 and sig.take_profits == [6.658e-05, 6.456e-05]


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
    sig = _read("#XRP LONG\n" + lines)
    assert sig.is_valid(), (lines, sig.problems())
    assert _levels(sig) == ([0.51, 0.53], [0.56, 0.6], 0.45), lines


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "ETHUSDT SHORT\nВход с текущих: 1 977.63\nУсреднение: 2 030.65\nSL: 2 158.82\n"
            "TP1: 1 807.28",
            ("ETHUSDT", "SHORT", [1977.63, 2030.65], [1807.28], 2158.82),
        ),
        (
            "BTCUSD | BUY 109500\n❌ Stop Loss 109000 (500 pips)\n✅TP1 109700\n✅TP2 109900",
            ("BTCUSD", "LONG", [109500.0], [109700.0, 109900.0], 109000.0),
        ),
        (
            "AT / USDT\nFUTURES LONG 10X\nBuy Zone: 0.1360\nTargets:\nT1: 0.1470\nStop Loss: 0.1290",
            ("ATUSDT", "LONG", [0.136], [0.147], 0.129),
        ),
        (
            "┏━━━━━━━━━━┓\n┃ ◇ Flow Desk ┃\n┗━━━━━━━━━━┛\n\nBUSDT\n\nDirection: LONG\n"
            "Entry: 0.3558 — 0.3586\nStop Loss: 0.329912\nTarget 1 - 0.360392",
            ("BUSDT", "LONG", [0.3558, 0.3586], [0.360392], 0.329912),
        ),
        (
            "Enj шорт риск 0,5\nsl 0.2701\nтп1 0.245\nтп2 0.231",
            ("ENJUSDT", "SHORT", [], [0.245, 0.231], 0.2701),
        ),
        (
            "🔴 SHORT\nCoin: MASK/USDT\nFiyat: $0.5025\n📊 Stratejiler (2):\nHedef: $0.4874 (+3.0%)\n"
            "Stop Loss: $0.5100\nPOZISYON: Sermayenin %1-2'si\nFiyat -%2.5 düştü",
            ("MASKUSDT", "SHORT", [0.5025], [0.4874], 0.51),
        ),
        (
            "#ALICE\nالدخول: 0.1480 – 0.1556\nالأهداف:\n1️⃣ 0.171 | +9.9% | بيع 20%\n"
            "2️⃣ 0.187 | +20.2% | بيع 25%\nSL 0.137",
            ("ALICEUSDT", "LONG", [0.148, 0.1556], [0.171, 0.187], 0.137),
        ),
    ],
)
def test_parse_when_formats_of_session_5_dev_sources_then_read(
    text: str, reading: tuple[str, str, list[float], list[float], float]
) -> None:
    sig = _read(text)
    assert sig.is_valid(), sig.problems()
    assert (sig.symbol, sig.side, *_levels(sig)) == reading


@pytest.mark.parametrize(
    ("text", "kind", "index"),
    [
        ("We waited 5 days, currently hit TP2.", "TP_HIT", 2),
        ("#HOME Quick 118 % Profit\n🎯 Targets 1, 2, 3, 4, 5 Done ✅", "TP_HIT", 5),
        ("#CAKE two targets done ✅\n+52% profit (10x lev)", "TP_HIT", 2),
        ("#BNBUSDT report\n❌ Reaching Stop-Loss: -6% (x10lev)", "SL_HIT", None),
        ("#HYPE/USDT Closed at trailing stoploss after reaching take profit", "SL_HIT", None),
        ("COIN: $SOL/USDT\nDirection: LONG\nSTOP LOSS: 170.23\n\n4.55% Loss (2x)", "SL_HIT", None),
        ("рекомендую снять все лимитные ордера #BTC", "CANCEL", None),
    ],
)
def test_parse_update_when_reports_of_session_5_dev_sources_then_kind_read(
    text: str, kind: str, index: int | None
) -> None:
    assert PARSER.parse_sync(text) is None or not PARSER.parse_sync(text).is_valid()  # type: ignore[union-attr]
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == kind, update
    if index is not None:
        assert update.tp_index == index


def test_parse_when_a_lesson_works_an_example_then_no_signal() -> None:
    text = (
        "Ví dụ: Mua XRP ở mức $2.75 → Đặt TP ở mức $2.88\n"
        "Điểm vào: $2.75\nTP1: $2.88\nTP2: $2.95\nSL: $2.70"
    )
    assert PARSER.parse_sync(text) is None
    # A signal that gives an example of sizing, with no level label on that line, is read.
    sig = _read(
        "#BCH Buy Setup\nFor example, put 1k now and another 1k at 529.\n"
        "Entry: CMP and DCA at 529\nSL: 461.4\nTarget 1: 721.2"
    )
    assert sig.is_valid() and sig.take_profits == [721.2]
