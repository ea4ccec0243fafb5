"""The same work in sigcopy's replay and in backtesting.py: time, ratio, and the trades compared.

The work (bench/bt_same_work.py): all 35,019 real 30-minute BTC bars (a gzip fixture) and 500
seeded bracket signals, one trade at a time. Each side starts from the same two files and ends
with its list of trades:
- sigcopy: read the candles and the JSONL, parse every message, replay (fast, and bar by bar),
  build the report;
- backtesting.py: read the candles with pandas, place the same brackets from a Strategy, run.
Measured in this process (after a warm-up run of each, so imports are excluded; best of REPEAT
runs, alternated) and as whole commands (a fresh interpreter each: imports included).
The trades must match: count, side, entry and exit time, and prices (see compare()).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.bt_same_work import (
    CANDLES,
    ROOT,
    SIGCOPY_ENV,
    backtesting_py,
    compare,
    make_signals,
    read_signals,
    write_signals,
)

REPEAT = 3


@contextmanager
def _env(values: dict[str, str]) -> Iterator[None]:
    """Settings through the environment, as the command line reads them; restored after."""
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _sigcopy(signals: Path, data_dir: Path, fast: bool) -> tuple[float, dict[str, Any]]:
    """From the two files to the report, in this process."""
    from config import load_settings
    from engine.backtest.candles import load_csv
    from engine.backtest.replay import ReplayOptions, run_replay
    from engine.backtest.report import build_report
    from engine.backtest.signals_io import load_messages

    shutil.rmtree(data_dir, ignore_errors=True)
    with _env({**SIGCOPY_ENV, "DATA_DIR": str(data_dir), "LOG_DIR": str(data_dir)}):
        t0 = time.perf_counter()
        candles = {"BTCUSD": load_csv(CANDLES)}
        messages = load_messages(signals)
        result = asyncio.run(
            run_replay(candles, messages, load_settings(), ReplayOptions(fast=fast))
        )
        report = build_report(result)
        return time.perf_counter() - t0, report


def _theirs(signals: Path) -> tuple[float, list[dict[str, Any]]]:
    t0 = time.perf_counter()
    trades = backtesting_py(CANDLES, read_signals(signals))
    return time.perf_counter() - t0, trades


def _best(runs: list[Callable[[], tuple[float, Any]]]) -> list[tuple[float, Any]]:
    """Each callable's best time over REPEAT rounds (alternated), with its last output."""
    best: list[tuple[float, Any]] = [(float("inf"), None)] * len(runs)
    for _ in range(REPEAT):
        for i, f in enumerate(runs):
            dt, out = f()
            best[i] = (min(best[i][0], dt), out)
    return best


def _command(argv: list[str], env: dict[str, str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.run(
        argv, cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, check=False
    )
    dt = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[0]} exited with {proc.returncode}: {proc.stderr[-500:]}")
    return dt, proc.stdout


def run() -> dict[str, Any]:
    """Measure both, in process and as whole commands; compare their trades."""
    from engine.backtest.candles import load_csv

    tmp = Path(tempfile.mkdtemp(prefix="sigcopy-bench-bt-"))
    try:
        c = load_csv(CANDLES)
        signals = make_signals(c.ts, c.close)
        jsonl = tmp / "signals.jsonl"
        write_signals(jsonl, signals)
        data = tmp / "data"

        # Warm-up (imports, first calls), then the timed rounds.
        _sigcopy(jsonl, data, True)
        _theirs(jsonl)
        (fast_s, fast), (slow_s, slow), (bt_s, theirs) = _best(
            [
                lambda: _sigcopy(jsonl, data, True),
                lambda: _sigcopy(jsonl, data, False),
                lambda: _theirs(jsonl),
            ]
        )

        sigcopy_cmd = [
            str(Path(sys.executable).with_name("sigcopy")),
            "backtest",
            "--signals",
            str(jsonl),
            "--candles",
            str(CANDLES),
            "--json",
            "--no-progress",
        ]
        bt_cmd = [sys.executable, "-m", "bench.bt_same_work", "backtesting-py"]
        bt_cmd += [str(CANDLES), str(jsonl)]
        env = {**SIGCOPY_ENV, "DATA_DIR": str(data), "LOG_DIR": str(data)}
        cmd: dict[str, list[float]] = {"sigcopy": [], "backtesting_py": []}
        cmd_out: dict[str, str] = {}
        for _ in range(REPEAT):
            shutil.rmtree(data, ignore_errors=True)
            dt, cmd_out["sigcopy"] = _command(sigcopy_cmd, env)
            cmd["sigcopy"].append(dt)
            dt, cmd_out["backtesting_py"] = _command(bt_cmd, {})
            cmd["backtesting_py"].append(dt)
        cmd_ours = json.loads(cmd_out["sigcopy"])["trades"]
        cmd_theirs = json.loads(cmd_out["backtesting_py"])
        ours_cmd_s, theirs_cmd_s = min(cmd["sigcopy"]), min(cmd["backtesting_py"])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    diffs = {
        "fast_replay": compare(fast["trades"], theirs),
        "bar_by_bar": compare(slow["trades"], theirs),
        "whole_commands": compare(cmd_ours, cmd_theirs),
    }
    return {
        "backtest": {
            "work": "all real 30-minute BTCUSD bars, seeded bracket signals, one trade at a time",
            "bars": len(c),
            "signals": len(signals),
            "trades_sigcopy": fast["summary"]["trades"],
            "trades_backtesting_py": len(theirs),
            "refused_sigcopy": fast["summary"]["refused"],
            "trades_match": not any(diffs.values()),
            "trade_differences": {k: v for k, v in diffs.items() if v},
            "in_process_s": {
                "sigcopy_fast_replay": round(fast_s, 4),
                "sigcopy_bar_by_bar": round(slow_s, 4),
                "backtesting_py": round(bt_s, 4),
                "of_which_sigcopy_replay_loop_fast": fast["summary"]["elapsed_s"],
                "of_which_sigcopy_replay_loop_bar_by_bar": slow["summary"]["elapsed_s"],
            },
            # > 1: sigcopy is that many times faster than backtesting.py on the same work.
            "in_process_speedup_fast_replay": round(bt_s / fast_s, 2),
            "in_process_speedup_bar_by_bar": round(bt_s / slow_s, 2),
            "whole_command_s": {
                "sigcopy": round(ours_cmd_s, 3),
                "backtesting_py": round(theirs_cmd_s, 3),
            },
            "whole_command_speedup": round(theirs_cmd_s / ours_cmd_s, 2),
            "timing": f"best of {REPEAT}, alternated; in-process after one warm-up run of each",
        }
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
