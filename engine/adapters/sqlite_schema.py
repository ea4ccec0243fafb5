"""The SQLite store's schema: one table a kind of record, and the forward migrations.

Each migration upgrades version i to i + 1; the store runs them at open (engine/adapters/
sqlite_store.py) and `sigcopy doctor` compares a database's version with SCHEMA_VERSION."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from engine.errors import StoreError


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


def migrate(conn: sqlite3.Connection) -> int:
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
