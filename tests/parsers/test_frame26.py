"""The lead's rulings (j) and (k) of session 25 read by the parser (branch i13-frame26;
CONVENTIONS.md, "Rulings of session 25"). Read through the parser's entry point (EnhancedParser,
as the corpus scorer and the bot read a post). Every row of the tables named *_FIXED was traded
on the branch's parent (main 23ced356 with the label audit i13-audit26 merged); the GUARDS
tables read as before (they pass on both).

(j) a tool's or an AI's description of the reader's own set-up or position is no call of the
channel (parsers/own_setup.py, asked by parsers/call_framing.py); (k) a card giving two ways in,
one at the market and one waiting for a condition or another level, is the reader's choice
(parsers/entry_choice.py, which already refused "Entry: market or 148").
Forms: dev posts (their ids beside them) and made-up posts in the shape of dev cards, marked
(made up).
"""

from __future__ import annotations

from functools import cache

import pytest

from parsers import EnhancedParser
from tests.parsers.corpus_score import CorpusCase, load_split

_PARSER = EnhancedParser(enable_ai=False)


@cache
def _dev() -> dict[str, CorpusCase]:
    return {case.id: case for case in load_split("dev")}


def _text(row: str) -> str:
    """A dev case's text by its id, or the row's own (made-up) text."""
    return _dev()[row].text if row in _dev() else row


def _reasons(text: str) -> str:
    sig = _PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid(), (sig.symbol, sig.side, sig.entries)
    return "" if sig is None else "; ".join(sig.review)


_CARD = "\n#{c} {side}\nEntry: {e}\nTP1: {t1}\nTP2: {t2}\nSL: {sl}"
_SHORT = _CARD.format(
    c="BTC", side="SHORT", e="122400 - 122600", t1="121800", t2="121400", sl="123200"
)
_LONG = _CARD.format(c="WLD", side="LONG", e="0.431 - 0.453", t1="0.480", t2="0.510", sl="0.410")

# (j) The heading describes the reader's own set-up or position: no trade.
OWN_FIXED = [
    "square-btc-short-breakdown-001",  # "Here's a structured breakdown of your BTC short setup:"
    "square-wld-refined-short-plan-001",  # "Here's a refined trading plan for your short position"
    "Here’s a structured breakdown of your BTC short setup:" + _SHORT,  # (made up, below too)
    "Here's a refined trading plan for your short position on $BTC:" + _SHORT,
    "📊 Analysis of your BTC short setup" + _SHORT,
    "Quick review of your own BTC trade:" + _SHORT,
    "You have placed a short: here is what your drawing shows." + _SHORT,
    "You’ve placed a short on BTC. Your stop box is above, your target box below." + _SHORT,
    "You're entering a long on WLD. Here is the breakdown:" + _LONG,
    "You are looking to enter a long position on WLD:" + _LONG,
    "My take on your BTC short setup:" + _SHORT,
    "You've set your entry at 122400-122600; your stop is at 123200." + _SHORT,
    "Your BTC short setup looks solid:" + _SHORT,
    "Разбор вашего шорт-сетапа по BTC:" + _SHORT,
    "План для твоей позиции по BTC:" + _SHORT,
    "Análisis de tu setup en corto de BTC:" + _SHORT,
    "Análise do seu setup em BTC:" + _SHORT,
    "Analisi del tuo setup short su BTC:" + _SHORT,
    "Hai aperto uno short su BTC, ecco il piano:" + _SHORT,
    "BTC short kurulumunuzun analizi:" + _SHORT,
]


@pytest.mark.parametrize("row", OWN_FIXED)
def test_own_setup_is_no_call(row: str) -> None:
    why = _reasons(_text(row))  # (no trade: a dev post may be refused for another reason first)
    assert row in _dev() or "the reader's own set-up" in why


