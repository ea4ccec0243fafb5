"""Append-only JSONL trade log: one line per open, partial close, close (and dry-run order)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

import orjson


class JsonlTradeLog:
    """Each line is flushed to the OS at once, so a killed process loses no line."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh: IO[str] = open(self.path, "a", encoding="utf-8")  # noqa: SIM115

    def append(self, record: dict[str, Any]) -> None:
        """Write one record as a JSON line."""
        self._fh.write(orjson.dumps(record, default=str).decode() + "\n")
        self._fh.flush()

    def close(self) -> None:
        """Close the file."""
        if not self._fh.closed:
            self._fh.close()

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
