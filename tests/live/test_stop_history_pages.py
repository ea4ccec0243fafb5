"""A stop that fired while sigcopy was down is found however many stops were placed after it.

MEXC lists plan (stop) orders a page at a time, newest first, 20 to a page unless asked for
more (at most 100: https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/get-plan-order-list),
and finds none by id or client id: sigcopy reads a stop's state from those lists
(ccxt_lookup.scan). With more than a page of newer stops on the symbol (another trade's stop
moved, renewed, or the user's own plan orders), the one that fired was on no page read: sigcopy
took it for cancelled at the exchange ("no longer knows this order"), never booked its fill, and
placed a new stop for a quantity the trade no longer held. Through real ccxt against the fake
MEXC, which pages its list as MEXC does.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from engine.domain.orders import OrderRole
from engine.domain.trade import TradeStatus
from engine.engine import TradingEngine
from tests.fakes.fake_mexc import FakeMexc
from tests.fakes.stop_guard import StopGuard
from tests.live.helpers import live_engine, live_signal

SYM = "BTC_USDT"


def _engine(fake: FakeMexc, tmp: Path) -> TradingEngine:
    return live_engine(
        fake, "mexc", tmp, live={"WATCH_ORDERS": False}, ALLOW_DUPLICATE_POSITIONS=True
    )


async def test_restart_when_fired_stop_is_older_than_a_page_of_stops_then_its_fill_is_booked(
    fake_mexc: FakeMexc, tmp_path: Path
) -> None:
    fake = fake_mexc
    guard = StopGuard(fake)
    eng = _engine(fake, tmp_path)
    await eng.start()
    try:
        assert (await eng.execute(live_signal(signal_id="t", sl=59000))).ok
        assert (await eng.execute(live_signal(signal_id="u", sl=58000))).ok
        t, u = eng.trades["t"], eng.trades["u"]
        (t_stop,) = eng.book.orders.live(t.trade_id, OrderRole.STOP_LOSS)
        # U's stop moves 21 times (58,000 <-> 58,100): more than a page of newer plan orders.
        for i in range(21):
            u.sl = Decimal(58100 if i % 2 == 0 else 58000)
            eng.book.protector.want(u.trade_id)
            await eng.monitor_pass()
        newer = [
            o
            for o in fake.book.orders.values()
            if o.kind == "stop" and o.id > str(t_stop.exchange_id)
        ]
        assert len(newer) == 22  # U's first stop and its 21 moves
    finally:
        await eng.aclose()
    # While sigcopy is down the price touches 59,000: T's stop fires, U's (58,000) rests.
    fake.set_price(SYM, 59000)
    fake.set_price(SYM, 59500)
    cs = fake.book.markets[SYM].contract_size
    assert fake.book.positions[SYM] * cs == u.open_qty
    eng = _engine(fake, tmp_path)
    await eng.start()
    try:
        await eng.monitor_pass()
        t, u = eng.trades["t"], eng.trades["u"]
        assert t.status == TradeStatus.CLOSED and t.close_reason == "stop_loss"
        fired = fake.book.orders[str(t_stop.exchange_id)]
        assert t.avg_exit == fired.avg < Decimal(59000)  # the exchange's fill, not the trigger
        assert u.status == TradeStatus.OPEN
        # On the exchange: U's position and its one stop; nothing placed for T again.
        stops = [(o.qty * cs, o.trigger) for o in fake.book.open_orders(SYM, stops=True)]
        assert stops == [(u.open_qty, u.sl)]
        assert fake.book.positions[SYM] * cs == u.open_qty
        assert not guard.violations
    finally:
        await eng.aclose()
