"""The mutation harness's one command line (tests/parsers/mutations.py), for every family:

    .venv/bin/python -m tests.parsers.mutations [--family NAME ...] [--seeds LO [HI]]
        [--missed] [--show N] [--jobs N] [--list]

Prints each wrong trade (seed, case, family, what it must give, why, and the post), then the
verdicts per family summed over the seeds, then "total wrong N"; exits 1 when N is not 0.
NAME is a pattern (fnmatch) of a family ("btc_quote_named", "level_note*") or of a generator
in tests/parsers/mutations_families.FAMILIES ("channel_mutations"): only those are drawn and
read. The seeds default to 1-60, the sweep every parser change must pass; --missed prints the
misses too (refused where it must be read exactly), --show caps how many posts are printed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

# One post as printed: seed, case id, family, must, verdict, detail, text.
Shown = tuple[int, str, str, str, str, str, str]


def run_seed(
    seed: int, only: Sequence[str], missed: bool
) -> tuple[dict[str, Counter[str]], list[Shown]]:
    """One seed's verdicts per family, and its wrong (and, with missed, missed) posts."""
    from tests.parsers.mutations import measure

    f = measure(seed, only)
    posts = [(m, "WRONG", d) for m, d in f.wrong] + (
        [(m, "missed", d) for m, d in f.missed] if missed else []
    )
    return f.by_family, [(seed, m.case_id, m.family, m.must, v, d, m.text) for m, v, d in posts]


def _families(seed: int) -> dict[str, list[str]]:
    """Each generator's name and the families it draws (for --list)."""
    from tests.parsers.mutations_families import FAMILIES

    return {gen.__name__: sorted({row[1] for row in gen(seed)}) for gen in FAMILIES}


def main(argv: Sequence[str] | None = None) -> int:
    ask = argparse.ArgumentParser(
        prog="python -m tests.parsers.mutations",
        description="The mutation harness: wrong trades per seed, figures per family.",
    )
    ask.add_argument(
        "--family",
        action="append",
        default=[],
        metavar="NAME",
        help="a family or generator (fnmatch pattern); repeatable",
    )
    ask.add_argument(
        "--seeds", nargs="+", type=int, default=[1, 60], metavar="N", help="LO [HI] (default 1 60)"
    )
    ask.add_argument("--missed", action="store_true", help="print the missed posts too")
    ask.add_argument("--show", type=int, default=None, help="print at most N posts")
    ask.add_argument("--jobs", type=int, default=2, help="processes (default 2)")
    ask.add_argument("--list", action="store_true", help="list the generators and their families")
    args = ask.parse_args(argv)
    if len(args.seeds) > 2:
        ask.error("--seeds takes LO or LO HI")
    lo, hi = args.seeds[0], args.seeds[-1]
    if args.list:
        for name, families in _families(lo).items():
            print(f"{name}: {' '.join(families)}")
        return 0
    seeds = range(lo, hi + 1)
    tally: dict[str, Counter[str]] = {}
    shown = wrong = 0
    with ProcessPoolExecutor(max(1, args.jobs)) as pool:
        runs = pool.map(run_seed, seeds, [args.family] * len(seeds), [args.missed] * len(seeds))
        for by_family, posts in runs:
            for family, counts in by_family.items():
                tally.setdefault(family, Counter()).update(counts)
            for seed, case_id, family, must, verdict, detail, text in posts:
                wrong += verdict == "WRONG"
                if args.show is None or shown < args.show:
                    shown += 1
                    print(
                        f"--- {verdict} seed {seed} {case_id} {family} ({must}): {detail}\n{text}\n"
                    )
    if not tally:
        print(f"no family matches {' '.join(args.family)} (--list names them)", file=sys.stderr)
        return 2
    for family, counts in sorted(tally.items()):
        print(f"  {family:24} {dict(sorted(counts.items()))}")
    print(f"seeds {lo}-{hi}, mutations {sum(sum(c.values()) for c in tally.values())}")
    print(f"total wrong {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
