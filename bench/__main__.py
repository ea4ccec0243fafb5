"""`make bench`: run every bench/bench_*.py module's run() and print one JSON document."""

from __future__ import annotations

import importlib
import json
import logging
import pkgutil
import platform
import sys
import time
import traceback
from pathlib import Path


def main() -> int:
    """Run all benchmarks (or those named on the command line)."""
    wanted = set(sys.argv[1:])
    # The fake servers' access logs would drown the figures.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
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
        try:
            mod = importlib.import_module(f"bench.{info.name}")
            out = mod.run()
            results.update(out)
        except Exception as exc:  # noqa: BLE001 - one failing bench must not hide the others
            traceback.print_exc(file=sys.stderr)
            results[info.name] = {"error": f"{type(exc).__name__}: {exc}"}
        print(f"{info.name}: {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    print(json.dumps(results, indent=2, default=str))
    return 1 if any(isinstance(v, dict) and "error" in v for v in results.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
