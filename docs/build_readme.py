"""Assemble README.md from docs/_head.md and the section files (run: python docs/build_readme.py)."""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).parent
SECTIONS = [
    "bot.md", "parser.md", "live.md", "backtest.md", "safety.md", "safety-input.md", "_tail.md"
]


def demote(text: str) -> str:
    """One heading level down, so each section file nests under the README's title."""
    out = []
    fence = False
    for line in text.splitlines():
        if line.startswith("```"):
            fence = not fence
        if not fence and re.match(r"^#{1,5} ", line):
            line = "#" + line
        out.append(line)
    return "\n".join(out)


def main() -> None:
    parts = [(DOCS / "_head.md").read_text(encoding="utf-8").rstrip()]
    for name in SECTIONS:
        path = DOCS / name
        if path.exists():
            text = path.read_text(encoding="utf-8").replace("](backtest-equity.png)",
                                                            "](docs/backtest-equity.png)")
            parts.append(demote(text).rstrip())
    (DOCS.parent / "README.md").write_text("\n\n".join(parts) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
