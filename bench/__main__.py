"""`make bench`: run every bench/bench_*.py module's run() and print one JSON document."""

from __future__ import annotations

import importlib
import json
import logging
import pkgutil
import platform
import subprocess
import sys
import time
import traceback
from pathlib import Path


def _one(name: str) -> int:
    """Run one bench module in this process and print its figures as JSON."""
    # The fake servers' access logs would drown the figures.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    try:
        out = importlib.import_module(f"bench.{name}").run()
    except Exception as exc:  # noqa: BLE001 - reported as this bench's result
        traceback.print_exc(file=sys.stderr)
        out = {name: {"error": f"{type(exc).__name__}: {exc}"}}
    for line in mismatches_as_errors(out):
        print(f"{name}: ERROR {line}", file=sys.stderr)
    print(json.dumps(out, default=str))
    return 0


def mismatches_as_errors(out: dict[str, object]) -> list[str]:
    """A bench that compares trades (`trades_match`) and found them different is an error:
    its figures get an "error" entry (so `make bench` exits 1); returns the error lines."""
    lines = []
    for key, figures in out.items():
        if isinstance(figures, dict) and figures.get("trades_match") is False:
            diffs = json.dumps(figures.get("trade_differences"), default=str)
            figures.setdefault("error", f"{key}: the trades differ from the reference: {diffs}")
            lines.append(str(figures["error"]))
    return lines


def _in_own_process(name: str) -> dict[str, object]:
    """Each bench runs in a fresh interpreter: one bench's heap, threads and warm-up never
    leak into another's figures (the engine's p50 moved by ~40% with the benches run before it)."""
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--one", name],
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    try:
        out = json.loads(proc.stdout)
    except ValueError:
        return {name: {"error": f"exited with {proc.returncode} and no figures"}}
    return out if isinstance(out, dict) else {name: {"error": "figures not a JSON object"}}


def main() -> int:
    """Run all benchmarks (or those named on the command line)."""
    if sys.argv[1:2] == ["--one"]:
        return _one(sys.argv[2])
    wanted = set(sys.argv[1:])
    here = Path(__file__).parent
    # Which interpreter the figures come from (a PGO/LTO build is ~30% faster on pure Python).
    results: dict[str, object] = {
        "python": {
            "version": platform.python_version(),
            "interpreter": getattr(sys, "_base_executable", sys.executable),
            "compiler": platform.python_compiler(),
        }
    }
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda i: i.name):
        if not info.name.startswith("bench_"):
            continue
        if wanted and info.name.removeprefix("bench_") not in wanted:
            continue
        t0 = time.perf_counter()
        results.update(_in_own_process(info.name))
        print(f"{info.name}: {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    print(json.dumps(results, indent=2, default=str))
    failed = [k for k, v in results.items() if isinstance(v, dict) and "error" in v]
    for k in failed:
        print(f"make bench: {k} failed: {results[k]['error']}", file=sys.stderr)  # type: ignore[index]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
