"""The dev corpus's Cyrillic follow-ups, the guards of the Russian and Ukrainian follow-up tests
(tests/parsers/test_ru31.py, test_ru32.py): each must read as its label says."""

from __future__ import annotations

import re

from tests.parsers.corpus_score import EXACT, MISS, CorpusCase, judge, load_split
from tests.parsers.reads import PARSER

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def dev_cyrillic_updates() -> list[CorpusCase]:
    """Every dev follow-up holding a Cyrillic letter."""
    return [
        case
        for case in load_split("dev")
        if case.kind == "update" and _CYRILLIC.search(case.text) is not None
    ]


def check_dev_update(case: CorpusCase, missed: frozenset[str]) -> None:
    """The case reads exactly; one of `missed` (a miss left on main) may be missed, never
    misread."""
    outcome = judge(case, PARSER)
    if case.id in missed:
        assert outcome.verdict in (EXACT, MISS), outcome.detail
    else:
        assert outcome.verdict == EXACT, outcome.detail
