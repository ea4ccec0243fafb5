"""SQLite store through aiosqlite (WAL): signals, trades, orders, fills, state, pending approvals."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiosqlite
import orjson

from engine.errors import StoreError

KINDS = ("signal", "trade", "order", "fill", "state", "pending", "equity")
_TABLE = {k: f"{k}s" if k not in ("state", "pending", "equity") else k for k in KINDS}


def _table(conn: sqlite3.Connection, table: str) -> None:
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {table} ("
        "id TEXT PRIMARY KEY, status TEXT NOT NULL, updated_at REAL NOT NULL, data TEXT NOT NULL)"
    )
    conn.execute(f"CREATE INDEX IF NOT EXISTS {table}_status ON {table}(status)")


def _v1(conn: sqlite3.Connection) -> None:
    for table in ("signals", "trades", "orders", "fills", "state", "pending"):
        _table(conn, table)


def _v2(conn: sqlite3.Connection) -> None:
    # The equity curve moves out of the ledger record: one row per point, append-only.
    _table(conn, "equity")


# Forward migrations: index i upgrades schema version i to i + 1. Append, never edit.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)


def _migrate(conn: sqlite3.Connection) -> int:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    version = row[0] if row else 0
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"database schema {version} is newer than this sigcopy ({SCHEMA_VERSION})",
            "Upgrade sigcopy, or point DATA_DIR at another folder.",
        )
    for i in range(version, SCHEMA_VERSION):
        MIGRATIONS[i](conn)
    if row is None:
        conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
    else:
        conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))
    conn.commit()
    return SCHEMA_VERSION


def _write(conn: sqlite3.Connection, batch: dict[str, list[tuple[Any, ...]]]) -> None:
    try:
        for table, rows in batch.items():
            conn.executemany(
                f"INSERT OR REPLACE INTO {table} (id, status, updated_at, data) VALUES (?,?,?,?)",
                rows,
            )
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


class SqliteStore:
    """put() queues records; flush() writes them all in one transaction.

    Reads and migrations go through aiosqlite. Commits are written inline by default: in WAL
    mode with synchronous=NORMAL a commit is a write() with no fsync (~30 us here), while one
    hop to aiosqlite's worker thread alone costs ~200 us on this kind of machine (see
    `make bench`, sqlite_floor). `inline_writes=False` sends commits through aiosqlite too.
    """

    def __init__(self, path: Path, clock: Any = None, *, inline_writes: bool = True) -> None:
        self.path = Path(path)
        self._clock = clock
        self._inline = inline_writes
        self._w: sqlite3.Connection | None = None
        self._db: aiosqlite.Connection | None = None
        self._queue: dict[tuple[str, str], tuple[str, str, float, str]] = {}
        self.schema_version = 0

    async def open(self) -> None:
        """Open (creating and migrating) the database."""
        if self._db is not None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = await aiosqlite.connect(str(self.path))
            await self._db.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL: a commit survives a process kill; only power loss can drop the last one.
            await self._db.execute("PRAGMA synchronous=NORMAL")
            self.schema_version = await self._run(_migrate)
            if self._inline:
                self._w = sqlite3.connect(str(self.path), isolation_level="DEFERRED")
                self._w.execute("PRAGMA synchronous=NORMAL")
                self._w.execute("PRAGMA busy_timeout=5000")
        except BaseException as exc:
            # Never leave aiosqlite's worker thread behind: it would keep the process alive.
            await self._abandon()
            if isinstance(exc, sqlite3.Error | OSError):
                raise StoreError(
                    f"cannot open the database {self.path}: {exc}",
                    "Check that DATA_DIR exists, is writable and the disk is not full.",
                ) from exc
            raise

    async def _abandon(self) -> None:
        if self._w is not None:
            self._w.close()
            self._w = None
        if self._db is not None:
            db, self._db = self._db, None
            await db.close()

    async def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        assert self._db is not None, "store not open"
        # One hop to aiosqlite's worker thread for the whole batch: each hop costs far more
        # than the commit itself (see bench: sqlite floor).
        return await self._db._execute(fn, self._db._conn, *args)

    async def close(self) -> None:
        """Flush what is queued and close."""
        if self._db is None:
            return
        try:
            await self.flush()
        finally:
            if self._w is not None:
                self._w.close()
                self._w = None
            await self._db.close()
            self._db = None

    def put(self, kind: str, key: str, status: str, data: dict[str, Any]) -> None:
        """Queue an upsert; the latest put for a key wins."""
        t = self._clock.time() if self._clock is not None else 0.0
        self._queue[(kind, key)] = (key, status, t, orjson.dumps(data, default=str).decode())

    @property
    def dirty(self) -> bool:
        """True when records wait to be flushed."""
        return bool(self._queue)

    async def flush(self) -> None:
        """Commit everything queued, atomically. On failure nothing is half-written."""
        if not self._queue:
            return
        queue, self._queue = self._queue, {}
        batch: dict[str, list[tuple[Any, ...]]] = {}
        for (kind, _key), row in queue.items():
            batch.setdefault(_TABLE[kind], []).append(row)
        try:
            if self._w is not None:
                _write(self._w, batch)
            else:
                await self._run(_write, batch)
        except (sqlite3.Error, OSError) as exc:
            # Keep the records queued (newer puts win) so a later flush can still write them.
            for k, v in queue.items():
                self._queue.setdefault(k, v)
            raise StoreError(
                f"the database could not be written: {exc}",
                "No new trades until it can: free disk space or fix DATA_DIR permissions.",
            ) from exc

    async def load(
        self, kind: str, statuses: tuple[str, ...] | None = None
    ) -> list[dict[str, Any]]:
        """All records of a kind, optionally filtered by status, oldest first."""
        table = _TABLE[kind]
        sql = f"SELECT data FROM {table}"
        params: tuple[str, ...] = ()
        if statuses:
            sql += f" WHERE status IN ({','.join('?' * len(statuses))})"
            params = statuses
        sql += " ORDER BY updated_at, rowid"
        assert self._db is not None
        async with self._db.execute(sql, params) as cur:
            rows = await cur.fetchall()
        pending = [orjson.loads(v[3]) for (k, _), v in self._queue.items() if k == kind]
        return [orjson.loads(r[0]) for r in rows] + pending

    async def get(self, kind: str, key: str) -> dict[str, Any] | None:
        """One record by key, or None."""
        queued = self._queue.get((kind, key))
        if queued is not None:
            return orjson.loads(queued[3])  # type: ignore[no-any-return]
        assert self._db is not None
        async with self._db.execute(f"SELECT data FROM {_TABLE[kind]} WHERE id = ?", (key,)) as cur:
            row = await cur.fetchone()
        return orjson.loads(row[0]) if row else None

    async def integrity_check(self) -> str:
        """SQLite's own integrity check ("ok" when healthy)."""
        assert self._db is not None
        async with self._db.execute("PRAGMA integrity_check") as cur:
            row = await cur.fetchone()
        return str(row[0]) if row else "unknown"


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

    def put(self, kind: str, key: str, status: str, data: dict[str, Any]) -> None:
        """Store a copy of the record."""
        self.tables[kind][key] = (status, data)  # callers pass fresh dicts

    async def flush(self) -> None:
        """Count flushes (records are already stored)."""
        self.flushes += 1

    async def load(
        self, kind: str, statuses: tuple[str, ...] | None = None
    ) -> list[dict[str, Any]]:
        """Records of a kind, optionally filtered by status."""
        return [d for s, d in self.tables[kind].values() if not statuses or s in statuses]

    async def get(self, kind: str, key: str) -> dict[str, Any] | None:
        """One record or None."""
        row = self.tables[kind].get(key)
        return row[1] if row else None
