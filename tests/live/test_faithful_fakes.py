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


async def test_binance_limit_when_sent_without_time_in_force_then_refused_1102(
    venue: Venue,
) -> None:
    # New Order: timeInForce is mandatory for LIMIT (https://developers.binance.com/docs/
    # derivatives/usds-margined-futures/trade/rest-api/New-Order). The fake took it without.
    if venue.name == "mexc":
        pytest.skip("a Binance USD-M rule")
    ex = venue.broker.exchange
    base = {"symbol": "BTCUSDT", "side": "BUY", "type": "LIMIT", "quantity": "0.01"}
    with pytest.raises(Exception, match="-1102"):
        await ex.fapiPrivatePostOrder({**base, "price": "59000"})
    await ex.fapiPrivatePostOrder({**base, "price": "59000", "timeInForce": "GTC"})
    assert [o.kind for o in venue.fake.book.orders.values()] == ["limit"]


async def test_mexc_order_when_external_oid_over_32_chars_then_refused_2030(venue: Venue) -> None:
    # MEXC's error table: 2030 "External order ID is too long (Max. 32 bits )"; sigcopy's client
    # ids fit (ccxt_exchange.py, client_id_max_len 32).
    if venue.name != "mexc":
        pytest.skip("a MEXC contract rule")
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    params = {"clientOrderId": "x" * 33, "leverage": 5}
    with pytest.raises(Exception, match="2030"):
        await venue.broker.exchange.create_order(BTC, "limit", "buy", 1, 59000, params)
    assert venue.fake.book.orders == {}
    o = order("limit", "buy", "0.01", price="59000")
    await venue.broker.place_order(o)
    assert len(venue.broker.client_id(o)) <= 32 and len(venue.fake.book.orders) == 1
