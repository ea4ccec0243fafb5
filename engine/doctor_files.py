"""`sigcopy doctor`'s checks of local files: the .env file, DATA_DIR and each SQLite store."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from config import Settings
from config.env_check import env_file_warnings
from engine.doctor_report import FAIL, OK, WARN, Check


def check_env_file(path: Path) -> list[Check]:
    """The .env file: present, and readable by its owner only (the start-up check's rule)."""
    if not path.exists():
        return [Check(OK, ".env", f"{path} not found; settings come from the environment")]
    warnings = env_file_warnings(path)
    if warnings:
        return [Check(WARN, ".env", w, f"chmod 600 {path}") for w in warnings]
    return [Check(OK, ".env", f"{path} is private (mode {stat.S_IMODE(path.stat().st_mode):o})")]


def check_data_dir(settings: Settings) -> list[Check]:
    """DATA_DIR exists (or can be created) and is writable."""
    d = settings.DATA_DIR
    if not d.exists():
        parent = next((p for p in d.parents if p.exists()), Path("."))
        if os.access(parent, os.W_OK):
            return [Check(OK, "data directory", f"{d} will be created at first start")]
        return [
            Check(
                FAIL,
                "data directory",
                f"{d} does not exist and {parent} is not writable",
                "Create it, or set DATA_DIR to a writable folder.",
            )
        ]
    if not d.is_dir():
        return [Check(FAIL, "data directory", f"{d} is not a folder", "Set DATA_DIR to a folder.")]
    probe = d / ".doctor-probe"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        return [
            Check(
                FAIL,
                "data directory",
                f"{d} is not writable ({exc.strerror})",
                "Fix its permissions or free disk space; no trade is sent without its record.",
            )
        ]
    return [Check(OK, "data directory", f"{d} is writable")]


def check_database(settings: Settings) -> list[Check]:
    """Each book's SQLite store (and one left from before books): integrity and schema."""
    legacy = settings.DATA_DIR / "sigcopy.db"
    dbs = [legacy] if legacy.exists() else []
    dbs += sorted((settings.DATA_DIR / "books").glob("*/sigcopy.db"))
    if not dbs:
        return [Check(OK, "database", f"{settings.DATA_DIR} has none yet: created at first start")]
    return [c for db in dbs for c in _check_one_database(db)]


def _check_one_database(db: Path) -> list[Check]:
    from engine.adapters.sqlite_store import SCHEMA_VERSION

    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            row = conn.execute("SELECT version FROM schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [
            Check(
                FAIL,
                "database",
                f"{db} cannot be read: {exc}",
                "Restore it from a backup, or move it away to start afresh.",
            )
        ]
    out = []
    if result != ["ok"]:
        out.append(
            Check(
                FAIL,
                "database",
                f"integrity_check: {'; '.join(result[:3])}",
                "Stop the bot and restore the database from a backup.",
            )
        )
    else:
        out.append(Check(OK, "database", "integrity_check ok"))
    version = row[0] if row else 0
    if version > SCHEMA_VERSION:
        out.append(
            Check(
                FAIL,
                "database schema",
                f"version {version} is newer than this sigcopy ({SCHEMA_VERSION})",
                "Upgrade sigcopy.",
            )
        )
    elif version < SCHEMA_VERSION:
        out.append(
            Check(
                OK,
                "database schema",
                f"version {version}; migrated to {SCHEMA_VERSION} at next start",
            )
        )
    else:
        out.append(Check(OK, "database schema", f"version {version}"))
    return out
