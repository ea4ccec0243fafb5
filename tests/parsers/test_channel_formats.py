"""Formats of channels the parser has never seen (issue 13, generality), through the public parser.

The messages are written for these tests after the layouts real channels use (Cornix's documented
free-text format, "Binance Killers"-style `COIN:`/`Direction:` posts, "Wolf of Trading"-style
numbered targets, "Fed. Russian Insiders"-style medal targets with profit notes, and the same
fields in Turkish, Persian, Arabic, Chinese, Russian, Spanish, Portuguese and Vietnamese, with
Arabic-Indic, Persian, full-width and Devanagari digits). They are not corpus messages: the corpus
(tests/fixtures/corpus) holds only real posts.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)

Reading = tuple[str, str, list[float], list[float], float | None, int | None]

CASES: list[tuple[str, str, Reading]] = [
    (
        "bk_emoji_bullets",
        "📍Coin : #OP/USDT\n🟢 LONG \n👉 Entry: 1.54 - 1.50\n🌐 Leverage: 20x\n"
        "🎯 Target 1: 1.56\n🎯 Target 2: 1.58\n🎯 Target 3: 1.61\n❌ StopLoss: 1.45",
        ("OPUSDT", "LONG", [1.54, 1.5], [1.56, 1.58, 1.61], 1.45, 20),
    ),
    (
        "bk_order",
        "COIN: $BTC/USDT\nDirection: Long\nExchange: ByBit USDT\nLeverage: 10x\n\n"
        "ENTRY: 32000 - 30000 - 28000\n\nTARGETS: 34000 - 34500 - 35000\n\nSTOP LOSS: 26000",
        ("BTCUSDT", "LONG", [32000, 30000, 28000], [34000, 34500, 35000], 26000, 10),
    ),
    (
        "wolf_numbered",
        "#SOL/USDT SHORT\nLeverage: Cross 20x\nEntry Zone: 22.10 - 22.50\nTake Profits:\n"
        "1) 21.80\n2) 21.40\n3) 20.90\nStop Loss: 23.10",
        ("SOLUSDT", "SHORT", [22.1, 22.5], [21.8, 21.4, 20.9], 23.1, 20),
    ),
    (
        # Medal bullets with "(40% of profit)" notes: the notes are not a label.
        "insiders_medals",
        "🔥 #1INCH/USDT (Short📉, x20) 🔥\nEntry - 0.3570\nTake-Profit:\n"
        "🥉 0.3500 (40% of profit)\n🥈 0.3465 (60% of profit)\n🥇 0.3430 (80% of profit)\n"
        "🚀 0.3395 (100% of profit)\nStop loss - 0.3650",
        ("1INCHUSDT", "SHORT", [0.357], [0.35, 0.3465, 0.343, 0.3395], 0.365, 20),
    ),
    (
        "cornix_buy_sell",
        "#ADA/USDT\nBuy: 0.51 - 0.53\nSell: 0.56 - 0.60 - 0.66\nStop: 0.45",
        ("ADAUSDT", "LONG", [0.51, 0.53], [0.56, 0.6, 0.66], 0.45, None),
    ),
    (
        # A stop sign with its price under emoji targets is the stop, not one more target.
        "emoji_stop_sign",
        "#ADA/USDT LONG\nEntry: 0.51\n🎯 0.56\n🎯 0.60\n🛑 0.45",
        ("ADAUSDT", "LONG", [0.51], [0.56, 0.6], 0.45, None),
    ),
    (
        "one_line_emoji",
        "SHORT 🔴 #BTC/USDT 64000-64500 🎯 63000, 62000 ⛔ 65500",
        ("BTCUSDT", "SHORT", [64000, 64500], [63000, 62000], 65500, None),
    ),
    (
        "turkish",
        "#ETHUSDT KISA\nGiriş Fiyatı: 3200\nHedefler: 3150 - 3100 - 3050\nZarar Durdur: 3250\n"
        "Kaldıraç: 20x",
        ("ETHUSDT", "SHORT", [3200], [3150, 3100, 3050], 3250, 20),
    ),
    (
        "turkish_kar_al",
        "#SOLUSDT UZUN\nGiriş: 150\nKar Al 1: 155\nKar Al 2: 160\nZarar Kes: 145",
        ("SOLUSDT", "LONG", [150], [155, 160], 145, None),
    ),
    (
        "persian_digits",
        "#ETH/USDT\nخرید: ۳۲۰۰\nتارگت ۱: ۳۲۵۰\nتارگت ۲: ۳۳۰۰\nحد ضرر: ۳۱۵۰\nلوریج: ۱۰x",
        ("ETHUSDT", "LONG", [3200], [3250, 3300], 3150, 10),
    ),
    (
        # "TP" spelt in Persian letters.
        "persian_tp_letters",
        "ارز: BTC/USDT\nجهت: لانگ\nورود: ۶۴۰۰۰\nتی پی ۱: ۶۵۰۰۰\nتی پی ۲: ۶۶۰۰۰\nاستاپ: ۶۳۰۰۰",
        ("BTCUSDT", "LONG", [64000], [65000, 66000], 63000, None),
    ),
    (
        "arabic_indic_sell",
        "#BTC/USDT بيع\nسعر الدخول: ٦٤٠٠٠\nالأهداف: ٦٣٠٠٠ - ٦٢٠٠٠\nوقف الخسارة: ٦٥٠٠٠",
        ("BTCUSDT", "SHORT", [64000], [63000, 62000], 65000, None),
    ),
    (
        "arabic_long",
        "#SOL/USDT لونغ\nنقطة الدخول: 150\nالهدف الأول: 155\nالهدف الثاني: 160\nوقف الخسارة: 145",
        ("SOLUSDT", "LONG", [150], [155, 160], 145, None),
    ),
    (
        "chinese_fullwidth",
        "ETH/USDT 做空\n入场：３２００\n止盈：３１５０ / ３１００\n止损：３２５０",
        ("ETHUSDT", "SHORT", [3200], [3150, 3100], 3250, None),
    ),
    (
        "chinese_fields",
        "币种：SOL/USDT\n方向：做空\n入场区间：150-152\n止盈1：145\n止盈2：140\n止损：155\n杠杆：20倍",
        ("SOLUSDT", "SHORT", [150, 152], [145, 140], 155, 20),
    ),
    (
        "chinese_traditional_market_short",
        "BTC 市價空\n止盈：63000\n止損：65000",
        ("BTCUSDT", "SHORT", [], [63000], 65000, None),
    ),
    (
        "russian",
        "#ETH/USDT ШОРТ\nТочка входа: 3200\nТейк-профит 1: 3150\nТейк-профит 2: 3100\n"
        "Стоп-лосс: 3250\nПлечо: 10х",
        ("ETHUSDT", "SHORT", [3200], [3150, 3100], 3250, 10),
    ),
    (
        "spanish",
        "#ETH/USDT CORTO\nZona de entrada: 3200 - 3220\nTomar ganancias: 3150, 3100\nStop: 3260",
        ("ETHUSDT", "SHORT", [3200, 3220], [3150, 3100], 3260, None),
    ),
    (
        "portuguese",
        "#ETH/USDT COMPRA\nEntrada: 3200\nAlvo 1: 3250\nAlvo 2: 3300\nStop: 3150",
        ("ETHUSDT", "LONG", [3200], [3250, 3300], 3150, None),
    ),
    (
        "vietnamese",
        "#ETH/USDT\nMua: 3200\nMục tiêu 1: 3250\nMục tiêu 2: 3300\nDừng lỗ: 3150",
        ("ETHUSDT", "LONG", [3200], [3250, 3300], 3150, None),
    ),
    (
        "italian",
        "#ETH/USDT LONG\nIngresso: 3200\nObiettivi: 3250 - 3300\nStop Loss: 3150",
        ("ETHUSDT", "LONG", [3200], [3250, 3300], 3150, None),
    ),
    (
        "french",
        "#ETH/USDT LONG\nEntrée: 3200\nObjectifs: 3250 - 3300\nStop Loss: 3150",
        ("ETHUSDT", "LONG", [3200], [3250, 3300], 3150, None),
    ),
    (
        "indonesian",
        "#ETH/USDT JUAL\nHarga masuk: 3200\nTarget: 3150 - 3100\nStop loss: 3250",
        ("ETHUSDT", "SHORT", [3200], [3150, 3100], 3250, None),
    ),
    (
        "korean",
        "#ETH/USDT 롱\n진입: 3200\n목표: 3250 / 3300\n손절: 3150\n레버리지: 10x",
        ("ETHUSDT", "LONG", [3200], [3250, 3300], 3150, 10),
    ),
    (
        "japanese",
        "#ETH/USDT ショート\nエントリー: 3200\n利確: 3150 / 3100\n損切り: 3250",
        ("ETHUSDT", "SHORT", [3200], [3150, 3100], 3250, None),
    ),
    (
        "devanagari_digits",
        "#ETH/USDT LONG\nEntry: ३२००\nTP: ३२५०\nSL: ३१५०",
        ("ETHUSDT", "LONG", [3200], [3250], 3150, None),
    ),
    (
        "notes_after_numbers",
        "#ADA/USDT LONG\nEntry: 0.51\nTargets: 0.56 (5%), 0.60 (10%)\nSL 0.45 (-10%)\n"
        "Risk: 2% of portfolio\nR:R 1:3\nVolume: 3%",
        ("ADAUSDT", "LONG", [0.51], [0.56, 0.6], 0.45, None),
    ),
    (
        "glued_lines",
        "#ADA/USDT LONGEntry:0.51TP1:0.56TP2:0.60SL:0.45",
        ("ADAUSDT", "LONG", [0.51], [0.56, 0.6], 0.45, None),
    ),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_parse_when_a_channel_layout_never_seen_then_read_exactly(text: str, want: Reading) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None, text
    assert sig.is_valid(), sig.problems()
    symbol, side, entries, tps, stop, leverage = want
    assert (sig.symbol, sig.side) == (symbol, side)
    assert (sig.entries, sig.take_profits, sig.stop_loss, sig.leverage) == (
        entries,
        tps,
        stop,
        leverage,
    )


def test_parse_when_one_post_holds_two_signals_then_never_traded() -> None:
    text = (
        "BTC/USDT LONG\nEntry 64000\nTP 65000\nSL 63000\n\n"
        "ETH/USDT LONG\nEntry 3200\nTP 3300\nSL 3100"
    )
    sig = PARSER.parse_sync(text)
    assert sig is not None and not sig.is_valid()
    assert any("second stop" in r for r in sig.review), sig.review


def test_parse_when_one_post_holds_two_coins_without_stops_then_never_traded() -> None:
    # Prices close enough that no factor-ten check could tell the two signals apart.
    text = "SOL/USDT LONG\nEntry 150\nTP 160\n\nAVAX/USDT LONG\nEntry 140\nTP 152"
    sig = PARSER.parse_sync(text)
    assert sig is not None and not sig.is_valid()
    assert any("levels for two coins (SOLUSDT and AVAXUSDT)" in r for r in sig.review)


@pytest.mark.parametrize(
    "text",
    [
        "#BTC/USDT Take-Profit target 1 ✅\nProfit: 62.5% 📈\nPeriod: 2 Days 17 Hours 55 Minutes ⏰",
        "ByBit USDT\n#BTC/USDT Entry 1 ✅\nAverage Entry Price: 32000 💵",
        "#BTC/USDT Stoploss ⛔️\nLoss: 133.3% 📉",
        "❌ Stoploss hit #BTC/USDT",
        "TAKE PROFIT 2 ✅ #ETH/USDT",
    ],
)
def test_parse_when_a_status_post_then_no_new_signal(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid()
    update = PARSER.parse_update_sync(text)
    assert update is None or update.kind.value in ("TP_HIT", "SL_HIT")


# --------------------------------------------------------------- forms met in session 4's dev sources

MORE: list[tuple[str, str, Reading]] = [
    (
        "swedish",
        "Mynt: #CATI/USDT\n🟢 LÅNG\n👉 Ingång: 0.1128 - 0.1098\n🌐 Hävstång: 20x\n"
        "🎯 Mål 1: 0.1139\n🎯 Mål 2: 0.1150\n❌ StopLoss: 0.1058",
        ("CATIUSDT", "LONG", [0.1128, 0.1098], [0.1139, 0.115], 0.1058, 20),
    ),
    (
        "leverage_underscore_range",
        "#OP/USDT LONG\nLeverage: 5x_10x\nEntry: 2.45\nTP: 2.50\nSL: 2.40",
        ("OPUSDT", "LONG", [2.45], [2.5], 2.4, 5),
    ),
    (
        "leverage_glued_to_cross",
        "#OP/USDT SHORT\nLeverage: Cross25X\nEntry: 2.45\nTP: 2.40\nSL: 2.50",
        ("OPUSDT", "SHORT", [2.45], [2.4], 2.5, 25),
    ),
    (
        "leverage_cross_paren_range",
        "#OP/USDT SHORT\nLeverage: Cross(20X_50X)\nEntry: 2.45\nTP: 2.40\nSL: 2.50",
        ("OPUSDT", "SHORT", [2.45], [2.4], 2.5, 20),
    ),
    (
        "dash_after_label_space",
        "#GALA/USDT\nBuy around 0.19160-0.18600\nSelling Targets -0.19505-0.19880\nStop at - 0.168",
        ("GALAUSDT", "LONG", [0.1916, 0.186], [0.19505, 0.1988], 0.168, None),
    ),
    (
        "market_price_line_between_labels",
        "RESOLV/USDT\nBUY : 0.1890 - 0.2025\nCMP- 0.2023\nTarget: 0.212 -0.223\nSl - 0.180",
        ("RESOLVUSDT", "LONG", [0.189, 0.2025], [0.212, 0.223], 0.18, None),
    ),
    (
        "input_and_t_slash_p",
        "OP long 20x\nINPUT 2.453 - 2.4\nSL 2.357\nT/P : 2.478 - 2.51",
        ("OPUSDT", "LONG", [2.453, 2.4], [2.478, 2.51], 2.357, 20),
    ),
    (
        "dca_note_after_a_listed_entry",
        "PAIR: AVAXUSDT\nTYPE: LONG\nEntry Targets:\n23.91\n22.9536 (DCA)\n"
        "Take-Profit Targets:\n24.0774 - 24.2208\nStoploss: 22.4754\n🧲Trend-Line: 22.95",
        ("AVAXUSDT", "LONG", [23.91, 22.9536], [24.0774, 24.2208], 22.4754, None),
    ),
    (
        "targets_are_then_decoration",
        "#BAND USDT\nLong\nEntry: Current price\nStop loss: 0.6768\nProfit book targets are\n"
        "👇👇👇👇\n0.7184\n0.7346",
        ("BANDUSDT", "LONG", [], [0.7184, 0.7346], 0.6768, None),
    ),
    (
        "side_word_before_a_full_stop_is_no_entry_label",
        "🔸 Audius $AUDIO\n🟢 Buy\n🏁 Take profit: $0.3610\n🛑 Stop loss: $0.2662\n"
        "There is a high chance of long.",
        ("AUDIOUSDT", "LONG", [], [0.361], 0.2662, None),
    ),
    (
        "channel_tag_is_no_coin",
        "#KIM_Altcoins\nINFORMATION: LONG ETHUSD on Bybit using X50 Leverage\n"
        "ENTRY BETWEEN: 2402.4 - 2419.3\nTARGET POINTS:\n$2426.6 - 20%\n$2429.5 - 20%\n"
        "STOP LOSS: $2368.6",
        ("ETHUSD", "LONG", [2402.4, 2419.3], [2426.6, 2429.5], 2368.6, 50),
    ),
    (
        "btc_pair_glued",
        "DOGEBTC\nBUY: 0.00000160 - 0.00000190\nTARGET:\n0.00000238\n0.00000290\n"
        "STOP: Close weekly below 0.00000150",
        ("DOGEBTC", "LONG", [1.6e-06, 1.9e-06], [2.38e-06, 2.9e-06], 1.5e-06, None),
    ),
    (
        "coin_named_sats",
        "💎 BUY #SATS/USDT\n🛒 Entry Zone: 0.000000040388 - 0.000000041987\n"
        "🎯 Target 1: 0.000000042770\n🚫 Stop loss: 0.000000039884\n💰 Volume #SATS: 1011921838884",
        ("SATSUSDT", "LONG", [4.0388e-08, 4.1987e-08], [4.277e-08], 3.9884e-08, None),
    ),
    (
        "arabic_candle_close_stop",
        "QKC/USDT\nBuy: 0.00850 - 0.00865\nT1: 0.00880\nT2: 0.00899\n"
        "STOP: 0.00825 اغلاق 4ساعات اقل من",
        ("QKCUSDT", "LONG", [0.0085, 0.00865], [0.0088, 0.00899], 0.00825, None),
    ),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in MORE], ids=[c[0] for c in MORE])
def test_parse_when_a_form_of_the_new_sources_then_read_exactly(text: str, want: Reading) -> None:
    test_parse_when_a_channel_layout_never_seen_then_read_exactly(text, want)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Buy #RVN/BTC around 220 sats\nSell 250 - 280 - 315\nStop loss below 200", "satoshis"),
        ("Coin - #ZIL/BTC\nBUY ZONE - 190\nTARGET 1 - 250\nSTOP LOSS : 160", "quoted in BTC"),
        ("💎#MDA\n💎Buy zone 11100-11270\n💎Tg1 11800\n💎Stop 10920", "look like satoshis"),
        ("#IRIS\nBuy 145-141\nSell 148-151-160\nStopLoss 118", "look like satoshis"),
    ],
)
def test_parse_when_prices_are_satoshis_then_needs_review(text: str, reason: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and not sig.is_valid()
    assert any(reason in r for r in sig.review), sig.review


@pytest.mark.parametrize(
    "text",
    [
        "#ETH LONG\nBuy 3200\nTP 3300\nSL 3100",  # ETH trades in the thousands
        "#SOL LONG\nBuy 150\nTP 160\nSL 140",
        "#DOT LONG\nBuy 7.10\nTP 7.40\nSL 6.90",  # decimals: no satoshis
        "#MDA/USDT LONG\nBuy 111\nTP 118\nSL 109",  # the quote is written
    ],
)
def test_parse_when_whole_prices_of_a_dear_coin_or_quoted_then_tradable(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()


def test_parse_update_when_exit_heads_a_ticked_list_then_a_target_hit_not_a_close() -> None:
    text = (
        "🔔 Target reached! The signal ATOMUSDT has reached target 3 🥳.\n"
        "• 🎯 Exit:\n• Target 3 : 31.875 ✅ 15%\n• Target 2 : 31.565 ✅ 10%"
    )
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "TP_HIT" and update.tp_index == 3


@pytest.mark.parametrize(
    ("text", "kind", "symbol", "tp_index"),
    [
        ("#HBAR/USDT \nТейк-профит 1 ✅\n\nПрибыль: 21.2766% 📈", "TP_HIT", "HBARUSDT", 1),
        (
            "#AKT/USDT \nТейк-профит 1 ✅\nТейк-профит 2 ✅\nТейк-профит 3 ✅",
            "TP_HIT",
            "AKTUSDT",
            3,
        ),
        ("#STX/USDT\nTarget №2 - ✅\nMark price - 0.2589", "TP_HIT", "STXUSDT", 2),
        (
            "$BTCDOM/USDT LONG\nENTRY: 4335.7✅ - 4270.6\nTP:\n\n4376✅\n\n4467\n\n4643",
            "TP_HIT",
            None,
            1,
        ),
        ("#PLAY ALL TARGET REACHED 🔥", "TP_HIT", "PLAYUSDT", None),
        ("#STRK/USDT Stop Target Hit ⛔\nLoss: 222.2832%", "SL_HIT", "STRKUSDT", None),
        ("**BREAK EVEN HIT AFTER TP1**\n\n**PAIR:** ZK/USDT #1286", "SL_HIT", "ZKUSDT", None),
        (
            "🎯 **Closing LONG 📈**\n\n🟢 Symbol: LINKUSDT\n🎯 Full Take Profit - Manual close",
            "CLOSE",
            "LINKUSDT",
            None,
        ),
    ],
)
def test_parse_update_when_worded_as_the_new_sources_do_then_read(
    text: str, kind: str, symbol: str | None, tp_index: int | None
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == kind, update
    if symbol is not None:
        assert update.symbol == symbol
    assert update.tp_index == tp_index


@pytest.mark.parametrize(
    "text",
    [
        # The channel's own trade number only: which trade that is, the bot cannot know.
        "Trade #1268 Canceled\n(Didn't meet the requirements), on to the next one",
        # "Holders are taking profit": a market report, not an order.
        "Долгосрочники при этом всё активнее фиксируют профит.",
        # "Closed sources" (an adjective), in a promotion.
        "Это слив закрытых источников. Все эти криптосообщества.",
    ],
)
def test_parse_update_when_no_order_to_act_on_then_nothing(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is None or update.kind.value not in ("CLOSE", "CANCEL", "CLOSE_PARTIAL")


@pytest.mark.parametrize(
    "text",
    [
        # Announced for later.
        "Trade #1284 Incoming...\nPAIR: BCH/USDT\nSIDE: SHORT\nENTRY: `515`\nLEVERAGE 27x\n"
        "(Prepare, dont place it yet)",
        # An analysis with targets only and a "bullish" word: no trade to open at market.
        "#ZEN Bullish Flag Formation\nThe pattern completion might push the price toward targets"
        " at $8.40, $10.70, $14.00, and $19.00",
    ],
)
def test_parse_when_no_trade_to_open_now_then_not_tradable(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid()


def test_parse_when_targets_are_followed_by_their_ratios_then_the_ratios_are_no_targets() -> None:
    text = (
        "PAIR: ADA/USDT #1259\nSIDE: LONG\nENTRY: 0.3026\nSL: 0.2931 (-45.53%)\n"
        "TAKE PROFIT TARGETS:\nTP1: 0.3058 (14.81%)\nTP2: 0.3092 (30.54%)\nLEVERAGE: 14x\n"
        "TP1: 0.33 R:R\nTP2: 0.67 R:R"
    )
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.take_profits == [0.3058, 0.3092] and sig.leverage == 14


def test_parse_when_a_zone_repeats_a_price_then_one_entry() -> None:
    text = "СИГНАЛ #HYPE/USDT\nОткрываем ШОРТ в зоне $42.52 – 42.52–42.99\nЦели:\n42.17\n42.00\nСТОП-ЛОСС: $44.39"
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sorted(sig.entries) == [42.52, 42.99]


def test_parse_when_a_coin_label_names_a_coin_called_like_a_common_word_then_that_coin() -> None:
    sig = PARSER.parse_sync(
        "Coin:#CROSS\nSignal type:Long\nEntry: 0.10137\nStop loss: 0.09800\nTP: 0.104"
    )
    assert sig is not None and sig.is_valid() and sig.symbol == "CROSSUSDT"


# --------------------------------------------------------------- published formats, re-written

FORMATS: list[tuple[str, str, Reading]] = [
    (
        # A bot's format with a risk/reward multiple: "3.0x" is no leverage.
        "risk_reward_multiple",
        "🚀 BUY SIGNAL - BTCUSDT\n=====\n📍 Entry: 43250.500000\n🛑 Stop Loss: 42500.000000\n"
        "🎯 Take Profit: 44750.000000\n📊 Risk/Reward: 3.0x\n⏰ Timeframe: 15m entry, 1h trend",
        ("BTCUSDT", "LONG", [43250.5], [44750.0], 42500.0, None),
    ),
    (
        "potential_multiple_after_a_target",
        "#ETH/USDT LONG\nEntry: 3200\nTP: 3300 (potential 5x)\nSL: 3150\nR:R = 2x",
        ("ETHUSDT", "LONG", [3200], [3300], 3150, None),
    ),
    (
        # Shares to close after each target, and a confidence score.
        "targets_with_shares_to_close",
        "BTC/USDT LONG\nEntry: $64,200 - $64,500\nTP1 (+3%): $66,200 — close 30% of position\n"
        "TP2 (+5%): $67,400 — close 40% of position\nSL: $62,100 (-3.5%)\n"
        "Leverage: 3x Isolated\nConfidence: 8/10",
        ("BTCUSDT", "LONG", [64200, 64500], [66200, 67400], 62100, 3),
    ),
    (
        # Portuguese, bold markup, a one-dot leader as the decimal point, a probability line.
        "portuguese_dot_leader",
        "🚨 PREMIUM #SOL 🟢 COMPRA\n💰 *SOL/USDT* Futures\n📈 *Alavancagem sugerida:* 15x\n"
        "🎯 *Probabilidade:* 78.5%\n⚡️ *Entrada:* 245․50\n🎯 *ALVOS (15x):*\n"
        "1️⃣ *Alvo 1:* 248․43\n2️⃣ *Alvo 2:* 251․37\n🛑 *Stop Loss:* 238․64",
        ("SOLUSDT", "LONG", [245.5], [248.43, 251.37], 238.64, 15),
    ),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in FORMATS], ids=[c[0] for c in FORMATS])
def test_parse_when_a_published_format_then_read_exactly(text: str, want: Reading) -> None:
    test_parse_when_a_channel_layout_never_seen_then_read_exactly(text, want)


@pytest.mark.parametrize(
    "stop_line",
    [
        "Стоп: закрытие 4ч ниже 0.45",
        "止损：4小时收盘跌破0.45",
        "Stop: cierre diario por debajo de 0.45",
        "Stop: 4 saatlik kapanış 0.45 altı",
        "Stop: H4 close below 0.45",
    ],
)
def test_parse_when_a_candle_close_stop_in_another_language_then_level_read_and_flagged(
    stop_line: str,
) -> None:
    sig = PARSER.parse_sync(f"#ADA/USDT LONG\nEntry: 0.51\nTP: 0.56\n{stop_line}")
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.stop_loss == 0.45 and sig.stop_kind == "candle_close"
