"""SQLite store through aiosqlite (WAL): signals, trades, orders, fills, state, pending approvals.

A commit appends one row to `journal` (one page or two in the WAL); the tables themselves
catch up shortly after, in one transaction for many commits (`compact`), and on the next open
after a crash. Readers outside the process use `read_tables`, which overlays the journal.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiosqlite
import orjson

from engine.adapters.sqlite_read import read_keys, read_records, select_records
from engine.errors import StoreError

log = logging.getLogger("sigcopy.store")

KINDS = ("signal", "trade", "order", "fill", "state", "pending", "equity")
_TABLE = {k: f"{k}s" if k not in ("state", "pending", "equity") else k for k in KINDS}
_UPSERT = "INSERT OR REPLACE INTO {} (id, status, updated_at, data) VALUES (?,?,?,?)"
# Journal rows catch up with the tables when the bot is idle: this long after the first of
# them (a timer fires only while the event loop waits, so a burst of signals is never held
# up by it)...
COMPACT_DELAY_S = 0.25
# ...or inline, once this many wait (bounds memory and the replay after a kill: ~4 MB, ~0.1 s).
COMPACT_ROWS = 8192

Row = tuple[str, str, float, str]  # id, status, updated_at, data (JSON text)


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


def _v3(conn: sqlite3.Connection) -> None:
    # Commits append here first: one small row instead of a page per table and index.
    conn.execute("CREATE TABLE IF NOT EXISTS journal (seq INTEGER PRIMARY KEY, data BLOB NOT NULL)")


# Forward migrations: index i upgrades schema version i to i + 1. Append, never edit.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]
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


def _journal_rows(blob: bytes) -> list[tuple[str, Row]]:
    """One journal entry back into (table, row) pairs."""
    return [
        (table, (key, status, ts, orjson.dumps(data).decode()))
        for table, key, status, ts, data in orjson.loads(blob)
    ]


def _rows(blobs: list[bytes]) -> dict[tuple[str, str], Row]:
    """Journal entries, oldest first, as the rows they leave: (table, id) -> row (later wins)."""
    rows: dict[tuple[str, str], Row] = {}
    for blob in blobs:
        for table, row in _journal_rows(blob):
            rows[(table, row[0])] = row
    return rows


def _copy(data: Any) -> dict[str, Any]:
    """A queued record as it would be stored (JSON types), decoupled from the caller's object."""
    return orjson.loads(orjson.dumps(data, default=str))  # type: ignore[no-any-return]


def _upsert(conn: sqlite3.Connection, rows: dict[tuple[str, str], Row]) -> None:
    batch: dict[str, list[Row]] = {}
    for (table, _key), row in rows.items():
        batch.setdefault(table, []).append(row)
    for table, items in batch.items():
        conn.executemany(_UPSERT.format(table), items)


def _replay(conn: sqlite3.Connection) -> int:
    """Move what a killed process left in the journal into the tables; the number of entries."""
    entries = conn.execute("SELECT data FROM journal ORDER BY seq").fetchall()
    if not entries:
        return 0
    rows = _rows([blob for (blob,) in entries])  # later entries win, as they did in memory
    try:
        _upsert(conn, rows)
        conn.execute("DELETE FROM journal")
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return len(entries)


def _append(conn: sqlite3.Connection, blob: bytes) -> int:
    """One INSERT, its own transaction (the writer runs in autocommit mode: no BEGIN/COMMIT
    statements of its own to run)."""
    try:
        seq = conn.execute("INSERT INTO journal (data) VALUES (?)", (blob,)).lastrowid
        if conn.in_transaction:  # a connection not in autocommit mode
            conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    return int(seq or 0)


def _catch_up(conn: sqlite3.Connection, rows: dict[tuple[str, str], Row], seqs: list[int]) -> None:
    """The rows into their tables and this store's journal entries gone, in one transaction
    (only its own entries: another process's are never dropped before they are applied)."""
    try:
        if not conn.in_transaction:
            conn.execute("BEGIN")
        _upsert(conn, rows)
        conn.executemany("DELETE FROM journal WHERE seq = ?", [(q,) for q in seqs])
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise


