"""The same work for sigcopy and backtesting.py: real 30-minute BTC bars, seeded bracket signals.

Both sides are configured alike (see tests/backtest/test_parity_backtesting_py.py): market
entries at the open of the bar after the signal, no slippage, 0.06 % fee on every fill, one TP
and one SL, the stop first when a bar holds both, one trade at a time (a signal that comes while a
trade is open is skipped by backtesting.py's strategy and refused by sigcopy's
MAX_CONCURRENT_TRADES=1).

Run as a whole command: `python -m bench.bt_same_work backtesting-py CANDLES SIGNALS` prints the
trades backtesting.py made as JSON (the timing of that command is the bench's to take).
"""

from __future__ import annotations

import gzip
import json
import sys
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CANDLES = ROOT / "tests" / "fixtures" / "candles_full" / "BTCUSD.csv.gz"
SYMBOL = "BTCUSDT"
FEE = 0.0006
SIGNALS = 500
SEED = 14
# Settings that make sigcopy trade as backtesting.py does (environment names, for the CLI too).
SIGCOPY_ENV = {
    "TRADING_MODE": "backtest",
    "PAPER_TAKER_FEE": str(FEE),
    "PAPER_MAKER_FEE": str(FEE),
    # 0 on purpose: backtesting.py fills a stop at its level, or at the open when a bar gaps
    # through it, with no slippage; with sigcopy's default 5 bps the exits would differ.
    "PAPER_SLIPPAGE_BPS": "0",
    "MOVE_SL_TO_ENTRY_AFTER_TP1": "false",
    "MAX_CONCURRENT_TRADES": "1",
    "DAILY_LOSS_LIMIT_PCT": "1.0",
}


def iso(ts: float) -> str:
    """Epoch seconds as ISO-8601 UTC (the report's format)."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def make_signals(
    ts: np.ndarray, close: np.ndarray, n: int = SIGNALS, seed: int = SEED
) -> list[dict[str, Any]]:
    """n bracket signals at seeded random bars k: posted a minute before bar k opens, TP and SL
    0.4-2.5 % from the close of bar k-1, long or short at random."""
    rng = np.random.default_rng(seed)
    bars = np.sort(rng.choice(np.arange(2, len(ts) - 100), n, replace=False))
    out = []
    for k in bars.tolist():
        ref = float(close[k - 1])
        long = bool(rng.integers(2))
        tp_pct, sl_pct = (float(x) for x in rng.uniform(0.004, 0.025, 2))
        sgn = 1 if long else -1
        tp, sl = round(ref * (1 + sgn * tp_pct), 2), round(ref * (1 - sgn * sl_pct), 2)
        side = "LONG" if long else "SHORT"
        out.append(
            {
                "bar": k,
                "side": side,
                "tp": tp,
                "sl": sl,
                "time": iso(float(ts[k]) - 60),
                "text": f"{SYMBOL} {side}\nEntry: market\nTP: {tp}\nSL: {sl}",
                "source": "bench",
                "id": str(k),
            }
        )
    return out


def write_signals(path: Path, signals: list[dict[str, Any]]) -> None:
    """The signals as sigcopy's JSONL (time, text, source, id)."""
    keys = ("time", "text", "source", "id")
    path.write_text(
        "".join(json.dumps({k: s[k] for k in keys}) + "\n" for s in signals), encoding="utf-8"
    )


