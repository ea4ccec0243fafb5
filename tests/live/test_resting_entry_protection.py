"""A limit entry that rests holds nothing, so it keeps no stop or take-profit on the exchange.

On MEXC an order's create answer carries no fill, so a limit entry at or through the last price
(it may have filled on arrival) goes out with its stop and take-profits, sent together with the
read of its fill (opener._protect_while_reading). When the read shows it resting - the price
moved back before it arrived - the trade holds nothing, and those orders are for a position it
does not have: with another trade's position on the symbol, reduce-only as they are, the
exchange accepts them, and the take-profits would close the other trade's shares at this
trade's levels. They are cancelled once the entries are known to rest; the stop goes out again
with the first fill. Found by the crash harness (MEXC, seed 8, cycle 2: the exchange held a stop
for a trade whose entries rested). Through real ccxt against the fake MEXC and Binance USD-M
(whose answer carries the fill: nothing goes out early there).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from engine.domain.signal import Signal
from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import Call, FakeExchangeServer
from tests.fakes.stop_guard import StopGuard
from tests.live.helpers import live_engine, live_signal

ENTRY_CREATE = {"mexc": "order/create", "binanceusdm": "/fapi/v1/order"}


async def test_execute_when_limit_entries_rest_after_all_then_no_stop_or_tp_rests_for_them(
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
        # A: a long at market, with its stop at 59,000.
        assert (await eng.execute(live_signal(signal_id="a"))).ok
        (a,) = eng.trades.values()
        # B: a long zone 59,880-59,760 while the price is 59,500, below it: both legs are
        # limits the market has passed. By the time they arrive the price is back at 60,000:
        # they rest.
        fake.set_price(sym, 59500)
        await eng.on_price("BTC/USDT:USDT", 59500)  # the last price sigcopy saw
        moved: list[Call] = []

        def price_back(call: Call, phase: str) -> None:
            if phase == "received" and call.method == "POST" and ENTRY_CREATE[name] in call.path:
                if not moved:
                    moved.append(call)
                    fake.set_price(sym, 60000)

        fake.hooks.append(price_back)
        b_signal = Signal(
            symbol="BTCUSDT",
            side="LONG",
            entries=[59880, 59760],
            tp=[61000, 62000],
            sl=58500,
            leverage=3,
            signal_id="b",
        )
        assert (await eng.execute(b_signal)).ok
        fake.hooks.remove(price_back)
        await eng.monitor_pass()
        b = eng.trades["b"]
        assert b.status == TradeStatus.PENDING and b.open_qty == 0
        assert len(fake.book.open_orders(sym, stops=False)) == 2 + 2  # A's TPs, B's entries
        # On the exchange: A's stop and TPs, B's two resting entries; nothing else.
        stops = [(o.qty * cs, o.trigger) for o in fake.book.open_orders(sym, stops=True)]
        assert stops == [(a.open_qty, Decimal(59000))]
        limits = sorted((o.reduce_only, o.price) for o in fake.book.open_orders(sym, stops=False))
        assert limits == [
            (False, Decimal("59760")),
            (False, Decimal("59880")),
            (True, Decimal("61000")),
            (True, Decimal("62000")),
        ]
        # When a leg fills, B gets its stop (new), sized to what it holds.
        fake.set_price(sym, 59850)
        await eng.monitor_pass()
        assert b.status == TradeStatus.OPEN and b.open_qty > 0
        stops = sorted((o.trigger, o.qty * cs) for o in fake.book.open_orders(sym, stops=True))
        assert stops == [(Decimal(58500), b.open_qty), (Decimal(59000), a.open_qty)]
        assert not guard.violations
    finally:
        await eng.aclose()