def _checkpoint(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


def read_tables(path: Path | str, tables: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """{table: {id: record}} as the running bot sees it, read-only (tables plus journal)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("BEGIN")  # one snapshot for the tables and the journal
        out: dict[str, dict[str, Any]] = {
            t: {k: orjson.loads(d) for k, d in conn.execute(f"SELECT id, data FROM {t}")}
            for t in tables
        }
        has_journal = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='journal'"
        ).fetchone()
        if has_journal:
            for (blob,) in conn.execute("SELECT data FROM journal ORDER BY seq"):
                for table, key, _status, _ts, data in orjson.loads(blob):
                    if table in out:
                        out[table][key] = data
        conn.execute("COMMIT")
    finally:
        conn.close()
    return out


class SqliteStore:
    """put() queues records; flush() commits them all at once, durably.

    Reads and migrations go through aiosqlite. Commits are written inline by default: in WAL
    mode with synchronous=NORMAL a commit is a write() with no fsync, while one hop to
    aiosqlite's worker thread alone costs ~200 us on this kind of machine (see `make bench`,
    sqlite_floor). An inline commit appends one journal row; the tables catch up off the hot
    path. `inline_writes=False` writes the tables directly, through aiosqlite.
    """

    def __init__(self, path: Path, clock: Any = None, *, inline_writes: bool = True) -> None:
        self.path = Path(path)
        self._clock = clock
        self._inline = inline_writes
        self._w: sqlite3.Connection | None = None
        self._db: aiosqlite.Connection | None = None
        # Queued records, serialized only when committed (once, in one orjson call).
        self._queue: dict[tuple[str, str], tuple[str, str, float, Any]] = {}
        # Committed to the journal, not yet to the tables: (seq, entry) in commit order, and
        # how many records they hold.
        self._behind: list[tuple[int, bytes]] = []
        self._behind_rows = 0
        self._behind_warned = False
        self._timer: asyncio.TimerHandle | None = None
        self._ckpt: asyncio.Task[None] | None = None
        self.schema_version = 0
        self.replayed = 0  # journal entries a previous process left behind (after a kill)

    async def open(self) -> None:
        """Open (creating and migrating) the database; replay what a kill left in the journal."""
        if self._db is not None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = await aiosqlite.connect(str(self.path))
            await self._db.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL: a commit survives a process kill; only power loss can drop the last one.
            await self._db.execute("PRAGMA synchronous=NORMAL")
            self.schema_version = await self._run(_migrate)
            self.replayed = await self._run(_replay)
            if self._inline:
                self._w = sqlite3.connect(str(self.path), isolation_level=None)
                self._w.execute("PRAGMA synchronous=NORMAL")
                self._w.execute("PRAGMA busy_timeout=5000")
                # Checkpoints (copying the WAL into the file, with an fsync) run in aiosqlite's
                # thread after each catch-up, never inside a commit on the event loop.
                self._w.execute("PRAGMA wal_autocheckpoint=0")
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
        """Flush what is queued, bring the tables up to date and close."""
        if self._db is None:
            return
        try:
            await self.flush()
            self.compact()
        finally:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._ckpt is not None:
                await asyncio.gather(self._ckpt, return_exceptions=True)
                self._ckpt = None
            if self._w is not None:
                self._w.close()
                self._w = None
            await self._db.close()
            self._db = None

    def put(self, kind: str, key: str, status: str, data: Any) -> None:
        """Queue an upsert of a dict or a dataclass; the latest put for a key wins.

        The record is serialized when it is committed (flush), so it is written as it is
        then: pass a fresh dict, or the object whose latest state is to be kept."""
        t = self._clock.time() if self._clock is not None else 0.0
        self._queue[(kind, key)] = (key, status, t, data)

    @property
    def waiting_rows(self) -> int:
        """Records committed to the journal that the tables have not caught up with yet."""
        return self._behind_rows

    @property
    def dirty(self) -> bool:
        """True when records wait to be flushed."""
        return bool(self._queue)

    async def flush(self) -> None:
        """Commit everything queued, atomically. On failure nothing is half-written."""
        if not self._queue:
            return
        queue = self._queue
        # One serialization for the whole commit (records and the entry around them). A record
        # that cannot be serialized is a bug: raised as is, and nothing is taken off the queue.
        blob = orjson.dumps(
            [[_TABLE[kind], key, st, t, data] for (kind, _), (key, st, t, data) in queue.items()],
            default=str,
        )
        self._queue = {}
        try:
            if self._w is not None:
                seq = _append(self._w, blob)
            else:
                await self._run(_catch_up, _rows([blob]), [])
                return
        except (sqlite3.Error, OSError) as exc:
            # Keep the records queued (newer puts win) so a later flush can still write them.
            for k, v in queue.items():
                self._queue.setdefault(k, v)
            raise StoreError(
                f"the database could not be written: {exc}",
                "No new trades until it can: free disk space or fix DATA_DIR permissions.",
            ) from exc
        self._behind.append((seq, blob))
        self._behind_rows += len(queue)
        if self._behind_rows >= COMPACT_ROWS:
            self.compact()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(COMPACT_DELAY_S, self.compact)

    def compact(self) -> None:
        """Bring the tables up to date with the journal (one transaction). Safe to call anytime:
        on failure the journal still holds everything and a later call retries."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if not self._behind or self._w is None:
            return
        rows = _rows([blob for _, blob in self._behind])
        try:
            _catch_up(self._w, rows, [seq for seq, _ in self._behind])
        except (sqlite3.Error, OSError) as exc:
            if not self._behind_warned:
                log.warning("store tables not caught up (the journal keeps the data): %s", exc)
                self._behind_warned = True
            return
        self._behind = []
        self._behind_rows = 0
        self._behind_warned = False
        if self._db is not None and (self._ckpt is None or self._ckpt.done()):
            self._ckpt = asyncio.get_running_loop().create_task(self._checkpoint())

    async def _checkpoint(self) -> None:
        try:
            await self._run(_checkpoint)
        except (sqlite3.Error, OSError, ValueError) as exc:  # closed meanwhile, or disk trouble
            log.debug("WAL checkpoint skipped: %s", exc)

    async def load(
        self, kind: str, statuses: tuple[str, ...] | None = None
    ) -> list[dict[str, Any]]:
        """All records of a kind, optionally filtered by status, oldest first."""
        self.compact()
        table = _TABLE[kind]
        sql, params = select_records(table, statuses)
        assert self._db is not None
        async with self._db.execute(sql, params) as cur:
            rows = await cur.fetchall()
        # Newer versions than the table's: committed to the journal while the tables could
        # not catch up (a full disk), or queued (not flushed yet).
        newer = {
            key: (row[1], orjson.loads(row[3]))
            for (t, key), row in _rows([b for _, b in self._behind]).items()
            if t == table
        }
        newer.update({key: (v[1], _copy(v[3])) for (k, key), v in self._queue.items() if k == kind})
        out = [orjson.loads(d) for key, d in rows if key not in newer]
        return out + [data for status, data in newer.values() if not statuses or status in statuses]

    async def get(self, kind: str, key: str) -> dict[str, Any] | None:
        """One record by key, or None."""
        queued = self._queue.get((kind, key))
        if queued is not None:
            return _copy(queued[3])
        self.compact()  # as load() does: the backlog is decoded only if the tables can't catch up
        if self._behind:
            behind = _rows([b for _, b in self._behind]).get((_TABLE[kind], key))
            if behind is not None:
                return orjson.loads(behind[3])  # type: ignore[no-any-return]
        assert self._db is not None
        async with self._db.execute(f"SELECT data FROM {_TABLE[kind]} WHERE id = ?", (key,)) as cur:
            row = await cur.fetchone()
        return orjson.loads(row[0]) if row else None

    def read_sync(self, kind: str, statuses: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
        """What a restart would load, read synchronously before the store is opened."""
        return read_records(self.path, _TABLE[kind], statuses)

    def keys_sync(self, kind: str) -> set[str]:
        """Every key of a kind, read synchronously before the store is opened."""
        return read_keys(self.path, _TABLE[kind])

    async def integrity_check(self) -> str:
        """SQLite's own integrity check ("ok" when healthy)."""
        assert self._db is not None
        async with self._db.execute("PRAGMA integrity_check") as cur:
            row = await cur.fetchone()
        return str(row[0]) if row else "unknown"
