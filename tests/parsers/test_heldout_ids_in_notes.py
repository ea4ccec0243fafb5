"""The files a rule writer reads name no held-out source or case.

Rule writers read the labelling conventions (tests/fixtures/corpus/CONVENTIONS.md), the corpus
provenance and dev batch notes (tests/fixtures/corpus/SOURCES.md) and the docs; the held-out notes
live in tests/fixtures/corpus/heldout/NOTES.md, which they never open. A held-out id in a file
they read is the leak path of session 19 (docs/dev/testing.md): this test fails on any.

The ids come from the held-out files' records (source ids and case ids, nothing of a message's
text). A source-name prefix both splits share ('pnd-tg', 'square', 'teletrader') is no id and is
allowed; only a whole held-out id, or a held-out source id followed by a case number, is a hit.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
READ_BY_RULE_WRITERS = (
    CORPUS / "CONVENTIONS.md",
    CORPUS / "SOURCES.md",
    ROOT / "README.md",
    ROOT / "DEVELOPMENT.md",
    *sorted((ROOT / "docs").glob("*.md")),
    *sorted((ROOT / "docs" / "dev").glob("*.md")),
)
# An id-like token: letters, digits, '-' and '_' ('wsq-vip-export-096', 'teletrader-VIPCC-001').
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
CASE_NUMBER = re.compile(r"-\d+$")


def split_ids(split: str, root: Path = CORPUS) -> tuple[set[str], set[str]]:
    """(source ids, case ids) of one split, read from its files' records."""
    sources: set[str] = set()
    cases: set[str] = set()
    for path in sorted((root / split).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sources.add(data["source"]["id"])
        cases.update(case["id"] for case in data["cases"])
    return sources, cases


def heldout_hits(text: str, held: tuple[set[str], set[str]], dev: set[str]) -> list[str]:
    """The held-out ids `text` names: a held-out source or case id, or a held-out source id with a
    case number the corpus does not hold; a token that is a dev id is never a hit."""
    held_sources, held_cases = held
    hits: list[str] = []
    for match in TOKEN.finditer(text):
        token = match.group(0).rstrip("-_")
        if token in dev:
            continue
        stem = CASE_NUMBER.sub("", token)
        if token in held_sources or token in held_cases or stem in held_sources:
            hits.append(token)
    return hits


def test_heldout_hits_when_a_held_out_id_is_named_then_found_and_shared_prefixes_are_not() -> None:
    held = ({"pnd-tg-111", "square-lqty"}, {"pnd-tg-111-001", "square-lqty-001"})
    dev = {"pnd-tg-222", "square-lqty-deviation", "square-lqty-deviation-001"}
    text = (
        "The pnd-tg channels and square posts; dev `square-lqty-deviation-001` and pnd-tg-222.\n"
        "Held: `pnd-tg-111-001`, heldout/square-lqty.json, and `pnd-tg-111-` cases, `square-lqty-7`."
    )
    assert heldout_hits(text, held, dev) == [
        "pnd-tg-111-001",
        "square-lqty",
        "pnd-tg-111",
        "square-lqty-7",
    ]
    assert heldout_hits("pnd-tg, square, square-lqty-deviation", held, dev) == []


def test_notes_rule_writers_read_when_scanned_then_name_no_held_out_source_or_case() -> None:
    held = split_ids("heldout")
    dev_sources, dev_cases = split_ids("dev")
    assert held[0] and held[1], "no held-out ids read: the corpus moved?"
    found = {}
    for path in READ_BY_RULE_WRITERS:
        assert path.is_file(), path
        hits = heldout_hits(path.read_text(encoding="utf-8"), held, dev_sources | dev_cases)
        if hits:
            found[str(path.relative_to(ROOT))] = sorted(set(hits))
    assert not found, (
        "held-out ids in files rule writers read (move the passage to "
        f"tests/fixtures/corpus/heldout/NOTES.md, or name no id): {found}"
    )
