"""A triggered stop that reduced only part of its size, learnt from the order stream, is booked
with what it filled (the crash harness's "a stop filled 0.15 on the exchange while the store
says 0.30", binanceusdm seed 7).

Binance USD-M pushes a conditional order's end as an ALGO_UPDATE with X=FINISHED; what its
market order executed is `aq` (and `ap`), "execuated quantity in matching engine"
(https://developers.binance.com/docs/derivatives/usds-margined-futures/user-data-streams/
Event-Algo-Order-Update). The update has no `z` (cumulative filled), and ccxt fills in a missing
`filled` of a "closed" order with its whole amount: a stop of 0.05 that could reduce only the
0.025 left (reduce-only) was booked as 0.05 filled when the stream's update came before a poll
(under load, the order the harness found). Through the real engine and ccxt.pro client against
the fake Binance's user data stream; no monitor pass runs after the price moves.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

from engine import events as ev
from engine.adapters.sqlite_store import read_tables
from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import BTC_ID, start_fake
from tests.live.helpers import live_engine, live_signal

WAIT = 20.0  # generous: an event wait, not a timing budget


async def test_stop_when_it_fills_part_of_its_size_then_the_pushed_fill_is_what_is_booked(
    tmp_path: Path,
) -> None:
    name = "binanceusdm"
    fake = await start_fake(name)
    sym = BTC_ID[name]
    eng = live_engine(fake, name, tmp_path, MOVE_SL_TO_ENTRY_AFTER_TP1=False)
    hits: asyncio.Queue[ev.Event] = asyncio.Queue()
    eng.subscribe(lambda e: hits.put_nowait(e) if e.kind == ev.STOP_HIT else None)
    await eng.start()
    try:
        await fake.wait_streams()
        assert (await eng.execute(live_signal(signal_id="a"))).ok
        a = eng.trades["a"]
        (old,) = fake.book.open_orders(sym, stops=True)
        # TP1 fills; the stop is resized (new first) and the old one's cancel is refused: both
        # rest at 59,000, the old one for the whole entry, the new one for what is left.
        fake.reject_next("rate", 1, "/algoOrder", "DELETE")
        fake.set_price(sym, 61000)
        await eng.monitor_pass()
        left = a.open_qty
        assert len(fake.book.open_orders(sym, stops=True)) == 2 and old.qty > left > 0
        # The price falls through both: the old stop reduces what is left (part of its size),
        # the new one has nothing to reduce. The engine learns it from the stream alone.
        fake.set_price(sym, 58900)
        assert fake.book.positions[sym] == 0 and old.filled == left < old.qty
        await asyncio.wait_for(hits.get(), WAIT)
        assert a.status == TradeStatus.CLOSED and a.exit_qty == a.entry_qty
        (db,) = (tmp_path / "data" / "books").glob("*/sigcopy.db")
        rec = read_tables(db, ("orders",))["orders"][f"sc{eng.book.orders.tag}_asl2"]
        assert Decimal(rec["filled"]) == old.filled  # 0.025, not the stop's 0.05
    finally:
        await eng.aclose()
        await fake.stop()
