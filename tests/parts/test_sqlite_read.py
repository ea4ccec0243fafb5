"""The synchronous read a restore makes at construction: tables with the journal laid over."""

from __future__ import annotations

from pathlib import Path

from engine.adapters.sqlite_read import read_keys, read_records
from engine.adapters.sqlite_store import SqliteStore
from engine.clock import SimulatedClock


async def test_read_when_a_newer_status_sits_in_the_journal_then_it_wins_over_the_table(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.db"
    clock = SimulatedClock()
    store = SqliteStore(db, clock)
    await store.open()
    store.put("order", "o1", "open", {"client_id": "o1", "n": 1})
    store.put("order", "o2", "open", {"client_id": "o2", "n": 1})
    await store.flush()
    store.compact()  # the tables hold both as open
    clock.advance(5)
    store.put("order", "o1", "filled", {"client_id": "o1", "n": 2})
    store.put("order", "o3", "pending", {"client_id": "o3", "n": 1})
    await store.flush()  # in the journal only: the process is killed before the tables catch up
    assert [d["client_id"] for d in read_records(db, "orders", ("open", "pending"))] == [
        "o2",
        "o3",
    ]
    assert {d["client_id"]: d["n"] for d in read_records(db, "orders")} == {
        "o1": 2,
        "o2": 1,
        "o3": 1,
    }
    assert read_keys(db, "orders") == {"o1", "o2", "o3"}
    assert store.read_sync("order", ("open",)) == [{"client_id": "o2", "n": 1}]
    # Exactly what a restart's load() gives once opening the store has replayed the journal.
    synced = {st: read_records(db, "orders", st) for st in (None, ("open", "pending"))}
    again = SqliteStore(db)
    await again.open()
    try:
        for st, rows in synced.items():
            assert await again.load("order", st) == rows
    finally:
        await again.close()
        await store.close()


def test_read_when_no_database_yet_then_empty_and_nothing_created(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    assert read_records(db, "orders") == [] and read_keys(db, "trades") == set()
    assert not db.exists()


async def test_read_since_when_records_are_older_then_only_the_recent_ones_table_and_journal(
    tmp_path: Path,
) -> None:
    """A restart hands the broker the exchange ids of the orders written recently
    (recovery.RECENT_S): older records are not read."""
    db = tmp_path / "s.db"
    clock = SimulatedClock(1_000_000.0)
    store = SqliteStore(db, clock)
    await store.open()
    try:
        store.put("order", "old", "filled", {"client_id": "old"})
        store.put("order", "mid", "filled", {"client_id": "mid"})
        await store.flush()
        store.compact()  # in the tables
        clock.advance(400)
        store.put("order", "mid", "canceled", {"client_id": "mid", "again": True})
        store.put("order", "new", "filled", {"client_id": "new"})
        await store.flush()  # in the journal only
        since = clock.time() - 300
        assert [d["client_id"] for d in read_records(db, "orders", None, since)] == ["mid", "new"]
        assert [d["client_id"] for d in store.read_sync("order", None, since)] == ["mid", "new"]
        assert len(read_records(db, "orders")) == 3
    finally:
        await store.close()
