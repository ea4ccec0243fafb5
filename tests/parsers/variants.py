"""Variants of the dev corpus's signals: the ways real channels differ, with a known reading.

A channel the parser has never seen writes the same signal with its own words and layout. This
harness takes every dev signal (tests/fixtures/corpus/dev, kind "signal") with its hand-checked
reading and writes it again the ways channels do: label synonyms in several languages, separators
(":", "-", "=", "→", "@"), ranges ("0.51-0.53", "0.51 to 0.53", "0.51 ~ 0.53"), numbering
("1)", "1.", "1⃣", "①", "T1", "TP1", "Target 1"), emoji prefixes, casing, block order, chatter
lines, hashtags, pair forms (BTC/USDT, BTCUSDT.P, BTC-PERP, $BTC), leverage forms (Cross 20x,
Isolated (10X), Lev: 5-10x) and digits of other scripts. Two families:

- *rebuilt*: a fresh post written from the expected reading with a random choice of each form;
- *edited*: the real post itself with chatter, hashtags, emoji, blank lines or casing added.

The forms are in tests/parsers/variant_forms.py, the families in variant_rebuild.py and
variant_edits.py, the status and follow-up posts in status_variants.py; this module draws them.

Every variant must be read exactly, or refused (None, or needs review / invalid): never read as
a tradable signal with other numbers (a wrong trade). Seeded and deterministic.
Run ``python -m tests.parsers.variants`` for the figures and the first failures.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from dataclasses import dataclass
from typing import Any

from parsers import EnhancedParser
from tests.parsers.corpus_score import CorpusCase, load_split, signal_differences
from tests.parsers.status_variants import (
    STATUS_FORMS,
    WRONG_ACTION,
    judge_status,
    status_figures,
    status_variants,
)
from tests.parsers.variant_edits import EDITS, FOLLOWUP_CHATTER, _emoji_lines
from tests.parsers.variant_forms import (
    EXACT,
    REFUSED,
    SEED,
    WRONG,
    _symbol_forms,
    fmt,
)
from tests.parsers.variant_rebuild import rebuild

# (The names this module held before its families moved out, for the modules that import them.)
__all__ = [
    "EXACT",
    "REFUSED",
    "SEED",
    "STATUS_FORMS",
    "WRONG",
    "WRONG_ACTION",
    "Figures",
    "Variant",
    "_symbol_forms",
    "fmt",
    "followup_variants",
    "judge",
    "judge_status",
    "main",
    "measure",
    "rebuild",
    "signal_cases",
    "status_figures",
    "status_variants",
    "variants",
]

REBUILT_PER_SIGNAL = 6


@dataclass(frozen=True)
class Variant:
    """One rewritten post with the reading it must give (or be refused)."""

    case_id: str
    family: str  # "rebuilt" or "edited:<how>"
    text: str
    expect: dict[str, Any]


def signal_cases() -> list[CorpusCase]:
    """The dev signals the variants are built from."""
    return [c for c in load_split("dev") if c.kind == "signal"]


def variants(seed: int = SEED, per_signal: int = REBUILT_PER_SIGNAL) -> list[Variant]:
    """Every variant, in a fixed order for a given seed."""
    rng = random.Random(seed)
    out: list[Variant] = []
    for case in signal_cases():
        want = case.expect["signal"]
        expect = {"signal": {**want}, "flags": {}}
        for _ in range(per_signal):
            out.append(Variant(case.id, "rebuilt", rebuild(rng, want), expect))
        for name, edit in EDITS.items():
            out.append(Variant(case.id, f"edited:{name}", edit(rng, case.text), case.expect))
    return out


def followup_variants(seed: int = SEED) -> list[CorpusCase]:
    """The dev posts that are no new signal (follow-ups, status posts, chatter, posts to refuse),
    with a chatter line, hashtags, blank lines or emoji added: read as before, never a trade,
    never an action the post does not ask for."""
    rng = random.Random(seed)
    out: list[CorpusCase] = []
    for case in load_split("dev"):
        if case.kind == "signal":
            continue
        for name, edit in (
            ("chatter_first", lambda t: rng.choice(FOLLOWUP_CHATTER) + "\n" + t),
            ("chatter_last", lambda t: t + "\n\n" + rng.choice(FOLLOWUP_CHATTER)),
            ("blank_lines", lambda t: t.replace("\n", "\n\n")),
            ("emoji_lines", lambda t: _emoji_lines(rng, t)),
        ):
            out.append(
                CorpusCase(
                    f"{case.id}:{name}",
                    case.source,
                    "dev",
                    edit(case.text),
                    case.expect,
                    case.classes,
                )
            )
    return out


def judge(parser: EnhancedParser, v: Variant) -> tuple[str, str]:
    """exact, refused or wrong_trade, and what differed."""
    sig = parser.parse_sync(v.text)
    if sig is None or not sig.is_valid():
        return REFUSED, "" if sig is None else "; ".join(sig.problems())
    diffs = signal_differences(sig, v.expect)
    return (WRONG, "; ".join(diffs)) if diffs else (EXACT, "")


@dataclass
class Figures:
    """Exact reads, refusals and wrong trades over the variants, per family."""

    total: Counter[str]
    by_family: dict[str, Counter[str]]
    wrong: list[tuple[Variant, str]]
    refused: list[tuple[Variant, str]]

    @property
    def exact_rate(self) -> float:
        return self.total[EXACT] / max(1, sum(self.total.values()))


def measure(seed: int = SEED, per_signal: int = REBUILT_PER_SIGNAL) -> Figures:
    """Read every variant with the rule parser and tally the verdicts."""
    parser = EnhancedParser(enable_ai=False)
    figures = Figures(Counter(), {}, [], [])
    for v in variants(seed, per_signal):
        verdict, detail = judge(parser, v)
        figures.total[verdict] += 1
        family = v.family.split(":")[0] if v.family == "rebuilt" else v.family
        figures.by_family.setdefault(family, Counter())[verdict] += 1
        if verdict == WRONG:
            figures.wrong.append((v, detail))
        elif verdict == REFUSED:
            figures.refused.append((v, detail))
    return figures


def main(argv: list[str]) -> None:
    seed = int(argv[1]) if len(argv) > 1 else SEED
    show = int(argv[2]) if len(argv) > 2 else 10
    f = measure(seed)
    n = sum(f.total.values())
    print(f"variants {n}: exact {f.total[EXACT]} ({f.exact_rate:.1%}), refused {f.total[REFUSED]},")
    print(f"wrong trades {f.total[WRONG]}")
    for family, c in sorted(f.by_family.items()):
        print(f"  {family:24} {dict(c)}")
    for v, detail in f.wrong[:show]:
        print(f"--- WRONG {v.case_id} {v.family}: {detail}\n{v.text}")
    for v, detail in f.refused[: show if len(argv) > 3 else 0]:
        print(f"--- REFUSED {v.case_id} {v.family}: {detail}\n{v.text}")


if __name__ == "__main__":
    main(sys.argv)
