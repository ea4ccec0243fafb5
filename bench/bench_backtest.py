"""The same work in sigcopy's replay and in backtesting.py: time, ratio, and the trades compared.

The work (bench/bt_same_work.py): all 35,019 real 30-minute BTC bars (a gzip fixture) and 500
seeded bracket signals, one trade at a time. Each side starts from the same two files and ends
with its list of trades:
- sigcopy: read the candles and the JSONL, parse every message, replay (fast, and bar by bar:
  every bar checked in Python, the quiet ones passed over), build the report;
- backtesting.py: read the candles with pandas, place the same brackets from a Strategy, run.
Each side's time is split at the same place (READ): reading its inputs, then the run on data in
memory. Both regions are printed with their ratios: "from files" (everything) and "run".
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.bt_same_work import (
    CANDLES,
    ROOT,
    SIGCOPY_ENV,
    compare,
    make_signals,
    plan_signals,
    read_frame,
    read_signals,
    run_backtesting_py,
    write_signals,
)

REPEAT = 9  # in-process rounds
COMMANDS = 5  # whole-command rounds


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
        self.cpu_stages: dict[str, float] = {}
        self._last, self._last_cpu = self.t0, self.c0

    def stage(self, name: str) -> None:
        now, cpu = time.perf_counter(), time.process_time()
        self.stages[name] = now - self._last
        self.cpu_stages[name] = cpu - self._last_cpu
        self._last, self._last_cpu = now, cpu

    def done(self) -> tuple[float, float]:
        return time.perf_counter() - self.t0, time.process_time() - self.c0


# Each side's time is split at the same place: reading its inputs (the candle file, the JSONL,
# and for sigcopy parsing the message texts and its settings; for backtesting.py pandas'
# read_csv, the datetime index and the bar of each signal), then the run on data in memory
# (sigcopy: engine, replay and report; backtesting.py: Backtest, run with its stats, the trades).
READ = ("read_candles", "read_signals")


def _sigcopy(signals: Path, data_dir: Path, fast: bool) -> tuple[float, float, Any]:
    """From the two files to the report, in this process."""
    from config import load_settings
    from engine.backtest.actions import read_actions
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
        parsed = read_actions(messages)
        settings = load_settings()
        clock.stage("read_signals")
        replay = Replay(candles, messages, settings, ReplayOptions(fast=fast), parsed)
        result = asyncio.run(replay.run())
        clock.stage("replay")
        report = build_report(result)
        clock.stage("report")
        wall, cpu = clock.done()
        return wall, cpu, (report, clock)


def _theirs(signals: Path) -> tuple[float, float, Any]:
    clock = Timer()
    df = read_frame(CANDLES)
    clock.stage("read_candles")
    plan = plan_signals(df, read_signals(signals))
    clock.stage("read_signals")
    trades = run_backtesting_py(df, plan)
    clock.stage("run")
    return (*clock.done(), (trades, clock))


def _run_s(stages: dict[str, float]) -> float:
    """The run on data in memory: every stage but reading the inputs."""
    return sum(v for k, v in stages.items() if k not in READ)


@dataclass
class Best:
    """One side's best times over the rounds, and the output and stages of its fastest round."""

    wall: float = float("inf")
    cpu: float = float("inf")
    run: float = float("inf")  # the best run on data in memory (see READ)
    run_cpu: float = float("inf")
    out: Any = None
    stages: dict[str, float] = field(default_factory=dict)


