"""Binance USD-M answers a cancel and a query of an order it does not know differently: a
cancel -2011 CANCEL_REJECTED "Unknown order sent.", a query -2013 NO_SUCH_ORDER "Order does not
exist." (https://developers.binance.com/docs/derivatives/usds-margined-futures/error-code; the
tests/fakes/binance_errors.py says where each is documented). The fake answered a cancel -2013, kinder to a
client that only knew one of them.

The broker takes a cancel's "unknown" for gone only once the order's state, read back, says so:
an order the exchange no longer holds (cancelled by hand and gone from its history) is gone, not
an error retried forever; one the cancel calls unknown while a query still shows it resting is
never taken for cancelled. Through the real ccxt client against the fake.
"""

from __future__ import annotations

import ccxt.async_support as ccxt
import pytest

from engine import errors
from engine.adapters.ccxt_errors import is_not_found
from engine.domain.orders import Order, OrderStatus
from tests.fakes.fake_binance import FakeBinance
from tests.live.helpers import make_broker, order

BTC = "BTC/USDT:USDT"
PATH = "/fapi/v1/order"


async def _resting(broker: object, fake: FakeBinance) -> Order:
    o = order("limit", "buy", "0.01", price="59000")
    u = await broker.place_order(o)  # type: ignore[attr-defined]
    o.exchange_id, o.status = u.exchange_id, u.status
    assert o.exchange_id in fake.book.orders and o.status == OrderStatus.OPEN
    return o


async def test_unknown_order_when_cancelled_and_queried_then_2011_and_2013_as_binance_answers(
    fake_binance: FakeBinance, binance_settings: object
) -> None:
    broker = await make_broker(binance_settings)  # type: ignore[arg-type]
    try:
        ex = broker.exchange
        with pytest.raises(ccxt.BaseError) as cancel:
            await ex.cancel_order("123456789", BTC)
        assert '"code":-2011' in str(cancel.value).replace(" ", "")
        assert "Unknown order sent." in str(cancel.value)
        with pytest.raises(ccxt.BaseError) as query:
            await ex.fetch_order("123456789", BTC)
        assert '"code":-2013' in str(query.value).replace(" ", "")
        assert "Order does not exist." in str(query.value)
        # The broker's one test for "the exchange does not know it" holds both, and ccxt's
        # USD-M table (the real host's) makes -2011 an OperationRejected, not OrderNotFound.
        assert is_not_found(cancel.value) and is_not_found(query.value)
        real = ccxt.OperationRejected('binanceusdm {"code":-2011,"msg":"Unknown order sent."}')
        assert is_not_found(real)
    finally:
        await broker.close()


async def test_cancel_when_the_exchange_no_longer_has_the_order_then_gone_not_retried(
    fake_binance: FakeBinance, binance_settings: object
) -> None:
    broker = await make_broker(binance_settings)  # type: ignore[arg-type]
    try:
        await broker.set_leverage(broker.market(BTC), 5)
        o = await _resting(broker, fake_binance)
        fake_binance.book.cancel(o.exchange_id or "")  # by hand, long ago:
        fake_binance.forget_order(o.exchange_id or "")  # gone from its history too
        u = await broker.cancel_order(o)
        assert u.status == OrderStatus.CANCELED and u.filled == 0
        deletes = [c for c in fake_binance.calls if c.method == "DELETE" and c.path == PATH]
        assert [c.status for c in deletes] == [400]  # -2011, once
    finally:
        await broker.close()


async def test_cancel_when_answered_unknown_but_still_resting_then_never_taken_for_cancelled(
    fake_binance: FakeBinance, binance_settings: object
) -> None:
    broker = await make_broker(binance_settings)  # type: ignore[arg-type]
    try:
        await broker.set_leverage(broker.market(BTC), 5)
        o = await _resting(broker, fake_binance)
        fake_binance.reject_next("order_final", 1, PATH, "DELETE")  # -2011, nothing done
        with pytest.raises(errors.BrokerError) as info:
            await broker.cancel_order(o)
        assert "-2011" in str(info.value)
        assert fake_binance.book.orders[o.exchange_id or ""].live  # it rests: not cancelled
        u = await broker.cancel_order(o)  # the next try gets through
        assert u.status == OrderStatus.CANCELED
        assert not fake_binance.book.orders[o.exchange_id or ""].live
    finally:
        await broker.close()
