"""A trade reopened by a late entry fill keeps its stop on the exchange.

Two-leg entry zone, one take-profit. On the exchange the second leg fills, then the take-profit
(sized to the first leg) fills: the position never reaches zero. sigcopy learns of the
take-profit first (the second leg's lookup fails in that poll), so the trade ends and its
orders are queued for cancel; the cancel of the second leg finds it filled, and the trade is
reopened (bookkeeper.py) with the second leg's quantity. The stop resting for the first leg
matches that quantity and trigger exactly: it must stay (or be replaced new-first), never be
cancelled with the ended trade's orders. Through real ccxt against the fake MEXC and Binance
USD-M; the stop guard (tests/fakes/stop_guard.py) catches a position's last stop cancelled.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from engine.domain.orders import OrderRole
from engine.domain.signal import Signal
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import Call, FakeExchangeServer
from tests.fakes.stop_guard import StopGuard
from tests.live.helpers import live_engine


async def test_poll_when_tp_fill_learned_before_second_entry_fill_then_reopened_trade_keeps_stop(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    name, fake = fake_venue
    sym = BTC_ID[name]
    cs = fake.book.markets[sym].contract_size
    guard = StopGuard(fake)
    # The stop stays where the signal put it after the take-profit (no break-even move), so the
    # first leg's stop matches the reopened quantity and trigger exactly.
    eng = live_engine(
        fake, name, tmp_path, live={"WATCH_ORDERS": False}, MOVE_SL_TO_ENTRY_AFTER_TP1=False
    )
    await eng.start()
    try:
        # Both legs rest below the market; the first (59,800) fills, its stop goes out.
        signal = Signal(
            symbol="BTCUSDT",
            side="LONG",
            entries=[59800, 59500],
            tp=61000,
            sl=59000,
            leverage=3,
            signal_id="zone",
        )
        assert (await eng.execute(signal)).ok
        fake.set_price(sym, 59800)
        await eng.monitor_pass()
        (t,) = eng.trades.values()
        entries = [o for o in eng.book.orders.of_trade(t.trade_id) if o.role == OrderRole.ENTRY]
        e1, e2 = sorted(entries, key=lambda o: -(o.price or 0))
        assert e1.filled == e1.amount and e2.is_live and e2.exchange_id
        assert e1.amount == e2.amount  # two equal legs
        (stop,) = eng.book.orders.live(t.trade_id, OrderRole.STOP_LOSS)
        assert stop.amount == t.open_qty == e1.amount
        # On the exchange: the second leg fills, then the take-profit for the first leg.
        fake.set_price(sym, 59500)
        fake.set_price(sym, 61000)
        assert fake.book.positions[sym] * cs == e2.amount  # never zero on the way
        # In the next poll the second leg's lookup fails (the exchange answers an error once):
        # sigcopy learns of the take-profit's fill before the second leg's.
        eid = e2.exchange_id
        failed: list[Call] = []

        def second_leg_lookup_fails(call: Call, phase: str) -> None:
            if phase != "received" or call.method != "GET" or failed:
                return
            if eid in call.path or eid in call.query.values():
                failed.append(call)
                fake.reject_next("bad_request", 1, call.path, "GET")

        fake.hooks.append(second_leg_lookup_fails)
        await eng.monitor_pass()
        fake.hooks.remove(second_leg_lookup_fails)
        assert failed  # the scenario happened as described
        # The second leg's fill reopened the trade; the exchange holds its quantity.
        assert t.is_active and t.open_qty == e2.amount
        assert fake.book.positions[sym] * cs == t.open_qty
        await eng.monitor_pass()  # and stays protected on the passes that follow
        assert not guard.violations, guard.violations
        stops = fake.book.open_orders(sym, stops=True)
        assert [s.qty * cs for s in stops] == [t.open_qty]
        assert [s.trigger for s in stops] == [Decimal(59000)]
        live = eng.book.orders.live(t.trade_id, OrderRole.STOP_LOSS)
        assert [o.amount for o in live] == [t.open_qty]
    finally:
        guard.detach()
        await eng.aclose()
