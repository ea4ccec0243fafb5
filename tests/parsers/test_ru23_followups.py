"""Russian follow-ups of session 22 (branch i13-ru23), through the parser's public entry points
(EnhancedParser.parse_sync, which must not read a tradable signal, and parse_update_sync, which
the bot calls on every post that is no signal).

By class, not by message (all made up from Russian grammar and the forms of the dev corpus's
Russian channels, `dk-trader-a`, `dk-trader-d`, `vovilonn-ch1-ru`; no held-out message was read):

- a target named by its number and the gain it made, under the channel's restated heading
  ("#XRPUSDT Лонг / Тейк 2 +1.8R"): a report of the target reached, never a call with one target
  at 2 (parsers/target_gain.py; it was a tradable market long: a wrong trade);
- a target reached in a verb the earlier rows did not conjugate ("пройдена", "пробили",
  "исполнился", "сделали", "задели"), or arrived at ("пришли во вторую цель", "добрались до");
- a gain reported with what it is measured against ("+15% от входа", "+150% с плечом 10х"), a
  trade's result ("Итог по сделке: +45%"), a coin that made a gain ("#APT сделал +35%");
- a position cut with no share said ("сократил позицию", "порезал позицию");
- a call posted again (or edited) with a Russian status line under it ("✅ Первая цель
  достигнута", "Отменено ❌", "Выбило по стопу", "Результат: +15%"): a report on the call, its
  follow-up read from the status line (parsers/status_ru.py; the call was traded again, or held
  for review with the follow-up unread);
- a stop moved in one sentence and a condition opening the next ("Перевожу стоп в б/у. Если
  рынок развернется, выйдем без убытка": the condition is the next sentence's);

and their chatter, which must stay chatter: the market's players ("Маркетмейкеры частично
закрыли шорты"), the market's moves ("Биткоин сделал +5% за день", "Цена пробила
сопротивление"), monthly results ("Итоги месяца: +45%"), a loss ("Результат: -45%"), hedges and
past times ("Можно сократить позицию", "Вчера сократил позицию"). Each positive row was read as
nothing, as another kind or as a tradable signal before this branch.
"""

from __future__ import annotations

import pytest

from tests.parsers.reads import ACTS, PARSER, followup_reading

# The heading a channel restates over each follow-up (the dev `dk-trader-a` form).
HEAD = "[trader #b] Signal #b3\n#JUPUSDT Лонг\n"

