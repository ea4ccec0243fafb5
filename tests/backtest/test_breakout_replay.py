"""Breakout entries in a backtest replay: the same engine rule as paper and live."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.backtest.helpers import MODES, msg, replay, settings, synthetic

T0 = 1_530_000_000.0
FLAT = (100.0, 100.0, 100.0, 100.0)


def _run(tmp: Path, text: str, mode: str) -> dict:
    # The price sits at 100, then rises through 105 and on to 112.
    bars = [FLAT] * 3 + [(100.0, 106.0, 100.0, 106.0), (106.0, 112.0, 106.0, 112.0)] + [FLAT]
    candles = {"BTCUSDT": synthetic("BTCUSDT", bars, T0)}
    _, report = replay(candles, [msg(T0 + 1800, text)], settings(tmp), **MODES[mode])
    return report


@pytest.mark.parametrize("mode", list(MODES))
def test_replay_when_breakout_above_not_reached_then_refused_never_bought_below_it(
    tmp_path: Path, mode: str
) -> None:
    report = _run(tmp_path, "BTCUSDT LONG\nEnter above 105\nTP: 111\nSL: 95", mode)
    assert report["trades"] == []
    assert report["summary"]["refused"] == 1
    (row,) = [r for r in report["messages"] if r["status"] == "refused"]
    assert "entry is a breakout above 105 and the price is 100" in row["detail"]


@pytest.mark.parametrize("mode", list(MODES))
def test_replay_when_breakout_above_already_passed_then_market_entry(
    tmp_path: Path, mode: str
) -> None:
    report = _run(tmp_path, "BTCUSDT LONG\nEnter above 98\nTP: 111\nSL: 95", mode)
    (t,) = report["trades"]
    assert t["entry_price"] == pytest.approx(100.0)  # at market, not a limit at 98
    assert t["exit_reason"] == "take_profit"
