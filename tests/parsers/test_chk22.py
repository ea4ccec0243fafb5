"""Signals the consistency check refused because the reading went wrong upstream (session 21).

Each class is read through the parser's entry point, with its doubtful neighbours still refused:

- a holding period spanning horizons ("Short-Mid Term", "Short-Mid-Long Term Targets") and a
  hedge ("Long or short?", "Long/Short ratio") are no side (parsers/sides.py);
- a side word in prose ("Longs are getting trapped") yields to the side the post writes in a
  field of its own ("Direction: Short") when the levels agree with the field and every side
  field names that one side (parsers/side_field.py);
- a one-line unnumbered target list written from the far end is read nearest first also when
  the post says its side, as Cornix sorts one line ("Multiple prices can be used in one line.
  They will be sorted automatically based on the trade/signal direction",
  help.cornix.io/en/articles/5814956-signal-posting); two prices joined as a range stay a zone
  (refused, dev `pasttang-zh-channel-154`), a list in no order, a numbered list, a list with a
  note beside it or over several lines stay refused (parsers/target_order.py);
- "(currently $2.3825 to get in)" beside an entry is the market price, no entry
  (parsers/not_prices.py), and a lesson's "Leverage (e.g., x50)" is no leverage of the post
  (parsers/numbers.py): both from batch chk22's new dev posts.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

_PARSER = EnhancedParser(enable_ai=False)

_SHORT_LEVELS = "\n#ETH/USDT\nEntry: 2000 - 2010\nTargets: 1950 - 1900 - 1850\nStop loss: 2050"


@pytest.mark.parametrize(
    ("text", "side", "targets"),
    [
        # horizons spanning two or three terms: no side; the levels say LONG
        (
            "#APT Short-Mid Term Targets\nBuy: 8.50\nTargets: 8.80 - 9.10\nSL: 8.20",
            "LONG",
            [8.8, 9.1],
        ),
        (
            "#BTC/USDT\nEntry: 100-105\nShort-Mid Term: 110 - 120\nLong Term: 140\nStop: 95",
            "LONG",
            [110, 120, 140],
        ),
        (
            "#BTC/USDT\nEntry: 100-105\nShort-Mid-Long Term Targets: 110 - 120 - 140\nStop: 95",
            "LONG",
            [110, 120, 140],
        ),
        # a hedge names both sides: no side; the levels say SHORT
        ("Long or short? Here is my plan." + _SHORT_LEVELS, "SHORT", [1950, 1900, 1850]),
        ("Long/Short ratio 2.1, funding positive." + _SHORT_LEVELS, "SHORT", [1950, 1900, 1850]),
        # a prose side word before the side's own field
        (
            "Longs are getting trapped here.\nDirection: Short" + _SHORT_LEVELS,
            "SHORT",
            [1950, 1900, 1850],
        ),
        (
            "Bulls tried to go long but failed.\nTrade Type: Short (Sell)" + _SHORT_LEVELS,
            "SHORT",
            [1950, 1900, 1850],
        ),
        ("Not a good place to long.\n#ETH/USDT SHORT" + _SHORT_LEVELS, "SHORT", [1950, 1900, 1850]),
        ("Too many longs open.\nSHORT" + _SHORT_LEVELS, "SHORT", [1950, 1900, 1850]),
        # the side as the last word of the coin's line ("Pair: FLOW/USDT SHORT")
        (
            "Not a good place to long.\nPair: ETH/USDT SHORT\nEntry: 2000 - 2010\n"
            "TP1: 1950\nTP2: 1900\nSL: 2050",
            "SHORT",
            [1950, 1900],
        ),
        (
            "Longs are getting trapped here.\nETHUSDT Perpetual Short\nEntry: 2000 - 2010\n"
            "TP1: 1950\nTP2: 1900\nSL: 2050",
            "SHORT",
            [1950, 1900],
        ),
        # one unnumbered line written from the far end, the side said
        (
            "#FET SHORT\nEntry: 1.10 - 1.20\nTargets: 0.80 - 0.90 - 1.00\nSL: 1.30",
            "SHORT",
            [1.0, 0.9, 0.8],
        ),
        ("#ADA/USDT SHORT\nEntry 0.45\nTP 0.42 / 0.44\nSL 0.47", "SHORT", [0.44, 0.42]),
        ("#FET LONG\nEntry: 1.10 - 1.20\nTargets: 2.0 1.6 1.4\nSL: 1.00", "LONG", [1.4, 1.6, 2.0]),
    ],
)
def test_a_signal_the_check_refused_for_an_upstream_misreading_is_read(
    text: str, side: str, targets: list[float]
) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.side == side
    assert sig.take_profits == targets


@pytest.mark.parametrize(
    "text",
    [
        # a prose side word and no field: the side and the levels still disagree
        "Longs are getting trapped here." + _SHORT_LEVELS,
        # two side fields, one a long: two setups
        "Direction: Long\n#ETH/USDT\nEntry: 1900\nTargets: 1950\nStop loss: 1850\n"
        "Direction: Short" + _SHORT_LEVELS,
        # a field naming the other side than the levels'
        "Direction: Long" + _SHORT_LEVELS,
        # two prices joined as a range: one zone or two targets, and which first
        "#FET SHORT\nEntry: 1.10 - 1.20\nTargets: 0.90 - 1.00\nSL: 1.30",
        "ETH ：3000-3020附近空\n目標 ；2960-2970\n止損:3040附近",
        # in no order, numbered, a note beside them, over several lines
        "#FET SHORT\nEntry: 1.10 - 1.20\nTargets: 0.90 1.00 0.80\nSL: 1.30",
        "#FET SHORT\nEntry: 1.10 - 1.20\nTP1 0.90 TP2 1.00\nSL: 1.30",
        "#FET SHORT\nEntry: 1.10 - 1.20\nTargets: 0.90 1.00 (50%)\nSL: 1.30",
        "#FET SHORT\nEntry: 1.10 - 1.20\nTargets:\n0.90\n1.00\nSL: 1.30",
        # a target inside the entries
        "#FET SHORT\nEntry: 1.10 - 1.20\nTargets: 0.90 1.15\nSL: 1.30",
    ],
)
def test_its_doubtful_neighbours_are_still_refused(text: str) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid()


_XRP = "#XRP LONG\nEntry: {entry}\n{lev}Stop Loss: 2.26\nTake Profit: 2.50"


@pytest.mark.parametrize(
    ("entry", "lev", "entries", "leverage"),
    [
        # the current price in parentheses beside the entry, a few words after it: no entry
        ("$2.38 (currently $2.3825 to get in)", "", [2.38], None),
        ("2.38 (CMP 2.3825)", "", [2.38], None),
        # a lesson's example of leverage in parentheses: no leverage of this post
        ("2.38", "Leverage (e.g., x50): increases both gains and losses\n", [2.38], None),
        ("2.38", "Leverage (for example 20x) multiplies the risk\n", [2.38], None),
        # an example outside parentheses is still advice: read when it is the only one
        ("2.38", "Use leverage, for example 20x\n", [2.38], 20),
        ("2.38", "Leverage: 5x\n", [2.38], 5),
    ],
)
def test_a_note_beside_a_level_is_no_entry_and_an_example_no_leverage(
    entry: str, lev: str, entries: list[float], leverage: int | None
) -> None:
    sig = _PARSER.parse_sync(_XRP.format(entry=entry, lev=lev))
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.entries == entries
    assert sig.leverage == leverage


_SOL_PAIR = "\n#SOL/USDT\nBuy: 100 - 105\nSell: 110 - 120 - 130\nStop: 95"
_SOL_LONG = "\n#SOL/USDT\n{label} 100 - 105\nTargets: 110 - 120 - 130\nStop: 95"


@pytest.mark.parametrize(
    "text",
    [
        # a spot "Buy: / Sell:" pair under a prose "short": the stop below every price says a
        # long, so "Buy:" is the entry and "Sell:" the targets
        "Too many shorts open." + _SOL_PAIR,
        "Not the time to short." + _SOL_PAIR,
        # an entry label naming the side, under a prose "short"
        "Too many shorts open." + _SOL_LONG.format(label="Buy zone:"),
        "Shorts paying longs." + _SOL_LONG.format(label="Entry (Long):"),
        "Short story: we buy." + _SOL_LONG.format(label="Long Entry:"),
    ],
)
def test_a_prose_short_over_a_long_call_is_read_long(text: str) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.side == "LONG"
    assert sig.entries == [100, 105]
    assert sig.take_profits == [110, 120, 130]


@pytest.mark.parametrize(
    "text",
    [
        # the side said in a field keeps the pair its way: the stop then disagrees
        "#SOL/USDT SHORT\nBuy: 100 - 105\nSell: 110 - 120 - 130\nStop: 95",
        "Short #SOL\nBuy: 100 - 105\nSell: 110 - 120 - 130\nStop: 95",
        # a stop between the prices fits neither way
        "Too many shorts open.\n#SOL/USDT\nBuy: 100 - 105\nSell: 110 - 120 - 130\nStop: 107",
    ],
)
def test_a_pair_whose_side_is_said_or_whose_stop_fits_neither_way_is_refused(text: str) -> None:
    sig = _PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid()


def test_a_short_term_target_label_is_no_side_field() -> None:
    # ("Short-term target:" names no side: the prose "shorts" and the levels agree on a short.)
    sig = _PARSER.parse_sync(
        "Too many shorts open.\n#SOL/USDT\nEntry: 100 - 105\nShort-term target: 90\nStop: 110"
    )
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.side == "SHORT" and sig.take_profits == [90]