# (text, kind, fields the reading must have)
READ: tuple[tuple[str, str, dict[str, object]], ...] = (
    # A target's number and its gain under the restated heading: the target reached.
    ("#XRPUSDT Лонг\nТейк 2 +1.8R", "TP_HIT", {"symbol": "XRPUSDT", "tp_index": 2}),
    ("#XRPUSDT Лонг\nТейк 1 +0.8R", "TP_HIT", {"symbol": "XRPUSDT", "tp_index": 1}),
    ("#XRPUSDT Шорт\nТейк 2 +35%", "TP_HIT", {"symbol": "XRPUSDT", "tp_index": 2}),
    ("#XRPUSDT Лонг\nТП 2 (+1.8R)", "TP_HIT", {"symbol": "XRPUSDT", "tp_index": 2}),
    ("#XRPUSDT Лонг\nЦель 2 +35%", "TP_HIT", {"symbol": "XRPUSDT", "tp_index": 2}),
    (
        "[trader #b] Signal ID: #b3\n\n#XRPUSDT Лонг\n\nТейк 2 +1.8R",
        "TP_HIT",
        {"symbol": "XRPUSDT", "tp_index": 2},
    ),
    ("#XRPUSDT Long\nTarget 2 +35%", "TP_HIT", {"symbol": "XRPUSDT", "tp_index": 2}),
    # A target reached, the verbs conjugated (parsers/ru_grammar.py's REACHED_VERB).
    ("#SOL первая цель пройдена", "TP_HIT", {"symbol": "SOLUSDT", "tp_index": 1}),
    ("#SOL пройдена вторая цель", "TP_HIT", {"symbol": "SOLUSDT", "tp_index": 2}),
    ("#SOL пробили первую цель", "TP_HIT", {"symbol": "SOLUSDT", "tp_index": 1}),
    ("#SOL вторая цель пробита", "TP_HIT", {"symbol": "SOLUSDT", "tp_index": 2}),
    ("#SOL тп1 исполнился", "TP_HIT", {"symbol": "SOLUSDT", "tp_index": 1}),
    ("#SOL исполнилась вторая цель", "TP_HIT", {"symbol": "SOLUSDT", "tp_index": 2}),
    ("#SOL сделали первую цель", "TP_HIT", {"symbol": "SOLUSDT", "tp_index": 1}),
    ("#SOL задели первый тейк", "TP_HIT", {"symbol": "SOLUSDT", "tp_index": 1}),
    ("#SOL тп1 отработан", "TP_HIT", {"symbol": "SOLUSDT", "tp_index": 1}),
    ("Прошли вторую цель", "TP_HIT", {"symbol": None, "tp_index": 2}),
    # Arrived at a target.
    ("Пришли во вторую цель", "TP_HIT", {"symbol": None, "tp_index": 2}),
    ("По #NEAR пришли во вторую цель", "TP_HIT", {"symbol": "NEARUSDT", "tp_index": 2}),
    ("#NEAR добрались до второй цели", "TP_HIT", {"symbol": "NEARUSDT", "tp_index": 2}),
    ("Цена добралась до первой цели", "TP_HIT", {"symbol": None, "tp_index": 1}),
    ("Долетели до третьей цели 🚀", "TP_HIT", {"symbol": None, "tp_index": 3}),
    # A gain with what it is measured against, a trade's result, a coin that made a gain.
    ("#NEAR +15% от входа", "TP_HIT", {"symbol": "NEARUSDT"}),
    ("#NEAR +15% на споте", "TP_HIT", {"symbol": "NEARUSDT"}),
    ("#NEAR +150% с 10 плечом", "TP_HIT", {"symbol": "NEARUSDT"}),
    ("#SOL +120% с плечом 10х", "TP_HIT", {"symbol": "SOLUSDT"}),
    ("#SOL +20% без плеча", "TP_HIT", {"symbol": "SOLUSDT"}),
    ("Итог по сделке: +45%", "TP_HIT", {"symbol": None}),
    ("Результат: +45%", "TP_HIT", {"symbol": None}),
    ("Результат +1.2R", "TP_HIT", {"symbol": None}),
    ("#APT сделал +35%", "TP_HIT", {"symbol": "APTUSDT"}),
    ("Сделка отработала в тейк +2R", "TP_HIT", {"symbol": None}),
    (
        "[trader #b] Signal ID: #b3\n\n#XRPUSDT Лонг\n\nСделка отработала в тейк +2R",
        "TP_HIT",
        {"symbol": "XRPUSDT"},
    ),
    # A position cut, no share said: read with no share (the engine asks for it).
    ("Сократил позицию", "CLOSE_PARTIAL", {"symbol": None, "fraction": None}),
    ("Порезал позицию", "CLOSE_PARTIAL", {"symbol": None, "fraction": None}),
    ("#ETH режем позицию", "CLOSE_PARTIAL", {"symbol": "ETHUSDT", "fraction": None}),
    ("Уменьшил позицию", "CLOSE_PARTIAL", {"symbol": None, "fraction": None}),
    # Under the restated heading of the dev `dk-trader-a`/`-d` channels: the trade's total, the
    # stop's Latin initials, a share taken at a price.
    (HEAD + "Общий профит +1.49р", "TP_HIT", {"symbol": "JUPUSDT"}),
    (HEAD + "Сделка отработала полностью +2.5R", "TP_HIT", {"symbol": "JUPUSDT"}),
    (HEAD + "SL", "SL_HIT", {"symbol": "JUPUSDT"}),
    (HEAD + "Sl bu", "MOVE_SL", {"symbol": "JUPUSDT", "to_entry": True}),
    (HEAD + "Фикс 30% по 0.2211", "CLOSE_PARTIAL", {"symbol": "JUPUSDT", "fraction": 0.3}),
    # A follow-up that tells the trade's levels: no call, the follow-up read.
    ("#SOL лонг от 145 — первая цель 150 взята ✅", "TP_HIT", {"symbol": "SOLUSDT", "tp_index": 1}),
    (
        "#ETH\n\nПервая цель (2500) достигнута ✅\nСтоп переносим в точку входа (2400)",
        "MOVE_SL",
        {"symbol": "ETHUSDT", "to_entry": True},
    ),
    ("#SOL закрываем по 160. Вход был 145, стоп 140", "CLOSE", {"symbol": "SOLUSDT"}),
    ("#ETH стоп 2350 сработал, минус 2%", "SL_HIT", {"symbol": "ETHUSDT"}),
    # A stop moved, and a condition opening the next sentence (the next sentence's own).
    (
        "#ARB - перевожу стоп в б/у. Если рынок развернется, выйдем без убытка.",
        "MOVE_SL",
        {"symbol": "ARBUSDT", "to_entry": True},
    ),
    (
        "#ARB - стоп переносим на 1.05. Когда будет новый сетап, сообщу.",
        "MOVE_SL",
        {"symbol": "ARBUSDT", "price": 1.05},
    ),
)

