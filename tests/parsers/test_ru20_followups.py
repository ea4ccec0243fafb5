"""Russian and Arabic follow-ups, session 19 (branch i13-ru20), through the parser's public entry
point (EnhancedParser.parse_update_sync, which the bot calls on every post that is no signal).

By class, not by message: the verbs of trader slang in their aspects and persons ("сработал тейк",
"словил стоп", "ушли в стоп", "скинул половину", "сократил позицию на 50%"), fractions in words
with the position's noun between ("половина позиции закрыта": half, not all), targets by ordinal
or number ("1-ый тейк", "ТР1" in Cyrillic letters, "на 2 тейк" as a target, never a price 2.0),
coinless replies (the bot applies them to the signal they answer: tests/bot/test_coinless_close.py)
and the stop-loss's initials "СЛ". The words: Russian traders' slang as the glossaries cited in
parsers/followup_rows_ru20.py give it, written in the layouts of the dev corpus's Russian channels
(no held-out message was read). Each positive form was read as nothing, or as another kind, before
this branch; each guard must stay no action.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parsers.reads import check_followup, followup_reading

ACTIONS = {"CLOSE", "CLOSE_PARTIAL", "CANCEL", "MOVE_SL"}


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        # A reply with a remark beside its words: a greeting, a congratulation, a consolation.
        ("Друзья, первая цель! Поздравляю 🔥", "TP_HIT", {"tp_index": 1}),
        ("Тейк! Поздравляю всех 🥳", "TP_HIT", {"symbol": None}),
        ("Первая цель есть! Едем дальше 🚀", "TP_HIT", {"tp_index": 1}),
        ("Стоп. Бывает", "SL_HIT", {"symbol": None}),
        ("К сожалению, стоп. Рынок непредсказуем", "SL_HIT", {"symbol": None}),
        ("Стоп 🥲 Ничего страшного", "SL_HIT", {"symbol": None}),
        # A target hit, in slang verbs and ordinals (a coinless reply: no symbol).
        ("Сработал первый тейк", "TP_HIT", {"symbol": None, "tp_index": 1}),
        ("Тейк сработал", "TP_HIT", {"symbol": None}),
        ("Первый тейк словили", "TP_HIT", {"tp_index": 1}),
        ("Поймали тейк", "TP_HIT", {"symbol": None}),
        ("Есть первая цель", "TP_HIT", {"tp_index": 1}),
        ("Тейкнуло", "TP_HIT", {"symbol": None}),
        ("Цена дошла до первой цели", "TP_HIT", {"tp_index": 1}),
        ("1-ый тейк ✅", "TP_HIT", {"tp_index": 1}),
        ("ТР1 ✅", "TP_HIT", {"tp_index": 1}),  # "TP1" in Cyrillic letters
        ("Все тейки отработаны 🔥", "TP_HIT", {"symbol": None}),
        ("Тейк 2 (+35%)", "TP_HIT", {"tp_index": 2}),
        ("Цель достигнута ✅ +20%", "TP_HIT", {"symbol": None}),
        # Closed at the target: a report of the target (it was read as a CLOSE, an action).
        ("Закрылись по тейку", "TP_HIT", {"symbol": None}),
        ("#SOL сделка закрыта по второй цели", "TP_HIT", {"symbol": "SOLUSDT", "tp_index": 2}),
        ("Закрылись по 3 тейку", "TP_HIT", {"tp_index": 3}),  # the target in its dative
        ("Позиция закрылась в профит по тейку", "TP_HIT", {"symbol": None}),
        ("По сделке стоп", "SL_HIT", {"symbol": None}),  # "on the trade": no coin, a reply
        # A stop hit, in slang and sighs, with its loss.
        ("Увы, стоп", "SL_HIT", {"symbol": None}),
        ("Стоп словили", "SL_HIT", {"symbol": None}),
        ("Позицию выбило", "SL_HIT", {"symbol": None}),
        ("Сделка ушла в стоп", "SL_HIT", {"symbol": None}),
        ("Ушли по стопу", "SL_HIT", {"symbol": None}),
        ("Задело стоп", "SL_HIT", {"symbol": None}),
        ("Стоп выбит", "SL_HIT", {"symbol": None}),
        ("#ETH словил стоп", "SL_HIT", {"symbol": "ETHUSDT"}),
        ("Выбило в минус", "SL_HIT", {"symbol": None}),
        ("Стоп, -1%", "SL_HIT", {"symbol": None}),
        ("Стоп -1% к депо", "SL_HIT", {"symbol": None}),
        ("СЛ ❌", "SL_HIT", {"symbol": None}),
        ("Сработал СЛ", "SL_HIT", {"symbol": None}),
        ("❌ Стоп\n-3.5%", "SL_HIT", {"symbol": None}),
        ("Стоп-лосс 🛑 -15%", "SL_HIT", {"symbol": None}),
        # The stop to the entry: the entry's own nouns, the trade as the verb's object, "СЛ".
        ("Подтянул стоп к точке входа", "MOVE_SL", {"to_entry": True}),
        ("Стоп теперь на точке входа", "MOVE_SL", {"to_entry": True}),
        ("Переводим сделку в бу", "MOVE_SL", {"to_entry": True}),
        ("Переводим сделку в безубыток, чтобы не рисковать", "MOVE_SL", {"to_entry": True}),
        ("Стоп ставим на цену входа", "MOVE_SL", {"to_entry": True}),
        ("СЛ в бу", "MOVE_SL", {"to_entry": True}),
        ("Стоп в б.у.", "MOVE_SL", {"to_entry": True}),
        ("#ETH стоп-лосс теперь 2450", "MOVE_SL", {"symbol": "ETHUSDT", "price": 2450.0}),
        # The stop changed ("меняем", "поменял", "изменение стопа"), an order's price before
        # "не актуальна".
        ("Меняем стоп на 0.512", "MOVE_SL", {"price": 0.512}),
        ("Стоп поменял на 0.512", "MOVE_SL", {"price": 0.512}),
        ("Изменение стопа: 0.512", "MOVE_SL", {"price": 0.512}),
        ("Лимитка 0.5 не актуальна", "CANCEL", {"symbol": None}),
        # A share in words, the position's noun between, or the position cut by a share.
        ("Половина позиции закрыта", "CLOSE_PARTIAL", {"fraction": 0.5}),
        ("Половину позиции фиксируем", "CLOSE_PARTIAL", {"fraction": 0.5}),
        ("Забираем часть прибыли", "CLOSE_PARTIAL", {"fraction": None}),
        ("Снимаем часть прибыли", "CLOSE_PARTIAL", {"fraction": None}),
        ("Фиксация 50%", "CLOSE_PARTIAL", {"fraction": 0.5}),
        ("Частичная фиксация прибыли", "CLOSE_PARTIAL", {"fraction": None}),
        ("Сокращаем позицию вдвое", "CLOSE_PARTIAL", {"fraction": 0.5}),
        ("#ETH сократил позицию на 50%", "CLOSE_PARTIAL", {"symbol": "ETHUSDT", "fraction": 0.5}),
        ("#ETH уменьшаем позицию на 30%", "CLOSE_PARTIAL", {"fraction": 0.3}),
        (
            "#ETH - скинул половину позиции, дальше держим со стопом в б/у",
            "CLOSE_PARTIAL",
            {"fraction": 0.5},
        ),
        ("Фикс 50% + стоп в бу", "CLOSE_PARTIAL", {"fraction": 0.5}),
        # A close now, in one word or at the market.
        ("#ETH - выходим по текущим. Идея не отработала", "CLOSE", {"symbol": "ETHUSDT"}),
        ("Выхожу в ноль", "CLOSE", {"symbol": None}),
        ("Фикс +15%", "CLOSE", {"symbol": None}),
        ("Полная фиксация", "CLOSE", {"symbol": None}),
        # The entry off.
        ("Не заходим", "CANCEL", {"symbol": None}),
        ("Отбой по сделке", "CANCEL", {"symbol": None}),
        ("#ETH убрал ордер, цена ушла", "CANCEL", {"symbol": "ETHUSDT"}),
        # ar: a target reached with "تم" and no ordinal, reached "to" the target; a partial close.
        ("تم تحقيق الهدف", "TP_HIT", {"symbol": None}),
        ("تم الوصول للهدف الأول", "TP_HIT", {"tp_index": 1}),
        ("#BTC إغلاق جزئي 50%", "CLOSE_PARTIAL", {"symbol": "BTCUSDT", "fraction": 0.5}),
        ("إغلاق جزئي", "CLOSE_PARTIAL", {"fraction": None}),
        # ar: a target reached ("وصلنا", "تم ضرب", congratulated), all with "تم"; the stop hit
        # in the feminine and the passive, or alone; the stop raised or moved to the entry ("ارفع",
        # "تحريك"; "لنقطة الدخول": "to" joined to its noun); a share of the trade closed.
        ("وصلنا الهدف الأول", "TP_HIT", {"tp_index": 1}),
        ("تم ضرب الهدف الأول", "TP_HIT", {"tp_index": 1}),
        ("مبروك الهدف الأول", "TP_HIT", {"tp_index": 1}),
        ("تم تحقيق جميع الأهداف", "TP_HIT", {"symbol": None}),
        ("الصفقة ضربت الستوب", "SL_HIT", {"symbol": None}),
        ("تفعل وقف الخسارة", "SL_HIT", {"symbol": None}),
        ("خرجنا بوقف الخسارة", "SL_HIT", {"symbol": None}),
        ("ستوب ❌", "SL_HIT", {"symbol": None}),
        ("نقل وقف الخسارة لنقطة الدخول", "MOVE_SL", {"to_entry": True}),
        ("ارفع الستوب لنقطة الدخول", "MOVE_SL", {"to_entry": True}),
        ("تحريك الستوب إلى نقطة الدخول", "MOVE_SL", {"to_entry": True}),
        ("رفع وقف الخسارة إلى سعر الدخول", "MOVE_SL", {"to_entry": True}),
        ("إغلاق 50% من الصفقة", "CLOSE_PARTIAL", {"fraction": 0.5}),
        ("جني نصف الأرباح", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ],
)
def test_followup_when_read_then_its_kind_and_fields(
    text: str, kind: str, fields: dict[str, Any]
) -> None:
    check_followup(text, kind, fields, "ru20")


@pytest.mark.parametrize(
    "text",
    [
        # A target's number is no price: "move the stop to the 2nd target" was a stop at 2.0.
        "Стоп двигаем на 2 тейк",
        "Стоп переносим на 2-й тейк",
        "Move SL to 2nd target",
    ],
)
def test_stop_to_a_target_by_number_when_read_then_no_price(text: str) -> None:
    got = followup_reading(text)
    assert got is None or got["price"] is None, got


@pytest.mark.parametrize(
    "text",
    [
        # The market's stops and closes, others' trades, plans and questions: no action.
        "Рынок закрыл неделю в плюсе",
        "Шорты выбило, лонгисты радуются",
        "BTC пробил стоп-лоссы лонгистов",
        "Стопы лонгистов выбило на проливе",
        "Толпа словила стопы",
        "Многие ушли в стоп на этом проливе",
        "Если закрепимся выше, стоп переставлю",
        "Когда сработает первый тейк, стоп в бу",
        "Если цена дойдёт до второй цели, фиксируем половину",
        "Если уйдём в стоп, перезайдём ниже",
        "Стоп ставить на точку входа?",
        "Кто закрылся по тейку?",
        "Вчера закрыли половину позиции по SOL, сегодня держим",
        "Урок: как переводить сделку в безубыток",
        "Стоп на входе держать не обязательно",
        "Монета дошла до первой цели? Нет ещё",
        "Стоп менять не будем",
        "Стоп не меняем, держим",
        "Меняем стратегию на следующей неделе",
        "Лимитка 0.5 ещё актуальна",
        # ar: a plan for when the target is reached, a negation, a question, others' stops.
        "إذا وصل السعر للهدف الأول ارفع الستوب لنقطة الدخول",
        "عند تحقيق الهدف الأول انقل الستوب إلى نقطة الدخول",
        "لا تحركوا الستوب",
        "هل نرفع الستوب لنقطة الدخول؟",
        "السوق ضرب ستوبات المتداولين",
    ],
)
def test_market_plan_or_question_when_read_then_no_action(text: str) -> None:
    got = followup_reading(text)
    assert got is None or got["kind"] not in ACTIONS, got


@pytest.mark.parametrize(
    ("text", "kind", "symbol"),
    [
        # A major in Russian slang as the object of the close (parsers/known_coin_words.py): the
        # follow-up's coin (no coin was read: the bot could not tell which trade it is about).
        ("Закрываю биток", "CLOSE", "BTCUSDT"),
        ("Закрыл солану в плюс", "CLOSE", "SOLUSDT"),
        ("Скинул половину битка", "CLOSE_PARTIAL", "BTCUSDT"),
        ("Фиксирую солану", "CLOSE", "SOLUSDT"),
    ],
)
def test_slang_coin_as_object_when_read_then_its_symbol(text: str, kind: str, symbol: str) -> None:
    got = followup_reading(text)
    assert got is not None and (got["kind"], got["symbol"]) == (kind, symbol), got


def test_broadcast_closed_when_read_then_no_action() -> None:
    # "эфир" is also a broadcast: "закрываем эфир" ends a stream, no ETH trade (not_close_world).
    got = followup_reading("Закрываем эфир, всем спасибо за просмотр")
    assert got is None or got["kind"] not in ACTIONS, got
