"""A stop whose trigger the price has already passed: MEXC accepts the plan order and it fires at
once (a condition on the price that already holds; MEXC documents no refusal for it, unlike
Binance's -2021, tests/live/test_stop_would_trigger.py). The fake used to rest it past the price
until the next move, kinder than the exchange; it now fires it once its answer has left
(tests/fakes/fake_mexc.py, `fire_on_arrival`).

A market entry fills, the price falls through the stop before the stop reaches the exchange:
the stop closes the position as it arrives; the engine books that exit (the stop's own fill),
leaves nothing of the trade resting and holds what the exchange holds. Through the real engine
and ccxt client against the fake MEXC on loopback."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from engine import events as ev
from engine.domain.trade import TradeStatus
from tests.fakes.fake_mexc import FakeMexc
from tests.fakes.server import Call
from tests.live.helpers import live_engine, live_signal

SYM = "BTC_USDT"


async def test_entry_when_the_price_falls_through_the_stop_before_it_arrives_then_it_fires(
    fake_mexc: FakeMexc, tmp_path: Path
) -> None:
    fake = fake_mexc
    eng = live_engine(fake, "mexc", tmp_path, live={"WATCH_ORDERS": False})
    events: list[ev.Event] = []
    eng.subscribe(events.append)
    await eng.start()
    try:

        def gap_after_entry(call: Call, phase: str) -> None:
            """The entry fills at 60,000; the price is at 58,900 when the stop arrives."""
            if phase == "processed" and call.path.endswith("/order/create"):
                if '"side": 1' in call.body or '"side":1' in call.body:
                    fake.set_price(SYM, 58900)

        fake.hooks.append(gap_after_entry)
        r = await eng.execute(live_signal(signal_id="a"))  # stop 59,000
        fake.hooks.clear()
        assert r.ok, r.reasons
        (stop,) = fake.book.placed("stop")
        assert stop.status == "FILLED" and stop.avg < Decimal(58900)  # fired as it arrived
        for _ in range(2):
            await eng.monitor_pass()
        assert fake.book.positions.get(SYM, 0) == 0
        assert fake.book.open_orders(SYM) == []  # nothing of the trade left resting
        t = eng.trades["a"]
        assert t.status == TradeStatus.CLOSED and t.close_reason == "stop_loss"
        assert t.avg_exit == stop.avg and t.open_qty == 0
    finally:
        await eng.aclose()
