"""Synchronous, read-only reads of a book's database: the engine restores its book while it is
being constructed, before any call (and before the store is opened for writing)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import orjson


def _has(conn: sqlite3.Connection, table: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,))
    return row.fetchone() is not None


def select_records(table: str, statuses: tuple[str, ...] | None) -> tuple[str, tuple[str, ...]]:
    """The query for one table's records (optionally of some statuses), oldest first."""
    sql = f"SELECT id, data FROM {table}"
    params: tuple[str, ...] = ()
    if statuses:
        sql += f" WHERE status IN ({','.join('?' * len(statuses))})"
        params = statuses
    return sql + " ORDER BY updated_at, rowid", params


def read_records(
    path: Path | str,
    table: str,
    statuses: tuple[str, ...] | None = None,
    since: float | None = None,
) -> list[dict[str, Any]]:
    """Records of one table as the last writer left them (tables plus journal), optionally only
    those with the given statuses, or written at or after `since` (the store's clock; a store
    without one writes time 0, and its records are all taken), in the order a store's load()
    gives once the journal is replayed (by update time, replayed rows last among equals); []
    without a database."""
    if not Path(path).exists():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("BEGIN")  # one snapshot for the table and the journal
        if not _has(conn, table):
            return []
        sql, params = select_records(table, statuses)
        sql = sql.replace("SELECT id, data", "SELECT id, updated_at, rowid, data", 1)
        # key -> (updated_at, rank, status-ok, JSON): the rank orders equal update times.
        rows = {k: (ts, rid, _recent(ts, since), d) for k, ts, rid, d in conn.execute(sql, params)}
        if _has(conn, "journal"):
            # Committed after the tables last caught up (a kill before they did): newer wins,
            # and a replay would insert it after every row the table holds.
            first: dict[str, int] = {}
            top = max((r[1] for r in rows.values()), default=0) + 1
            for (blob,) in conn.execute("SELECT data FROM journal ORDER BY seq"):
                for t, key, status, ts, data in orjson.loads(blob):
                    if t == table:
                        rank = first.setdefault(key, top + len(first))
                        ok = (not statuses or status in statuses) and _recent(ts, since)
                        rows[key] = (ts, rank, ok, data)
        conn.execute("COMMIT")
    finally:
        conn.close()
    out = sorted((r for r in rows.values() if r[2]), key=lambda r: (r[0], r[1]))
    return [orjson.loads(d) if isinstance(d, str | bytes) else d for _, _, _, d in out]


def _recent(ts: float, since: float | None) -> bool:
    return since is None or ts >= since or ts == 0


def read_keys(path: Path | str, table: str) -> set[str]:
    """Every key of one table (tables plus journal); empty when the database does not exist."""
    if not Path(path).exists():
        return set()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("BEGIN")
        if not _has(conn, table):
            return set()
        keys = {k for (k,) in conn.execute(f"SELECT id FROM {table}")}
        if _has(conn, "journal"):
            for (blob,) in conn.execute("SELECT data FROM journal ORDER BY seq"):
                keys.update(key for t, key, *_ in orjson.loads(blob) if t == table)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return keys
