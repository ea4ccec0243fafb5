"""Which split a repository or page already feeds, without opening any message.

Anyone writing parser rules must not read a held-out source (tests/fixtures/corpus/heldout). To
check a repository before reading it, this looks only at each corpus file's `source` record
(repository, url), never at its cases:

    python -m tests.parsers.corpus_sources owner/name [https://page ...]

prints, per argument, `heldout`, `dev`, `both` or `not in the corpus`, and exits 1 when any
argument is held out (so a script can stop on it). The draws of the gatherers' batches, which name
held-out candidates, are in tests/fixtures/corpus/heldout/NOTES.md, which a rule writer never
opens: a rule writer checks here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
SPLITS = ("dev", "heldout")


def _keys(source: dict[str, object]) -> set[str]:
    """The names a source answers to: its repository (owner/name) and its page, lower case."""
    keys: set[str] = set()
    for field in ("repo", "url"):
        value = source.get(field)
        if isinstance(value, str) and value:
            keys.add(value.strip().rstrip("/").lower())
    return keys


def source_index(root: Path = CORPUS) -> dict[str, set[str]]:
    """Each source's repository and page (lower case) -> the splits holding it."""
    index: dict[str, set[str]] = {}
    for split in SPLITS:
        for path in sorted((root / split).glob("*.json")):
            source = json.loads(path.read_text(encoding="utf-8"))["source"]
            for key in _keys(source):
                index.setdefault(key, set()).add(split)
    return index


def _repo_of(name: str) -> str:
    """owner/name from 'owner/name', a github.com address or 'github:owner/name'."""
    text = name.strip().rstrip("/").lower()
    for prefix in ("github:", "https://github.com/", "http://github.com/", "github.com/"):
        if text.startswith(prefix):
            parts = text[len(prefix) :].split("/")
            return "/".join(parts[:2])
    return text


def split_of(name: str, index: dict[str, set[str]] | None = None) -> str:
    """'heldout', 'dev', 'both' or 'not in the corpus' for a repository or a page's address."""
    index = source_index() if index is None else index
    text = name.strip().rstrip("/").lower()
    repo = _repo_of(name)
    found: set[str] = set()
    for key, splits in index.items():
        # A page counts when it is the source's page; a repository when any source is in it.
        if key == text or key == repo or key.startswith(f"https://github.com/{repo}/"):
            found |= splits
    if not found:
        return "not in the corpus"
    return "both" if len(found) == 2 else next(iter(found))


def main(argv: Iterable[str]) -> int:
    names = list(argv)
    if not names:
        print(__doc__)
        return 2
    index = source_index()
    held = False
    for name in names:
        where = split_of(name, index)
        held = held or where in ("heldout", "both")
        print(f"{name}: {where}")
    return 1 if held else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