# (j) Left as signals by the ruling: an AI's new idea from a chart the reader shared, the
# session-22 "if you entered a short" assessment, a channel's card telling the reader to manage
# "your position": read as before (the trade, or the same refusal for another reason).
OWN_GUARDS_TRADED = [
    ("square-chz-15m-short-001", [0.01794]),  # "Looking closely at the price action in 28273.jpg"
    ("square-eth-4h-short-assess-001", [2600, 2608]),  # (session 22: "if you entered a short")
    (
        "Based on the chart you shared for BTC/USDT (4h timeframe), here is a trade idea:" + _SHORT,
        [122400, 122600],
    ),  # (made up, below too)
    ("If you're entering late, use a small size." + _SHORT, [122400, 122600]),
    ("Have you set your stop? Here is our new call:" + _SHORT, [122400, 122600]),
    (_SHORT.strip() + "\nYour stop is your protection: keep it.", [122400, 122600]),
    (_SHORT.strip() + "\nSecure your position after TP1.", [122400, 122600]),
    (
        _SHORT.strip()
        + "\nRisk no more than 1% of your capital per trade. Good luck with your trade!",
        [122400, 122600],
    ),
]


@pytest.mark.parametrize(("row", "entries"), OWN_GUARDS_TRADED)
def test_left_as_signals_trade(row: str, entries: list[float]) -> None:
    sig = _PARSER.parse_sync(_text(row))
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert sorted(sig.entries) == sorted(entries)


OWN_GUARDS_NOT_OWN = [
    "square-doge-sell-0203-001",  # ("Based on the chart you shared": refused for its levels)
    "sq21-xpl-latex-short-001",
    "sq22-link-current-price-long-001",  # "Based on your provided LINK/USDT chart"
]


@pytest.mark.parametrize("row", OWN_GUARDS_NOT_OWN)
def test_shared_chart_is_not_the_readers_own(row: str) -> None:
    sig = _PARSER.parse_sync(_text(row))
    assert sig is None or "the reader's own set-up" not in "; ".join(sig.review)


# (k) Two ways in, one at the market and one waiting: no trade.
TWO_WAYS_FIXED = [
    "square-the-long-squeeze-001",  # "Current prices (0.0600 - 0.0610) or limits on the pullback"
    "square-usual-short-it-001",  # "vicino al livello attuale a $1.4097 o dopo un retest ..."
    "#THE LONG\nEntry: Current prices (0.0600 - 0.0610) or limits on the pullback to the zone 0.0545"
    " - 0.0565\nTP: 0.0650, 0.0695\nSL: 0.0510",  # (made up, below too)
    "#ETH LONG\nEntry: now at 0.50, or after a pullback to 0.48\nTP: 0.55\nSL: 0.45",
    "#ETH LONG\nEntry: 0.48 on a dip, or now at the market\nTP: 0.55\nSL: 0.45",
    "#ETH LONG\nEntry: current price (0.50) or wait for a retest of 0.48\nTP: 0.55\nSL: 0.45",
    "#ETH LONG\nВход: по рынку (0.50) или лимиткой на откате к 0.48\nTP: 0.55\nSL: 0.45",
    "#ETH LONG\nEntrada: precio actual 0.50 o esperar un retroceso a 0.48\nTP: 0.55\nSL: 0.45",
]


@pytest.mark.parametrize("row", TWO_WAYS_FIXED)
def test_two_ways_in_is_the_readers_choice(row: str) -> None:
    assert "two ways in" in _reasons(_text(row))


# (k) Not two ways in: read as before.
TWO_WAYS_GUARDS_TRADED = [
    ("#ETH LONG\nEntry: now (0.50)\nTP: 0.55\nSL: 0.45", [0.50]),  # (made up: a market card)
    ("#ETH LONG\nEntry: 0.50 (CMP)\nDCA: 0.48\nTP: 0.55\nSL: 0.45", [0.50, 0.48]),  # (made up)
    (
        "#ETH SHORT\nEntry: 0.50, at or near the current price\nTP: 0.45\nSL: 0.55",
        [0.50],
    ),  # (made up)
    ("square-eth-short-2663-001", [2663.89]),  # "(current price, assuming a rejection or continued
    # pullback)": the "or" joins two conditions of one way
]


@pytest.mark.parametrize(("row", "entries"), TWO_WAYS_GUARDS_TRADED)
def test_one_way_in_trades(row: str, entries: list[float]) -> None:
    sig = _PARSER.parse_sync(_text(row))
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert sorted(sig.entries) == sorted(entries)


def test_market_or_price_keeps_its_reason() -> None:
    """ "Entry: market or 0.0600" is refused as before, by the older choice (made up)."""
    why = _reasons("#THE LONG\nEntry: market or 0.0600\nTP: 0.0650\nSL: 0.0510")
    assert "the entry is a choice, at market or at 0.0600" in why
    assert "two ways in" not in why
