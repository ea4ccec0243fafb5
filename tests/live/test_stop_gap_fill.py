"""A stop the price gaps through fills beyond the gap's price, not at its trigger, and the engine
books what the exchange filled. The fakes' default stop fill is the real one's: a stop-market
order walks the book past the price that triggered it (tests/fakes/core.py, Book.stop_slip).
Through the real engine and ccxt client against the fake MEXC and Binance USD-M, polled."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_engine, live_signal, log_lines


async def test_monitor_when_price_gaps_through_stop_then_trade_booked_at_the_exchange_fill(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    name, fake = fake_venue
    sym = BTC_ID[name]
    eng = live_engine(fake, name, tmp_path, live={"WATCH_ORDERS": False})
    await eng.start()
    try:
        r = await eng.execute(live_signal(sl=59000))
        assert r.ok, r.reasons
        (stop,) = fake.book.set_price(sym, "58000")  # from 60,000 to 1,000 under the stop
        # The default fill: beyond the gap's price (never at it, nor at the trigger).
        assert stop.avg < Decimal(58000) < stop.trigger
        await eng.monitor_pass()
        t = eng.trades[r.trade_id]
        assert not t.is_active and t.close_reason == "stop_loss"
        assert t.avg_exit == stop.avg
        cs = fake.book.markets[sym].contract_size
        (entry,) = fake.book.placed("market")
        assert t.gross_pnl == (stop.avg - entry.avg) * stop.filled * cs
        (close,) = [ln for ln in log_lines(tmp_path) if ln["action"] == "CLOSE"]
        assert Decimal(close["exit_price"]) == stop.avg
    finally:
        await eng.aclose()
