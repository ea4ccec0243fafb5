"""Every dev source has its row in SOURCES.md's table, with its message count
(tests/parsers/source_table.py writes the missing rows)."""

from __future__ import annotations

import json
import re

from tests.parsers.source_table import CORPUS, TABLE, missing, row


def test_every_dev_source_has_a_row_with_its_message_count() -> None:
    assert [source_id for source_id, _ in missing()] == [], (
        "run: .venv/bin/python -m tests.parsers.source_table --write"
    )
    table = TABLE.read_text(encoding="utf-8")
    counts = dict(re.findall(r"^\| dev \| `([^`]+)` \| (\d+) ", table, re.M))
    for path in sorted((CORPUS / "dev").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        assert counts[record["source"]["id"]] == str(len(record["cases"])), path.name


def test_a_source_without_a_row_is_found_and_its_row_drawn_from_its_record() -> None:
    path = sorted((CORPUS / "dev").glob("*.json"))[0]
    record = json.loads(path.read_text(encoding="utf-8"))
    source_id = record["source"]["id"]
    table = TABLE.read_text(encoding="utf-8")
    without = "\n".join(line for line in table.split("\n") if f"| `{source_id}` |" not in line)
    assert missing(without) == [(source_id, row(record))]
    assert f"| dev | `{source_id}` | {len(record['cases'])} (" in row(record)
