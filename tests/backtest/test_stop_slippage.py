"""Backtest stops: at the stop's level when a bar reaches it, at the bar's open when the bar opens
beyond it (backtesting.py's rule, bench/bench_backtest.py), each less PAPER_SLIPPAGE_BPS: the
same simulated broker as paper mode (docs/backtest.md, docs/paper.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.backtest.helpers import msg, replay, settings, signal_text, synthetic

T0 = 1_530_000_000.0
FLAT = (100.0, 100.4, 99.6, 100.0)


def _exit(tmp: Path, bar: tuple[float, float, float, float], fast: bool) -> Any:
    bars = [FLAT, FLAT, (100.0, 100.2, 99.9, 100.0), bar, FLAT, FLAT]
    candles = {"BTCUSDT": synthetic("BTCUSDT", bars, T0)}
    text = signal_text("BTCUSDT", "LONG", 103, 98)
    _, r = replay(
        candles, [msg(T0 + 2 * 1800, text)], settings(tmp, PAPER_SLIPPAGE_BPS=10.0), fast=fast
    )
    (t,) = r["trades"]
    assert t["exit_reason"] == "stop_loss"
    return t["exit_price"]


@pytest.mark.parametrize("fast", [True, False])
def test_stop_when_bar_gaps_through_and_slippage_set_then_open_less_slippage(
    tmp_path: Path, fast: bool
) -> None:
    assert _exit(tmp_path, (96.0, 97.0, 95.0, 96.5), fast) == pytest.approx(95.9)  # 96 - 10 bps


@pytest.mark.parametrize("fast", [True, False])
def test_stop_when_bar_trades_through_and_slippage_set_then_stop_less_slippage(
    tmp_path: Path, fast: bool
) -> None:
    assert _exit(tmp_path, (99.0, 99.5, 97.0, 98.5), fast) == pytest.approx(97.9)  # 98 - 10 bps
