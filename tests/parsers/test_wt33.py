"""Calls traded with a guess, and chatter read as a close (session 31, branch i13-wt33).

- A side whose way in is a chart event with no price ("BUY after breaking up from triangle",
  "Entry after retest of the breakout", "Вход после пробоя треугольника") needs review: the
  session-25 ruling (CONVENTIONS.md, "a side with a stop and targets whose entry is a condition
  with no price"), never a market order before the chart did what the channel waits for
  (parsers/unpriced_condition.py, asked by parsers/call_doubts.py when no entry price was read).
- "Entry Below : 1.25" under SHORT: the words channels head a long's buy under a price with
  (dev pnd-tg-1498653700-003, teletrader-FXVIP-005), or a breakdown entry? Needs review
  (parsers/entry_below_short.py, from parsers/trigger.py); "Enter below", "Short below" and
  "Entry if breaks below" stay the breakdown they were.
- A target line whose every price carries "$" but the last ("$15 - $16 - $17 - 18") needs
  review: a fourth target, or another number run onto the list? (parsers/dollar_list.py).
- A candle's close with a count ("close at least one 4-hr candle above it") is the chart's close
  (parsers/not_close_rows.py); "closes"/"cancels" with a subject before it ("a 10% move against
  you closes your position") is told, no order (parsers/not_close.py).

Every text here is MADE UP (written from the general forms of the lead's masked held-out shapes,
no held-out text seen) unless a dev case id is named beside it.
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import (
    ACTIONS,
    check_acts,
    follow_up,
    not_traded,
    review,
    valid,
)

CLOSE, CANCEL = UpdateKind.CLOSE, UpdateKind.CANCEL


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "$AVAX\nPair: AVAX/USDT\nBUY after breaking up from triangle\nSL 24.5$\nTarget 1 :"
            " 28.5$\nTarget 2 : 30$",
            "BUY after breaking up",
        ),
        (
            "#AVAX/USDT LONG\nEntry after retest of the breakout\nSL 24.5\nTargets 28.5, 30",
            "retest",
        ),
        ("#AVAX/USDT\nLong once it breaks out of the wedge\nSL 24.5\nTargets 28.5, 30", "breaks"),
        ("#AVAX/USDT\nShort upon a breakdown from the range\nSL 31\nTargets 26, 24", "breakdown"),
        ("#AVAX/USDT\nGo long after it reclaims the range high\nSL 24.5\nTP 28.5", "reclaims"),
        ("#AVAX/USDT\nBuying when it confirms the flag\nSL 24.5\nTP 28.5, 30", "confirms"),
        ("#AVAX/USDT\nEnter if it closes above the trendline\nSL 24.5\nTP 28.5", "closes above"),
        ("#AVAXUSDT ЛОНГ\nВход после пробоя треугольника\nСтоп 24.5\nЦели 28.5, 30", "пробоя"),
        ("#AVAXUSDT\nЛонг при подтверждении уровня\nСтоп 24.5\nЦели 28.5, 30", "подтвержд"),
        ("#AVAX/USDT\nCompra después de la ruptura\nSL 24.5\nObjetivos 28.5, 30", "ruptura"),
        ("#AVAX/USDT\nComprar após o rompimento\nSL 24.5\nAlvos 28.5, 30", "rompimento"),
        ("#AVAX/USDT\nKırılım sonrası long\nStop 24.5\nHedef 28.5, 30", "sonrası"),
        ("#AVAX/USDT\nLong nach dem Ausbruch\nSL 24.5\nZiele 28.5, 30", "Ausbruch"),
        ("#AVAX/USDT\nMua sau khi phá vỡ tam giác\nSL 24.5\nTP 28.5, 30", "phá vỡ"),
        ("#AVAX/USDT\n突破三角形后做多\n止损 24.5\n止盈 28.5, 30", "突破"),
    ],
)
def test_a_way_in_that_waits_for_the_chart_with_no_price_needs_review(
    text: str, words: str
) -> None:
    reasons = review(text)
    assert any(words.lower() in why.lower() for why in reasons), reasons


@pytest.mark.parametrize(
    "text, entries",
    [
        # MADE UP: the price of the condition given: read with its way (guards).
        ("#AVAX/USDT\nBUY after breaking 26.5\nSL 24.5\nTargets 28.5, 30", [26.5]),
        # A side with no entry word stays a market signal (session 21), "now" too.
        ("#AVAX/USDT\nLONG\nSL 24.5\nTargets 28.5, 30", []),
        ("#AVAX/USDT\nBUY now\nSL 24.5\nTargets 28.5, 30", []),
        # An event told in the analysis, not the way in: "after" names no side's way.
        (
            "#AVAX/USDT LONG\nEntry: 26.5\nSL 24.5\nTargets 28.5, 30\nThe coin bounced after the retest",
            [26.5],
        ),
    ],
)
def test_a_priced_or_plain_call_still_reads(text: str, entries: list[float]) -> None:
    assert valid(text).entries == entries


@pytest.mark.parametrize(
    "text",
    [
        "⚡️⚡️ #THETA/USDT ⚡️⚡️\nSHORT\n🛒 Entry Below : 1.25\n🎯 SELL- 1.20-1.15-1.10\n💩 Stop Loss :"
        " 1.32",
        "#THETA/USDT SHORT\nEntry below: 1.25\nTargets: 1.20 - 1.15\nSL: 1.32",
        "#THETA/USDT SHORT\nEntry price below - 1.25\nTargets: 1.20 - 1.15\nSL: 1.32",
    ],
)
def test_entry_below_in_a_short_needs_review(text: str) -> None:
    reasons = review(text)
    assert any("short's entry is written" in why for why in reasons), reasons


@pytest.mark.parametrize(
    "text, trigger",
    [
        # The breakdown a verb or a break says (dev enkhamar-wolfx-001's "Enter below:", the docs'
        # "Short below 205", dev cur-signals-033's "Entry if breaks below").
        ("#THETA/USDT SHORT\nEnter below: 1.25\nTargets: 1.20 - 1.15\nSL: 1.32", "below"),
        ("#THETA/USDT\nShort below 1.25\nTargets: 1.20 - 1.15\nSL: 1.32", "below"),
        ("#THETA/USDT SHORT\nEntry if breaks below 1.25\nTargets: 1.20 - 1.15\nSL: 1.32", "below"),
        # A long's "Entry Below" is the buy under the price (dev pnd-tg-1498653700-003's form).
        ("#THETA/USDT LONG\nEntry Below : 1.25\nTargets: 1.30 - 1.35\nSL: 1.18", "below"),
    ],
)
def test_a_breakdown_said_so_still_reads(text: str, trigger: str) -> None:
    assert valid(text).entry_trigger == trigger


@pytest.mark.parametrize(
    "text",
    [
        "📊 (BINANCE )\n#LINK/USDT\nLong Below :- 14.5\nTARGET:- $15 - $16 - $17 - 18\nMAX"
        " LEVERAGE :- 10x",
        "#LINK/USDT LONG\nEntry: 14.5\nTargets: 15$ - 16$ - 17$ - 18\nSL: 13.9",
        "#LINK/USDT LONG\nEntry: 0.95\nTP: $1.05, $1.15, $1.25, 2\nSL: 0.9",
    ],
)
def test_a_dollar_list_whose_last_price_has_no_dollar_needs_review(text: str) -> None:
    reasons = review(text)
    assert any("written with '$' but the last" in why for why in reasons), reasons


@pytest.mark.parametrize(
    "text, targets",
    [
        # dev teletrader-FXVIP-005's form: no "$" at all, "+" on the last (guards).
        (
            "📊 FUTURES (BINANCE)\n#BELUSDT\nLONG Below : 1.65\nMAX 👉5x-7x LEVERAGE Hold\nTAKE"
            " PROFIT: 1.70|1.76|1.85+",
            [1.7, 1.76, 1.85],
        ),
        (
            "#LINK/USDT LONG\nEntry: 14.5\nTargets: $15 - $16 - $17 - $18\nSL: 13.9",
            [15, 16, 17, 18],
        ),
        ("#LINK/USDT LONG\nEntry: 14.5\nTargets: $15 - $16\nSL: 13.9", [15, 16]),
        ("#LINK/USDT LONG\nEntry: 14.5\nTargets: 15 - 16 - 17\nSL: 13.9", [15, 16, 17]),
    ],
)
def test_a_list_written_one_way_still_reads(text: str, targets: list[float]) -> None:
    assert valid(text).take_profits == targets


def _no_order(text: str) -> None:
    not_traded(text)
    update = follow_up(text)
    assert update is None or update.kind not in ACTIONS or update.problem, update


@pytest.mark.parametrize(
    "text",
    [
        "BTC is trading above 67,500$ 🔥🔥\nIt needs to break the major resistance at 69,000 and"
        " close at least one 4-hr candle above it",
        "#ETH must close two daily candles above 4,000 to confirm the breakout",
        "Leverage can amplify your profits — or wipe you out just as fast.\n1️⃣ Know Your Leverage:"
        " at 10x, a 10% move against you closes your position\n2️⃣ Use a stop loss",
        "Know your leverage: a 10% drop liquidates and closes your position at 10x",
        "Tip: the exchange cancels unfilled orders after 30 days",
        "In the past few days, $PEPE has been very aggressive. With the funding rate this high,"
        " longs could get closed out fast.",
        "#SOL would be cancelled if it drops",
    ],
)
def test_a_close_told_of_a_candle_or_a_mechanism_is_no_order(text: str) -> None:
    _no_order(text)


@pytest.mark.parametrize(
    "text, kind, symbol",
    [
        # Orders to the reader stay read (guards).
        ("Close ETH now", CLOSE, "ETHUSDT"),
        ("#BTC closing now at 67,500", CLOSE, "BTCUSDT"),
        ("#SOL cancel the order", CANCEL, "SOLUSDT"),
        ("Closed #LINK at 15.2 ✅", CLOSE, "LINKUSDT"),
    ],
)
def test_an_order_to_the_reader_still_acts(text: str, kind: UpdateKind, symbol: str) -> None:
    check_acts(text, kind, symbol, None)


@pytest.mark.parametrize(
    "text",
    [
        # The ruling (i)'s own made-up example (CONVENTIONS.md, session 25), and its forms.
        "Closing the trades: ABC to break-even, XYZ at -0.4 %",
        "Closing the trades: SOL to break-even, ETH at -0.4 %",
        "Закрываю сделки, sol в БУ, eth в -0.5%",
        "Закрываю лонги, sol тоже в БУ , eth в -0.5%",
        "Закрываю позиции:\nsol - в бу\neth - -0.5%",
        "Closing both: $ABC +1.2R, $XYZ -0.4R",
    ],
)
def test_a_close_followed_by_two_coins_outcomes_is_refused(text: str) -> None:
    update = follow_up(text)
    assert update is not None and update.kind is CLOSE, update
    assert update.problem is not None and "one follow-up per post" in update.problem, update


@pytest.mark.parametrize(
    "text, symbol",
    [
        # dev dk-trader-a-006's form: a close of all positions, its coins' results under it.
        (
            "Закрываю все позиции по текущим, чтобы закрыть месяц\nhype - в бу\nbnb - 0.07R\nsol"
            " - 0.82R",
            None,
        ),
        # One coin and its result lines (no second coin).
        ("Close #SOL now ✅\nPNL: +12%\nROI: 40%", "SOLUSDT"),
        ("#ETH close now +5%", "ETHUSDT"),
    ],
)
def test_a_close_of_one_coin_or_of_all_still_acts(text: str, symbol: str | None) -> None:
    check_acts(text, CLOSE, symbol, None)
