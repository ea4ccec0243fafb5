"""Adversarial mutations of the dev corpus's signals: posts built to be misread.

tests/parsers/variants.py writes each dev signal the ways other channels write it; the harness
writes it the ways that tempt a parser into a *wrong trade*: a field label dropped, a stray number
beside the levels, two signals in one post, target numbering glued to the prices, thousands
separators of several conventions (tests/parsers/mutations_labels.py), prose full of numbers
(percentages, dates, times, R:R, volume, leverage ranges), a stop given only in prose, an entry
given as "above/below X" (tests/parsers/mutations_sentences.py), a status post or a recap quoting
the original signal (tests/parsers/mutations_quotes.py); and (tests/parsers/mutations_lexicon.py)
the signal in the trading words of another language, or its targets under a take-profit phrase no
lexicon holds; and (tests/parsers/mutations_followups.py) a follow-up for the signal's coin in a
form signal tools and channels post, or a post with a follow-up's words that must not act.

This module is the driver: it draws every family of tests/parsers/mutations_families.py (the
register of families, in order), judges each mutation by what it must give
(tests/parsers/mutation_post.py: exact, safe or refuse, derived from the dev signal's
hand-checked reading, never from the parser's output) and tallies the verdicts.

Seeded and deterministic. ``python -m tests.parsers.mutations [--family NAME] [--seeds LO HI]``
(tests/parsers/mutations_cli.py) prints every wrong trade, the figures per family and "total
wrong N"; it is the one command line of every family.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from parsers import EnhancedParser
from tests.parsers import mutations_followups
from tests.parsers.corpus_score import ACTIONABLE_UPDATES, signal_differences
from tests.parsers.mutation_post import (
    EXACT,
    MISSED,
    REFUSE,
    RIGHT,
    SAFE,
    SEED,
    WRONG,
    Made,
    Mutation,
    Post,
    Want,
    build,
    levels_of,
    near_price,
)
from tests.parsers.mutations_families import BUILT, FAMILIES
from tests.parsers.mutations_left26 import REFUSED_ACTION
from tests.parsers.mutations_notes import NO_ACTION
from tests.parsers.mutations_quotes import EDITED
from tests.parsers.mutations_sentences import _flags
from tests.parsers.mutations_unseen import BUILT_UNSEEN

# (The names this module held before its families moved out, for the modules that import them.)
__all__ = [
    "BUILT",
    "BUILT_UNSEEN",
    "EDITED",
    "EXACT",
    "MISSED",
    "REFUSE",
    "RIGHT",
    "SAFE",
    "SEED",
    "WRONG",
    "Figures",
    "Made",
    "Mutation",
    "Post",
    "Want",
    "build",
    "judge",
    "measure",
    "mutations",
    "_levels",
    "_near_price",
]
_levels, _near_price = levels_of, near_price


def mutations(seed: int = SEED, only: Sequence[str] = ()) -> list[Mutation]:
    """Every mutation of every dev signal, in a fixed order for a given seed; with `only`, those
    whose family, or the generator in FAMILIES that draws it, matches one of its patterns
    (fnmatch: "btc_quote_*", "channel_mutations")."""
    out: list[Mutation] = []
    for family in FAMILIES:
        whole = not only or any(fnmatchcase(family.__name__, p) for p in only)
        rows = family(seed) if whole or any(not _generator(p) for p in only) else ()
        out.extend(
            Mutation(*row) for row in rows if whole or any(fnmatchcase(row[1], p) for p in only)
        )
    return out


def _generator(pattern: str) -> bool:
    """Whether a pattern names generators only (so no other generator need be drawn for it)."""
    return any(fnmatchcase(f.__name__, pattern) for f in FAMILIES)


def judge(parser: EnhancedParser, m: Mutation) -> tuple[str, str]:
    """right (exact when it must be exact, refused when it must be refused), missed (refused
    when it must be exact) or wrong_trade, and why."""
    if m.must in (mutations_followups.FOLLOW, mutations_followups.NOT):
        return mutations_followups.judge(parser, m.text, m.want, m.must)
    sig = parser.parse_sync(m.text)
    if m.must == REFUSED_ACTION:
        # (tests/parsers/mutations_left26: no trade, and an action only with the reason it is
        # not done, SignalUpdate.problem: "Close #ETH and #SOL".)
        if sig is not None and sig.is_valid():
            return WRONG, f"read as a tradable {sig.side} {sig.symbol}"
        update = parser.parse_update_sync(m.text)
        if update is not None and update.kind.value in ACTIONABLE_UPDATES and not update.problem:
            return WRONG, f"read as {update.kind.value} {update.symbol}"
        return RIGHT, ""
    if m.must == NO_ACTION:
        # (A story, a lesson, a report: no trade, and no follow-up that acts.)
        if sig is not None and sig.is_valid():
            return WRONG, f"read as a tradable {sig.side} {sig.symbol}"
        update = parser.parse_update_sync(m.text)
        if update is not None and update.kind.value in ACTIONABLE_UPDATES:
            return WRONG, f"read as {update.kind.value} {update.symbol}"
        return RIGHT, ""
    if sig is None or not sig.is_valid():
        return (RIGHT if m.must in (REFUSE, SAFE) else MISSED), ""
    if m.must == REFUSE:
        return WRONG, f"read as a tradable {sig.side} {sig.symbol} {sig.entries} {sig.stop_loss}"
    diffs = signal_differences(sig, {"signal": m.want, "flags": _flags(m)})
    return (WRONG, "; ".join(diffs)) if diffs else (RIGHT, "")


@dataclass
class Figures:
    """Verdicts per family, and every wrong trade."""

    by_family: dict[str, Counter[str]]
    wrong: list[tuple[Mutation, str]]
    missed: list[tuple[Mutation, str]] = field(default_factory=list)

    @property
    def total(self) -> Counter[str]:
        out: Counter[str] = Counter()
        for c in self.by_family.values():
            out.update(c)
        return out


def measure(seed: int = SEED, only: Sequence[str] = (), stride: int = 1) -> Figures:
    """Read every mutation (or those `only` matches, see mutations; or every stride-th of them)
    with the rule parser and tally the verdicts."""
    parser = EnhancedParser(enable_ai=False)
    figures = Figures({}, [])
    for m in mutations(seed, only)[::stride]:
        verdict, detail = judge(parser, m)
        figures.by_family.setdefault(m.family, Counter())[verdict] += 1
        if verdict == WRONG:
            figures.wrong.append((m, detail))
        elif verdict == MISSED:
            figures.missed.append((m, detail))
    return figures


if __name__ == "__main__":
    from tests.parsers.mutations_cli import main

    raise SystemExit(main())
