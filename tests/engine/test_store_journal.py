"""The store's journal: a commit is one appended row; the tables catch up later, and after a
kill the next open replays what was left. Driven through the real SQLite file."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from engine.adapters import sqlite_store
from engine.adapters.sqlite_store import SqliteStore, read_tables
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderType

ROOT = Path(__file__).resolve().parents[2]


def _raw(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _order(cid: str, status: OrderStatus = OrderStatus.OPEN) -> Order:
    from decimal import Decimal

    return Order(
        cid,
        "t1",
        "BTC/USDT:USDT",
        "buy",
        OrderType.LIMIT,
        OrderRole.ENTRY,
        Decimal("0.5"),
        price=Decimal("42000.1"),
        status=status,
    )


async def test_flush_when_committed_then_in_journal_and_tables_catch_up_when_idle(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.db"
    store = SqliteStore(db)
    await store.open()
    try:
        store.put("order", "o1", "open", _order("o1"))
        store.put("trade", "t1", "open", {"trade_id": "t1"})
        await store.flush()
        # Committed: one journal row, the tables not touched yet; outside readers see it.
        assert len(_raw(db, "SELECT seq FROM journal")) == 1
        assert _raw(db, "SELECT id FROM orders") == []
        seen = read_tables(db, ("orders", "trades"))
        assert seen["orders"]["o1"]["price"] == "42000.1"
        assert seen["orders"]["o1"]["type"] == "limit"
        assert seen["trades"] == {"t1": {"trade_id": "t1"}}
        await asyncio.sleep(sqlite_store.COMPACT_DELAY_S * 4)  # the loop idles: catch-up
        assert _raw(db, "SELECT id, status FROM orders") == [("o1", "open")]
        assert _raw(db, "SELECT seq FROM journal") == []
        # The stored form is the dataclass's own to_dict(): it loads back into an Order.
        (rec,) = await store.load("order", ("open",))
        assert Order.from_dict(rec) == _order("o1")
    finally:
        await store.close()


async def test_load_when_newer_version_only_queued_then_newest_wins_and_status_filter_holds(
    tmp_path: Path,
) -> None:
    store = SqliteStore(tmp_path / "s.db")
    await store.open()
    try:
        store.put("order", "o1", "open", _order("o1"))
        await store.flush()
        store.compact()
        store.put("order", "o1", "filled", _order("o1", OrderStatus.FILLED))  # not flushed
        assert await store.load("order", ("open",)) == []
        (rec,) = await store.load("order")
        assert rec["status"] == "filled"
    finally:
        await store.close()


async def test_flush_when_backlog_reaches_bound_then_caught_up_inline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_store, "COMPACT_ROWS", 3)
    db = tmp_path / "s.db"
    store = SqliteStore(db)
    await store.open()
    try:
        for i in range(3):
            store.put("fill", f"f{i}", "ok", {"i": i})
            await store.flush()  # no await that idles: only the bound can catch up
        assert sorted(r[0] for r in _raw(db, "SELECT id FROM fills")) == ["f0", "f1", "f2"]
        assert _raw(db, "SELECT seq FROM journal") == []
    finally:
        await store.close()


CHILD = textwrap.dedent(
    """
    import asyncio, sys, time
    from engine.adapters.sqlite_store import SqliteStore

    async def main():
        store = SqliteStore(sys.argv[1])
        await store.open()
        for i in range(5):
            store.put("order", f"o{i}", "open", {"n": i})
            await store.flush()
        store.put("order", "o0", "filled", {"n": 0, "done": True})
        await store.flush()
        print("committed", flush=True)
        time.sleep(60)  # blocks the loop: no catch-up can run before the kill

    asyncio.run(main())
    """
)


async def test_open_when_killed_before_catch_up_then_journal_replayed_exactly(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)], stdout=subprocess.PIPE, env=env, cwd=ROOT
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"committed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert len(_raw(db, "SELECT seq FROM journal")) == 6
    assert _raw(db, "SELECT id FROM orders") == []
    store = SqliteStore(db)
    await store.open()
    try:
        assert store.replayed == 6
        assert _raw(db, "SELECT seq FROM journal") == []
        recs = {r["n"]: r for r in await store.load("order")}
        assert sorted(recs) == [0, 1, 2, 3, 4]
        assert recs[0] == {"n": 0, "done": True}  # the later commit won
        assert [r[0] for r in _raw(db, "SELECT id FROM orders WHERE status='filled'")] == ["o0"]
    finally:
        await store.close()


async def test_paper_execute_when_database_turns_read_only_then_kept_in_memory_then_refused(
    make_engine,
) -> None:
    """Paper signals commit once, after their simulated fills. When that commit fails the
    trade is kept in memory and said to be unsaved; the next signal is refused until the
    database can be written; then everything waiting is written."""
    from engine import Signal

    eng = await make_engine()
    store: SqliteStore = eng.store  # type: ignore[assignment]
    writer = store._w
    store._w = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    try:
        r1 = await eng.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000, signal_id="ro1"))
        assert r1.ok and any("not saved yet" in why for why in r1.reasons), r1.reasons
        r2 = await eng.execute(Signal("ETHUSDT", "LONG", tp=2500, sl=2200, signal_id="ro2"))
        assert not r2.ok
        assert "database could not be written" in " ".join(r2.reasons)
        assert eng.get_stats()["open_positions"] == 1
    finally:
        store._w.close()
        store._w = writer
    r3 = await eng.execute(Signal("SOLUSDT", "LONG", tp=110, sl=95, signal_id="ro3"))
    assert r3.ok and not r3.reasons, r3.reasons
    trades = read_tables(store.path, ("trades",))["trades"]
    assert {t: trades[t]["status"] for t in trades} == {
        "ro1": "open",
        "ro2": "failed",
        "ro3": "open",
    }


async def test_compact_when_another_store_shares_the_file_then_its_entries_are_kept(
    tmp_path: Path,
) -> None:
    """A store catching up removes only its own journal entries: another writer's (a second
    process on the same DATA_DIR, say) stay until they are applied."""
    db = tmp_path / "s.db"
    a, b = SqliteStore(db), SqliteStore(db)
    await a.open()
    await b.open()
    try:
        a.put("fill", "fa1", "ok", {"n": 1})
        await a.flush()
        b.put("fill", "fb", "ok", {"n": 2})
        await b.flush()
        a.put("fill", "fa2", "ok", {"n": 3})
        await a.flush()
        a.compact()
        assert len(_raw(db, "SELECT seq FROM journal")) == 1  # b's, not yet applied
        assert sorted(r[0] for r in _raw(db, "SELECT id FROM fills")) == ["fa1", "fa2"]
        assert sorted(read_tables(db, ("fills",))["fills"]) == ["fa1", "fa2", "fb"]
    finally:
        await a.close()
        await b.close()
    assert sorted(r[0] for r in _raw(db, "SELECT id FROM fills")) == ["fa1", "fa2", "fb"]
