"""Formats of channels the parser has never seen (issue 13, generality), through the public parser.

The messages are written for these tests after the layouts real channels use (Cornix's documented
free-text format, "Binance Killers"-style `COIN:`/`Direction:` posts, "Wolf of Trading"-style
numbered targets, "Fed. Russian Insiders"-style medal targets with profit notes, and the same
fields in Turkish, Persian, Arabic, Chinese, Russian, Spanish, Portuguese and Vietnamese, with
Arabic-Indic, Persian, full-width and Devanagari digits), and published formats re-written. They
are not corpus messages: the corpus (tests/fixtures/corpus) holds only real posts. The forms met
in session 4's dev sources are in test_channel_formats4.py.
"""

from __future__ import annotations

import pytest

from tests.parsers.channel_readings import Reading, reads_exactly
from tests.parsers.reads import PARSER

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
    reads_exactly(text, want)


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
    reads_exactly(text, want)


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
