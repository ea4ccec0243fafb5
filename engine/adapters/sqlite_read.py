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
    path: Path | str, table: str, statuses: tuple[str, ...] | None = None
) -> list[dict[str, Any]]:
    """Records of one table as the last writer left them (tables plus journal), oldest first,
    optionally only those with the given statuses; [] when the database does not exist."""
    if not Path(path).exists():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("BEGIN")  # one snapshot for the table and the journal
        if not _has(conn, table):
            return []
        sql, params = select_records(table, statuses)
        rows: dict[str, Any] = {k: d for k, d in conn.execute(sql, params)}
        out = {k: orjson.loads(d) for k, d in rows.items()}
        if _has(conn, "journal"):
            # Committed after the tables last caught up (a kill before they did): newer wins.
            for (blob,) in conn.execute("SELECT data FROM journal ORDER BY seq"):
                for t, key, status, _ts, data in orjson.loads(blob):
                    if t != table:
                        continue
                    out.pop(key, None)
                    if not statuses or status in statuses:
                        out[key] = data
        conn.execute("COMMIT")
    finally:
        conn.close()
    return list(out.values())


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
