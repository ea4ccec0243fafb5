"""Russian and Arabic follow-ups (session 18, branch i13-ru19) through the parser's public entry
point (EnhancedParser.parse_update_sync, which the bot calls on every post that is no signal):
the forms the lexicon and the phrase tables missed, and Russian sentences about the market whose
close or cancel word was read as an order for the trade (a wrong action).

The words are the rows of parsers/followup_rows_ru.py, followup_rows_more.py (Arabic),
update_words.py (the stop set: "ставим стоп на"), update_words_world.py (Cornix's stop post with
its sign first) and the guard of parsers/not_close_world.py; each text is written here in the
layouts of the dev corpus's Russian and Arabic channels (no held-out message was read). Each
positive form was read as nothing before this branch, each negative as an action.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parsers.reads import check_followup, followup_reading

ACTIONS = {"CLOSE", "CLOSE_PARTIAL", "CANCEL", "MOVE_SL"}


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        # ru: a partial close in words and shares, a full exit, a cancel in the present passive.
        ("#OP скидываем 25%", "CLOSE_PARTIAL", {"symbol": "OPUSDT", "fraction": 0.25}),
        ("#BTC частичная фиксация 30%", "CLOSE_PARTIAL", {"symbol": "BTCUSDT", "fraction": 0.3}),
        ("#BTC выходим полностью", "CLOSE", {"symbol": "BTCUSDT"}),
        ("#ARB сигнал отменяется", "CANCEL", {"symbol": "ARBUSDT"}),
        ("#BTC вход отменяется", "CANCEL", {"symbol": "BTCUSDT"}),
        # ru: the stop set at a price ("ставим", "поставил", "переставить").
        ("#LINK ставим стоп на 14.5", "MOVE_SL", {"symbol": "LINKUSDT", "price": 14.5}),
        ("#LINK поставил стоп на 14.5", "MOVE_SL", {"symbol": "LINKUSDT", "price": 14.5}),
        ("#ETH стоп-лосс переставить на 3400", "MOVE_SL", {"symbol": "ETHUSDT", "price": 3400.0}),
        # ru: Cornix's stop post with the sign before the word and the loss under it.
        ("#LINK\n❌ Стоп-лосс\nУбыток: -15%", "SL_HIT", {"symbol": "LINKUSDT"}),
        # ar: a target hit with no "تم", all targets reached.
        ("#SOL ضرب الهدف الأول", "TP_HIT", {"symbol": "SOLUSDT", "tp_index": 1}),
        ("#AVAX جميع الأهداف تحققت 🎯", "TP_HIT", {"symbol": "AVAXUSDT"}),
        ("#AVAX تحققت جميع الأهداف", "TP_HIT", {"symbol": "AVAXUSDT"}),
        # ar: the stop to the entry price, a void trade, a partial profit, out of the trade.
        ("#LINK حركوا الستوب لسعر الدخول", "MOVE_SL", {"symbol": "LINKUSDT", "to_entry": True}),
        ("#XRP الصفقة ملغية", "CANCEL", {"symbol": "XRPUSDT"}),
        ("#BNB جني أرباح جزئي 50%", "CLOSE_PARTIAL", {"symbol": "BNBUSDT", "fraction": 0.5}),
        ("#OP خروج من الصفقة", "CLOSE", {"symbol": "OPUSDT"}),
        ("#OP اخرج الآن", "CLOSE", {"symbol": "OPUSDT"}),
    ],
)
def test_followup_when_read_then_its_kind_and_fields(
    text: str, kind: str, fields: dict[str, Any]
) -> None:
    check_followup(text, kind, fields, "ru19")


@pytest.mark.parametrize(
    "text",
    [
        "Рынок закрылся в плюс, шорты снова ликвидированы",  # the market closed up
        "Фиксируем рост биткоина на фоне новостей ETF",  # "we observe a rise"
        "Сегодня вход в наш VIP канал закрыт",  # a channel's sign-up
        "Закрываем набор в приватный канал",  # the same
        "Отмена ставки ФРС может развернуть рынок",  # a policy's cancel: news
        "Закрытие дневной свечи выше 61000 даст сигнал на рост",  # a candle's close
        "Биткоин закрыл неделю выше 60000, это позитивный сигнал для рынка.",
        "Шорты ликвидированы на 200 млн долларов за сутки 🔥",  # other traders' shorts
    ],
)
def test_market_sentence_when_read_then_no_action(text: str) -> None:
    got = followup_reading(text)
    assert got is None or got["kind"] not in ACTIONS, got


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The trade's own words beside the market's stay orders.
        ("По биткоину закрываем позицию", "CLOSE"),
        ("#BTC закрыли в плюс", "CLOSE"),
        ("#ETH фиксируем прибыль", "CLOSE"),
        ("#ETH закрываем сделку, рынок закрылся слабо", "CLOSE"),
        ("#ARB отменяем вход", "CANCEL"),
    ],
)
def test_trade_order_beside_market_words_when_read_then_still_read(text: str, kind: str) -> None:
    got = followup_reading(text)
    assert got is not None and got["kind"] == kind, got


@pytest.mark.parametrize(
    ("text", "kind", "symbol"),
    [
        # A major named in Russian slang after "по" (parsers/vocabulary.RU_COIN_NAMES): the
        # follow-up's coin (no coin read, the bot could not tell which trade it is about).
        ("Закрыл лонг по эфиру в небольшой плюс", "CLOSE", "ETHUSDT"),
        ("По битку ставлю стоп в бу", "MOVE_SL", "BTCUSDT"),
        ("Лонг по битку закрыт в безубыток", "CLOSE", "BTCUSDT"),
        ("Снимаю лимитку по солане", "CANCEL", "SOLUSDT"),  # also: "снимаю лимитку", a cancel
        ("По биткоину тейк", "TP_HIT", "BTCUSDT"),
        ("Тейк по эфиру +2R", "TP_HIT", "ETHUSDT"),
        # "Выхожу из шорта", "вышел из всех позиций": out of the trade (no coin named).
        ("Выхожу из шорта", "CLOSE", None),
        ("Вышел из всех позиций", "CLOSE", None),
    ],
)
def test_slang_coin_and_exit_when_read_then_kind_and_coin(
    text: str, kind: str, symbol: str | None
) -> None:
    got = followup_reading(text)
    assert got is not None and (got["kind"], got["symbol"]) == (kind, symbol), got


@pytest.mark.parametrize(
    "text",
    [
        "Что думаете по эфиру?",  # a question
        "Биткоин вышел из треугольника вверх",  # the price left a pattern
        "Обзор по биткоину: держимся выше 60000",  # a review
    ],
)
def test_slang_coin_in_chatter_when_read_then_no_action(text: str) -> None:
    got = followup_reading(text)
    assert got is None or got["kind"] not in ACTIONS, got


@pytest.mark.parametrize(
    "text",
    [
        # The trade's result as a field of its own, under the close: the gain, not a share to
        # close (it was read as a close of 12% of the position: a wrong action).
        "#ETH/USDT\nЗакрыто вручную\nПрибыль: 12%",
        "#ETH/USDT\nЗакрыто вручную\nПрибыль 12%",
        "#ETH закрыл, профит 12%",
        "#ETH/USDT\nClosed manually\nPnL: 12%",
    ],
)
def test_close_with_its_result_when_read_then_a_full_close(text: str) -> None:
    got = followup_reading(text)
    assert got is not None and (got["kind"], got["fraction"]) == ("CLOSE", None), got


@pytest.mark.parametrize(
    ("text", "fraction"),
    [("#ETH фиксируем прибыль 50%", 0.5), ("#ETH фиксируем 50%, профит 12%", 0.5)],
)
def test_share_of_the_profit_when_read_then_still_a_share(text: str, fraction: float) -> None:
    got = followup_reading(text)
    assert got is not None and (got["kind"], got["fraction"]) == ("CLOSE_PARTIAL", fraction), got


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("#BTC/USDT\nСтоп-лосс 🔴\nУбыток: 33.3%", "SL_HIT"),  # Cornix's stop post, red sign
        ("#BTC отработал все цели 🔥", "TP_HIT"),  # worked out all its targets
    ],
)
def test_report_when_read_then_its_kind(text: str, kind: str) -> None:
    got = followup_reading(text)
    assert got is not None and got["kind"] == kind, got


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The setup off with its coin between ("сетап по #LINK больше не актуален"), the limit
        # orders taken off with the verb after them; "we exit" ending its sentence.
        ("Сетап по #LINK больше не актуален, лимитки снимаем.", "CANCEL"),
        ("#LINK лимитки снимаем", "CANCEL"),
        ("#LINK сетап сломан, выходим.", "CLOSE"),
    ],
)
def test_setup_off_or_exit_when_read_then_its_kind(text: str, kind: str) -> None:
    got = followup_reading(text)
    assert got is not None and (got["kind"], got["symbol"]) == (kind, "LINKUSDT"), got


@pytest.mark.parametrize("text", ["Когда выходим?", "Завтра выходим на связь в 12:00"])
def test_exit_word_in_chatter_when_read_then_no_action(text: str) -> None:
    got = followup_reading(text)
    assert got is None or got["kind"] not in ACTIONS, got
