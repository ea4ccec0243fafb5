"""Wrong actions (session 20, branch i13-wa21): a post that is no instruction, or another one, read
as a close, a partial close or a cancel of an open position. Every row of the first three tables
was read as an action on the branch's parent (the close of all as a partial close of 50 %, a
member's trade as the reader's, a promotion's percent as a share); the last table holds the real
instructions beside the same words, read before and after.
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from parsers.share_words import ALL, REST, SOME, share_at
from parsers.updates import read_update

CLOSE, PARTIAL = UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL

# (b) An earlier partial close told beside the close of the rest, or a close of all whose share
# is history: the close of everything (parsers/share_words.rest_closed).
REST_CLOSED = [
    "#ETH We closed 50% at TP1, now closing the remaining",
    "#ETH closed half earlier, now fully closed",
    "#ETH TP1 ✅ closed 50%. TP2 ✅ closed the rest",
    "#ETH Fully closed (50% at TP1, 50% at TP2)",
    "#ETH Закрыли 50% на первом тейке, остаток закрываем сейчас",
    "#ETH половину закрыли ранее, теперь закрываем полностью",
    "#ETH Закрываем позицию полностью, 50% было зафиксировано на тп1",
    "#ETH Закрываем вторую половину",
    "#ETH close the other half",
    "#ETH закрываем последнюю часть",
]

# (b) The share, with the rest kept or closed later: a partial close of that share.
SHARES = [
    ("#ETH take 50% profit, then close all at TP2", 0.5),
    ("#ETH Close half now, close the rest at entry", 0.5),
    ("#ETH close 50% here and the rest at TP2", 0.5),
    ("#BTC закрыли половину, остаток держим", 0.5),
    ("#ETH Закрыл 70%, остальное держу", 0.7),
    ("#AVAX Закрываем треть позиции", 1 / 3),
    ("#AVAX Закрываем 50% #ETH", 0.5),
    ("#AVAX Close another 25%", 0.25),
    ("#SOL фиксируем часть позиции", None),
]

# (a), (e) No instruction: another person's trade, a past gone or not had, a market's close, an
# event, a plan's condition, a question told, a promotion's percent, a target's ordinal.
NO_ACTION = [
    "I should have closed my ETH at 4000",
    "Had we closed the SOL long earlier, we would have made 30%",
    "One of our subscribers closed 50% of ETH at the top. Great job!",
    "Our member John closed the rest of his BTC and bought a car",
    "Congrats to everyone who closed ETH at TP3!",
    "Back in March we closed half of BTC at 70k",
    "ETH closed Friday's session at 3,200",
    "Many are asking should they close ETH. My answer: hold",
    "Traders closed $2B in short positions as BTC rallied",
    "Open interest dropped as traders closed positions",
    "You closed too early, that's why you missed the move",
    "Reminder: futures market closes at 5pm on Friday",
    "Friday close is important: above 68k bullish",
    "We will cancel the live stream today due to technical issues",
    "He cancelled his order, now he regrets it",
    "Кто-то закрыл половину по SOL на первой цели, молодцы",
    "Многие подписчики закрыли BTC раньше времени",
    "Вы закрыли ETH слишком рано",
    "Подписчик закрыл половину BTC и купил машину",
    "В прошлом месяце закрыли ETH по третьей цели с профитом 45%",
    "Закрытие дневной свечи ниже 2.5 отменяет сценарий по XRP",
    # a method taught or results shown, by the heading (parsers/chatter_titles.py)
    "How we manage trades: we close 50% at TP1 and move SL to entry",
    "Our strategy: close half at the first target, then trail the stop",
    "Results of our VIP channel: ETH closed at TP3 +120%, BTC closed at TP2 +60%",
    "Yesterday's SOL call: closed at +35% 🔥",
    "Как мы ведем сделки: закрываем 50% на первой цели и переносим стоп в бу",
    "Наша стратегия: половину фиксируем на первом тейке",
    "Совет: фиксируйте часть прибыли, когда рынок в эйфории",
    # a past signal told, a thing closed
    "ETH signal from yesterday closed in profit 🚀 Join VIP for more",
    "Another signal closed in profit! Want to join? DM @admin",
    "BTC update: market is choppy, I'm closing my laptop and going for a walk",
    "Close the chart and go outside",
    "The live is over, thanks for joining. Closing the room now",
    # a definition, exits in general, the market's participants, a company, a story of then,
    # a post that says it is no call
    "Partial take profit is a strategy where you close part of your position at a target",
    "Exit strategy matters more than entry. Plan your exits before you enter.",
    "Bitcoin ETF outflows as investors exit positions",
    "Grayscale cancelled its ETH ETF application",
    "Good morning traders ☀️\nYesterday was a great day, we closed ETH and SOL in profit.",
    "Just closed my personal BTC long, not a signal",
    "#ETH close all at TP2",  # (a plan, as "close at TP2" is)
    # (c) status posts: the trade runs, its close is for later
    "#ETH Still holding, closing only at TP3",
    "#ETH Сделка в работе, закрывать рано",
    "#ETH Держим, до закрытия еще далеко",
]

# (d) A post that changes several things at once (an order placed or moved, the stop removed,
# beside the action): refused, a person's to read (parsers/order_changes.py).
SEVERAL_CHANGES = [
    "#ETH Половину закрыли, выставляем лимитку на откуп половины по 3050, стоп убираем",
    "#ETH Вернул лимитку на 3050 на закрытую половину, стоп снял",
    "#ETH Новая лимитка 3050, остальные лимитки снимаем",
    "#ETH Ставим лимитку на 3050, прошлые ордера отменяем",
    "#ETH Отменяем лимитки 3100 и 3000, ставим новую на 3050",
    "#ETH Cancel the other limit orders, new limit at 3050",
    "#ETH Двигаем стоп на 3050 и добор на 3000",
]

# (c) A stop move whose close is negated after the word: the stop move alone.
NEGATED_CLOSE = [
    "#SOL Переносим стоп в бу, закрывать не спешим",
    "#SOL Стоп в бу, закрывать пока не будем",
]

# A percent or an ordinal that is not the close's share: the close of all (a share read was a
# partial close of the wrong size).
NOT_A_SHARE = [
    ("#BTC close now\nVIP 50% off: @admin", "BTCUSDT"),
    ("#BTC close now\nСкидка 50% на VIP", "BTCUSDT"),
    ("#ETH закрыли по третьей цели", None),  # (a target's report: not a close of a third)
]

# Real instructions beside those words: read as before.
STILL_READ = [
    ("VIP members close ETH now", CLOSE, None),
    ("Close ETH now, many traders are closing too", CLOSE, None),
    ("Subscribers: close #SOL now", CLOSE, None),
    ("#SOL Close 50% on Friday", PARTIAL, 0.5),
    ("Friday: close #SOL", CLOSE, None),
    ("Вы закрываете #ETH сейчас", CLOSE, None),
    ("Закрываем #ETH по рынку. Многие подписчики спрашивали", CLOSE, None),
    ("#BTC close 50% now", PARTIAL, 0.5),
    ("#ETH closing the remaining 50% now", CLOSE, None),
    ("#AVAX закрываем остаток 50%", CLOSE, None),
    ("#ADA cancel", UpdateKind.CANCEL, None),
    ("Cancel #ETH limit orders", UpdateKind.CANCEL, None),
    ("Отменяем #ETH. Лимитки снимаем", UpdateKind.CANCEL, None),
    ("#ETH Закрываем половину, стоп в бу", PARTIAL, 0.5),
    ("#SOL закрываем, не спешим с перезаходом", CLOSE, None),
    ("Reminder: close #ETH before the weekend", CLOSE, None),
    ("#SOL Move SL to entry, closing is not needed yet", UpdateKind.MOVE_SL, None),
    ("#ETH closed all at TP2", CLOSE, None),
    ("#ETH Закрываем, рано радоваться", CLOSE, None),
    ("#TRUMP take 50% profit, then close all at TP2", PARTIAL, 0.5),
    ("#ETH closed at TP2. Our members made 40%", CLOSE, None),
]


@pytest.mark.parametrize("text", REST_CLOSED)
def test_close_when_the_rest_is_closed_beside_an_earlier_share_then_all_of_it(text: str) -> None:
    update = read_update(text)
    assert update is not None and update.kind is CLOSE, update
    assert update.fraction is None and update.symbol == "ETHUSDT"


@pytest.mark.parametrize(("text", "share"), SHARES)
def test_close_when_a_share_is_taken_and_the_rest_kept_then_that_share(
    text: str, share: float | None
) -> None:
    update = read_update(text)
    assert update is not None and update.kind is PARTIAL, update
    assert update.fraction == (pytest.approx(share) if share is not None else None)


@pytest.mark.parametrize("text", NO_ACTION)
def test_chatter_when_closing_words_tell_of_others_or_the_past_then_no_action(text: str) -> None:
    update = read_update(text)
    assert update is None or update.kind not in (CLOSE, PARTIAL, UpdateKind.CANCEL), update


@pytest.mark.parametrize("text", SEVERAL_CHANGES)
def test_followup_when_it_changes_several_things_then_refused(text: str) -> None:
    update = read_update(text)
    assert update is None or update.kind not in (CLOSE, PARTIAL, UpdateKind.CANCEL), update
    assert update is None or update.kind is not UpdateKind.MOVE_SL, update


@pytest.mark.parametrize("text", NEGATED_CLOSE)
def test_stop_move_when_the_close_is_negated_after_it_then_the_move_alone(text: str) -> None:
    update = read_update(text)
    assert update is not None and update.kind is UpdateKind.MOVE_SL and update.then is None, update


@pytest.mark.parametrize(("text", "symbol"), NOT_A_SHARE)
def test_close_when_the_percent_is_a_promotion_or_a_target_then_no_share(
    text: str, symbol: str | None
) -> None:
    update = read_update(text)
    assert update is not None and update.kind is not PARTIAL and update.fraction is None, update
    assert update.symbol == (symbol or "ETHUSDT")


@pytest.mark.parametrize(("text", "kind", "share"), STILL_READ)
def test_instruction_when_beside_chatter_words_then_still_read(
    text: str, kind: UpdateKind, share: float | None
) -> None:
    update = read_update(text)
    assert update is not None and update.kind is kind, update
    assert update.fraction == share


@pytest.mark.parametrize(
    ("words", "share"),
    [
        ("the rest", REST),
        ("remaining", REST),
        ("остаток", REST),
        ("оставшуюся часть", REST),
        ("вторую половину", REST),
        ("полностью", ALL),
        ("fully", ALL),
        ("всё", ALL),
        ("100%", ALL),
        ("half", 0.5),
        ("половину", 0.5),
        ("треть", 1 / 3),
        ("четверть", 0.25),
        ("часть", SOME),
        ("частично", SOME),
        ("третьей", None),
        ("50%", None),  # (a percent is update_words.FRACTION's: its number is the share)
    ],
)
def test_share_table_when_a_share_word_then_its_share(words: str, share: object) -> None:
    assert share_at(words, 0) == share


# (e) Left from session 19: a listed coin whose ticker is a word, tagged first or after the verb,
# is that coin in a follow-up (it read no coin); "Close all 3 positions now" is a close (it read
# as a recap of "3 positions").
@pytest.mark.parametrize(
    ("text", "kind", "symbol"),
    [
        ("#PUMP close now", CLOSE, "PUMPUSDT"),
        ("Close #OPEN now", CLOSE, "OPENUSDT"),
        ("#OPEN closed half earlier, now fully closed", CLOSE, "OPENUSDT"),
        ("#HIGH Закрыл 70%, остальное держу", PARTIAL, "HIGHUSDT"),
        ("Закрываем #PUMP по рынку", CLOSE, "PUMPUSDT"),
        ("Close all 3 positions now", CLOSE, None),
    ],
)
def test_followup_when_a_word_coin_is_tagged_or_all_positions_then_read(
    text: str, kind: UpdateKind, symbol: str | None
) -> None:
    update = read_update(text)
    assert update is not None and update.kind is kind and update.symbol == symbol, update


def test_followup_when_a_word_tag_heads_chatter_then_still_no_action() -> None:
    assert read_update("#PUMP alert! We closed 12 trades this week") is None
    assert read_update("We closed all 3 trades in profit this week") is None
