"""The fakes behave as the exchanges document, the unkind parts included (through real ccxt)."""

from __future__ import annotations

import pytest

from engine import errors
from engine.domain.orders import OrderStatus
from tests.fakes.fake_mexc import FakeMexc
from tests.live.conftest import Venue
from tests.live.helpers import make_broker, order

BTC = "BTC/USDT:USDT"


async def test_mexc_market_order_when_create_answers_then_still_new_and_filled_on_a_later_read(
    fake_mexc: FakeMexc, mexc_settings: object
) -> None:
    broker = await make_broker(mexc_settings)  # type: ignore[arg-type]
    try:
        await broker.set_leverage(broker.market(BTC), 5)
        o = order("market", "buy", "0.01")
        u = await broker.place_order(o, read_fill=False)
        assert u.status == OrderStatus.OPEN and u.filled == 0 and u.info.get("fill_unknown")
        (placed,) = fake_mexc.book.placed("market")
        assert placed.status == "NEW" and fake_mexc._order_json(placed)["state"] == 2
        assert fake_mexc.book.positions.get("BTC_USDT", 0) == 0  # nothing executed yet
        read = await broker.fetch_order(o)  # the next request: MEXC has matched it meanwhile
        assert read is not None and read.status == OrderStatus.FILLED
        assert read.filled == o.amount
    finally:
        await broker.close()


async def test_close_when_no_position_then_exchange_refuses_with_its_code(venue: Venue) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    with pytest.raises(errors.InvalidOrder) as info:
        await venue.broker.place_order(order("market", "sell", "0.01", reduce_only=True))
    code = "2009" if venue.name == "mexc" else "-2022"
    assert code in str(info.value)
    assert venue.fake.book.orders == {}
