"""Breakout entries in a backtest replay: the same engine rule as paper and live.

A breakout not reached waits for its level; the replay enters it on the bar whose range reaches
the level, at the level (the bar's path ticks every level it crosses, as for a limit entry), or
at the open when the bar opens past it (a gap).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.backtest.helpers import MODES, fixture_candles, iso, msg, replay, settings, synthetic

T0 = 1_530_000_000.0
FLAT = (100.0, 100.0, 100.0, 100.0)


def _run(tmp: Path, text: str, mode: str, bars: list | None = None) -> dict:
    # The price sits at 100, then rises through 105 and on to 112.
    bars = bars or [FLAT] * 3 + [(100.0, 106.0, 100.0, 106.0), (106.0, 112.0, 106.0, 112.0)]
    candles = {"BTCUSDT": synthetic("BTCUSDT", [*bars, FLAT], T0)}
    _, report = replay(candles, [msg(T0 + 1800, text)], settings(tmp), **MODES[mode])
    return report


@pytest.mark.parametrize("mode", list(MODES))
def test_replay_when_breakout_above_not_reached_then_entered_on_the_bar_crossing_it(
    tmp_path: Path, mode: str
) -> None:
    report = _run(tmp_path, "BTCUSDT LONG\nEnter above 105\nTP: 111\nSL: 95", mode)
    (t,) = report["trades"]
    assert t["entry_price"] == pytest.approx(105.0)  # at the level, never below it
    assert t["entry_time"] == iso(T0 + 3 * 1800)  # the bar whose high reaches 105
    assert t["exit_reason"] == "take_profit"
    assert report["summary"]["refused"] == 0


@pytest.mark.parametrize("mode", list(MODES))
def test_replay_when_bar_opens_past_the_level_then_entered_at_the_open(
    tmp_path: Path, mode: str
) -> None:
    bars = [FLAT] * 3 + [(107.0, 108.0, 106.5, 107.5), (107.5, 112.0, 107.0, 112.0)]
    report = _run(tmp_path, "BTCUSDT LONG\nEnter above 105\nTP: 111\nSL: 95", mode, bars)
    (t,) = report["trades"]
    assert t["entry_price"] == pytest.approx(107.0)  # the gap: the first price past the level


@pytest.mark.parametrize("mode", list(MODES))
def test_replay_when_stop_reached_before_the_level_then_never_entered(
    tmp_path: Path, mode: str
) -> None:
    bars = [FLAT] * 2 + [(100.0, 101.0, 94.0, 96.0), (96.0, 106.0, 96.0, 106.0)]
    report = _run(tmp_path, "BTCUSDT LONG\nEnter above 105\nTP: 111\nSL: 95", mode, bars)
    assert report["trades"] == []
    (row,) = [r for r in report["messages"] if r["status"] == "not entered"]
    assert "waiting entry ended before its level was reached" in row["detail"]


@pytest.mark.parametrize("mode", list(MODES))
def test_replay_when_breakout_above_already_passed_then_market_entry(
    tmp_path: Path, mode: str
) -> None:
    report = _run(tmp_path, "BTCUSDT LONG\nEnter above 98\nTP: 111\nSL: 95", mode)
    (t,) = report["trades"]
    assert t["entry_price"] == pytest.approx(100.0)  # at market, not a limit at 98
    assert t["exit_reason"] == "take_profit"


@pytest.mark.parametrize("mode", list(MODES))
def test_replay_when_real_btc_bars_cross_the_level_then_entered_on_that_bar(
    tmp_path: Path, mode: str
) -> None:
    """Over a real slice of 30-minute BTC bars: the entry is on the first bar after the signal
    whose high reaches the level, at the level (or that bar's open, when it opened past it)."""
    c = fixture_candles("BTCUSD")["BTCUSD"]
    i = 100  # the signal's bar
    level = round(float(c.open[i]) * 1.01, 1)
    stop = round(float(c.open[i]) * 0.90, 1)
    tp = round(level * 1.20, 1)
    j = i + int(np.argmax(c.high[i:] >= level))
    assert c.high[j] >= level and c.low[i:j].min() > stop  # the slice reaches it, stop untouched
    text = f"BTCUSD LONG\nEnter above {level}\nTP: {tp}\nSL: {stop}"
    candles = {"BTCUSD": c.between(None, float(c.ts[j + 40]))}
    _, report = replay(candles, [msg(float(c.ts[i]), text)], settings(tmp_path), **MODES[mode])
    t = report["trades"][0]
    assert t["entry_time"] == iso(float(c.ts[j]))
    assert t["entry_price"] == pytest.approx(max(level, float(c.open[j])))
