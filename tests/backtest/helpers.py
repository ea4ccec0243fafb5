"""Shared helpers for the backtest tests: fixtures, settings, a replay in one call."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from config import load_settings
from engine.backtest.candles import Candles, load_csv
from engine.backtest.replay import ReplayOptions, ReplayResult, run_replay
from engine.backtest.report import build_report
from engine.backtest.signals_io import Message

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CANDLES = FIXTURES / "candles"


def fixture_candles(*names: str) -> dict[str, Candles]:
    """The real 30-minute fixtures (BTCUSD, ETHUSD), keyed by name."""
    return {n: load_csv(CANDLES / f"{n}.csv") for n in names or ("BTCUSD", "ETHUSD")}


def settings(tmp: Path, **risk: Any) -> Any:
    """Backtest settings with no fees or slippage unless given; risk fields override."""
    kw = {k: risk.pop(k) for k in list(risk) if k.startswith("PAPER_")}
    kw.setdefault("PAPER_TAKER_FEE", 0.0)
    kw.setdefault("PAPER_MAKER_FEE", 0.0)
    kw.setdefault("PAPER_SLIPPAGE_BPS", 0.0)
    s = load_settings(TRADING_MODE="backtest", DATA_DIR=tmp, LOG_DIR=tmp, **kw)
    s.risk.DAILY_LOSS_LIMIT_PCT = 1.0
    for k, v in risk.items():
        setattr(s.risk, k, v)
    return s


# The three ways a replay goes over the bars (engine/backtest/replay.py): the same trades.
# every_tick shows every tick of every bar: the reference the other two are checked against.
MODES: dict[str, dict[str, bool]] = {
    "fast": {"fast": True},
    "bar_by_bar": {"fast": False},
    "every_tick": {"fast": False, "every_tick": True},
}


def iso(ts: float) -> str:
    """Epoch seconds as ISO-8601 UTC."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def msg(
    ts: float, text: str, source: str = "chan", mid: str = "1", reply: str | None = None
) -> Message:
    """One channel message."""
    return Message(ts, text, source, mid, reply)


def signal_text(symbol: str, side: str, tp: float, sl: float, entry: str = "market") -> str:
    """A plain signal post."""
    return f"{symbol} {side}\nEntry: {entry}\nTP: {tp}\nSL: {sl}"


def replay(
    candles: dict[str, Candles], messages: list[Message], s: Any, **opts: Any
) -> tuple[ReplayResult, dict[str, Any]]:
    """Run a replay; return the result and its report."""
    result = asyncio.run(run_replay(candles, messages, s, ReplayOptions(**opts)))
    return result, build_report(result)


def synthetic(
    symbol: str,
    bars: list[tuple[float, float, float, float]],
    start: float = 1_530_000_000.0,
    step: float = 1800.0,
) -> Candles:
    """Hand-made candles (open, high, low, close), 30 minutes apart."""
    a = np.array(bars, dtype=np.float64)
    ts = start + step * np.arange(len(bars))
    return Candles(
        symbol,
        ts,
        a[:, 0].copy(),
        a[:, 1].copy(),
        a[:, 2].copy(),
        a[:, 3].copy(),
        np.ones(len(bars)),
        2,
    )


def trade_keys(report: dict[str, Any]) -> list[tuple[Any, ...]]:
    """What must match between two runs: every trade field but nothing about timing."""
    return [tuple(t[k] for k in sorted(t)) for t in report["trades"]]


def dumps(obj: Any) -> str:
    """Stable JSON."""
    return json.dumps(obj, sort_keys=True)
