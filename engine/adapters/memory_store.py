"""In-memory store with the SQLite store's contract: backtests and engine tests."""

from __future__ import annotations

from typing import Any

from engine.adapters.sqlite_store import KINDS


class MemoryStore:
    """In-memory store with the same contract, for backtests and engine tests.

    volatile=True (backtests) tells the engine nothing needs to be kept: it skips serializing.
    """

    def __init__(self, volatile: bool = False) -> None:
        self.tables: dict[str, dict[str, tuple[str, dict[str, Any]]]] = {k: {} for k in KINDS}
        self.flushes = 0
        self.volatile = volatile

    async def open(self) -> None:
        """Nothing to open."""

    async def close(self) -> None:
        """Nothing to close."""

    def put(self, kind: str, key: str, status: str, data: Any) -> None:
        """Store the record (a dict, or a dataclass in its to_dict() form)."""
        if not isinstance(data, dict):
            data = data.to_dict()  # callers pass fresh dicts; objects are copied here
        self.tables[kind][key] = (status, data)

    async def flush(self) -> None:
        """Count flushes (records are already stored)."""
        self.flushes += 1

    async def load(
        self, kind: str, statuses: tuple[str, ...] | None = None
    ) -> list[dict[str, Any]]:
        """Records of a kind, optionally filtered by status."""
        return [d for s, d in self.tables[kind].values() if not statuses or s in statuses]

    async def load_since(self, kind: str, since: float) -> tuple[list[dict[str, Any]], float]:
        """As the SQLite store's, without times: every record, every time."""
        return await self.load(kind), since

    def read_sync(
        self, kind: str, statuses: tuple[str, ...] | None = None, since: float | None = None
    ) -> list[dict[str, Any]]:
        """The same as load(), synchronously (without times: `since` takes every record)."""
        return [d for s, d in self.tables[kind].values() if not statuses or s in statuses]

    def keys_sync(self, kind: str) -> set[str]:
        """Every key of a kind."""
        return set(self.tables[kind])

    async def get(self, kind: str, key: str) -> dict[str, Any] | None:
        """One record or None."""
        row = self.tables[kind].get(key)
        return row[1] if row else None
