"""Formats of channels the parser has never seen (issue 13, generality), through the public parser:
the forms met in session 4's dev sources, written for these tests (not corpus messages), and the
follow-ups worded as those sources word them.
"""

from __future__ import annotations

import pytest

from tests.parsers.channel_readings import Reading, reads_exactly
from tests.parsers.reads import PARSER

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
    reads_exactly(text, want)


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
        # The channel's own trade number only, with a close: which trade that is, the bot
        # cannot know ("Trade #1268 Canceled" is a coinless CANCEL since session 21:
        # tests/parsers/test_wa22_actions.py).
        "Trade #1268 closed\n(Didn't meet the requirements), on to the next one",
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
