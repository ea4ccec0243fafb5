"""What a failing crash-harness cycle leaves to replay it (tests/crash/harness.py): the store, the
trade log and the fake exchange's book as they were before the restart and after it, the requests
of the last two lives and the bots' stderr.
"""

from __future__ import annotations

import json
import os
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.fakes.server import FakeExchangeServer


def book_state(fake: FakeExchangeServer) -> dict[str, Any]:
    """The fake exchange's orders, positions and prices (JSON-ready)."""
    b = fake.book
    return {
        "prices": {k: str(v) for k, v in b.prices.items()},
        "positions": {k: str(v) for k, v in b.positions.items()},
        "entry": {k: str(v) for k, v in b.entry.items()},
        "wallet": str(b.wallet),
        "orders": [
            {k: (str(v) if isinstance(v, Decimal) else v) for k, v in vars(o).items()}
            for o in b.orders.values()
        ],
    }


def _book_files(db: Path, log: Path) -> tuple[Path, ...]:
    """The store with its journal files, and the trade log."""
    return (db, Path(f"{db}-wal"), Path(f"{db}-shm"), log)


class CycleArtifacts:
    """The state kept before each restart, and where a failing cycle's artifacts go
    (SIGCOPY_CRASH_ARTIFACTS, else under tmp)."""

    def __init__(self, tmp: Path) -> None:
        self.root = Path(os.environ.get("SIGCOPY_CRASH_ARTIFACTS") or tmp / "artifacts")
        self.pre = tmp / "pre-restart"  # the store, log and book as they were before the restart
        self.calls_mark = [0, 0]  # index into fake.calls where the previous and this cycle began

    def snapshot(self, fake: FakeExchangeServer, db: Path, log: Path) -> None:
        """Before a restart: keep the store, the log and the book to replay it if it fails."""
        self.calls_mark = [self.calls_mark[1], len(fake.calls)]
        if self.pre.exists():
            shutil.rmtree(self.pre)
        self.pre.mkdir(parents=True)
        for src in _book_files(db, log):
            if src.exists():
                shutil.copy2(src, self.pre / src.name)
        (self.pre / "book.json").write_text(json.dumps(book_state(fake), indent=1))

    def keep(
        self,
        name: str,
        fake: FakeExchangeServer,
        db: Path,
        log: Path,
        stderr_path: Path,
        failure: str,
    ) -> Path:
        """Copy what a failing check saw: store and log before and after the restart, the
        book, the requests of the last two lives and the bots' stderr."""
        out = self.root / name
        try:
            if out.exists():
                shutil.rmtree(out)
            out.mkdir(parents=True)
            if self.pre.exists():
                shutil.copytree(self.pre, out / "before-restart")
            after = out / "after-restart"
            after.mkdir()
            for src in _book_files(db, log):
                if src.exists():
                    shutil.copy2(src, after / src.name)
            (after / "book.json").write_text(json.dumps(book_state(fake), indent=1))
            calls = [
                {"i": i, **vars(c)} for i, c in enumerate(fake.calls) if i >= self.calls_mark[0]
            ]
            (out / "calls.json").write_text(
                json.dumps({"restart_at": self.calls_mark[1], "calls": calls}, indent=1)
            )
            if stderr_path.exists():
                shutil.copy2(stderr_path, out / "bot-stderr.log")
            (out / "failure.txt").write_text(failure)
        except OSError as exc:  # the failure itself matters more than its artifacts
            return out / f"(incomplete: {exc})"
        return out
