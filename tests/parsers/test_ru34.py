"""Russian follow-ups of forum-like channels still missed or misread (session 32, branch i13-ru34).

- The price a close reports it was done at (parsers/exit_price_ru.py): "Закрыл по 0.25 👌",
  "Выход по цене 142.5.", "Закрываем позицию по текущим 0,21252" (dev `dk-trader-a-028`, whose
  label gives the price), read once, never a percent, a ratio, a range, a target's number or
  two prices; the gain in parentheses after it ("по текущим 1,25 (3,5%)") is never the share
  closed (it was read as a partial close of 5 %: the "5" of the decimal comma).
- Short replies read clause by clause (parsers/clauses_ru.py): a line that is a link alone
  ("🟢[Торговать на Bybit](https://...)") is no clause; "кто не закрыл уже даже больше" (the gain
  since, for whoever held on), "На сегодня всё" and the market's longer reason are remarks; "Плюс
  один тейк" one more target; "Сейчас в Б/У позиция", "Остальные в бу" the stop at the entry; a
  signal's id written with a Cyrillic letter ("Signal ID: #с9") is the signal's id, as "#c9".
- The verbs of dumping, selling or buying back with the position as their object, or with the
  gain or "now" after them, close it (parsers/followup_rows_ru34.py): "Скинул позицию", "Продал
  всё", "Откупил шорт", "Скинул в +5% по текущим"; the gain after a share taken ("Снял часть в ➕")
  is dropped before the share is read (parsers/reply_plain_ru.py, with the link lines and the
  Cyrillic signal ids).
- A review of trades is no order (parsers/told_ru.py): "#DAILY" heading the post, or trades
  counted with a range of their results ("больше половины позиций закрыты с профитом от 5% до
  20%").
- "Стоп в бу, цена X": the stop to the entry, the number shown (CONVENTIONS.md, rulings of
  session 32).

Every text here is MADE UP for this file (from Russian traders' slang and the dev corpus's forms:
dev `dk-trader-a-028` a close at the price now, `dk-trader-d-017` a signal's heading over the
coin's line); no post copied, no held-out message read.
"""

from __future__ import annotations

import pytest

from parsers.exit_price_ru import exit_price
from parsers.models import UpdateKind
from tests.parsers.reads import check_not_done, follow_up, not_traded

PART, TP, SL, MOVE, CLOSE, CANCEL = (
    UpdateKind.CLOSE_PARTIAL,
    UpdateKind.TP_HIT,
    UpdateKind.SL_HIT,
    UpdateKind.MOVE_SL,
    UpdateKind.CLOSE,
    UpdateKind.CANCEL,
)
_C = "[trader #c] Signal ID: #c9\n#SOLUSDT SHORT\n"  # (a made-up header in dev dk-trader-d's form)

