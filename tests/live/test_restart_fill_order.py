"""A restart applies fills in the order they happened: an entry before its trade's exits.

MEXC crash soak finding (seed 3024, cycle 21), after the stop and take-profits began to go out
together with the read of the entry's fill: the bot was killed once they had reached the
exchange, before any answer came back, so the store had the entry open with its fill unknown
and the stop and TPs pending. The stop then filled. The restart looked up the pending stop
first (filled: the trade closed against an unknown entry price, PnL 0), then learned of the
entry's fill and reopened the trade, leaving it open with nothing held and no stop.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from engine.adapters.sqlite_store import read_tables
from engine.domain.signal import Signal
from tests.fakes.fixtures import BTC_ID, start_fake
from tests.live.test_marketable_limit import _engine


def _db(tmp: Path) -> Path:
    """The live book's database (one book folder per account under DATA_DIR/books/)."""
    (db,) = (tmp / "data" / "books").glob("*/sigcopy.db")
    return db


async def _abandon(eng: Any) -> None:
    """What a SIGKILL leaves: what was committed, nothing flushed or cancelled on the way out."""
    store = eng.store
    if store._timer is not None:
        store._timer.cancel()
    store._w.close()
    await store._db.close()
    await eng.broker.exchange.close()


async def test_restart_when_stop_filled_before_entry_fill_was_read_then_trade_closed_exactly(
    tmp_path: Path,
) -> None:
    fake = await start_fake("mexc")
    # The soak's timing: the entry executed as it arrived, its push not yet applied when the
    # bot died (with MEXC's late matching the stream reports the fill before the kill point).
    fake.book.defer_market_fills = False
    btc = BTC_ID["mexc"]
    a = _engine(fake, "mexc", tmp_path)
    await a.start()
    await a.on_price("BTC/USDT:USDT", 60000.0)
    await a.set_leverage("BTC/USDT:USDT", 3)
    arrived = asyncio.Event()

    def killed_before_answers(call: Any, phase: str) -> None:
        if phase == "received" and "/planorder/place" in call.path:
            fake.hang(True)  # from now on requests take effect, answers come too late
        stops = fake.count("/planorder/place", "POST")
        creates = fake.count("/order/create", "POST")
        if phase == "processed" and stops == 1 and creates == 3:  # entry, TP1, TP2
            arrived.set()

    fake.hooks.append(killed_before_answers)
    task = asyncio.create_task(
        a.execute(
            Signal("BTCUSDT", "LONG", tp=[61000, 62000], sl=59000, leverage=3, signal_id="r1")
        )
    )
    await asyncio.wait_for(arrived.wait(), 20)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await _abandon(a)
    fake.hooks.clear()
    fake.hang(False)
    stored = read_tables(_db(tmp_path), ("orders",))["orders"]
    assert {o["role"]: o["status"] for o in stored.values() if o["role"] != "tp"} == {
        "entry": "open",
        "sl": "pending",
    }
    entry_px = next(o.cost / o.filled for o in fake.book.orders.values() if o.kind == "market")
    fake.set_price(btc, 58000)  # the stop fills while the bot is down
    assert fake.book.positions[btc] == 0

    b = _engine(fake, "mexc", tmp_path)
    await b.start()
    try:
        await b.reconcile()
        t = b.trades["r1"]
        assert t.status.value == "closed", (t.status, t.entry_qty, t.exit_qty)
        assert t.entry_qty == t.exit_qty > 0
        assert t.avg_entry == entry_px
        assert t.gross_pnl == (t.avg_exit - entry_px) * t.exit_qty < 0  # booked exactly
        assert b.get_stats()["open_positions"] == 0
        assert b.ledger.losses == 1 and b.ledger.wins == 0
        assert [o for o in fake.book.orders.values() if o.live] == []  # TPs cancelled
    finally:
        await b.aclose()
        await fake.stop()
