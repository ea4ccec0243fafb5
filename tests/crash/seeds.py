"""The crash harness over many seeds, for hunting (not part of the suite).

    python -m tests.crash.seeds --exchange mexc --seeds 1-200 --kills 25 [--out DIR]

Each seed is one harness run (its own fake exchange, data folder and bot processes); a failing
seed's message and artifacts are kept (DIR/<exchange>-seed<N>-cycle<M>/), and the run goes on
with the next seed. The last line sums up the kills and checks per exchange. Exit code 1 when any
seed failed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.crash.harness import CrashHarness


def seed_range(text: str) -> list[int]:
    """'1-5,9' -> [1, 2, 3, 4, 5, 9]."""
    out: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        out += list(range(int(lo), int(hi or lo) + 1))
    return out


async def one(exchange: str, seed: int, kills: int, out: Path) -> tuple[int, int, int, str]:
    """(kills, checks, signals executed, failure or '') of one seed."""
    with tempfile.TemporaryDirectory(prefix=f"crash-{exchange}-{seed}-") as tmp:
        os.environ["SIGCOPY_CRASH_ARTIFACTS"] = str(out)
        h = CrashHarness(exchange, Path(tmp), seed, 3 * kills)
        try:
            async with h:
                fig = await h.run(kills)
        except AssertionError as exc:
            return h.fig.kills, h.fig.checks, len(h.executed), str(exc).splitlines()[0]
        return fig.kills, fig.checks, fig.signals_executed, ""


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exchange", action="append", choices=["mexc", "binanceusdm"])
    ap.add_argument("--seeds", default="1-20")
    ap.add_argument("--kills", type=int, default=25)
    ap.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "crash-seeds"))
    args = ap.parse_args()
    out = Path(args.out)
    totals: Counter[str] = Counter()
    failed: list[str] = []
    for seed in seed_range(args.seeds):
        for ex in args.exchange or ["mexc", "binanceusdm"]:
            t0 = time.monotonic()
            kills, checks, executed, err = await one(ex, seed, args.kills, out)
            totals[f"{ex} kills"] += kills
            totals[f"{ex} checks"] += checks
            totals[f"{ex} seeds"] += 1
            if executed == 0:
                totals[f"{ex} seeds with no signal executed"] += 1
            line = f"{ex} seed={seed}: {kills} kills, {executed} signals, "
            line += f"{time.monotonic() - t0:.0f} s " + (f"FAILED: {err}" if err else "ok")
            print(line, flush=True)
            if err:
                failed.append(f"{ex} seed={seed}: {err}")
    print("totals: " + ", ".join(f"{k} {v}" for k, v in sorted(totals.items())))
    for f in failed:
        print("FAILED " + f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
