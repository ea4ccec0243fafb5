"""Classes of dev misses among follow-ups made general rules (issue 13, session 10, branch
i13-rules11): each class with new replies written in its shape, and near misses that must not
become an action, through the public parser."""

from __future__ import annotations

import pytest

from tests.parsers.reads import PARSER

# --- A Chinese reply saying to protect the profit ("就需要保護利潤了") moves the stop, its level
# unsaid: read as a stop move with no price (not done until a level is given); protecting the
# capital, or a "profit protection" noun, moves nothing.


@pytest.mark.parametrize(
    "text", ["盈利大於止損，就需要保護利潤了", "BTC 盈利了，保護好利潤", "可以保护盈利了"]
)
def test_update_when_a_reply_says_to_protect_the_profit_then_a_stop_move_with_no_level(
    text: str,
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "MOVE_SL"
    assert (update.price, update.to_entry) == (None, False)
    assert update.problem is not None


@pytest.mark.parametrize("text", ["保护本金最重要", "利润保护功能已上线", "今天盈利了"])
def test_update_when_no_profit_is_protected_then_no_stop_move(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is None or update.kind.value != "MOVE_SL"


# --- "take" in the analysis's words is no close: "take out last week's high" (a level swept),
# "take a long position" (a trade opened), "take the liquidity"; "Take 50% here", "Take out
# half now" still close.


@pytest.mark.parametrize(
    "text",
    [
        "#Bitcoin: We expect $BTC to take out last week's high first before forming the low.",
        "Time to take a long position on $SOL once the retest holds.",
        "$ETH may take the liquidity below 3000 before the move up.",
        "Let's take a look at $BNB on the weekly chart.",
    ],
)
def test_update_when_take_is_a_word_of_the_analysis_then_no_close(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is None or update.kind.value not in ("CLOSE", "CLOSE_PARTIAL")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Take 50% here #BTC", "CLOSE_PARTIAL"),
        ("Take out half now #ETH", "CLOSE_PARTIAL"),
        ("Take some profit on #SOL", "CLOSE_PARTIAL"),
    ],
)
def test_update_when_take_says_to_take_a_share_then_a_partial_close(text: str, kind: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == kind


# --- Follow-ups of a Russian channel, and their English forms: a position closed by its stop is
# a stop hit ("закрыло по стоп-лоссу", "ушел в б/у"); the share before the verb ("75% позиции
# закрыто", "75% of the position closed"); the rest closed is all of it ("остаток зафиксировал",
# "close the rest"), whatever percentage the sentence after it gives; the chart's close ("закрыл
# день выше", "если цена закроется") and a price that held ("закрепилась") close nothing; the
# coin is the one the action's own line tags, not the review's heading.


@pytest.mark.parametrize(
    ("text", "kind", "symbol"),
    [
        ("#BB - позиция закрыта по стоп-лоссу. Сетап не отработал.", "SL_HIT", "BBUSDT"),
        ("Остаток по #LIT ушел в б/у.", "SL_HIT", "LITUSDT"),
        (
            "#BTC обзор 💸\n\nБиткоин у 62 216$.\n\nПозицию по #DYDX - закрыло по стоп-лоссу.",
            "SL_HIT",
            "DYDXUSDT",
        ),
        ("#BTC review\n\nBTC holds 62k.\n\n#SOL: closed at stop loss.", "SL_HIT", "SOLUSDT"),
        ("#BTC обзор\n\nЦена в диапазоне.\n\n#TIA стоп перевел в б/у.", "MOVE_SL", "TIAUSDT"),
        ("#MYX - остаток зафиксировал около зоны входа.", "CLOSE", "MYXUSDT"),
        ("#DEXE - прикрываю позицию по текущим около точки входа.", "CLOSE", "DEXEUSDT"),
        ("#SOL closing remaining position now. +12% profit", "CLOSE", "SOLUSDT"),
        ("#ETH close the rest here, 12% move", "CLOSE", "ETHUSDT"),
    ],
)
def test_update_when_a_close_or_stop_report_is_worded_so_then_read_as_that(
    text: str, kind: str, symbol: str
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and (update.kind.value, update.symbol) == (kind, symbol)


@pytest.mark.parametrize(
    "text",
    [
        "Биткоин закрыл день выше 60 000$. Жду продолжения.",
        "Цена сняла ликвидность и закрепилась выше данной зоны.",
        "Если цена закроется 4 часовой свечей выше зоны - это будет сигналом.",
        "#BTC: if the 4h candle closes above 64k we look for longs",
    ],
)
def test_update_when_the_chart_closes_then_no_close(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is None or update.kind.value not in ("CLOSE", "CLOSE_PARTIAL")


def test_update_when_a_russian_ordinal_target_is_taken_then_its_index() -> None:
    update = PARSER.parse_update_sync("#ALICE - первая цель взята, остаток фиксирую по текущим")
    assert update is not None
    assert (update.kind.value, update.tp_index) in (("TP_HIT", 1), ("CLOSE", None))
    update = PARSER.parse_update_sync("#ETH вторая цель взята ✅")
    assert update is not None and (update.kind.value, update.tp_index) == ("TP_HIT", 2)


# --- A signal declared void ("LINK/USDT will be considered as NULL", "null and void") and a
# Chinese "pause it for now" ("先暫停一下zen") cancel; "null" as a word of prose, or a market
# pausing its trading, do not.


@pytest.mark.parametrize(
    "text",
    [
        "✅LINK/USDT will be considered as NULL. (0.00% PROFIT) 🟢\n➡️LINK didn’t reach the Entry"
        " Zone (14.439-14.460) before its value went over the SL value.",
        "#ETH signal is null and void",
        "先暫停一下zen，等待紐約開盤",
        "可以先暂停一下 #SOL",
    ],
)
def test_update_when_the_signal_is_void_or_paused_then_cancel(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "CANCEL"


@pytest.mark.parametrize(
    "text", ["The null hypothesis says BTC moves randomly", "交易所暂停提币", "市场暂停交易"]
)
def test_update_when_null_or_a_pause_is_not_said_of_the_signal_then_no_cancel(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is None or update.kind.value != "CANCEL"


# --- A trading bot's reports: the stop activated (hit) ends the trade ("STOP LOSS ATIVADO",
# "Stop loss activated", "STOP DE LUCRO ATIVADO"); "Stop ativado: no ponto de entrada" (a field:
# where the stop now is) reports no hit; the count of targets reached ("Alvos atingidos: 6/6",
# "Targets hit: 3/5") is no price, and gives the target reached.


@pytest.mark.parametrize(
    "text",
    [
        "❌ #SOL - OPERAÇÃO FINALIZADA ❌\n📌 Motivo: STOP LOSS ATIVADO APÓS ALVO 1\n"
        "📈 Alvos atingidos: 1\n🛑 Stop loss: 245.50",
        "#BTC Stop loss activated ❌",
        "✅ STOP DE LUCRO ATIVADO #SOL\nPreço retornou ao ponto de entrada",
    ],
)
def test_update_when_the_stop_is_activated_then_a_stop_hit(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "SL_HIT"


@pytest.mark.parametrize(
    ("text", "index"),
    [
        (
            "🌕 #SOL - OPERAÇÃO FINALIZADA 🌕\n📌 Motivo: TODOS OS ALVOS ATINGIDOS - LUA!\n"
            "📈 Alvos atingidos: 6/6\n🛑 Stop loss: 238.64",
            6,
        ),
        ("#ETH Targets hit: 3/5 ✅\nStop loss: 3050", 3),
    ],
)
def test_update_when_a_report_counts_the_targets_reached_then_a_target_hit(
    text: str, index: int
) -> None:
    assert PARSER.parse_sync(text) is None or not PARSER.parse_sync(text).is_valid()
    update = PARSER.parse_update_sync(text)
    assert update is not None and (update.kind.value, update.tp_index) == ("TP_HIT", index)


def test_update_when_the_stop_field_says_where_it_is_then_no_stop_hit() -> None:
    text = "✅ PRIMEIRO ALVO ATINGIDO #SOL\n🔍 Alvo 1 atingido no par #SOL\n"
    text += "🛡️ Stop ativado: no ponto de entrada"
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value != "SL_HIT"