# MADE UP: (text, kind, symbol, fields). Each read otherwise on main (no price, a share of 5 %,
# nothing), or as noted.
READS: list[tuple[str, UpdateKind, str | None, dict[str, object]]] = [
    # the price of the close, told done or now
    ("Закрыл по 0.25 👌", CLOSE, None, {"price": 0.25}),
    ("Вышел по 0.25", CLOSE, None, {"price": 0.25}),
    ("Закрываем позицию по текущим 0,21252", CLOSE, None, {"price": 0.21252}),
    ("Выход по рынку 0.6795", CLOSE, None, {"price": 0.6795}),
    (
        "Закрылся на отскоке. Вышел полностью по TRX. Закрыл по 0.25 👌 Спасибо",
        CLOSE,
        "TRXUSDT",
        {"price": 0.25},
    ),
    (
        _C + "Полностью выходим из позиции. Выход по цене 142.5. Чистого движения 2,5%\nИтого 1.2R",
        CLOSE,
        "SOLUSDT",
        {"price": 142.5},
    ),
    ("Закрыл по 3300 usdt ✅", CLOSE, None, {"price": 3300.0}),
    # the gain in parentheses after the price: never the share
    ("Фиксирую по текущим 1,25 ( 3,5%)", CLOSE, None, {"price": 1.25, "fraction": None}),
    ("Фиксирую по текущим 1.25 (+3.5%)", CLOSE, None, {"price": 1.25, "fraction": None}),
    ("Частично фиксирую по текущим 1,25 (3,5%)", PART, None, {"price": 1.25, "fraction": None}),
    ("Фиксирую половину по текущим 1,25 (3,5%)", PART, None, {"price": 1.25, "fraction": 0.5}),
    # no price said, or none that is one: the close without it
    ("Закрыл в +5% по текущим, всем спасибо", CLOSE, None, {"price": None}),
    ("Вышли по 1R", CLOSE, None, {"price": None}),
    ("Закрыл по 0.25-0.26", CLOSE, None, {"price": None}),
    ("Закрыл по 3,300", CLOSE, None, {"price": None}),
    ("Закрыл по 0.25, вышел по 0.27", CLOSE, None, {"price": None}),
    # forum replies: a link line, a remark on who held on, one more target, the stop at the entry
    ("2 тейк, кто не закрыл уже даже больше 🔥", TP, None, {"tp_index": 2}),
    ("2 тейк\n🟢[**Торговать на Bybit**](https://example.com/ref)", TP, None, {"tp_index": 2}),
    ("Плюс один тейк", TP, None, {"tp_index": None}),
    ("Плюс один тейк. Остаток в бу.", MOVE, None, {"to_entry": True}),
    ("Сейчас в Б/У позиция", MOVE, None, {"to_entry": True}),
    ("Остальные в бу", MOVE, None, {"to_entry": True}),
    (
        "Тут тоже к сожалению стоп (-1.5%)\nНа сегодня всё, рынок к сожалению не дал нужной реакции",
        SL,
        None,
        {},
    ),
    ("Тут стоп, ушли в минус", SL, None, {}),
    ("Получили стоп. Всё в рамках риска", SL, None, {}),
    ("Сейчас в бу держим", MOVE, None, {"to_entry": True}),
    # a signal's id with a Cyrillic letter over the coin's line and the stop's loss
    ("[trader #c] Signal ID: #с9\n#LINKUSDT LONG\nSTOP -2%", SL, "LINKUSDT", {}),
    # the position dumped, sold or bought back
    ("Скинул позицию", CLOSE, None, {}),
    ("Сбросил остаток по текущим", CLOSE, None, {}),
    ("Продал всё по текущим", CLOSE, None, {}),
    ("Откупил шорт", CLOSE, None, {}),
    ("#SOL скинул позицию", CLOSE, "SOLUSDT", {}),
    ("Скинул половину позиции", PART, None, {"fraction": 0.5}),
    ("Скинул в +5% по текущим, всем спасибо", CLOSE, None, {}),
    ("Продал по рынку", CLOSE, None, {}),
    ("Откупил в плюс", CLOSE, None, {}),
    ("Продал по 0.25 👌 Спасибо… . Всем профита… ☺️", CLOSE, None, {"price": 0.25}),
    ("Фиксанул по 0.25", CLOSE, None, {"price": 0.25}),
    ("Откупили в +5%", CLOSE, None, {}),
    # a share taken "в ➕" (the gain after the share's words), what is left kept
    ("Снял часть в ➕, остаток держу.", PART, None, {"fraction": None}),
    ("Сократил позицию в плюс", PART, None, {"fraction": None}),
    ("Закрыл 1/2 в +3%, остаток держу", PART, None, {"fraction": 0.5}),
    # the entry called off, the 1st person and slang; its reason
    ("Пока не вхожу, цена ушла выше, ждём…", CANCEL, None, {}),
    ("Не лезем , не успели", CANCEL, None, {}),
    ("Пока не входим в сделку", CANCEL, None, {}),
    ("Не входим , цену не дали", CANCEL, None, {}),
    ("Не входим, не дошли", CANCEL, None, {}),
    # the ruling: the stop to the entry wins over a number named by "цена"
    ("Стоп в бу, цена 0.55", MOVE, None, {"to_entry": True}),
]

# MADE UP: the same words where nothing is asked now (a plan, a question, a hedge, a story, a
# review of trades): never an action.
NOT_ASKED: list[str] = [
    "Закрою по 0.25",
    "Скину позицию",
    "Продам всё",
    "Может скинуть позицию?",
    "Вчера скинул позицию",
    "Скинул в личку",
    "Продал по 0.25?",
    "Кто продал по 0.25 - молодцы",
    "Вчера продал по 0.25",
    "Не вхожу?",
    "Я не вхожу в чат",
    "Вчера скинул в +5%",
    "Все сигналы закрыты в плюс",
    "Вчера сняли часть в плюс",
    "Сейчас в Б/У позиция?",
    "2 тейк, кто не закрыл, может ещё подождать?",
    "#DAILY #ALTCOINS\n👀 Сегодня рынок спокойный… .\n🎩 Мы закрыли несколько сделок… , а так же "
    "перевели стопы на все позиции которые мы открыли.\nИз них больше половины позиций закрыты с "
    "профитом от 5% до 20%, а остальные… в безубытке",
    "Итоги недели: из 12 сделок 9 закрыты с профитом от 3% до 15%, стопы перенесли в бу",
]


@pytest.mark.parametrize(("text", "kind", "symbol", "more"), READS)
def test_russian_followup_when_forum_form_then_read(
    text: str, kind: UpdateKind, symbol: str | None, more: dict[str, object]
) -> None:
    update = follow_up(text)
    assert update is not None and (update.kind, update.symbol) == (kind, symbol), update
    assert not update.problem, update
    for key, want in more.items():
        assert getattr(update, key) == want, (key, update)


@pytest.mark.parametrize("text", NOT_ASKED)
def test_russian_followup_when_plan_question_story_or_review_then_no_action(text: str) -> None:
    not_traded(text)
    check_not_done(text)


# MADE UP: the exit price alone (exit_price_ru.exit_price): (text, price or None).
PRICES: list[tuple[str, float | None]] = [
    ("Закрыл по 0.25", 0.25),
    ("Выход по цене 142.5. Чистого движения 2,5%", 142.5),
    ("Вышел по курсу 64000", 64000.0),
    ("Закрыл по 2 тейку", None),
    ("Закрыл по 50%", None),
    ("Закрыл по 1:1", None),
    ("Закрыл по стопу 0.45", None),
    ("Стоп по 0.45", None),
    ("Закрыл по 0", None),
]


@pytest.mark.parametrize(("text", "price"), PRICES)
def test_exit_price_when_said_once_after_close_verb_then_read(
    text: str, price: float | None
) -> None:
    said = exit_price(text)
    assert (said[0] if said is not None else None) == price, said
