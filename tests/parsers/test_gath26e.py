"""Batch gath26e's shapes (session 25, branch i13-gath26e): a Brazilian call channel's results
channel ("BitNada - Resultados", Portuguese), read through the parser's entry point
(EnhancedParser, as the corpus scorer and the bot read a post). Every row of the tables named
*_FIXED was not read on the branch's parent (main adfd504d: "no update read"); the GUARDS tables
ask nothing or are read as before (they pass on both). Forms: the batch's dev posts (their ids
beside them) and made-up posts in their shape, marked (made up).
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser
from parsers.models import UpdateKind
from tests.parsers.reads import follow_up

CLOSE, MOVE_SL = UpdateKind.CLOSE, UpdateKind.MOVE_SL
SL_HIT, TP_HIT = UpdateKind.SL_HIT, UpdateKind.TP_HIT
ACTIONS = (CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.CANCEL, MOVE_SL)
_PARSER = EnhancedParser(enable_ai=False)


_ENDED = "\n\nOPERAÇÃO ENCERRADA\nMotivo: Stop recomendado para controle de risco."

# (text, kind, symbol, tp_index, price): the card's outcome, for the card's pair as written.
CARDS_FIXED = [
    (  # dev gath26e-bitnada-pt-004: the first target reached, the stop raised to a price
        "XTZBTC 31-12 06:10\nID: 15630\nSetup 4\nALVO 1: 0.0000698 WWW (+1,16%)\n"
        "Candle: 31-12 10:13 Horario de Brasilia\n"
        "Esse sinal levou 4 hora(s) e 3 minuto(s) para atingir o alvo1.\nRECOMENDAÇÃO:\n"
        "Faça uma parcial e suba seu stop para 0.0000681",
        MOVE_SL,
        "XTZBTC",
        1,
        0.0000681,
    ),
    (  # dev gath26e-bitnada-pt-050: a pair quoted in USDT
        "XRPUSDT 01-01 01:16\nID: 15649\nSetup 5\nALVO 1: 0.24074 WWW (+1,00%)\n"
        "Candle: 01-01 01:16 Horario de Brasilia\n"
        "Esse sinal levou 1 minuto para atingir o alvo1.\nRECOMENDAÇÃO:\n"
        "Faça uma parcial e suba seu stop para 0.23526",
        MOVE_SL,
        "XRPUSDT",
        1,
        0.23526,
    ),
    (  # dev gath26e-bitnada-pt-012: a later target reached, no advice
        "XZCBTC 31-12 10:54\nID: 15639\nSetup 4\nALVO 1: 0.0001164 WWW\nALVO 2: 0.0001176 WWW\n"
        "ALVO 3: 0.0001188 WWW\nALVO 4: 0.0001199 WWW (+4,11%)\n"
        "Candle: 31-12 12:23 Horario de Brasilia\n"
        "Esse sinal levou 1 hora(s) e 28 minuto(s) para atingir o alvo4.",
        TP_HIT,
        "XZCBTC",
        4,
        None,
    ),
    (  # dev gath26e-bitnada-pt-001: the trade ended at the stop advised
        "ATOMBTC 31-12 06:29\nID: 15631\nSetup 6\nALVO 1: 0.0002058 WWW" + _ENDED,
        CLOSE,
        "ATOMBTC",
        None,
        None,
    ),
    (  # dev gath26e-bitnada-pt-009: the stop line alone, the stop hit
        "QTUMBTC 31-12 09:00\nID: 15634\nSetup 4\nSTOP LOSS: 0.000076 LLL 31-12 12:13",
        SL_HIT,
        "QTUMBTC",
        None,
        None,
    ),
    (  # dev gath26e-bitnada-pt-058: the stop line of a USDT pair
        "ADAUSDT 31-12 22:38\nID: 15645\nSetup 6\nSTOP LOSS: 0.17931 LLL 01-01 03:34",
        SL_HIT,
        "ADAUSDT",
        None,
        None,
    ),
    (  # (made up) the card in English, ticks as its marks
        "SOLUSDT 02-03 14:05\nID: 812\nTarget 1: 101.5 ✅\nTarget 2: 104.2 ✅ (+3.10%)\n"
        "Target 2 reached\nRaise your stop to 99.8",
        MOVE_SL,
        "SOLUSDT",
        2,
        99.8,
    ),
    (  # (made up) dev gath26e-bitnada-pt-001 under a chatter line (tests/parsers/variants.py)
        "Join our VIP channel 👑\nATOMBTC 31-12 06:29\nID: 15631\nSetup 6\nALVO 1: 0.0002058 WWW"
        + _ENDED,
        CLOSE,
        "ATOMBTC",
        None,
        None,
    ),
    (  # (made up) dev gath26e-bitnada-pt-009 with an emoji opening every line
        "⚡ QTUMBTC 31-12 09:00\n⚡ ID: 15634\n⚡ Setup 4\n⚡ STOP LOSS: 0.000076 LLL 31-12 12:13",
        SL_HIT,
        "QTUMBTC",
        None,
        None,
    ),
    (  # (made up) a target reached told "alvo 2 atingido"
        "ETHUSDT 02-01 09:44\nALVO 1: 764.86 WWW\nALVO 2: 779.62 WWW (+4,04%)\nalvo 2 atingido",
        TP_HIT,
        "ETHUSDT",
        2,
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "symbol", "tp", "price"), CARDS_FIXED)
def test_results_card_when_read_then_its_outcome_for_its_pair(
    text: str, kind: UpdateKind, symbol: str, tp: int | None, price: float | None
) -> None:
    update = follow_up(text)
    assert update is not None
    assert (update.kind, update.symbol) == (kind, symbol)
    if tp is not None:
        assert update.tp_index == tp
    if price is not None:
        assert update.price == pytest.approx(price)


# The Portuguese (and Spanish) stop raised to a price, in a reply of its own (made up).
MOVES_FIXED = [
    ("#ETH suba o stop para 3100", "ETHUSDT", 3100.0),
    ("#ETH sube el stop a 3100", "ETHUSDT", 3100.0),
]


@pytest.mark.parametrize(("text", "symbol", "price"), MOVES_FIXED)
def test_stop_raised_when_said_in_portuguese_or_spanish_then_moved(
    text: str, symbol: str, price: float
) -> None:
    update = follow_up(text)
    assert update is not None
    assert (update.kind, update.symbol, update.price) == (MOVE_SL, symbol, price)


# Cards and replies that ask nothing now (made up): a stop to raise once a later target is
# reached, a stop NOT to raise, two pairs' outcomes in one post, targets listed with no outcome.
GUARDS_NO_ACTION = [
    "XTZUSDT 31-12 06:10\nID: 15630\nSetup 4\nALVO 1: 0.698 WWW (+1,16%)\nRECOMENDAÇÃO:\n"
    "Se atingir o alvo 2, suba seu stop para 0.681",
    "XTZUSDT 31-12 06:10\nID: 15630\nSetup 4\nNão suba seu stop para 0.681 ainda",
    "#XTZ Não suba o stop para 0.681",
    "#ETH si llega al TP2 sube el stop a 3100",
    "XTZUSDT 31-12 06:10\nID: 15630\nALVO 1: 0.698 WWW\nZILUSDT 31-12 06:12\n"
    "STOP LOSS: 0.5 LLL 31-12 07:00",
    "XTZUSDT 31-12 06:10\nID: 15630\nSetup 4\nALVO 1: 0.698 WWW\nALVO 2: 0.704 WWW",
    "BTC sube con fuerza, el stop de muchos traders está en 60000",
    "XTZUSDT 31-12 06:10\nID: 15630\nSL: 0.5",
]


@pytest.mark.parametrize("text", GUARDS_NO_ACTION)
def test_card_or_reply_when_it_asks_nothing_now_then_no_action(text: str) -> None:
    update = follow_up(text)
    assert update is None or update.kind not in ACTIONS, update


# A call under a heading dated with a dash ("XTZUSDT 31-12 06:10"): the date and time are no
# entry zone (made up). With no entry price the call is a market call (the session-21 ruling);
# on the parent the date's numbers left it refused.
def test_call_when_its_heading_is_dated_with_a_dash_then_the_date_is_no_entry() -> None:
    signal = _PARSER.parse_sync(
        "XTZUSDT 31-12 06:10\nLONG\nTarget 1: 0.698\nTarget 2: 0.704\nStop Loss: 0.6"
    )
    assert signal is not None and signal.is_valid()
    assert (signal.side, signal.entries) == ("LONG", [])
    assert (signal.take_profits, signal.stop_loss) == ([0.698, 0.704], 0.6)


# Read as before: a results card's neighbours the module must leave alone (made up): a call with
# an entry under a dated heading is a call; a card whose heading has no date and time is left to
# the other rules ("#ETH Take-Profit target 2 ✅" stays the target hit it was).
@pytest.mark.parametrize(
    "text",
    [
        "XTZUSDT 31-12 06:10\nEntrada: 0.65\nALVO 1: 0.698\nALVO 2: 0.704\nSTOP LOSS: 0.6",
        "XTZUSDT 31-12 06:10\nLONG\nEntry: 0.65\nTarget 1: 0.698\nTarget 2: 0.704\nStop Loss: 0.6",
    ],
)
def test_call_with_an_entry_when_dated_then_still_a_call_not_a_card(text: str) -> None:
    signal = _PARSER.parse_sync(text)
    assert signal is not None and signal.is_valid()
    assert (signal.entries, signal.take_profits, signal.stop_loss) == ([0.65], [0.698, 0.704], 0.6)


def test_target_hit_when_no_card_heading_then_read_as_before() -> None:
    update = follow_up("#ETH/USDT Take-Profit target 2 ✅\nProfit: 12.1% 📈\nPeriod: 52 min ⏰")
    assert update is not None
    assert (update.kind, update.symbol, update.tp_index) == (TP_HIT, "ETHUSDT", 2)
