"""The source table of tests/fixtures/corpus/SOURCES.md: one row per dev source, drawn from the
source's own record (its `source` block and the kinds and languages of its cases).

    python -m tests.parsers.source_table          # print the rows the table lacks
    python -m tests.parsers.source_table --write  # add them, in the table's order (by id)

Only dev sources have rows here: held-out sources are described in heldout/NOTES.md, which rule
writers never open.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
TABLE = CORPUS / "SOURCES.md"
ROW = re.compile(r"^\| dev \| `([^`]+)` \|", re.M)
KINDS = ("signal", "update", "not_signal", "needs_review")


def row(record: dict[str, Any]) -> str:
    """A source's table row: split, id, counts by kind, languages, provenance, where, licence."""
    src, cases = record["source"], record["cases"]
    counts = [sum(c["expect"]["kind"] == k for c in cases) for k in KINDS]
    langs = ", ".join(sorted({c.get("lang", "?") for c in cases}))
    provenance = str(src.get("provenance") or "not stated").replace("_", " ")
    if src.get("repo"):
        commit = str(src.get("commit") or "")
        where = f"[{src['repo']} `{src.get('path') or ''}` @ {commit[:10]}]({src['url']})"
    else:
        where = f"[{src.get('title') or src['url']}]({src['url']}) (stored web page)"
    return (
        f"| dev | `{src['id']}` | {len(cases)} ({'/'.join(map(str, counts))}) | {langs} "
        f"| {provenance} | {where} | {src.get('licence') or 'not stated'} |"
    )


def missing(table: str | None = None) -> list[tuple[str, str]]:
    """(id, row) of each dev source the table has no row for, by id."""
    have = set(ROW.findall(TABLE.read_text(encoding="utf-8") if table is None else table))
    out = []
    for path in sorted((CORPUS / "dev").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record["source"]["id"] not in have:
            out.append((record["source"]["id"], row(record)))
    return out


def write() -> int:
    """Adds the missing rows to the table, each before the first row whose id sorts after it."""
    lines = TABLE.read_text(encoding="utf-8").split("\n")
    add = missing()
    for source_id, text in add:
        at = [i for i, line in enumerate(lines) if ROW.match(line)]
        after = [i for i in at if ROW.match(lines[i]).group(1) > source_id]  # type: ignore[union-attr]
        lines.insert(after[0] if after else at[-1] + 1, text)
    TABLE.write_text("\n".join(lines), encoding="utf-8")
    return len(add)


def main(argv: list[str]) -> int:
    if argv[1:] == ["--write"]:
        print(f"added {write()} rows to {TABLE}")
        return 0
    for _, text in missing():
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
