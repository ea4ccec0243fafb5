"""A triggered stop is booked at the exchange's fill, not at its trigger.

A stop-market order triggers, then fills at the market, beyond the trigger (slippage). MEXC's
plan order reports no fill at all: its `orderId` names the market order it placed, whose
order/get answer has dealAvgPrice, dealVol and the fees. Binance's algo order names its
actualOrderId, whose order answer has avgPrice (its fee is in the Account Trade List).
Through the real ccxt client against the fake MEXC and Binance USD-M.
"""

from __future__ import annotations

import asyncio
import time
from decimal import Decimal
from pathlib import Path

import pytest

from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_engine, live_signal, log_lines

SLIP = Decimal(35)  # the book walked past the price that triggered the stop


@pytest.mark.parametrize("stream", [False, True], ids=["polled", "streamed"])
async def test_monitor_when_stop_fills_beyond_its_trigger_then_trade_booked_at_the_exchange_fill(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path, stream: bool
) -> None:
    name, fake = fake_venue
    sym = BTC_ID[name]
    eng = live_engine(fake, name, tmp_path, live={"WATCH_ORDERS": stream})
    await eng.start()
    if stream:
        await fake.wait_streams()
    try:
        r = await eng.execute(live_signal(sl=59000))
        assert r.ok, r.reasons
        fake.book.stop_slippage = SLIP
        (stop,) = fake.book.set_price(sym, "58950")  # through the 59,000 trigger
        # Pushed (Binance ALGO_UPDATE with the fill's ap/aq), else found by the poll. Binance's
        # push is waited for (up to 10 s); for MEXC, every message the fill pushed has been
        # written to the socket and read by the client (loopback: well within the 0.5 s).
        deadline = time.monotonic() + 10
        if stream and name == "mexc":
            await fake.hub.sent()
            deadline = time.monotonic() + 0.5
        while eng.trades[r.trade_id].is_active and stream and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        # Binance pushes it; MEXC's plan order updates are not read by ccxt: polled.
        assert eng.trades[r.trade_id].is_active == (not stream or name == "mexc")
        await eng.monitor_pass()
        t = eng.trades[r.trade_id]
        assert not t.is_active and t.close_reason == "stop_loss"
        # The exchange's fill: 58,950 less the slippage, not the 59,000 trigger.
        assert stop.avg == Decimal(58915) != stop.trigger
        assert t.avg_exit == stop.avg
        cs = fake.book.markets[sym].contract_size
        assert t.exit_qty == stop.filled * cs
        (entry,) = [o for o in fake.book.placed("market")]
        assert t.gross_pnl == (stop.avg - entry.avg) * stop.filled * cs
        # The stop's fee is the one the exchange charged (not the market's published rate).
        (close,) = [ln for ln in log_lines(tmp_path) if ln["action"] == "CLOSE"]
        assert Decimal(close["fees"]) == stop.fee and "fee_estimated" not in close
        assert Decimal(close["exit_price"]) == stop.avg
        assert t.net_pnl == t.gross_pnl - t.fees
    finally:
        await eng.aclose()
