"""A stop moved while the trade's limit entry rests (nothing filled, so no stop on the exchange
yet) is the stop sent when the entry fills: no stop rests before the fill, and the one that goes
out with the fill triggers at the moved price, not the signal's. Through real ccxt against the
fake MEXC and Binance USD-M (price 60,000; the long's entry rests at 59,500)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_engine, live_signal


async def test_move_stop_when_entry_rests_then_the_moved_stop_goes_out_with_the_fill(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    name, fake = fake_venue
    sym = BTC_ID[name]
    eng = live_engine(fake, name, tmp_path, live={"WATCH_ORDERS": False})
    await eng.start()
    try:
        fake.set_price(sym, 60000)
        await eng.on_price("BTC/USDT:USDT", 60000)
        assert (await eng.execute(live_signal(signal_id="a", entry=59500))).ok
        a = eng.trades["a"]
        assert a.entry_qty == 0 and fake.book.open_orders(sym, stops=True) == []
        moved = await eng.apply_update("MOVE_SL", trade_id="a", price=59200)
        assert moved.ok, moved.reasons
        assert a.sl == Decimal(59200)
        await eng.monitor_pass()  # nothing filled: still nothing to protect on the exchange
        assert fake.book.open_orders(sym, stops=True) == []
        fake.set_price(sym, 59400)  # through the entry, above both stops: it fills
        await eng.monitor_pass()
        assert a.status == TradeStatus.OPEN and a.entry_qty > 0
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.trigger == Decimal(59200)
    finally:
        await eng.aclose()