def read_signals(path: Path) -> list[dict[str, Any]]:
    """The JSONL back, with each signal's side, TP and SL as backtesting.py needs them."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        head, _entry, tp, sl = d["text"].split("\n")
        out.append(
            {
                "time": d["time"],
                "side": head.split()[1],
                "tp": float(tp.split()[1]),
                "sl": float(sl.split()[1]),
            }
        )
    return out


def read_frame(candles: Path) -> Any:
    """The candles as backtesting.py wants them: a pandas DataFrame read with pandas."""
    import pandas as pd

    with gzip.open(candles, "rt") if candles.suffix == ".gz" else candles.open() as fh:
        df = pd.read_csv(fh, index_col=0)
    df.index = pd.to_datetime(df.index, utc=True).tz_localize(None)
    df.columns = [c.capitalize() for c in df.columns]
    return df


def plan_signals(df: Any, signals: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Each signal at the bar whose close places it: the bar before its time's bar."""
    import pandas as pd

    posted = pd.to_datetime([s["time"] for s in signals], utc=True).tz_localize(None)
    at = np.searchsorted(df.index.values, posted.values, "left")
    return {int(k) - 1: s for k, s in zip(at, signals, strict=True)}


def backtesting_py(candles: Path, signals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Read the candles with pandas and run the bracket signals through backtesting.py."""
    df = read_frame(candles)
    return run_backtesting_py(df, plan_signals(df, signals))


def run_backtesting_py(df: Any, plan: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    """backtesting.py over candles and signals already in memory: Backtest, run, its trades."""
    from backtesting import Backtest, Strategy

    class Bracket(Strategy):
        def init(self) -> None:
            pass

        def next(self) -> None:
            s = plan.get(len(self.data) - 1)
            if s is None or self.position or self.orders:
                return
            if s["side"] == "LONG":
                self.buy(size=0.1, tp=s["tp"], sl=s["sl"])
            else:
                self.sell(size=0.1, tp=s["tp"], sl=s["sl"])

    bt = Backtest(df, Bracket, cash=10_000_000, commission=FEE, finalize_trades=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stats = bt.run()
    tr = stats["_trades"]
    return [
        {
            "side": "LONG" if size > 0 else "SHORT",
            "entry_time": iso(et.timestamp()),
            "entry_price": float(ep),
            "exit_time": iso(xt.timestamp()),
            "exit_price": float(xp),
            "tp": float(tp),
            "sl": float(sl),
        }
        for size, et, ep, xt, xp, tp, sl in zip(
            tr.Size,
            tr.EntryTime,
            tr.EntryPrice,
            tr.ExitTime,
            tr.ExitPrice,
            tr.TP,
            tr.SL,
            strict=True,
        )
    ]


def compare(ours: list[dict[str, Any]], theirs: list[dict[str, Any]], rel: float = 1e-9) -> str:
    """'' when the trades match (count, side, entry and exit time and price), else the first
    difference. The one difference by design: a take-profit gapped through fills at its own price
    in sigcopy (a resting limit order), at the better open in backtesting.py."""
    if len(ours) != len(theirs):
        return f"{len(ours)} trades against {len(theirs)}"
    ours = sorted(ours, key=lambda t: t["entry_time"])
    for i, (o, t) in enumerate(zip(ours, theirs, strict=True)):
        long = t["side"] == "LONG"
        tp_hit = t["exit_price"] >= t["tp"] if long else t["exit_price"] <= t["tp"]
        exit_px = t["tp"] if tp_hit else t["exit_price"]
        same = (
            o["side"] == t["side"]
            and o["entry_time"] == t["entry_time"]
            and o["exit_time"] == t["exit_time"]
            and abs(o["entry_price"] - t["entry_price"]) <= rel * t["entry_price"]
            and abs(o["exit_price"] - exit_px) <= rel * exit_px
        )
        if not same:
            return f"trade {i}: sigcopy {o} against backtesting.py {t}"
    return ""


def main(argv: list[str]) -> int:
    """`backtesting-py CANDLES SIGNALS`: backtesting.py's trades as JSON on stdout."""
    if len(argv) != 3 or argv[0] != "backtesting-py":
        print("usage: python -m bench.bt_same_work backtesting-py CANDLES SIGNALS", file=sys.stderr)
        return 2
    trades = backtesting_py(Path(argv[1]), read_signals(Path(argv[2])))
    print(json.dumps(trades))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
