"""Append-only JSONL trade log: one line per open, partial close, close (and dry-run order)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import orjson


class JsonlTradeLog:
    """Each line goes to the OS in one write() on an O_APPEND descriptor, so a killed process
    loses no line and two writers never interleave within one."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd: int | None = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)

    def append(self, record: dict[str, Any]) -> None:
        """Write one record as a JSON line."""
        if self._fd is None:
            raise ValueError(f"trade log {self.path} is closed")
        line = orjson.dumps(record, default=str, option=orjson.OPT_APPEND_NEWLINE)
        while line:
            line = line[os.write(self._fd, line) :]

    def close(self) -> None:
        """Close the file."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def read(self) -> list[dict[str, Any]]:
        """All complete records (a line cut short by a kill is skipped)."""
        if not self.path.exists():
            return []
        out = []
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                if line.endswith("\n"):
                    try:
                        out.append(json.loads(line))
                    except ValueError:
                        continue
        return out

    def logged_fill_ids(self) -> set[str]:
        """Fill ids already in the log; first cuts off a last line a kill left unfinished."""
        with open(self.path, "rb+") as fh:
            data = fh.read()
            if data and not data.endswith(b"\n"):
                fh.truncate(data.rfind(b"\n") + 1)
        return {str(r["fill_id"]) for r in self.read() if r.get("fill_id")}


class MemoryTradeLog:
    """In-memory trade log for backtests and tests."""

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []

    def append(self, record: dict[str, Any]) -> None:
        """Keep the record."""
        self.records.append(record)

    def close(self) -> None:
        """Nothing to release."""


class NullTradeLog:
    """A trade log that keeps nothing (a backtest: the report reads the trades themselves), so
    the engine builds no line for it."""

    keeps = False

    def append(self, record: dict[str, Any]) -> None:
        """Dropped."""

    def close(self) -> None:
        """Nothing to release."""
