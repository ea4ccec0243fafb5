"""Classes of the dev misses gatherer J's batches brought (issue 13, session 11), each with posts
written for the test and near misses, through the public parser."""

from __future__ import annotations

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)


def test_parse_update_when_the_position_is_put_into_breakeven_in_russian_then_stop_to_entry() -> (
    None
):
    # "Закину в б/у" (I'll put it into break-even): the stop goes to the entry.
    for post in (
        "#BTCUSDT Long\nЗакину в б/у, не нравится новостной фон",
        "#ETH перевожу в безубыток",
    ):
        update = PARSER.parse_update_sync(post)
        assert update is not None, post
        assert (update.kind.value, update.to_entry) == ("MOVE_SL", True), post
    # (Near misses: "б/у" is also "second-hand"; "закинул" a deposit moves nothing.)
    assert PARSER.parse_update_sync("#BTC купил б/у видеокарту на профит") is None
    assert PARSER.parse_update_sync("#BTC закинул депозит на биржу") is None


def test_parse_update_when_closed_at_its_target_with_no_number_then_a_target_hit() -> None:
    for post in (
        "✅ Стратегия закрыла ШОРТ по ARUSDT — цель достигнута\nРезультат: +1.7R",
        "#AR closed the short, target reached ✅",
    ):
        update = PARSER.parse_update_sync(post)
        assert update is not None and update.kind.value == "TP_HIT", post
        assert update.symbol == "ARUSDT"
    # (Near misses: a close alone is a close; a numbered target hit is read with its number.)
    update = PARSER.parse_update_sync("#AR закрыла шорт")
    assert update is not None and update.kind.value == "CLOSE"
    update = PARSER.parse_update_sync("#AR TP2 reached ✅")
    assert update is not None and (update.kind.value, update.tp_index) == ("TP_HIT", 2)


_LINK = (
    "$LINK/USDT\n\nCurrent Price: 22.5\n\nTarget Price:\n\n- TP1: 22.00 (Fibonacci 38.2% level)\n\n"
    "- TP2: 21.70 (neckline)\n\n- TP3: 21.50 (Fibonacci 61.8% extension)\n\n"
    "Stop Loss Price: Above 23.00\n\nReasons for Selling:\n\n1. Pattern Confirmation:\n\n"
    "- Daily bearish flag (flagpole 21.00→22.70, flag range 22.40-22.70), neckline at 22.00\n\n"
    "2. Trend Structure:\n\n- Weekly RSI overbought then turns down, price breaks below MA 22.50\n\n"
    "Key Technical Features:\n\n- Neckline: 22.00\n\n- 21.70 corresponds to the 50% retracement"
)


def test_parse_when_a_double_spaced_analysis_section_follows_the_levels_then_set_aside() -> None:
    # Every line followed by a blank line: the section runs on across its list items.
    sig = PARSER.parse_sync(_LINK)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert (sig.side, sig.take_profits, sig.stop_loss) == ("SHORT", [22.0, 21.7, 21.5], 23.0)
    # (Near miss: a report after the section, past a blank line and no list item, refuses it.)
    sig = PARSER.parse_sync(_LINK + "\n\nTP1 hit ✅")
    assert sig is None or not sig.is_valid()


def test_parse_when_the_stop_is_given_as_examples_or_a_choice_then_review() -> None:
    head = "NEAR LONG\nEntry Zone: 1.91 - 1.93\nTP1: 2.05\nTP2: 2.18\n"
    # The stop's label says none is stated, with examples; a later "SL ≈1.77" is an assumption.
    post = head + (
        "Stop Loss (SL): Not Explicitly Stated, but must be placed just below the support "
        "zone (e.g., $1.75 or $1.77).\nRisk Management (Using Entry ≈1.92 and SL ≈1.77)"
    )
    sig = PARSER.parse_sync(post)
    assert sig is not None and not sig.is_valid()
    assert any("as examples or a choice: no stop" in why for why in sig.review), sig.review
    for stop in ("SL: 1.77 or 1.75", "SL: 1.77 (e.g. under the wick)"):
        sig = PARSER.parse_sync(head + stop)
        assert sig is not None and not sig.is_valid(), stop
    # (Near misses: one stop, with a note or a candle-close condition.)
    for stop in ("SL: 1.77 (below the wick)", "SL: 1.77 (close below on 4H or daily)"):
        sig = PARSER.parse_sync(head + stop)
        assert sig is not None and sig.is_valid() and sig.stop_loss == 1.77, stop


