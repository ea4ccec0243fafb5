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
import resource
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

REPEAT = 5


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


class Timer:
    """Wall and CPU time of one run, and its stages."""

    def __init__(self) -> None:
        self.t0, self.c0 = time.perf_counter(), time.process_time()
        self.stages: dict[str, float] = {}
        self._last = self.t0

    def stage(self, name: str) -> None:
        now = time.perf_counter()
        self.stages[name] = now - self._last
        self._last = now

    def done(self) -> tuple[float, float]:
        return time.perf_counter() - self.t0, time.process_time() - self.c0


def _sigcopy(signals: Path, data_dir: Path, fast: bool) -> tuple[float, float, Any]:
    """From the two files to the report, in this process."""
    from config import load_settings
    from engine.backtest.candles import load_csv
    from engine.backtest.replay import Replay, ReplayOptions
    from engine.backtest.report import build_report
    from engine.backtest.signals_io import load_messages

    shutil.rmtree(data_dir, ignore_errors=True)
    with _env({**SIGCOPY_ENV, "DATA_DIR": str(data_dir), "LOG_DIR": str(data_dir)}):
        clock = Timer()
        candles = {"BTCUSD": load_csv(CANDLES)}
        clock.stage("read_candles")
        messages = load_messages(signals)
        replay = Replay(candles, messages, load_settings(), ReplayOptions(fast=fast))
        clock.stage("read_and_parse_messages")
        result = asyncio.run(replay.run())
        clock.stage("replay")
        report = build_report(result)
        clock.stage("report")
        wall, cpu = clock.done()
        return wall, cpu, (report, clock.stages)


def _theirs(signals: Path) -> tuple[float, float, Any]:
    clock = Timer()
    trades = backtesting_py(CANDLES, read_signals(signals))
    return (*clock.done(), trades)


def _best(runs: list[Callable[[], tuple[float, float, Any]]]) -> list[tuple[float, float, Any]]:
    """Each callable's best wall and best CPU time over REPEAT rounds (alternated), and the
    output of its fastest round."""
    inf = float("inf")
    best: list[tuple[float, float, Any]] = [(inf, inf, None)] * len(runs)
    for _ in range(REPEAT):
        for i, f in enumerate(runs):
            wall, cpu, out = f()
            bw, bc, bo = best[i]
            best[i] = (min(bw, wall), min(bc, cpu), out if wall < bw else bo)
    return best


def _command(argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall time, CPU time (user + system, of the child) and stdout of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(
        argv, cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, check=False
    )
    dt = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[0]} exited with {proc.returncode}: {proc.stderr[-500:]}")
    return dt, cpu, proc.stdout


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
        (fast_s, fast_cpu, (fast, fast_st)), (slow_s, slow_cpu, (slow, slow_st)), bt = _best(
            [
                lambda: _sigcopy(jsonl, data, True),
                lambda: _sigcopy(jsonl, data, False),
                lambda: _theirs(jsonl),
            ]
        )
        bt_s, bt_cpu, theirs = bt

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
        cmd: dict[str, list[tuple[float, float]]] = {"sigcopy": [], "backtesting_py": []}
        out: dict[str, str] = {}
        for _ in range(REPEAT):
            shutil.rmtree(data, ignore_errors=True)
            for name, argv, extra in (
                ("sigcopy", sigcopy_cmd, env),
                ("backtesting_py", bt_cmd, {}),
            ):
                wall, cpu, out[name] = _command(argv, extra)
                cmd[name].append((wall, cpu))
        cmd_ours = json.loads(out["sigcopy"])["trades"]
        cmd_theirs = json.loads(out["backtesting_py"])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    diffs = {
        "fast_replay": compare(fast["trades"], theirs),
        "bar_by_bar": compare(slow["trades"], theirs),
        "whole_commands": compare(cmd_ours, cmd_theirs),
    }
    ours_wall = min(w for w, _ in cmd["sigcopy"])
    theirs_wall = min(w for w, _ in cmd["backtesting_py"])
    ours_cpu = min(c for _, c in cmd["sigcopy"])
    theirs_cpu = min(c for _, c in cmd["backtesting_py"])

    def r(x: float) -> float:
        return round(x, 4)

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
            # Wall time; CPU time beside it (steadier when other jobs share the machine).
            "in_process_s": {
                "sigcopy_fast_replay": r(fast_s),
                "sigcopy_bar_by_bar": r(slow_s),
                "backtesting_py": r(bt_s),
            },
            "in_process_cpu_s": {
                "sigcopy_fast_replay": r(fast_cpu),
                "sigcopy_bar_by_bar": r(slow_cpu),
                "backtesting_py": r(bt_cpu),
            },
            # Where sigcopy's time goes (the fastest round of each).
            "sigcopy_stages_s": {
                "fast_replay": {k: r(v) for k, v in fast_st.items()},
                "bar_by_bar": {k: r(v) for k, v in slow_st.items()},
            },
            # > 1: sigcopy is that many times faster than backtesting.py on the same work.
            "in_process_speedup_fast_replay": round(bt_s / fast_s, 2),
            "in_process_speedup_bar_by_bar": round(bt_s / slow_s, 2),
            "in_process_cpu_speedup_fast_replay": round(bt_cpu / fast_cpu, 2),
            "in_process_cpu_speedup_bar_by_bar": round(bt_cpu / slow_cpu, 2),
            "whole_command_s": {"sigcopy": r(ours_wall), "backtesting_py": r(theirs_wall)},
            "whole_command_cpu_s": {"sigcopy": r(ours_cpu), "backtesting_py": r(theirs_cpu)},
            "whole_command_speedup": round(theirs_wall / ours_wall, 2),
            "whole_command_cpu_speedup": round(theirs_cpu / ours_cpu, 2),
            "timing": f"best of {REPEAT}, alternated; in-process after one warm-up run of each",
        }
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
