"""Signals refused that could be read, English and other non-Russian (session 24, i13-sig25),
through the parser's entry point.

Forms made up from the dev misses named below (no held-out message was read; the session's
exposures are told in docs/dev/testing.md, "Signals refused that could be read, the shapes
behind the reasons (session 24, branch i13-sig25)"):

- a market figure's percentage after "at" in an analysis under a card read whole ("Funding
  rate at -0.5758%", "Depth imbalance at -20.59%", dev gate-stg-squeeze-long-001;
  parsers/metric_percents.py): "at" is the weak entry label, and the percentage was refused as
  an entry given as a percentage. An entry, a stop or a target told as a percentage ("add at
  -5%", "Take profit at 20%") stays refused, and so does every percentage under a card that
  lacks a field;
- a markdown table's entry cell that gives the market price with its value ("| Entry | Current
  Market Price (approx. $0.6330) |", dev sq22-open-table-short-001; parsers/fields._prose): the
  cell was taken for a sentence, and an "at" of the analysis above the card gave the entry (a
  short refused for its stop under that entry). A cell that tells the entry in words ("| Entry
  | Buy the dip near 64000 or lower |") stays a sentence.
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

_PARSER = EnhancedParser(enable_ai=False)

# The gate.io plan card (dev gate-stg-squeeze-long-001), its analysis paragraph after it.
_GATE = (
    "【$STG Signal】Long Position - Short Squeeze Initiated\n🎯Direction: Long\n"
    "🎯Entry: 0.1880 - 0.1905\n🛑Stop Loss: 0.1800 (Rigid stop loss)\n🚀Target 1: 0.2100\n"
    "🚀Target 2: 0.2300\nHardcore logic: {}"
)
# The same card with no stop: its analysis may hold the level a label named.
_GATE_NO_STOP = (
    "【$STG Signal】Long Position - Short Squeeze Initiated\n🎯Direction: Long\n"
    "🎯Entry: 0.1880 - 0.1905\n🚀Target 1: 0.2100\n🚀Target 2: 0.2300\nHardcore logic: {}"
)
_GATE_READ = ([0.188, 0.1905], [0.21, 0.23], 0.18)

# The Binance Square table card (dev sq22-open-table-short-001), an "at" of the analysis above.
_TABLE = (
    "$OPEN/USDT SHORT-TERM REJECTION SIGNAL AFTER A SHARP PUMP\nShort Trade Signal\n"
    "The 15m chart for $OPEN/USDT shows a strong rejection candle at the high of $0.6724, "
    "followed by a pullback.\nTrade Setup:\n| Parameter | Value | Rationale |\n|---|---|---|\n"
    "| Entry | {} | Enter on the continued price decline after the rejection. |\n"
    "| TP 1 (Target) | $0.6200 | Initial target at a minor previous support level. |\n"
    "| TP 2 (Target) | $0.6050 | Stronger target near the bottom of the range. |\n"
    "| SL (Stop Loss) | $0.6550 | Set above the recent consolidation high. |"
)
_BTC_TABLE = (
    "#BTC/USDT LONG\n| Parameter | Value |\n|---|---|\n| Entry | {} |\n| TP1 | 67000 |\n"
    "| SL | 63000 |"
)


def _read(text: str) -> tuple[list[float], list[float], float | None, bool]:
    sig = _PARSER.parse_sync(text)
    assert sig is not None, text
    return sig.entries, sig.take_profits, sig.stop_loss, sig.is_valid()


@pytest.mark.parametrize(
    "text",
    [
        # A market figure's percentage after "at" (all refused before this branch).
        _GATE.format(
            "1) Funding rate at -0.5758%, extremely negative, indicating high cost for shorts; "
            "2) Open interest remains stable; 3) Depth imbalance at -20.59%, with buy-side "
            "thickness significantly exceeding sell-side."
        ),
        _GATE.format("Funding rate at -0.05%."),
        _GATE.format("Funding at -0.05%"),
        _GATE.format("Funding rate at -0.0123%, shorts pay longs."),
        _GATE.format("Dominance at 57%."),
        _GATE.format("Win rate at 65%"),
        _GATE.format("RSI at 74% is high but not a reason to short in a squeeze."),
        _GATE.format("Depth imbalance at -20.59%, with buy-side thickness exceeding sell-side."),
        _GATE.format("Implied volatility at 62%."),
        # A table's entry cell giving the market price and its value (refused before).
        _TABLE.format("Current Market Price (approx. $0.6330)"),
        _BTC_TABLE.format("Current market price (about 64200)"),
    ],
)
def test_read_now(text: str) -> None:
    entries, targets, stop, valid = _read(text)
    assert valid, text
    if text.startswith("$OPEN"):
        assert (entries, targets, stop) == ([0.633], [0.62, 0.605], 0.655)
    elif text.startswith("#BTC"):
        assert (entries, targets, stop) == ([64200.0], [67000.0], 63000.0)
    else:
        assert (entries, targets, stop) == _GATE_READ


@pytest.mark.parametrize(
    "text",
    [
        # Guards: an entry, a stop or a target told as a percentage stays refused.
        _GATE.format("Add at -5% from the entry."),
        _GATE.format("Funding rate is positive, add more at -3%."),
        _GATE.format("Take profit at 20%."),
        _GATE.format("Volatility drop at 10%"),
        # A figure whose words are level words ("order", "long/short") is not set aside.
        _GATE.format("Order book imbalance at +18%."),
        _GATE.format("Long/short ratio at 2.5% above the mean."),
        # A card that lacks a field: the percentage may be the level a label named.
        _GATE_NO_STOP.format("Funding rate at -0.05% and open interest flat."),
        _GATE_NO_STOP.format("Dominance at 57% keeps alts under pressure."),
        # A table's entry cell told in words: a sentence, never a limit at its number.
        _BTC_TABLE.format("Wait for a break and close above 65000"),
        _BTC_TABLE.format("Buy the dip near 64000 or lower if it comes"),
        _BTC_TABLE.format("on a retest of the 64000 support after the breakout"),
        _BTC_TABLE.format("approx 64000 to 64500 zone after a retest"),
    ],
)
def test_still_refused(text: str) -> None:
    assert not _read(text)[3], text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # Guards that read as before: a table's plain price, the colon form, the market cell.
        (_BTC_TABLE.format("64200"), ([64200.0], [67000.0], 63000.0)),
        (_GATE.format("Funding rate at -0.05% and open interest flat."), _GATE_READ),
        (_GATE.format("Futures basis at -0.3%, a discount to spot."), _GATE_READ),
        (
            "$OPEN/USDT SHORT\nEntry: Current Market Price (approx. $0.6330)\nTP 1: $0.6200\n"
            "TP 2: $0.6050\nSL: $0.6550",
            ([0.633], [0.62, 0.605], 0.655),
        ),
    ],
)
def test_read_as_before(text: str, read: tuple[list[float], list[float], float]) -> None:
    entries, targets, stop, valid = _read(text)
    assert valid, text
    assert (entries, targets, stop) == read
