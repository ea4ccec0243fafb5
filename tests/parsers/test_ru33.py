"""A forum trader's short Russian replies and Russian cards still refused or misread (session 31,
branch i13-ru33).

- A reply of one or two short lines read clause by clause (parsers/clauses_ru.py): each clause is
  read alone, or as one of the module's forms ("2🎯", "Ещё один тейк", "Остаток в бу", "Стоп на
  первой цели"), or is a remark or a heading line; the readings joined by a table (a target and
  the stop to the entry: the stop move with the target's number, CONVENTIONS.md session 31; a
  close beside the stop to the entry: a partial close, its share unsaid, refused for it).
- "на твх" (точка входа) is the entry (parsers/update_words.BREAKEVEN: "Стоп переносим на твх"
  was a move to no level); the number of a target reached after the stop word ("Стоп в бу /
  2🎯") or the targets' levels under it ("Следующие цели 0.55") are no stop level
  (parsers/stop_level.py: read as a move to 2, a wrong action).
- Out at break even ("Вышли по б/у") is a stop hit; "В бу перевёл" a move to the entry
  (parsers/followup_rows_ru33.py).
- A coin's stop and its level alone ("Sl Xrp 0.55", "Xrp Sl 0.55"): a move of that coin's stop
  (parsers/clauses_ru.py, as parsers/bare_stop.py reads a coinless "SL 0.55").
- Cards: "лонг если пробьём 3000" is a breakout entry, read with its trigger
  (parsers/trigger_rows.py; it was traded as a plain limit); averaging levels one a line under
  a one-price entry label, down to the stop, are entries (parsers/entry_column.py; refused, "holds
  prices that no label claims").

Every text here is MADE UP for this file (from Russian traders' slang and the dev corpus's forms:
dev `dk-trader-a-021` "Закрылись по бу", `vovilonn-ch1-ru-003` a target and the stop in one
reply); no post copied, no held-out message read.
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import PARSER, check_not_done, follow_up, not_traded, valid

PART, TP, SL, MOVE, CLOSE, CANCEL = (
    UpdateKind.CLOSE_PARTIAL,
    UpdateKind.TP_HIT,
    UpdateKind.SL_HIT,
    UpdateKind.MOVE_SL,
    UpdateKind.CLOSE,
    UpdateKind.CANCEL,
)
_A = "[trader #A] Signal #a2\n#SOLUSDT Лонг\n"  # (a made-up header in dev dk-trader-a's form)

# MADE UP: (text, kind, symbol, fields). Each read as nothing on main, or as noted.
READS: list[tuple[str, UpdateKind, str | None, dict[str, object]]] = [
    # a target by its number and the mark; told done on the line under it; one more
    ("2🎯", TP, None, {"tp_index": 2}),
    ("3 🎯", TP, None, {"tp_index": 3}),
    ("2-й Тейк\nЕсть ✔️", TP, None, {"tp_index": 2}),
    ("2-ой тейк\nвзят ✔️", TP, None, {"tp_index": 2}),
    ("Ещё один тейк", TP, None, {"tp_index": None}),
    ("Взяли один тейк", TP, None, {"tp_index": None}),
    (_A + "2🎯", TP, "SOLUSDT", {"tp_index": 2}),
    ("SOL Long\n1🎯", TP, "SOLUSDT", {"tp_index": 1}),
    # a target and the stop to the entry: the stop move (was read as nothing, or as a move to 2)
    ("2🎯\nСтоп на твх", MOVE, None, {"to_entry": True, "price": None}),
    ("Стоп на твх\n2🎯", MOVE, None, {"to_entry": True, "price": None}),
    ("2🎯стоп на твх", MOVE, None, {"to_entry": True, "price": None}),
    ("Стоп в бу\n2🎯", MOVE, None, {"to_entry": True, "price": None}),
    ("Стоп на твх\nПервый тейк 0.55", MOVE, None, {"to_entry": True, "tp_index": 1}),
    ("Стоп на твх первый тейк 0.55", MOVE, None, {"to_entry": True, "tp_index": 1}),
    ("Ещё один тейк. Остаток в бу.", MOVE, None, {"to_entry": True}),
    ("#SOL\n2🎯\nСтоп на твх", MOVE, "SOLUSDT", {"to_entry": True}),
    # the stop to the entry: "на твх", a verb alone before it, the place first
    ("Стоп переносим на твх", MOVE, None, {"to_entry": True, "price": None}),
    ("стоп переносим на т.вх.", MOVE, None, {"to_entry": True}),
    ("Переношу… Стоп на твх", MOVE, None, {"to_entry": True}),
    ("Итак… стоп на твх", MOVE, None, {"to_entry": True}),
    ("Сейчас в Б/У стоп", MOVE, None, {"to_entry": True}),
    ("Сейчас в Б/У стоим", MOVE, None, {"to_entry": True}),
    ("В бу перевёл", MOVE, None, {"to_entry": True}),
    ("Стоп на твх Eth", MOVE, "ETHUSDT", {"to_entry": True}),
    # a coin's stop at a level
    ("Sl Xrp 0.55", MOVE, "XRPUSDT", {"price": 0.55, "to_entry": False}),
    ("Xrp Sl 0.55", MOVE, "XRPUSDT", {"price": 0.55}),
    ("#XRP SL 0.55", MOVE, "XRPUSDT", {"price": 0.55}),
    ("Sl #1INCH 3.8", MOVE, "1INCHUSDT", {"price": 3.8}),
    ("#ETH stop loss 2900", MOVE, "ETHUSDT", {"price": 2900.0}),
    # the stop hit, told with the trader's "I won't go on" or the market's move; out at break even
    ("Тут стоп, дальше не буду", SL, None, {}),
    ("Тут стоп, перезаходить не буду", SL, None, {}),
    ("К сожалению стоп лосс, рынок развернулся вниз", SL, None, {}),
    ("SOL\nТут стоп, дальше не буду", SL, "SOLUSDT", {}),
    ("Вышли по б/у", SL, None, {}),
    ("Ушли в безубыток", SL, None, {}),
    ("Вынесло по бу", SL, None, {}),
    # an entry called off, its reason beside it
    ("Не входим , не успели", CANCEL, None, {}),
    ("Пока не входим, цена ушла выше, ждём", CANCEL, None, {}),
    (_A + "Пока не входим, цена ушла выше, ждём", CANCEL, "SOLUSDT", {}),
    # the target's other word ("таргет"); the stop hit with the trader's next step or the market
    ("2 таргет", TP, None, {"tp_index": 2}),
    ("Первый таргет взят", TP, None, {"tp_index": 1}),
    ("Стоп на твх\nПервый таргет 2", MOVE, None, {"to_entry": True, "price": None}),
    ("Стоп на твх первый таргет 0.55", MOVE, None, {"to_entry": True, "price": None}),
    ("Тут стоп, рисковать не буду", SL, None, {}),
    ("К сожалению стоп лосс, рынок слишком слабый", SL, None, {}),
    ("Не входим , не интересно", CANCEL, None, {}),
    ("Пока не заходим, цена улетела", CANCEL, None, {}),
    # the share of one target closed (was a close of all)
    ("Закрыл один тейк", PART, None, {"fraction": None}),
    ("Фиксирую ещё один тп", PART, None, {"fraction": None}),
    # a close, thanks after it
    ("Зафиксировал сделку по текущим и спасибо за профит", CLOSE, None, {}),
]

# MADE UP: a close beside the stop to the entry keeps a part (its share unsaid: refused for it,
# never a close of all; "Фиксирую… Стоп на твх" was read as a close of all), and the stop to a
# target with no level (shown, not done: "стоп на первой цели" was read as nothing).
REFUSED: list[tuple[str, UpdateKind, dict[str, object]]] = [
    ("Фиксирую… Стоп на твх", PART, {"then": MOVE, "to_entry": True, "fraction": None}),
    ("Сократил позицию\nСтоп на твх", PART, {"then": MOVE, "to_entry": True}),
    ("Прикрыл часть. Стоп на твх", PART, {"then": MOVE, "to_entry": True}),
    ("#SOL\nФиксирую… Стоп на твх", PART, {"symbol": "SOLUSDT"}),
    ("стоп на первой цели", MOVE, {"tp_index": 1, "to_entry": False, "price": None}),
    ("Стоп на тп2", MOVE, {"tp_index": 2, "price": None}),
]

# MADE UP: the same words where nothing is asked now: never an action.
NOT_ASKED: list[str] = [
    "Жаль, что не зафиксировал",
    "Спасибо, закрыл с профитом!",
    "Стоп на твх?",
    "Может стоп на твх?",
    "Если пробьём 0.55, стоп на твх",
    "Завтра стоп на твх",
    "Стоп на твх после тп2",
    "Стоп в бу на первой цели",
    "Стоп не переносим, держим",
    "Фиксировать не буду, стоп на месте",
    "Стоп 0.45 ❌",
    "Стоп в бу ❌",
    "#BTC Stop 0.45 ❌",
    "Sl 0.45 или 0.44",
    "ETH BTC SL 2900",
    "Тут стоп, закрывать не буду",
]

# MADE UP: cards. (text, side, entries, targets, stop, trigger)
CARDS: list[tuple[str, str, list[float], list[float], float, str | None]] = [
    ("#ETH: лонг если пробьём 3000\nЦель: 3200\nСтоп: 2900", "LONG", [3000], [3200], 2900, "above"),
    ("#ETH лонг если пробьём 3000, цель 3200, стоп 2900", "LONG", [3000], [3200], 2900, "above"),
    ("#ETH шорт если пробьют 2900\nЦель: 2700\nСтоп: 3000", "SHORT", [2900], [2700], 3000, "below"),
    (
        "#ETH: если пробьём 3000 - лонг\nЦель: 3200\nСтоп: 2900",
        "LONG",
        [3000],
        [3200],
        2900,
        "above",
    ),
    (
        "BTCUSDT LONG\nВХОД: 59000\n58500\n58000\n57500\nСТОП: 56000",
        "LONG",
        [59000, 58500, 58000, 57500],
        [],
        56000,
        None,
    ),
    (
        "BTCUSDT LONG\nВХОД: 59000\n\n58500\n\n58000\n\nСТОП: 56000\nТЕЙК: 62000",
        "LONG",
        [59000, 58500, 58000],
        [62000],
        56000,
        None,
    ),
    (
        "BTCUSDT SHORT\nВХОД: 59000\n59500\n60000\nСТОП: 61000\nЦели: 57000",
        "SHORT",
        [59000, 59500, 60000],
        [57000],
        61000,
        None,
    ),
    (
        "BTCUSDT LONG\nEntry: 59000\n58500\nStop: 56000\nTarget: 61000",
        "LONG",
        [59000, 58500],
        [61000],
        56000,
        None,
    ),
]

# MADE UP: a column under the entry that does not run from it toward the stop (targets with
# their label left out, a column in no order, one crossing the stop, a word among them): still
# refused, never more entries.
COLUMNS_REFUSED: list[str] = [
    "BTCUSDT LONG\nВХОД: 59000\n60000\n61000\nСТОП: 56000",
    "BTCUSDT LONG\nВХОД: 59000\n58000\n58500\nСТОП: 56000",
    "BTCUSDT LONG\nВХОД: 59000\n58500\n55000\nСТОП: 56000",
    "BTCUSDT LONG\nВХОД: 59000\nзаметка 58500\n58000\nСТОП: 56000",
    "BTCUSDT SHORT\nВХОД: 59000\n58500\nСТОП: 61000\nЦели: 57000",
]


@pytest.mark.parametrize(("text", "kind", "symbol", "more"), READS)
def test_reply_when_clauses_or_forum_form_then_read(
    text: str, kind: UpdateKind, symbol: str | None, more: dict[str, object]
) -> None:
    update = follow_up(text)
    assert update is not None and (update.kind, update.symbol) == (kind, symbol), update
    assert not update.problem, update
    for key, want in more.items():
        assert getattr(update, key) == want, (key, update)


@pytest.mark.parametrize(("text", "kind", "more"), REFUSED)
def test_reply_when_share_or_level_unsaid_then_read_with_reason(
    text: str, kind: UpdateKind, more: dict[str, object]
) -> None:
    update = follow_up(text)
    assert update is not None and update.kind is kind, update
    assert update.problem, update
    for key, want in more.items():
        assert getattr(update, key) == want, (key, update)


@pytest.mark.parametrize("text", NOT_ASKED)
def test_reply_when_regret_question_plan_or_struck_then_no_action(text: str) -> None:
    not_traded(text)
    check_not_done(text)


@pytest.mark.parametrize(("text", "side", "entries", "targets", "stop", "trigger"), CARDS)
def test_card_when_breakout_or_averaging_column_then_read(
    text: str,
    side: str,
    entries: list[float],
    targets: list[float],
    stop: float,
    trigger: str | None,
) -> None:
    sig = valid(text)
    assert (sig.side, sig.entries, sig.take_profits, sig.stop_loss) == (
        side,
        entries,
        targets,
        stop,
    ), sig
    assert sig.entry_trigger == trigger, sig.entry_trigger


@pytest.mark.parametrize("text", COLUMNS_REFUSED)
def test_card_when_column_not_toward_stop_then_refused(text: str) -> None:
    sig = not_traded(text)
    assert sig is None or len(sig.entries) == 1, sig.entries


def test_struck_level_when_coin_stop_then_no_move() -> None:
    update = PARSER.parse_update_sync("Sl Xrp 0.55 ❌")
    assert update is None or update.kind is not MOVE, update
