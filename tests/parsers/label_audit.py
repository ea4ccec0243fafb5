"""The label audit's shared code (session 25): judging relabelled cases, drawing samples.

The held-out scripts (tests/fixtures/corpus/heldout/audit26*_verdicts.py, audit26*_sample.py)
keep their data (which cases, which seed) and call these; this module names no case. Auditor's
use only: what these print names held-out cases, so rule writers never run them.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

from parsers import EnhancedParser
from tests.parsers.corpus_score import CorpusCase, judge, load_split

HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "heldout"

# What a verdicts script fixes: case ids (held out); ruling -> case ids (held out); or
# split -> ruling -> case ids.
Fixed = Iterable[str] | Mapping[str, Iterable[str]] | Mapping[str, Mapping[str, Iterable[str]]]


def verdicts(fixed: Fixed) -> None:
    """Judge each fixed case by the rule parser against its old label (`expect.was`) and its
    new one; print a line a case, per ruling and per split the counts before -> after."""
    parser = EnhancedParser(enable_ai=False)
    if isinstance(fixed, Mapping) and all(isinstance(v, Mapping) for v in fixed.values()):
        for split, rulings in fixed.items():
            _split_verdicts(parser, split, rulings, (split,))
    else:
        _split_verdicts(parser, "heldout", fixed, ())


def _split_verdicts(parser, split: str, rulings, prefix: tuple[str, ...]) -> None:
    cases = {c.id: c for c in load_split(split)}
    groups = rulings.items() if isinstance(rulings, Mapping) else [(None, rulings)]
    before, after = Counter(), Counter()
    for ruling, ids in groups:
        rb, ra = Counter(), Counter()
        for cid in ids:
            new = cases[cid]
            old_expect = dict(new.expect["was"])
            old = CorpusCase(new.id, new.source, new.split, new.text, old_expect, new.classes)
            b, a = judge(old, parser), judge(new, parser)
            rb[b.verdict] += 1
            ra[a.verdict] += 1
            print(*prefix, cid, "|", b.verdict, b.detail, "->", a.verdict, a.detail)
        if ruling is not None:
            print("  ", *prefix, ruling, dict(rb), "->", dict(ra))
        before.update(rb)
        after.update(ra)
    print(*prefix, "before", dict(before))
    print(*prefix, "after", dict(after))


def heldout_cases() -> dict[str, dict]:
    """Every held-out case record by id, read from the split's files."""
    out: dict[str, dict] = {}
    for path in sorted(HELDOUT.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            out[case["id"]] = case
    return out


def draw_sample(seed: int, n: int, exclude: Collection[str] = ()) -> list[str]:
    """The held-out ids not in `exclude`, sorted, then random.Random(seed).sample(..., n)."""
    excluded = set(exclude)
    rest = sorted(cid for cid in heldout_cases() if cid not in excluded)
    return random.Random(seed).sample(rest, n)


def print_sample(picked: list[str], argv: list[str] | None = None) -> None:
    """Print the count of held-out cases and the picked ids, or with --show LO HI the text and
    label of each picked case from LO to HI."""
    argv = sys.argv if argv is None else argv
    all_cases = heldout_cases()
    if "--show" in argv:
        lo, hi = (int(x) for x in argv[2:4])
        for n, cid in enumerate(picked[lo:hi], lo):
            c = all_cases[cid]
            print(f"=== [{n}] {cid} ({c.get('lang')})")
            print(c["text"])
            print("--- expect:", json.dumps(c["expect"], ensure_ascii=False))
    else:
        print(len(all_cases))
        print(" ".join(picked))
