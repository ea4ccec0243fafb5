"""tests/parsers/corpus_sources: a rule writer's check of a repository against the corpus's
source records, which never opens a case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.parsers import corpus_sources
from tests.parsers.corpus_sources import source_index, split_of


def _source(root: Path, split: str, name: str, repo: str, url: str) -> None:
    (root / split).mkdir(parents=True, exist_ok=True)
    record = {"source": {"id": name, "repo": repo, "url": url}, "split": split, "cases": []}
    (root / split / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")


def _corpus(tmp_path: Path) -> dict[str, set[str]]:
    _source(tmp_path, "dev", "a", "Owner/Dev-Bot", "https://github.com/Owner/Dev-Bot/blob/c/x.json")
    _source(tmp_path, "heldout", "b", "other/held", "https://github.com/other/held/blob/c/y.txt")
    _source(tmp_path, "dev", "c", "", "https://example.org/format-page")
    _source(tmp_path, "heldout", "d", "", "https://example.org/held-page")
    _source(tmp_path, "dev", "e", "mixed/repo", "https://github.com/mixed/repo/blob/c/1.json")
    _source(tmp_path, "heldout", "f", "mixed/repo", "https://github.com/mixed/repo/blob/c/2.json")
    return source_index(tmp_path)


def test_split_of_when_repository_named_in_any_form_then_its_split(tmp_path: Path) -> None:
    index = _corpus(tmp_path)
    assert split_of("other/held", index) == "heldout"
    assert split_of("https://github.com/Other/Held", index) == "heldout"
    assert split_of("github:other/held", index) == "heldout"
    assert split_of("owner/dev-bot", index) == "dev"
    assert split_of("mixed/repo", index) == "both"
    assert split_of("someone/new", index) == "not in the corpus"


def test_split_of_when_page_then_only_that_page_matches(tmp_path: Path) -> None:
    index = _corpus(tmp_path)
    assert split_of("https://example.org/held-page/", index) == "heldout"
    assert split_of("https://example.org/format-page", index) == "dev"
    assert split_of("https://example.org/other-page", index) == "not in the corpus"


def test_main_when_a_held_out_repository_is_named_then_exit_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    held = next(
        json.loads(p.read_text(encoding="utf-8"))["source"]["repo"]
        for p in sorted((corpus_sources.CORPUS / "heldout").glob("*.json"))
        if json.loads(p.read_text(encoding="utf-8"))["source"].get("repo")
    )
    assert corpus_sources.main([held]) == 1
    assert corpus_sources.main(["nobody-at-all/no-such-repository"]) == 0
    out = capsys.readouterr().out
    assert f"{held}: heldout" in out or f"{held}: both" in out
    assert "nobody-at-all/no-such-repository: not in the corpus" in out
