"""Follow-ups read as the wrong action (session 23, branch i13-fu24), and the lead's ruling on a
close at a named price still to come. Read through the parser's entry point (EnhancedParser, as
the corpus scorer and the bot read a post). Every row of the tables named *_FIXED was misread on
the branch's parent (main dd4a94cd); the GUARDS tables are read as before (they pass on both).
Forms: dev posts varied (their ids beside them), the session-22 rulings said in Russian, and
made-up posts in the shape of dev cards, marked (made up).
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser
from parsers.models import UpdateKind
from tests.parsers.reads import follow_up

CLOSE, PARTIAL, MOVE_SL = UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.MOVE_SL
SL_HIT, TP_HIT = UpdateKind.SL_HIT, UpdateKind.TP_HIT
ACTIONS = (CLOSE, PARTIAL, UpdateKind.CANCEL, MOVE_SL)
_PARSER = EnhancedParser(enable_ai=False)


# The ruling (session 23, the lead): a close at a named price still to come is needs_review (the
# bot can only close now, at the market); so is one at a target, a time or around a price to come
# (parsers/close_to_come.py). Each was read as a close or a partial close.
TO_COME_FIXED = [
    "#ETH close at 3300",  # (the ruling's own examples)
    "close it at 0.52",
    "#ETH зафиксирую половину по 3300",
    "Close #BTC long at 65400 for profit",  # (was a CLOSE row of test_dev_miss_posts8)
    "Close AT/USDT 📈 LONG at 0.147",  # (the same)
    "#SOL exit at 150",
    "Close 50% at 150",
    "#SOL close half at 150",
    "Close #ETH @ 3300",
    "🔥 #ETH close at 3300",  # (an emoji before the price is the post's decoration)
    "⚡️ #ETH exit around 3300 🔥",
    "#ETH close in 2 hours ⏰",
    "✅ #ETH Target 1 done. Close 50% at TP2 🎯",
    "#ETH close half or full 🤔",  # (the reader's choice of two shares)
    # "on" a price (session 24, the lead; upd25 noticed it: each was a close now, on main 3d5cfbb8)
    "Close on 3300 #ETH",
    "#ETH close on 3300",
    "#SOL exit on $150",
]

# A report that the channel closed at a price, or a close now: a close, as before.
TO_COME_GUARDS = [
    ("Closed at 205 ✅", CLOSE, None),
    ("FULLY EXIT AT 205 ✅", CLOSE, None),
    ("закрыл по 3300", CLOSE, None),
    ("Закрываю #BTC по 65000", CLOSE, None),
    ("#ETH close now at 3300", CLOSE, None),
    ("#ETH closing at 3300", CLOSE, None),
    ("Exit HYPE/USDT (Binance Futures) SHORT at 42 now", CLOSE, None),
    ("#ETH close at market 3300", CLOSE, None),
    ("AIROLAM EXIT AT 123 BUY COST", CLOSE, None),  # (dev en21-swing-047, first line)
    ("CARBOR 80% EXIT AT 970🔥🔥", PARTIAL, 0.8),  # (dev en21-swing-031)
    ("BCG EXIT 80% AT 27.40 ✅✅✅✅", PARTIAL, 0.8),  # (dev en21-swing-046)
    ("CLOSE AT ENTRY NOW. LONG LATER", CLOSE, None),  # (dev crypto-ninjias-005)
    ("#ETH close half", PARTIAL, 0.5),
    ("Close #ETH now", CLOSE, None),
    ("#ETH closed on 3300", CLOSE, None),  # (a report: the verb told as done)
]


@pytest.mark.parametrize("text", TO_COME_FIXED)
def test_read_update_when_a_close_names_a_price_to_come_then_none(text: str) -> None:
    assert follow_up(text) is None


@pytest.mark.parametrize(("text", "kind", "fraction"), TO_COME_GUARDS)
def test_read_update_when_a_close_is_now_or_reported_then_read(
    text: str, kind: UpdateKind, fraction: float | None
) -> None:
    update = follow_up(text)
    assert update is not None and update.kind is kind, update
    assert update.fraction == fraction


# A close report that re-states the card (English with emoji): a percentage, a count of targets
# or the card's stop line was read as a share or a stop move beside the close (made up in the
# shape of dev square-fhe-trade-close-001 and the Cornix close reports). Each was read as a
# partial close.
CARD_FIXED = [
    "#ETH closed ✅\nResult: 35%",
    "#ETH Closed ✅ 35%",
    "#ETH Closed ✅ 35% 🚀",
    "Signal closed #ETH\nTP1 ✅ 20%",
    "#ETH closed\nTargets: 1) 3100 (30%)",
    "#ETH Trade Closed ✅\nTotal: 35% 🚀",
    "#ETH closed 🔥 Return 35%",
    "Close #ETH ✅ 35% profit",
    "#ETH/USDT\nEntry: 3000\nTP1: 3100 ✅\nProfit: 35%\nClosed ✅",
    "#ETH\nBuy zone 3000-3050\nTP1 3100 ✅\nTP2 3200 ✅\nAll profit 35%\nExit ✅",
    "#ETH Closed ✅\nEntry: 3000\nTP1 3100 ✅\nSL: breakeven",
    "Trade closed ✅ #ETH\nEntry: 3000\nTP1: 3100 ✅\nSL moved to entry\nProfit: 35%",
    "CLOSED #ETH ✅\n🎯 TP1 ✅\n🛑 SL moved to BE\n💰 +35%",
    "#ETH 🔒 Trade closed\n1/3 targets hit",
]


@pytest.mark.parametrize("text", CARD_FIXED)
def test_read_update_when_a_close_report_restates_its_card_then_a_close(text: str) -> None:
    update = follow_up(text)
    assert update is not None and update.kind is CLOSE, update
    assert update.fraction is None and update.then is None


# The card's percentage said elsewhere, never a share, but no close is wrongly kept either: these
# asked a partial close or a report of a target, now none (a refusal, never another action).
CARD_REFUSED = [
    "#ETH ROI 35% Closed ✅",
    "#ETH closed ✅ 10% move, 50% with 5x",
    "🎯 Signal Close TP2 ✅\nEntry: 3000",
]


@pytest.mark.parametrize("text", CARD_REFUSED)
def test_read_update_when_the_card_percentage_is_no_share_then_no_partial_close(text: str) -> None:
    update = follow_up(text)
    assert update is None or update.kind not in (PARTIAL,), update


CARD_GUARDS = [
    ("Close 50%", PARTIAL, 0.5),
    ("#ETH closed 50%", PARTIAL, 0.5),
    ("#ETH Closed ✅ 50% of the position", PARTIAL, 0.5),
    ("TP1 ✅ close 50%", PARTIAL, 0.5),
    ("75% of the position closed", PARTIAL, 0.75),
    ("1/2 closed at 0.15$", PARTIAL, 0.5),
    ("#ETH Close 50% and move SL to entry", PARTIAL, 0.5),
    ("#ETH closed half, SL to entry", PARTIAL, 0.5),
    ("#ETH Take Profit 2 ✅ Closed 50%", PARTIAL, 0.5),
    ("#ETH/USDT closed\nProfit 35%", CLOSE, None),
]


@pytest.mark.parametrize(("text", "kind", "fraction"), CARD_GUARDS)
def test_read_update_when_a_share_is_said_of_the_close_then_kept(
    text: str, kind: UpdateKind, fraction: float | None
) -> None:
    update = follow_up(text)
    assert update is not None and update.kind is kind, update
    assert update.fraction == fraction


# Russian partial closes whose share was not read (read as a close of all), and the rest closed
# at a target or price to come (dev vovilonn-ch1-ru-053, -035 varied; Russian grammar).
RU_PARTIAL_FIXED = [
    ("#ETH закрыл 50 процентов позиции", 0.5),
    ("#ETH фиксирую 50 процентов", 0.5),
    ("#ETH закрываем 30 процентов", 0.3),
    ("#ETH закрываю пол позиции", 0.5),
    ("#ETH закрываю полпозиции", 0.5),
    ("#ETH закрыл пол-позиции", 0.5),
    ("#ETH зафиксировал 50%, остаток закрываем на второй цели", 0.5),
    ("#ETH закрыл 50%, остальное закрываем по 3500", 0.5),
]


@pytest.mark.parametrize(("text", "fraction"), RU_PARTIAL_FIXED)
def test_read_update_when_a_russian_share_is_said_then_a_partial_close(
    text: str, fraction: float
) -> None:
    update = follow_up(text)
    assert update is not None and update.kind is PARTIAL, update
    assert update.fraction == fraction


RU_GUARDS = [
    ("#ETH закрываем полностью", CLOSE, None),
    ("#ETH закрыл половину", PARTIAL, 0.5),
    ("#MYX - фиксирую 50% позиции по текущим.", PARTIAL, 0.5),  # dev vovilonn-ch1-ru-053
    ("#JUP - остаток закрываю около б/у.", CLOSE, None),  # dev vovilonn-ch1-ru-030
    ("#ETH закрываю 50%", PARTIAL, 0.5),
    ("#ETH стоп переносим на 3100", MOVE_SL, None),
    ("#ETH стоп в бу", MOVE_SL, None),
    ("1000PEPE стоп переносим на 0,0115", MOVE_SL, None),
    ("#LDO - перевожу стоп в б/у. Позиция уже в профите", MOVE_SL, None),  # dev -062
    ("Стоп переносим в + на 1,2453", MOVE_SL, None),  # dev dk-trader-d-011 varied
]


@pytest.mark.parametrize(("text", "kind", "fraction"), RU_GUARDS)
def test_read_update_when_a_russian_action_is_asked_then_read(
    text: str, kind: UpdateKind, fraction: float | None
) -> None:
    update = follow_up(text)
    assert update is not None and update.kind is kind, update
    assert update.fraction == fraction


# Russian status posts (a reminder, a result, a state told) and stop moves a person must read
# (the session-16/21/22 rulings in Russian's forms: another coin's stop, an add-on entry, a
# condition, a modal or a move put off, a level given as a range with spaced thousands). Each was
# read as an action.
RU_NO_ACTION_FIXED = [
    "Напоминаю: по #ETH закрываем 50% на первой цели",
    "Напоминаю, по #ETH фиксируем половину на первом тейке",
    "Напоминание: #ETH закрываем позицию при достижении 3300",
    "Напоминаю, что стоп по #ETH в безубытке",
    "#ETH - ранее закрыли 50% позиции, остальное держим",
    "Напомню, что по #ETH уже закрыто 50% позиции",
    "По #ETH ранее зафиксировали половину. Сейчас +15%",
    "#ETH дал +35%, кто зафиксировал - молодцы",
    "Кто закрыл половину #ETH на 3300 - молодцы",
    "#ETH чистый профит 35% 🔥 поздравляю всех кто зафиксировал",
    "#SOL - 50% позиции уже зафиксировано, остаток держим",
    "#ETH отработала полностью, закрыли все цели 🔥 +35%",
    "Отчет по сделкам:\n#ETH — закрыта +2R\n#SOL — фиксировали 50% +1R",
    "#ETH: напоминаю, позиция закрыта в б/у",
    "#ETH как и писал, закрыли половину",
    "#ONDO - держим, стоп уже в б/у",
    # ("ETH/USDT стоп переносим на 3100, BTC/USDT стоп на 65000": two coins' stops, read with
    # the reason since session 27, test_tidy28.STOP_REASONS)
    "#ETH стоп переносим на 3 100,5 - 3 050",
    "#ETH стоп в бу, добор на 2900",
    "#ETH переносим стоп на 3100, докупаем на 2950",
    "#ETH при закреплении выше 3200 стоп переносим на 3100",
    "#ETH - стоп переставлю на 3100 позже",
    "#ETH стоп можно передвинуть на 3100",
]


@pytest.mark.parametrize("text", RU_NO_ACTION_FIXED)
def test_read_update_when_a_russian_post_tells_or_needs_a_person_then_no_action(text: str) -> None:
    update = follow_up(text)
    assert update is None or update.kind not in ACTIONS, update


# English: a stop move whose close word says why it moves, stop hits told with a close and a
# percentage, a close beside a new position. Each was read as another action.
EN_FIXED = [
    ("#ETH Move SL to 3100 to close the trade in profit", MOVE_SL),
    ("#ETH closed in SL 35%", SL_HIT),
    ("#ETH STOP LOSS 2900 ❌ closed 35%", SL_HIT),
    ("#ETH Stopped in profit, 50% closed at TP1", SL_HIT),
    ("#ETH position stopped at 3100, 50% taken at TP1", SL_HIT),
    # (Was a row of no action on i13-fu24, where "SL to 3100" was not read as a stop move; with
    # i13-upd24's "SL to 0.55" merged it is the stop move it says, and no close: session 23.)
    ("#ETH SL to 3100 (closes in profit)", MOVE_SL),
]


@pytest.mark.parametrize(("text", "kind"), EN_FIXED)
def test_read_update_when_an_english_follow_up_then_its_own_action(
    text: str, kind: UpdateKind
) -> None:
    update = follow_up(text)
    assert update is not None and update.kind is kind, update


EN_NO_ACTION_FIXED = [
    "#ETH ⚠️ Close long, flip to short 🔻",
    "#ETH close and reverse 🔄",
    "🚨 #ETH Close the trade and buy again at 2900",
]


@pytest.mark.parametrize("text", EN_NO_ACTION_FIXED)
def test_read_update_when_a_close_is_said_of_the_stop_or_beside_a_new_trade_then_none(
    text: str,
) -> None:
    update = follow_up(text)
    assert update is None or update.kind not in (CLOSE, PARTIAL), update


EN_GUARDS = [
    ("#ETH Move stop to 3100 so we exit in profit", MOVE_SL),
    ("#ETH move SL to entry, time to close half", PARTIAL),
    ("#ETH move SL to entry and then close half", PARTIAL),
    ("Move SL to entry, trend reversing", MOVE_SL),
    ("#ETH reversal candle, close now", CLOSE),
    ("#ETH Stop loss hit. Closed with 20% loss", SL_HIT),
]


@pytest.mark.parametrize(("text", "kind"), EN_GUARDS)
def test_read_update_when_an_english_action_is_asked_then_read(text: str, kind: UpdateKind) -> None:
    update = follow_up(text)
    assert update is not None and update.kind is kind, update


# A close report headed "Close Signal" / "Trade Close" over the card's entry and exit was read as
# a new tradable call (a wrong trade; vocabulary.REPORTED_AROUND: a report around the levels).
@pytest.mark.parametrize(
    "text",
    [
        "SOL/USDT Close Signal 🔔\nEntry 97, Exit 92\nProfit 5.15% 🟢\nLeverage 10x → 51.5%",
        "SOL/USDT Close Signal\nEntry 97\nExit 92",
        "Trade Close ✅ SOL/USDT\nEntry 97\nTP 92\nSL 99",
    ],
)
def test_parse_when_a_close_report_heads_the_card_then_no_trade(text: str) -> None:
    signal = _PARSER.parse_sync(text)
    assert signal is None or not signal.is_valid(), signal
