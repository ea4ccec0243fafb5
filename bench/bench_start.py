"""Start-up time of the terminal console: `sigcopy run` until its ready prompt, whole command.

Each figure is the median (and every run) in seconds from spawning `sigcopy run` to the line
"Paste a signal" on its stdout, in a fresh DATA_DIR:
- offline: PAPER_PRICE_SOURCE=simulated (no exchange at all);
- offline_default: the default settings (PAPER_PRICE_SOURCE=auto) with the exchange's host not
  resolving, as on a machine without network: it falls back to simulated prices;
- exchange_cold: paper on exchange prices from the fake MEXC on loopback, first start (no
  market cache), each answer delayed by `latency_s` to stand in for a real link;
- exchange_warm: the same, started again: the market list comes from DATA_DIR/cache.
The fake's market list is small; MEXC's real two lists are megabytes (seconds on a good line):
the cold figure is a floor, the warm one is what a user sees on every later start.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from tests.fakes.fixtures import start_fake

RUNS = 3
LATENCY_S = 0.5
READY = "Paste a signal"
SIGCOPY = Path(sys.executable).parent / "sigcopy"


def _time_to_ready(data_dir: Path, env: dict[str, str]) -> float:
    cmd = [str(SIGCOPY)] if SIGCOPY.exists() else [sys.executable, "-m", "engine.cli"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*cmd, "run", "--console"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=data_dir.parent,
        env={**env, "DATA_DIR": str(data_dir), "LOG_DIR": str(data_dir.parent / "logs")},
    )
    assert proc.stdout is not None and proc.stdin is not None
    ready = None
    for line in proc.stdout:
        if READY in line:
            ready = time.perf_counter() - t0
            break
    proc.stdin.write("/quit\n")
    proc.stdin.close()
    proc.wait(timeout=60)
    if ready is None:
        raise RuntimeError(f"the console never got ready (exit {proc.returncode})")
    return ready


def _summary(times: list[float]) -> dict[str, Any]:
    return {"median_s": round(statistics.median(times), 3), "runs_s": [round(t, 3) for t in times]}


class _FakeInThread:
    """The fake MEXC on its own event loop, so the timed command runs in the foreground."""

    def __init__(self, latency: float) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.fake: Any = asyncio.run_coroutine_threadsafe(start_fake("mexc"), self.loop).result()
        self.fake.set_latency(latency)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.fake.stop(), self.loop).result()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()


def run() -> dict[str, Any]:
    """Bench entry point: {"console_start": {...}}."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SIGCOPY_"))}
    base.update(TRADING_MODE="paper")
    offline, offline_default, cold, warm = [], [], [], []
    # RFC 6761: a .invalid name never resolves, as when there is no network.
    unresolved = {**base, "EXCHANGE_API_BASE_URL": "https://sigcopy-bench.invalid"}
    server = _FakeInThread(LATENCY_S)
    try:
        env = {
            **base,
            "PAPER_PRICE_SOURCE": "exchange",
            "EXCHANGE": "mexc",
            "EXCHANGE_API_BASE_URL": server.fake.url,
        }
        for _ in range(RUNS):
            with tempfile.TemporaryDirectory(prefix="sigcopy-bench-start-") as tmp:
                data = Path(tmp) / "data"
                offline.append(_time_to_ready(data, {**base, "PAPER_PRICE_SOURCE": "simulated"}))
            with tempfile.TemporaryDirectory(prefix="sigcopy-bench-start-") as tmp:
                offline_default.append(_time_to_ready(Path(tmp) / "data", unresolved))
            with tempfile.TemporaryDirectory(prefix="sigcopy-bench-start-") as tmp:
                data = Path(tmp) / "data"
                cold.append(_time_to_ready(data, env))
                warm.append(_time_to_ready(data, env))
    finally:
        server.stop()
    return {
        "console_start": {
            "latency_s": LATENCY_S,
            "offline": _summary(offline),
            "offline_default": _summary(offline_default),
            "exchange_cold": _summary(cold),
            "exchange_warm": _summary(warm),
            "goal_s": 5.0,
        }
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
