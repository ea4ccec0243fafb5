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
from typing import Any

from engine import events as ev
from engine.adapters.ccxt_stream import CcxtOrderStream
from engine.adapters.sqlite_store import read_tables
from engine.domain.orders import Order, OrderRole
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


def _finished(o: Order, eid: str, aq: str, ap: str) -> dict[str, Any]:
    """A stop's ALGO_UPDATE at its end, as Event-Algo-Order-Update documents it."""
    return {
        "caid": o.client_id,
        "aid": int(eid),
        "at": "CONDITIONAL",
        "o": "STOP_MARKET",
        "s": "BTCUSDT",
        "S": o.side.upper(),
        "ps": "BOTH",
        "f": "GTC",
        "q": str(o.amount),
        "X": "FINISHED",
        "ai": "700000099",
        "ap": ap,
        "aq": aq,
        "act": "MARKET",
        "tp": str(o.trigger_price),
        "p": "0",
        "R": True,
        "T": 1,
    }


async def test_convert_when_a_stop_finishes_then_its_fill_is_aq_or_left_to_the_poll(
    tmp_path: Path,
) -> None:
    fake = await start_fake("binanceusdm")
    eng = live_engine(fake, "binanceusdm", tmp_path)
    await eng.start()
    try:
        await fake.wait_streams()
        assert (await eng.execute(live_signal(signal_id="a"))).ok
        stream = eng.monitor.stream
        assert isinstance(stream, CcxtOrderStream)
        (stop,) = [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS]
        eid = str(stop.exchange_id)
        part = stream.exchange.parse_ws_order(_finished(stop, eid, "0.020", "58990"))
        (u,) = stream.convert([part], [stop])
        assert u.filled == Decimal("0.020") < stop.amount and u.avg_price == Decimal(58990)
        # A FINISHED that says nothing of what executed: not booked whole, the poll reads it.
        none = stream.exchange.parse_ws_order(_finished(stop, eid, "0.00000", "0.00000"))
        assert stream.convert([none], [stop]) == []
    finally:
        await eng.aclose()
        await fake.stop()