def test_parse_update_when_a_story_closes_a_trade_of_no_named_coin_then_no_action() -> None:
    story = (
        "I have been stuck in this trade for a whole week now and the pain is real. The pull-ups "
        "have blown up almost all the shorts, so is it time to blow up the longs next? Short-term "
        "friends should defend at 60,700, with a target of 58,000 to 55,000. For swing traders, "
        "take 52,500 and 49,000!"
    )
    assert PARSER.parse_update_sync(story) is None
    # (Near miss: a short reply closing "it", the trade it answers.)
    update = PARSER.parse_update_sync("Close it now, we are done here")
    assert update is not None and update.kind.value == "CLOSE"


_INJ = "$INJ\nEntry Zone: 5.45 5.55\nTP1: 5.70\nTP2: 5.83\nTP3: 6.05\nStop-Loss: Below 5.40"


def test_parse_when_an_apps_quote_card_ends_the_post_then_its_price_is_no_level() -> None:
    # The app's card for the coin: name lines, the market price, its change.
    for card in (
        "\n\nINJ\n5.69\n+0.35%",
        "\n\nINJ\nINJUSDT\n5.69\n-1.20%",
        "\n\nINJUSDT\nPerp\n5.69\n+0.35%",
    ):
        sig = PARSER.parse_sync(_INJ + card)
        assert sig is not None and sig.is_valid(), (card, sig and sig.problems())
        assert (sig.symbol, sig.entries, sig.stop_loss) == ("INJUSDT", [5.45, 5.55], 5.40)
    # (Near misses: a price line with no change under it, or a change in the middle of the post,
    # is read as ever: a number no field explains.)
    sig = PARSER.parse_sync(_INJ + "\n\nINJ\n5.69")
    assert sig is not None and not sig.is_valid()
    sig = PARSER.parse_sync(
        "$INJ\nEntry Zone: 5.45 5.55\nINJ\n5.69\n+0.35%\nTP1: 5.70\nTP2: 5.83\nStop-Loss: 5.40"
    )
    assert sig is None or not sig.is_valid()


# --- Mutation-harness wrong trades of one-line posts and joined posts (seed 13, once J's dev
# posts changed the draws), each a reading rule's gap, not the post's.


def test_parse_when_bare_price_fields_follow_the_sides_field_then_review_not_dropped() -> None:
    post = (
        "AVAXUSDT Uzun / Cue = 15.05 / 15.15 / 15.372 / Leverage: Cross (3.0X) / "
        "TP1: 15.69 / TP2: 15.9 / Stoploss: 14.09"
    )
    sig = PARSER.parse_sync(post)
    assert sig is not None and not sig.is_valid()
    assert "'15.15 / 15.372' holds prices that no label claims: which field are they?" in sig.review
    # (Near miss: the entry's own field alone, the next field a label's.)
    sig = PARSER.parse_sync(
        "AVAXUSDT Uzun / Cue = 15.05 / TP1: 15.69 / TP2: 15.9 / Stoploss: 14.09"
    )
    assert sig is not None and sig.is_valid() and sig.entries == [15.05]


def test_parse_when_an_unknown_label_field_heads_the_next_fields_prices_then_review() -> None:
    for entry in ("➤ @ 63.5 61", "Entry @ 63.5 61"):
        post = f"#QNT/USDT Longing / {entry} / Exits: / 1️⃣ 69.85 / 2️⃣ 76.2 / 🛑 Stoploss = 59"
        sig = PARSER.parse_sync(post)
        assert sig is not None and not sig.is_valid(), entry
        assert any("Exits" in why for why in sig.review), sig.review
    # (Near miss: a label the lexicon knows there reads the targets.)
    sig = PARSER.parse_sync("#QNT/USDT Longing / @ 63.5 / 61 / TP 69.85 / 76.2 / Stoploss = 59")
    assert sig is not None and sig.is_valid() and sig.take_profits == [69.85, 76.2]


