"""MEXC stop orders carry no client id: after a restart the broker finds them by their fields.
An older, ended stop with the same amount and trigger must never be taken for one whose
exchange id the broker already knows (found by the kill harness: two identical stops filled
while the bot was down, and one was matched to an expired look-alike)."""

from __future__ import annotations

from pathlib import Path

from engine.domain.orders import OrderStatus
from tests.fakes.fake_mexc import FakeMexc
from tests.fakes.fixtures import live_settings
from tests.live.helpers import make_broker, order

ETH = "ETH/USDT:USDT"


async def test_fetch_order_when_an_ended_lookalike_stop_is_older_then_the_known_one_is_found(
    fake_mexc: FakeMexc, tmp_path: Path
) -> None:
    settings = live_settings(fake_mexc, "mexc", tmp_path)
    first = await make_broker(settings)
    try:
        await first.load_markets()
        await first.place_order(order("market", "sell", "0.16", symbol=ETH))
        old = order("stop", "buy", "0.08", symbol=ETH, trigger="3006", reduce_only=True)
        mine = order("stop", "buy", "0.08", symbol=ETH, trigger="3006", reduce_only=True)
        placed_old = await first.place_order(old)
        await first.cancel_order(old)  # ended: an older look-alike in the order history
        placed = await first.place_order(mine)
        assert placed.exchange_id and placed.exchange_id != placed_old.exchange_id
        mine.exchange_id, mine.status = placed.exchange_id, OrderStatus.OPEN
    finally:
        await first.close()
    fake_mexc.set_price("ETH_USDT", "3010")  # the stop fills while the bot is down
    again = await make_broker(settings)  # a restart: only what the store had is known
    try:
        again.restore([mine])
        found = await again.fetch_order(mine)
        assert found is not None
        assert found.exchange_id == placed.exchange_id
        assert found.status == OrderStatus.FILLED
        (polled,) = await again.poll([mine])
        assert polled.exchange_id == placed.exchange_id and polled.status == OrderStatus.FILLED
    finally:
        await again.close()
