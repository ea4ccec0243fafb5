"""The SQLite store's journal: a commit appends one row to `journal`; the tables catch up later
in one transaction for many commits, and on the next open after a kill (replay). Readers
outside the process use `read_tables`, which overlays the journal on the tables.

Functions over a sqlite3 connection, run by the store (engine/adapters/sqlite_store.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import orjson

Row = tuple[str, str, float, str]  # id, status, updated_at, data (JSON text)
_UPSERT = "INSERT OR REPLACE INTO {} (id, status, updated_at, data) VALUES (?,?,?,?)"


def entry_rows(blob: bytes) -> list[tuple[str, Row]]:
    """One journal entry back into (table, row) pairs."""
    return [
        (table, (key, status, ts, orjson.dumps(data).decode()))
        for table, key, status, ts, data in orjson.loads(blob)
    ]


def rows_of(blobs: list[bytes]) -> dict[tuple[str, str], Row]:
    """Journal entries, oldest first, as the rows they leave: (table, id) -> row (later wins)."""
    rows: dict[tuple[str, str], Row] = {}
    for blob in blobs:
        for table, row in entry_rows(blob):
            rows[(table, row[0])] = row
    return rows


def upsert(conn: sqlite3.Connection, rows: dict[tuple[str, str], Row]) -> None:
    batch: dict[str, list[Row]] = {}
    for (table, _key), row in rows.items():
        batch.setdefault(table, []).append(row)
    for table, items in batch.items():
        conn.executemany(_UPSERT.format(table), items)


def replay_journal(conn: sqlite3.Connection) -> int:
    """Move what a killed process left in the journal into the tables; the number of entries."""
    entries = conn.execute("SELECT data FROM journal ORDER BY seq").fetchall()
    if not entries:
        return 0
    rows = rows_of([blob for (blob,) in entries])  # later entries win, as they did in memory
    try:
        upsert(conn, rows)
        conn.execute("DELETE FROM journal")
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return len(entries)


def append_entry(conn: sqlite3.Connection, blob: bytes) -> int:
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


def catch_up(conn: sqlite3.Connection, rows: dict[tuple[str, str], Row], seqs: list[int]) -> None:
    """The rows into their tables and this store's journal entries gone, in one transaction
    (only its own entries: another process's are never dropped before they are applied)."""
    try:
        if not conn.in_transaction:
            conn.execute("BEGIN")
        upsert(conn, rows)
        conn.executemany("DELETE FROM journal WHERE seq = ?", [(q,) for q in seqs])
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise


def checkpoint(conn: sqlite3.Connection) -> None:
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
