"""SQLite store through aiosqlite (WAL): signals, trades, orders, fills, state, pending approvals.

A commit appends one row to `journal` (one page or two in the WAL); the tables themselves
catch up shortly after, in one transaction for many commits (`compact`), and on the next open
after a crash. Readers outside the process use `read_tables`, which overlays the journal.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiosqlite
import orjson

from engine.adapters.sqlite_journal import (
    append_entry,
    catch_up,
    checkpoint,
    read_tables,
    replay_journal,
    rows_of,
)
from engine.adapters.sqlite_read import read_keys, read_records, select_records
from engine.adapters.sqlite_schema import SCHEMA_VERSION, migrate
from engine.errors import StoreError

log = logging.getLogger("sigcopy.store")

KINDS = ("signal", "trade", "order", "fill", "state", "pending", "equity")
_TABLE = {k: f"{k}s" if k not in ("state", "pending", "equity") else k for k in KINDS}
# Journal rows catch up with the tables when the bot is idle: this long after the first of
# them (a timer fires only while the event loop waits, so a burst of signals is never held
# up by it)...
COMPACT_DELAY_S = 0.25
# ...or inline, once this many wait (bounds memory and the replay after a kill: ~4 MB, ~0.1 s).
COMPACT_ROWS = 8192

__all__ = [
    "COMPACT_DELAY_S",
    "COMPACT_ROWS",
    "KINDS",
    "SCHEMA_VERSION",
    "SqliteStore",
    "read_tables",
]


def _copy(data: Any) -> dict[str, Any]:
    """A queued record as it would be stored (JSON types), decoupled from the caller's object."""
    return orjson.loads(orjson.dumps(data, default=str))  # type: ignore[no-any-return]


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
            self.schema_version = await self._run(migrate)
            self.replayed = await self._run(replay_journal)
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
            await _close(db)

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
            db, self._db = self._db, None
            await _close(db)

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
                seq = append_entry(self._w, blob)
            else:
                await self._run(catch_up, rows_of([blob]), [])
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
        rows = rows_of([blob for _, blob in self._behind])
        try:
            catch_up(self._w, rows, [seq for seq, _ in self._behind])
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
            await self._run(checkpoint)
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
            for (t, key), row in rows_of([b for _, b in self._behind]).items()
            if t == table
        }
        newer.update({key: (v[1], _copy(v[3])) for (k, key), v in self._queue.items() if k == kind})
        out = [orjson.loads(d) for key, d in rows if key not in newer]
        return out + [data for status, data in newer.values() if not statuses or status in statuses]

    async def load_since(self, kind: str, since: float) -> tuple[list[dict[str, Any]], float]:
        """The records of a kind written at or after `since` (the store's clock), and the time
        of the newest of them (`since` when none): a reader that keeps what it read asks only
        for what changed. Without a clock every record has time 0: all of them, every time."""
        self.compact()
        table = _TABLE[kind]
        assert self._db is not None
        sql = f"SELECT id, updated_at, data FROM {table} WHERE updated_at >= ?"
        async with self._db.execute(sql, (since,)) as cur:
            found = {key: (float(t), orjson.loads(d)) for key, t, d in await cur.fetchall()}
        # Newer versions than the table's, as load() overlays them.
        for (tbl, key), row in rows_of([b for _, b in self._behind]).items():
            if tbl == table and float(row[2]) >= since:
                found[key] = (float(row[2]), orjson.loads(row[3]))
        for (k, key), (_, _, t, data) in self._queue.items():
            if k == kind and t >= since:
                found[key] = (t, _copy(data))
        newest = max((t for t, _ in found.values()), default=since)
        return [d for _, d in found.values()], newest

    async def get(self, kind: str, key: str) -> dict[str, Any] | None:
        """One record by key, or None."""
        queued = self._queue.get((kind, key))
        if queued is not None:
            return _copy(queued[3])
        self.compact()  # as load() does: the backlog is decoded only if the tables can't catch up
        if self._behind:
            behind = rows_of([b for _, b in self._behind]).get((_TABLE[kind], key))
            if behind is not None:
                return orjson.loads(behind[3])  # type: ignore[no-any-return]
        assert self._db is not None
        async with self._db.execute(f"SELECT data FROM {_TABLE[kind]} WHERE id = ?", (key,)) as cur:
            row = await cur.fetchone()
        return orjson.loads(row[0]) if row else None

    def read_sync(
        self, kind: str, statuses: tuple[str, ...] | None = None, since: float | None = None
    ) -> list[dict[str, Any]]:
        """What a restart would load, read synchronously before the store is opened (`since`:
        only the records written at or after it)."""
        return read_records(self.path, _TABLE[kind], statuses, since)

    def keys_sync(self, kind: str) -> set[str]:
        """Every key of a kind, read synchronously before the store is opened."""
        return read_keys(self.path, _TABLE[kind])

    async def integrity_check(self) -> str:
        """SQLite's own integrity check ("ok" when healthy)."""
        assert self._db is not None
        async with self._db.execute("PRAGMA integrity_check") as cur:
            row = await cur.fetchone()
        return str(row[0]) if row else "unknown"


async def _close(db: aiosqlite.Connection) -> None:
    """Close the connection and wait for its worker thread to end: aiosqlite answers close()
    before the thread's last (debug) log line, which could otherwise reach a handler whose
    stream the caller closes next ("--- Logging error ---" at interpreter or test teardown)."""
    try:
        await db.close()
    finally:
        worker = getattr(db, "_thread", db)  # aiosqlite >= 0.21 (before: the connection)
        if isinstance(worker, threading.Thread) and worker.is_alive():
            worker.join(timeout=5)  # its queue is done: only that log line remains