def test_parse_when_a_second_post_longs_a_tagged_coin_after_a_shorts_levels_then_review() -> None:
    first = "Enj шорт риск 0,5\nsl 0.2701\nтп1 0.245\nтп2 0.231\nтп3 0.218\n\n"
    for second in (
        "LONGING $SYS HERE",
        "Exchange: Binance / Buying / Longing #SYS now. Fully bottomed, next stop $0.05🚀",
    ):
        sig = PARSER.parse_sync(first + second)
        assert sig is not None and not sig.is_valid(), second
        assert any("two signals in one post" in why for why in sig.review)
    # (Near misses: the side said again for the same post, a note of other traders' longs.)
    for tail in ("SHORT $ENJ", "Longs liquidated today: $5M"):
        sig = PARSER.parse_sync("#ENJ SHORT\nEntry 0.26\nsl 0.2701\nTP 0.245\n\n" + tail)
        assert sig is not None and sig.is_valid(), tail


def test_parse_update_when_a_one_letter_tag_opens_the_follow_up_then_it_is_the_coin() -> None:
    update = PARSER.parse_update_sync("#O - позицию выбило по стоп-лоссу. Сетап не отработал.")
    assert update is not None and (update.kind.value, update.symbol) == ("SL_HIT", "OUSDT")
    update = PARSER.parse_update_sync("$B: closed at entry")
    assert update is not None and (update.kind.value, update.symbol) == ("CLOSE", "BUSDT")
    # (Near misses: a one-letter tag elsewhere names no coin; a ticker of two letters or more as
    # ever.)
    update = PARSER.parse_update_sync("Close #O now")
    assert update is not None and update.symbol is None
    update = PARSER.parse_update_sync("#OP - позицию выбило по стоп-лоссу")
    assert update is not None and update.symbol == "OPUSDT"


def test_parse_update_when_the_targets_hit_are_a_set_in_braces_then_the_last_is_the_index() -> None:
    update = PARSER.parse_update_sync(
        "🌺 Pair: #SOL/USDT 🌺\n\n🎯 Target = {1, 2,} ✅\n\nJOIN VIP 📺"
    )
    assert update is not None and (update.kind.value, update.tp_index) == ("TP_HIT", 2)
    # (Near misses: the list without braces, as ever; a set not ticked reports nothing.)
    update = PARSER.parse_update_sync("#SOL Targets 1, 2, 3 done ✅")
    assert update is not None and update.tp_index == 3
    assert PARSER.parse_update_sync("#SOL Target = {1, 2, 3} next week") is None


_PROM = (
    "PROM/USDT\n• Entry: 10.57\n• Stop-Loss: 9.90\n• Target 1: 11.30\n• Target 2: 12.00\n\n"
    "⚡ Quick Signal Summary\nBUY PROM/USDT @ 10.57\n🎯 TP1: 11.30 | TP2: 12.00\n🛑 SL: 9.90"
)


def test_parse_when_a_summary_repeats_the_targets_list_then_they_are_read_once() -> None:
    sig = PARSER.parse_sync(_PROM)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.take_profits == [11.30, 12.00]
    # (Near misses: two targets alike in one list stay two; the list given twice with no
    # summary between, or in another order, is weighed as ever: refused.)
    sig = PARSER.parse_sync("#OP LONG\nEntry: 0.2300\nTP1: 0.2405\nTP2: 0.2405\nSL: 0.2200")
    assert sig is not None and sig.take_profits == [0.2405, 0.2405]
    for post in (
        _PROM.replace("⚡ Quick Signal Summary", "⚡ Second plan"),
        _PROM.replace("TP1: 11.30 | TP2: 12.00", "TP1: 12.00 | TP2: 11.30"),
    ):
        sig = PARSER.parse_sync(post)
        assert sig is None or not sig.is_valid(), post


def test_parse_when_a_target_hit_is_a_condition_for_later_then_the_signal_stands() -> None:
    post = (
        "🔴 $LTC SHORT 📉\n📍 Entry Range: $42.3476 – $42.4324\n🛑 Stop Loss: $43.6617\n"
        "🎯 TP1: $41.7542\n🏆 TP2: $40.2705\n\n"
        "Once we hit TP1, it's likely a good idea to peel off some profit and ride the rest."
    )
    sig = PARSER.parse_sync(post)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.take_profits == [41.7542, 40.2705]
    # (Near misses: the target hit, reported, is a status post.)
    for report in ("We hit TP1 ✅ peel off some profit", "TP1 hit ✅"):
        sig = PARSER.parse_sync(
            post.replace(
                "Once we hit TP1, it's likely a good idea to peel off some profit and ride the rest.",
                report,
            )
        )
        assert sig is None or not sig.is_valid(), report
