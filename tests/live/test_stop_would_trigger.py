"""A stop whose trigger the price has already passed is refused by Binance USD-M: -2021 "Order
would immediately trigger." (error-code page; the STOP_MARKET condition from New Order: SELL
when the latest price <= stopPrice). The fake used to accept it and leave it resting past the
price, kinder than the exchange; it now refuses it (tests/fakes/fake_binance.py
`_not_triggered_yet`).

A market entry fills, the price falls through the stop before the stop reaches the exchange:
the position is never left without a stop - the engine closes it at market (what the stop
would have done) and says why. Through the real engine and ccxt client.
"""

from __future__ import annotations

from pathlib import Path

from engine import events as ev
from engine.domain.trade import TradeStatus
from tests.fakes.server import Call
from tests.live.helpers import live_signal
from tests.live.test_rate_limit_stops import SYM, _running


async def test_entry_when_the_price_falls_through_the_stop_before_it_is_placed_then_closed(
    tmp_path: Path,
) -> None:
    async with _running(tmp_path) as (fake, eng, events, waits):

        def crash_after_fill(call: Call, phase: str) -> None:
            """The entry fills at 60,000; the price is at 58,900 when the stop arrives."""
            if phase == "processed" and call.method == "POST" and call.path == "/fapi/v1/order":
                if "reduceOnly=true" not in call.body:
                    fake.set_price(SYM, 58900)

        fake.hooks.append(crash_after_fill)
        await eng.execute(live_signal(signal_id="a"))  # stop 59,000
        fake.hooks.clear()
        stops = [c for c in fake.calls if c.method == "POST" and c.path.endswith("/algoOrder")]
        assert stops and stops[0].status == 400  # -2021: not placed
        assert fake.book.positions.get(SYM, 0) == 0  # closed at market
        assert fake.book.open_orders(SYM) == []  # nothing of it left resting
        t = eng.trades["a"]
        assert t.status == TradeStatus.CLOSED
        (said,) = [e.text for e in events if e.kind == ev.ERROR and "stop could not" in e.text]
        assert "Order would immediately trigger." in said and "closing the position" in said
