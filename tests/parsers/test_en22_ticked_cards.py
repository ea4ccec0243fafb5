"""English follow-ups that re-post a call with its targets ticked, and BTC pairs glued in a
follow-up (branch i13-en22), read through the parser's public entry points (EnhancedParser's
parse_sync, then parse_update_sync, as the bot does). Made-up posts in the forms of the dev
corpus's re-posted calls ("TP1: 0.06970 ✅ / TP2: 0.08520 ✅", square-fhe-trade-close-001;
"Target 1: 90✅", the Binance Killers cards) with the separators, notes and tick places
channels use. Every row of READ failed before this branch; GUARDS held and must hold.

- SEPARATOR: a tick after the target's price with "=", "@", "→", "at" or brackets between the
  label and the price ("TP1 = 145 ✅", "Target 2 @ 150 ✔️", "TP2 (150) ✅"): the report is of the
  last target ticked (tp_index was 1, the first named; parsers/ticked_lines.tick_on_line).
- NOTE: a note between the price and the tick ("TP2: 150 (+12%) ✅", "TP1 - 145 - 25% ✅", "TP2:
  150 USDT ✅"): the same.
- LEAD: the tick heading the target's line before its label and price ("✅ TP1 145 / ✅ TP2 150 /
  TP3 155"), the later targets with none: was read as a new tradable call (a call re-posted as a
  report opens the trade again at its old levels) or as no update; now the target hit, the
  card refused as a signal (parsers/reports.reports_status, parsers/ticked_lines.led_ticked).
- CLOSED (in GUARDS: held before): a card re-posted with its targets ticked under the trade's
  close ("Trade Closed ✅": the channel closed it, CONVENTIONS) is that close; a "close below" in
  its stop line is no close, the report is of the targets (parsers/ticked_card.py keeps both
  where the card is whole enough to read as a call, which was dropped as a new one).
- GLUED: a known coin glued to its BTC quote in a follow-up ("#ETHBTC TP2 ✅"): the BTC pair the
  call was read as (btc_quote.btc_quoted: "ETHBTC" at 0.053), not ETHBTCUSDT (the follow-up
  named no trade the bot holds; parsers/btc_quote.glued_to_btc).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parsers.reads import check_followup, check_no_action, valid

_HEAD = "#SOL/USDT LONG\nEntry: 140 - 142\n"

READ: list[tuple[str, str, dict[str, Any], str]] = [
    (
        _HEAD + "TP1 = 145 ✅\nTP2 = 150 ✅\nTP3 = 155\nSL: 135",
        "TP_HIT",
        {"tp_index": 2},
        "SEPARATOR",
    ),
    (
        _HEAD + "Target 1 @ 145 ✔️\nTarget 2 @ 150 ✔️\nTarget 3 @ 155",
        "TP_HIT",
        {"tp_index": 2},
        "SEPARATOR",
    ),
    (
        _HEAD + "TP1 → 145 ☑️\nTP2 → 150 ☑️\nTP3 → 155\nSL: 135",
        "TP_HIT",
        {"tp_index": 2},
        "SEPARATOR",
    ),
    (
        _HEAD + "TP1 (145) ✅\nTP2 (150) ✅\nTP3 (155)\nSL: 135",
        "TP_HIT",
        {"tp_index": 2},
        "SEPARATOR",
    ),
    (
        _HEAD + "TP1 at 145 ✅\nTP2 at 150 ✅\nTP3 at 155\nSL: 135",
        "TP_HIT",
        {"tp_index": 2},
        "SEPARATOR",
    ),
    (
        _HEAD + "TP1: 145 (+12%) ✅\nTP2: 150 (+25%) ✅\nTP3: 155\nSL: 135",
        "TP_HIT",
        {"tp_index": 2},
        "NOTE",
    ),
    (
        _HEAD + "TP1 - 145 - 25% ✅\nTP2 - 150 - 25% ✅\nTP3 - 155 - 50%\nSL: 135",
        "TP_HIT",
        {"tp_index": 2},
        "NOTE",
    ),
    (
        _HEAD + "TP1: 145 USDT ✅\nTP2: 150 USDT ✅\nTP3: 155 USDT\nSL: 135",
        "TP_HIT",
        {"tp_index": 2},
        "NOTE",
    ),
    (
        _HEAD + "✅ TP1 145\n✅ TP2 150\nTP3 155\nTP4 160\nSL: 135",
        "TP_HIT",
        {"tp_index": 2},
        "LEAD",
    ),
    (
        _HEAD + "Targets:\n✅ TP1 145\n✅ TP2 150\n✅ TP3 155\nTP4 160\nSL: 135",
        "TP_HIT",
        {"tp_index": 3},
        "LEAD",
    ),
    (
        _HEAD + "✅ Target 1: 145\n✅ Target 2: 150\nTarget 3: 155\nProfit: +45% 📈",
        "TP_HIT",
        {"tp_index": 2},
        "LEAD",
    ),
    ("#ETHBTC TP2 ✅", "TP_HIT", {"symbol": "ETHBTC", "tp_index": 2}, "GLUED"),
    ("#LINKBTC Target 1 reached ✅", "TP_HIT", {"symbol": "LINKBTC"}, "GLUED"),
    ("Close #XRPBTC now", "CLOSE", {"symbol": "XRPBTC"}, "GLUED"),
]

# Held before this branch and must hold: a fresh call's bullets (every target ticked, or a tick
# on the entry's line too) stay a call; a quoted coin keeps its quote.
SIGNALS: list[tuple[str, str]] = [
    (_HEAD + "✅ TP1 145\n✅ TP2 150\n✅ TP3 155\nSL: 135", "every target bulleted"),
    (
        "#SOL/USDT LONG\n✅ Entry: 140 - 142\n✅ TP1 145\n✅ TP2 150\nTP3 155\n✅ SL: 135",
        "every line",
    ),
]
GUARDS: list[tuple[str, str, dict[str, Any]]] = [
    # (CLOSED: a card under the trade's close is the close the channel reports; a "close below"
    # in its stop line is no close. Read so before this branch, and by parsers/ticked_card.py
    # now where the card is whole enough to read as a call.)
    (
        "Trade Closed ✅ (SOLUSDT Perp)\nEntry Zone: 140 - 142\nSL: 135\nTP1: 145 ✅\nTP2: 150 ✅\n"
        "Profit: +25%\nIf account = $1,000 → $250 profit",
        "CLOSE",
        {"symbol": "SOLUSDT"},
    ),
    (
        _HEAD
        + "TP1: 145 ✅\nTP2: 150 ✅\nTP3: 155\nSL: 135 (close below on 4H)\nRisk $1,000 → $250",
        "TP_HIT",
        {"symbol": "SOLUSDT", "tp_index": 2},
    ),
    ("#WBTC TP2 ✅", "TP_HIT", {"symbol": "WBTCUSDT"}),
    ("#SOLBTC/USDT TP2 ✅", "TP_HIT", {"tp_index": 2}),
    ("#ETHBTC TP2 ✅ (ETH/USDT chart)", "TP_HIT", {"tp_index": 2}),
]


@pytest.mark.parametrize(("text", "kind", "more", "name"), READ)
def test_followup_when_ticked_card_or_glued_pair_then_read(
    text: str, kind: str, more: dict[str, Any], name: str
) -> None:
    check_followup(text, kind, more, name)
    if kind == "TP_HIT":
        check_no_action(text, name)


@pytest.mark.parametrize(("text", "name"), SIGNALS)
def test_signal_when_every_target_bulleted_then_still_a_call(text: str, name: str) -> None:
    assert valid(text).symbol == "SOLUSDT", name


@pytest.mark.parametrize(("text", "kind", "more"), GUARDS)
def test_followup_when_btc_in_a_name_or_card_closed_then_as_before(
    text: str, kind: str, more: dict[str, Any]
) -> None:
    check_followup(text, kind, more, "guard")