CARD = "#BTC/USDT LONG\nВход: 60000\nЦели: 61000 / 62000 / 63000\nСтоп: 59000\n\n"
# A call posted again with a status line under it: (the line, kind, fields).
CARD_STATUS: tuple[tuple[str, str, dict[str, object]], ...] = (
    ("✅ Первая цель достигнута", "TP_HIT", {"tp_index": 1}),
    ("Первая цель ✅ Стоп в бу", "MOVE_SL", {"to_entry": True}),
    ("Тейк 2 взят ✅", "TP_HIT", {"tp_index": 2}),
    ("🎯 Все цели достигнуты", "TP_HIT", {}),
    ("Отменено ❌", "CANCEL", {}),
    ("❌ Сигнал отменен", "CANCEL", {}),
    ("Сделка закрыта по стопу ❌", "SL_HIT", {}),
    ("Выбило по стопу", "SL_HIT", {}),
)
# ... or a line of its result or status, which the short-reply rows read only alone: the call is
# no longer traded (it was), though its follow-up stays unread in the whole post.
CARD_REPORTED: tuple[str, ...] = ("Результат: +15%", "Статус: стоп", "Итог: -1R")
# New calls whose lines say what is to come: still tradable.
CALLS: tuple[str, ...] = (
    CARD + "Сигнал будет отменен, если цена уйдет ниже 58000",
    CARD + "После первой цели стоп в бу",
    "#BTC/USDT LONG\nВход: 60000\n✅ Цель 1: 61000\n✅ Цель 2: 62000\nСтоп: 59000",
)


# Chatter, market talk, results of a month, losses, hedges, past times: never an action (a
# target reached only informs, and is read on none of them either but the rows marked).
NOT_ACTIONS: tuple[str, ...] = (
    "Маркетмейкеры частично закрыли шорты",
    "Киты сократили позиции",
    "Фонды сократили позиции по BTC",
    "BlackRock сократил позицию",
    "Банк сократил позицию в акциях Сбера",
    "Кто-то сократил позицию",
    "Можно сократить позицию",
    "Я бы сократил позицию",
    "Вчера сократил позицию",
    "Не сокращаем позицию",
    "Сократил позицию?",
    "Сократил позицию в прошлом месяце",
    "Стоит частично закрыть",
    "Резали позиции на прошлой неделе",
    "Перевожу стоп в б/у, если цена дойдет до 1.2",
    "Стоп в б/у после первой цели",
)
NOT_READ: tuple[str, ...] = (
    "Итоги месяца: +45%",
    "Результат за неделю +45%",
    "Мой результат +45%",
    "Результат: -45%",
    "Итог: -1R",
    "#NEAR -15% от входа",
    "Биткоин сделал +5% за день",
    "Рынок сделал +5%",
    "Альты сделали +35%",
    "ETH сделал +35% за неделю",
    "Цена пробила сопротивление",
    "Пробили уровень 65000",
    "Пришли во вторую волну",
    "Добрались до первой поддержки",
    "Прошла неделя",
    "Сделали первую попытку",
)
# Calls that state their entry or their stop keep a target written "TP 2 (+33%)".
SIGNALS: tuple[tuple[str, list[float]], ...] = (
    ("#XRPUSDT Long\nEntry 1.5\nTP 2 (+33%)\nSL 1.3", [2.0]),
    ("#XRPUSDT Лонг\nВход: 1.5\nТейк 2 +33%\nСтоп: 1.3", [2.0]),
)


