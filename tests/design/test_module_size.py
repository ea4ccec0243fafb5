"""Modules that read in one sitting (the developers' guide: aim < 400 lines). Every module of
the packages and the bench is counted; one that grows past the limit fails here with its name,
so the split happens when the concept grows, not sessions later."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "engine", "parsers", "config", "bench")
LIMIT = 400


def _sizes() -> dict[str, int]:
    return {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for pkg in PACKAGES
        for path in sorted((ROOT / pkg).rglob("*.py"))
    }


def test_modules_when_counted_then_each_under_the_limit() -> None:
    sizes = _sizes()
    assert len(sizes) > 100  # the walk found the packages
    over = {name: n for name, n in sizes.items() if n >= LIMIT}
    assert not over, f"modules of {LIMIT} lines or more (split by concept): {over}"
