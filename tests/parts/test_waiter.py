"""The Waiter alone: its bands, its next expiry, its records, its restore (a real Journal over
a memory store, the event bus, a recording stand-in for the Protector's rewatch)."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

from engine import events as ev
from engine.adapters.memory_store import MemoryStore
from engine.adapters.trade_log import MemoryTradeLog
from engine.core.bus import EventBus
from engine.core.journal import Journal
from engine.core.waiter import Waiter
from engine.domain.waiting import CANCELLED, INF, WaitingEntry


def _entry(sid: str, side: str, level: str, stop: str | None, expires: float) -> WaitingEntry:
    trigger = "above" if side == "LONG" else "below"
    signal = {"symbol": "BTCUSDT", "side": side, "entries": [float(level)], "signal_id": sid}
    signal |= {"entry_trigger": trigger, "sl": float(stop) if stop else None}
    return WaitingEntry(
        sid,
        "BTC/USDT:USDT",
        side,
        trigger,
        Decimal(level),
        Decimal(stop) if stop else None,
        0.0,
        expires,
        signal,
    )


def _waiter() -> tuple[Waiter, MemoryStore, list[Any], list[tuple[str, float]]]:
    store = MemoryStore()
    journal = Journal(store, MemoryTradeLog(), dict, asyncio.Lock())
    bus, events, seen = EventBus(), [], []
    bus.subscribe(events.append)
    return Waiter(journal, bus, lambda s, e: seen.append((s, e))), store, events, seen


async def test_hold_when_two_entries_on_a_symbol_then_band_is_their_inner_levels() -> None:
    w, store, _, seen = _waiter()
    w.hold(_entry("a", "LONG", "43000", "41000", 500.0))
    w.hold(_entry("b", "SHORT", "41500", "43500", 300.0))
    # Between them nothing triggers: above 41500 (b's level), below 43000 (a's level).
    assert w.bands["BTC/USDT:USDT"] == (41500.0, 43000.0)
    assert w.next_expiry == 300.0 and seen[-1] == ("BTC/USDT:USDT", 300.0)
    assert store.tables["signal"]["a"][0] == "waiting"
    reached, stopped = w.due("BTC/USDT:USDT", Decimal(41400))
    assert ([x.signal_id for x in reached], stopped) == (["b"], [])
    reached, stopped = w.due("BTC/USDT:USDT", Decimal(43600))
    assert [x.signal_id for x in reached] == ["a"] and [x.signal_id for x in stopped] == ["b"]


async def test_end_when_all_ended_then_no_band_no_expiry_records_and_events() -> None:
    w, store, events, _ = _waiter()
    w.hold(_entry("a", "LONG", "43000", "41000", 500.0))
    assert w.end_all(CANCELLED, "trading was halted") == 1
    await w.bus.publish()
    assert w.bands == {} and w.next_expiry == INF and w.entries == {}
    status, data = store.tables["signal"]["a"]
    assert status == CANCELLED and data["ended"] == "trading was halted"
    (e,) = events
    assert e.kind == ev.WAITING_ENDED and "waiting for 43000 (above): trading was halted" in e.text


async def test_restore_when_its_trade_exists_then_not_waiting_and_record_accepted() -> None:
    w, store, _, _ = _waiter()
    a = _entry("a", "LONG", "43000", "41000", 500.0)
    b = _entry("b", "LONG", "44000", None, 600.0)
    w.restore([a.to_dict(), b.to_dict(), {"signal_id": "c", "side": "LONG"}], known={"a"})
    assert list(w.entries) == ["b"]
    assert w.entries["b"].to_dict() == b.to_dict() and w.entries["b"].stop is None
    assert w.bands["BTC/USDT:USDT"] == (-INF, 44000.0)
    assert store.tables["signal"]["a"][0] == "accepted"
    assert w.expired(599.0) == [] and [x.signal_id for x in w.expired(600.0)] == ["b"]
