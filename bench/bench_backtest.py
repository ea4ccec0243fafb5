"""Backtest speed: bar by bar and fast replay through the engine, beside backtesting.py.

The data: a year of 1-minute candles for two symbols (2 x 525,600 bars), a seeded random walk
generated here (nothing is read from disk), and 1,000 signals (market and limit entries).
backtesting.py runs a simple SMA-cross strategy over one of the two symbols in the same run.
"""

from __future__ import annotations

import asyncio
import atexit
import shutil
import tempfile
import time
import warnings
from typing import Any

import numpy as np

from config import load_settings
from engine.backtest.candles import Candles
from engine.backtest.replay import ReplayOptions, run_replay
from engine.backtest.report import build_report
from engine.backtest.signals_io import Message

YEAR_MIN = 365 * 24 * 60
START = 1_514_764_800.0  # 2018-01-01T00:00:00Z


def _tmpdir(prefix: str) -> str:
    """A temporary folder removed when the bench exits."""
    path = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, path, True)
    return path


def make_candles(
    symbol: str, start_price: float, seed: int, n: int = YEAR_MIN, decimals: int = 2
) -> Candles:
    """A seeded 1-minute random walk with realistic ranges (about 0.1 % a minute)."""
    rng = np.random.default_rng(seed)
    ret = rng.standard_normal(n) * 0.0009
    close = start_price * np.exp(np.cumsum(ret))
    opn = np.concatenate(([start_price], close[:-1]))
    wick = np.abs(rng.standard_normal((2, n))) * 0.0004
    high = np.maximum(opn, close) * (1 + wick[0])
    low = np.minimum(opn, close) * (1 - wick[1])
    r = lambda a: np.round(a, decimals)  # noqa: E731
    o, h, lo, c = r(opn), r(high), r(low), r(close)
    h = np.maximum.reduce([h, o, c])
    lo = np.minimum.reduce([lo, o, c])
    ts = START + 60.0 * np.arange(n)
    return Candles(symbol, ts, o, h, lo, c, np.ones(n), decimals)


def make_signals(candles: dict[str, Candles], n: int = 1000, seed: int = 7) -> list[Message]:
    """n signals at random minutes: TP 1.5 %, SL 1 %, a third of them limit entries 0.3 % away."""
    rng = np.random.default_rng(seed)
    names = list(candles)
    size = len(next(iter(candles.values())))
    times = np.sort(rng.choice(np.arange(10, size - 10), n, replace=False))
    out = []
    for k, i in enumerate(times.tolist()):
        name = names[k % len(names)]
        c = candles[name]
        ref = float(c.close[i - 1])
        long = bool(rng.integers(2))
        sgn = 1 if long else -1
        tp, sl = round(ref * (1 + sgn * 0.015), 2), round(ref * (1 - sgn * 0.010), 2)
        entry = "market" if k % 3 else f"{round(ref * (1 - sgn * 0.003), 2)}"
        text = (
            f"{name.replace('USD', 'USDT')} {'LONG' if long else 'SHORT'}\nEntry: {entry}\n"
            f"TP: {tp}\nSL: {sl}\nLeverage: 3x"
        )
        out.append(Message(float(c.ts[i]) + 17.0, text, f"chan{k % 4}", str(k)))
    return out


async def _replay(candles: dict[str, Candles], msgs: list[Message], fast: bool) -> Any:
    tmp = _tmpdir("sigcopy-bench-bt-")
    s = load_settings(
        TRADING_MODE="backtest",
        DATA_DIR=tmp,
        LOG_DIR=tmp,
        PAPER_TAKER_FEE=0.0006,
        PAPER_MAKER_FEE=0.0002,
        PAPER_SLIPPAGE_BPS=2.0,
    )
    t0 = time.perf_counter()
    result = await run_replay(candles, msgs, s, ReplayOptions(fast=fast))
    result.total_s = time.perf_counter() - t0  # type: ignore[attr-defined]
    return result


def _backtesting_py(c: Candles) -> dict[str, Any]:
    """backtesting.py on the same bars: an SMA(10)/SMA(30) cross, always in the market."""
    import pandas as pd
    from backtesting import Backtest, Strategy
    from backtesting.lib import crossover

    def sma(values: Any, n: int) -> Any:
        return pd.Series(values).rolling(n).mean()

    class SmaCross(Strategy):
        def init(self) -> None:
            self.fast = self.I(sma, self.data.Close, 10)
            self.slow = self.I(sma, self.data.Close, 30)

        def next(self) -> None:
            if crossover(self.fast, self.slow):
                self.position.close()
                self.buy(size=0.5)
            elif crossover(self.slow, self.fast):
                self.position.close()
                self.sell(size=0.5)

    idx = pd.to_datetime(c.ts, unit="s")
    df = pd.DataFrame(
        {"Open": c.open, "High": c.high, "Low": c.low, "Close": c.close, "Volume": c.volume},
        index=idx,
    )
    bt = Backtest(df, SmaCross, cash=100_000_000, commission=0.0006)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t0 = time.perf_counter()
        stats = bt.run()
        dt = time.perf_counter() - t0
    return {
        "bars": len(df),
        "elapsed_s": round(dt, 3),
        "bars_per_s": round(len(df) / dt),
        "trades": int(stats["# Trades"]),
    }


def run() -> dict[str, Any]:
    """Measure both replays and backtesting.py; check the two replays trade alike."""
    t0 = time.perf_counter()
    candles = {
        "BTCUSD": make_candles("BTCUSD", 13_000.0, 1),
        "ETHUSD": make_candles("ETHUSD", 750.0, 2),
    }
    msgs = make_signals(candles)
    gen_s = time.perf_counter() - t0
    bars = sum(len(c) for c in candles.values())
    fast = asyncio.run(_replay(candles, msgs, True))
    slow = asyncio.run(_replay(candles, msgs, False))
    rf, rs = build_report(fast), build_report(slow)
    try:
        bt = _backtesting_py(candles["BTCUSD"])
    except ImportError as exc:  # backtesting.py is a dev extra
        bt = {"error": str(exc), "bars_per_s": None}
    bbb = bars / slow.elapsed_s
    fst = bars / fast.elapsed_s
    ref = bt.get("bars_per_s")
    return {
        "backtest": {
            "bars": bars,
            "symbols": len(candles),
            "signals": len(msgs),
            "trades": rf["summary"]["trades"],
            "refused": rf["summary"]["refused"],
            "bar_by_bar_bars_per_s": round(bbb),
            "bar_by_bar_elapsed_s": round(slow.elapsed_s, 3),
            "fast_replay_bars_per_s": round(fst),
            "fast_replay_elapsed_s": round(fast.elapsed_s, 3),
            "fast_replay_bars_visited": fast.bars_visited,
            # Parsing the 1,000 messages and merging the bars happen once, before the replay.
            "setup_s": round(fast.total_s - fast.elapsed_s, 3),
            "fast_replay_bars_per_s_incl_setup": round(bars / fast.total_s),
            "trades_identical": rf["trades"] == rs["trades"],
            "backtesting_py_bars_per_s": ref,
            "backtesting_py": bt,
            "ratio_bar_by_bar": round(bbb / ref, 2) if ref else None,
            "ratio_fast": round(fst / ref, 2) if ref else None,
            "data_generation_s": round(gen_s, 2),
        }
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
