"""SqliteStore.load_since: the records written at or after a time (queued, in the journal or in
the tables), and the newest time among them, for readers that keep what they read (/channels).
Through the real SQLite file."""

from __future__ import annotations

from pathlib import Path

from engine.adapters.sqlite_store import SqliteStore
from engine.clock import SimulatedClock


async def test_load_since_when_records_written_over_time_then_only_newer_ones_and_their_time(
    tmp_path: Path,
) -> None:
    clock = SimulatedClock(1000.0)
    store = SqliteStore(tmp_path / "book.db", clock)
    await store.open()
    try:
        store.put("trade", "a", "closed", {"trade_id": "a", "v": 1})
        await store.flush()
        store.compact()  # "a" in the table
        clock.advance(60)
        store.put("trade", "b", "open", {"trade_id": "b", "v": 1})
        await store.flush()  # "b" in the journal (the tables catch up later)
        clock.advance(60)
        store.put("trade", "c", "open", {"trade_id": "c", "v": 1})  # queued only
        got, newest = await store.load_since("trade", 0.0)
        assert sorted(d["trade_id"] for d in got) == ["a", "b", "c"] and newest == 1120.0
        got, newest = await store.load_since("trade", 1060.0)
        assert sorted(d["trade_id"] for d in got) == ["b", "c"] and newest == 1120.0
        # A record written again is read again, in its newest version.
        clock.advance(60)
        store.put("trade", "a", "closed", {"trade_id": "a", "v": 2})
        await store.flush()
        got, newest = await store.load_since("trade", 1121.0)
        assert got == [{"trade_id": "a", "v": 2}] and newest == 1180.0
        # Nothing since: nothing, and the time asked for.
        assert await store.load_since("trade", 1181.0) == ([], 1181.0)
    finally:
        await store.close()
