"""The new-first rule across the trades of one position (engine/core/stop_cover.py).

Found by the crash harness (MEXC, seed 7, cycle 13, under load): two trades shared a BTC position
and moved their stops (new first); the exchange answered the new stops late, and meanwhile the
market fell: both new stops fired, and a third trade's limit entries filled. sigcopy did not know
of that fill yet and cancelled the old stop it was replacing - by then the only stop on a
position that was now all the third trade's. Each trade had done the right thing for itself.

Now a stop is cancelled only while every trade of its symbol that holds quantity has its own stop
resting, and the fills of the symbol's resting entries are read first. Built here exactly:
the fake answers the new stop's placement only when the test says so (`hold_answers`), and the
price moves in between. Through real ccxt against the fake MEXC and the fake Binance USD-M; the
stop guard watches every stop cancel on the exchange.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from engine.domain.orders import OrderRole
from engine.domain.signal import Signal
from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import FakeExchangeServer
from tests.fakes.stop_guard import StopGuard
from tests.live.helpers import live_engine, live_signal

STOP_CREATE = {"mexc": "planorder/place", "binanceusdm": "/algoOrder"}


async def _until(cond: Callable[[], bool], what: str) -> None:
    for _ in range(2000):
        if cond():
            return
        await asyncio.sleep(0.005)
    raise AssertionError(f"timed out waiting for {what}")


async def test_stop_swap_when_another_trades_entry_filled_unseen_then_old_stop_kept_until_its_stop_rests(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    name, fake = fake_venue
    sym = BTC_ID[name]
    cs = fake.book.markets[sym].contract_size
    guard = StopGuard(fake)
    eng = live_engine(
        fake, name, tmp_path, live={"WATCH_ORDERS": False}, ALLOW_DUPLICATE_POSITIONS=True
    )
    await eng.start()
    try:
        # A: long at market (60,000), TPs 61,000 / 62,000, stop 59,000.
        assert (await eng.execute(live_signal(signal_id="a"))).ok
        a = eng.trades["a"]
        (s1,) = fake.book.open_orders(sym, stops=True)
        # C: a long zone below the market; both legs rest and C holds nothing (no stop yet).
        c_signal = Signal(
            symbol="BTCUSDT",
            side="LONG",
            entries=[59880, 59760],
            tp=[62500, 63000],
            sl=58500,
            leverage=3,
            signal_id="c",
        )
        assert (await eng.execute(c_signal)).ok
        c = eng.trades["c"]
        assert c.status == TradeStatus.PENDING and c.open_qty == 0
        # TP1 of A fills; the next pass moves A's stop to break-even (60,000), new first. The
        # exchange places the new stop at once and answers late.
        gate = fake.hold_answers(STOP_CREATE[name])
        fake.set_price(sym, 61000)
        task = asyncio.create_task(eng.monitor_pass())
        await _until(lambda: len(fake.book.open_orders(sym, stops=True)) == 2, "the new stop")
        # Meanwhile the market falls to 59,700: C's legs fill, A's new stop fires. The exchange
        # now holds C's position with A's old stop (59,000) as its only stop.
        fake.set_price(sym, 59700)
        assert [o.id for o in fake.book.open_orders(sym, stops=True)] == [s1.id]
        held = fake.book.positions[sym] * cs
        assert held > 0
        gate.set()
        await asyncio.wait_for(task, 30)
        assert guard.violations == [], guard.violations
        await eng.monitor_pass()  # A's stop fill is read; its trade ends
        assert guard.violations == [] and guard.checks > 0
        assert a.status == TradeStatus.CLOSED
        assert c.status == TradeStatus.OPEN and c.open_qty == held
        # What rests: C's own stop, for what C holds; A's old stop went only after it.
        stops = [(o.qty * cs, o.trigger) for o in fake.book.open_orders(sym, stops=True)]
        assert stops == [(held, Decimal(58500))]
        assert s1.status == "CANCELED"
        live = [o for o in eng.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
        assert [(o.trade_id, o.exchange_id) for o in live] == [
            ("c", fake.book.open_orders(sym, stops=True)[0].id)
        ]
    finally:
        await eng.aclose()


STOP_CANCEL = {"mexc": ("planorder/cancel", "POST"), "binanceusdm": ("/algoOrder", "DELETE")}


async def test_stop_cancel_when_an_entry_fills_between_its_read_and_the_cancel_then_its_stop_placed_at_once(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    # The read before a stop cancel (step 1) cannot see a fill that happens after it: here the
    # exchange fills C's resting entry exactly between that read and the cancel (the price
    # moves as the cancel arrives, before the exchange carries it out). The read after the
    # cancel sees it: C's stop goes out in the same pass, not a monitor interval later.
    name, fake = fake_venue
    sym = BTC_ID[name]
    cs = fake.book.markets[sym].contract_size
    eng = live_engine(
        fake, name, tmp_path, live={"WATCH_ORDERS": False}, ALLOW_DUPLICATE_POSITIONS=True
    )
    await eng.start()
    try:
        # A: long at market (60,000), TPs 61,000 / 62,000, stop 59,000.
        assert (await eng.execute(live_signal(signal_id="a"))).ok
        (s1,) = fake.book.open_orders(sym, stops=True)
        fake.set_price(sym, 61000)  # A's TP1 fills; the next pass moves A's stop, new first
        c_signal = Signal(
            symbol="BTCUSDT",
            side="LONG",
            entries=[60500],
            tp=[62500, 63000],
            sl=59500,
            leverage=3,
            signal_id="c",
        )
        assert (await eng.execute(c_signal)).ok  # C's entry rests below the market
        c = eng.trades["c"]
        assert c.status == TradeStatus.PENDING and c.open_qty == 0
        part, method = STOP_CANCEL[name]
        fired: list[str] = []

        def between(call: Any, stage: str) -> None:
            if stage == "received" and part in call.path and call.method == method and not fired:
                fired.append(call.path)
                fake.set_price(sym, 60400)  # C's entry fills; no stop triggers

        fake.hooks.append(between)
        await eng.monitor_pass()
        assert fired and s1.status == "CANCELED"
        assert c.status == TradeStatus.OPEN and c.open_qty > 0
        # C's stop rests already, for what C holds (without the read after the cancel it would
        # go out only at the next pass's poll).
        c_stops = [o for o in fake.book.open_orders(sym, stops=True) if o.trigger == Decimal(59500)]
        assert [o.qty * cs for o in c_stops] == [c.open_qty]
        live = [
            o
            for o in eng.orders.values()
            if o.role == OrderRole.STOP_LOSS and o.is_live and o.trade_id == "c"
        ]
        assert [o.exchange_id for o in live] == [c_stops[0].id]
    finally:
        await eng.aclose()