@pytest.mark.parametrize(("text", "kind", "fields"), READ)
def test_russian_followup_forms_when_read_then_their_kind_and_fields(
    text: str, kind: str, fields: dict[str, object]
) -> None:
    got = followup_reading(text)
    assert got is not None, "not read"
    assert got["kind"] == kind, got
    for key, want in fields.items():
        assert got[key] == want, (key, got)


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_russian_chatter_and_hedges_when_read_then_no_action(text: str) -> None:
    got = followup_reading(text)
    assert got is None or got["kind"] not in ACTS, got


@pytest.mark.parametrize("text", NOT_READ)
def test_market_talk_and_losses_when_read_then_nothing(text: str) -> None:
    assert followup_reading(text) is None


@pytest.mark.parametrize(("text", "targets"), SIGNALS)
def test_call_with_entry_and_stop_when_target_has_gain_note_then_kept(
    text: str, targets: list[float]
) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert sig.take_profits == targets


@pytest.mark.parametrize(("line", "kind", "fields"), CARD_STATUS)
def test_call_posted_again_when_status_line_under_it_then_its_followup(
    line: str, kind: str, fields: dict[str, object]
) -> None:
    got = followup_reading(CARD + line)
    assert got is not None, "not read"
    assert got["kind"] == kind and got["symbol"] == "BTCUSDT", got
    for key, want in fields.items():
        assert got[key] == want, (key, got)


@pytest.mark.parametrize("text", CALLS)
def test_new_call_when_its_lines_say_what_is_to_come_then_tradable(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert sig.take_profits == [61000.0, 62000.0, 63000.0][: len(sig.take_profits)]


@pytest.mark.parametrize("line", CARD_REPORTED)
def test_call_posted_again_when_result_line_under_it_then_not_traded(line: str) -> None:
    sig = PARSER.parse_sync(CARD + line)
    assert sig is None or not sig.is_valid(), sig


# A daily review longer than a follow-up can be, ending with its trades' lines (the dev
# `vovilonn-ch1-ru` form): those lines are read alone (parsers/long_post.py).
REVIEW = (
    "#BTC обзор 💸\n\nВсем привет! "
    + (
        "Биткоин протестировал зону покупателя в диапазоне 59 000$, получил реакцию и сейчас"
        " торгуется в 4 часовой зоне продавца. "
    )
    * 14
)


@pytest.mark.parametrize(
    ("tail", "kind", "fields"),
    [
        ("#TIA - перевожу стоп в б/у.", "MOVE_SL", {"symbol": "TIAUSDT", "to_entry": True}),
        ("#SOL - фиксирую 50% позиции.", "CLOSE_PARTIAL", {"symbol": "SOLUSDT", "fraction": 0.5}),
        ("#O - позицию выбило по стоп-лоссу.", "SL_HIT", {}),
        ("Ждем реакцию. #SOL выглядит сильно, закрываю позицию по ETH.", None, {}),
    ],
)
def test_long_review_when_it_ends_with_trade_lines_then_they_are_read(
    tail: str, kind: str | None, fields: dict[str, object]
) -> None:
    text = REVIEW + "\n\n" + tail
    assert len(text) > 1500
    got = followup_reading(text)
    if kind is None:
        assert got is None, got
        return
    assert got is not None and got["kind"] == kind, got
    for key, want in fields.items():
        assert got[key] == want, (key, got)