def _best(runs: list[Callable[[], tuple[float, float, Any]]]) -> list[Best]:
    """Each callable's best wall, CPU and in-memory run time over REPEAT rounds (alternated)."""
    best = [Best() for _ in runs]
    for _ in range(REPEAT):
        for b, f in zip(best, runs, strict=True):
            wall, cpu, (out, timer) = f()
            b.cpu, b.run = min(b.cpu, cpu), min(b.run, _run_s(timer.stages))
            b.run_cpu = min(b.run_cpu, _run_s(timer.cpu_stages))
            if wall < b.wall:
                b.wall, b.out, b.stages = wall, out, timer.stages
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
        fast, slow, bt = _best(
            [
                lambda: _sigcopy(jsonl, data, True),
                lambda: _sigcopy(jsonl, data, False),
                lambda: _theirs(jsonl),
            ]
        )
        theirs = bt.out

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
        for _ in range(COMMANDS):
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
        "fast_replay": compare(fast.out["trades"], theirs),
        "bar_by_bar": compare(slow.out["trades"], theirs),
        "whole_commands": compare(cmd_ours, cmd_theirs),
    }
    ours_wall = min(w for w, _ in cmd["sigcopy"])
    theirs_wall = min(w for w, _ in cmd["backtesting_py"])
    ours_cpu = min(c for _, c in cmd["sigcopy"])
    theirs_cpu = min(c for _, c in cmd["backtesting_py"])

    def r(x: float) -> float:
        return round(x, 4)

    def each(f: Callable[[Best], float]) -> dict[str, float]:
        return {
            "sigcopy_fast_replay": r(f(fast)),
            "sigcopy_bar_by_bar": r(f(slow)),
            "backtesting_py": r(f(bt)),
        }

    def speedup(f: Callable[[Best], float]) -> dict[str, float]:
        return {"fast_replay": round(f(bt) / f(fast), 2), "bar_by_bar": round(f(bt) / f(slow), 2)}

    return {
        "backtest": {
            "work": "all real 30-minute BTCUSD bars, seeded bracket signals, one trade at a time",
            "bars": len(c),
            "signals": len(signals),
            "trades_sigcopy": fast.out["summary"]["trades"],
            "trades_backtesting_py": len(theirs),
            "refused_sigcopy": fast.out["summary"]["refused"],
            # Bars the engine was shown (the others were quiet: strictly inside its levels, no
            # message, expiry or funding time; bar by bar checks each of them in Python).
            "bars_shown_to_engine": {
                "fast_replay": fast.out["summary"]["bars_visited"],
                "bar_by_bar": slow.out["summary"]["bars_visited"],
            },
            "trades_match": not any(diffs.values()),
            "trade_differences": {k: v for k, v in diffs.items() if v},
            "regions": {
                "from_files": "both sides from the candle file and the JSONL to their trades",
                "run": "both sides from candles and signals in memory to their trades: sigcopy's"
                " engine, replay and report; backtesting.py's Backtest(), run() (its stats"
                " included) and trade list. Not in it, on either side: reading the candle file"
                " (sigcopy's columnar reader; pandas read_csv and the datetime index), reading"
                " the signals (sigcopy also parses the message texts and reads its settings)",
            },
            # Wall time; CPU time beside it (steadier when other jobs share the machine).
            "in_process_s": each(lambda b: b.wall),
            "in_process_cpu_s": each(lambda b: b.cpu),
            "in_process_run_s": each(lambda b: b.run),
            "in_process_run_cpu_s": each(lambda b: b.run_cpu),
            # Where each side's time goes (its fastest round).
            "stages_s": {
                "sigcopy_fast_replay": {k: r(v) for k, v in fast.stages.items()},
                "sigcopy_bar_by_bar": {k: r(v) for k, v in slow.stages.items()},
                "backtesting_py": {k: r(v) for k, v in bt.stages.items()},
            },
            # > 1: sigcopy is that many times faster than backtesting.py on the same work.
            "in_process_speedup": speedup(lambda b: b.wall),
            "in_process_cpu_speedup": speedup(lambda b: b.cpu),
            "in_process_run_speedup": speedup(lambda b: b.run),
            "in_process_run_cpu_speedup": speedup(lambda b: b.run_cpu),
            "whole_command_s": {"sigcopy": r(ours_wall), "backtesting_py": r(theirs_wall)},
            "whole_command_cpu_s": {"sigcopy": r(ours_cpu), "backtesting_py": r(theirs_cpu)},
            "whole_command_speedup": round(theirs_wall / ours_wall, 2),
            "whole_command_cpu_speedup": round(theirs_cpu / ours_cpu, 2),
            "timing": f"best of {REPEAT}, alternated; in-process after one warm-up run of each;"
            f" whole commands best of {COMMANDS}",
        }
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
