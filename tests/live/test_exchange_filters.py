"""Exchange filters checked before an order leaves, naming the filter; the fakes enforce them
with the exchanges' own codes, so each test also proves the check catches it first."""

from __future__ import annotations

import ccxt.async_support as ccxt
import pytest

from engine import errors
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.fake_mexc import FakeMexc
from tests.live.conftest import Venue
from tests.live.helpers import make_broker, order

BTC = "BTC/USDT:USDT"


@pytest.fixture
async def binance(fake_binance: FakeBinance, binance_settings: object) -> object:
    broker = await make_broker(binance_settings)  # type: ignore[arg-type]
    await broker.set_leverage(broker.market(BTC), 5)
    broker.note_price(BTC, 60000)
    yield Venue("binanceusdm", fake_binance, broker, "BTCUSDT")
    await broker.close()


async def _refused(v: Venue, o: object, name: str) -> None:
    n = v.fake.count("/fapi/v1/order", "POST")
    with pytest.raises(errors.InvalidOrder) as info:
        await v.broker.place_order(o)  # type: ignore[arg-type]
    assert name in str(info.value) and "refused before sending" in str(info.value)
    assert v.fake.count("/fapi/v1/order", "POST") == n  # nothing left


async def _exchange_refuses(v: Venue, code: str, *args: object, **params: object) -> None:
    """The same order sent raw through ccxt: the fake answers with Binance's own code."""
    with pytest.raises(ccxt.BaseError) as info:
        await v.broker.exchange.create_order(*args, params)
    assert code in str(info.value)


@pytest.mark.parametrize(
    ("side", "price", "code"), [("buy", "63001", "-4016"), ("sell", "56999", "-4024")]
)
async def test_limit_when_beyond_percent_price_band_then_refused_naming_it(
    binance: Venue, side: str, price: str, code: str
) -> None:
    await _refused(binance, order("limit", side, "0.01", price=price), "PERCENT_PRICE")
    await _exchange_refuses(binance, code, BTC, "limit", side, 0.01, float(price))


async def test_limit_when_inside_percent_price_band_then_sent(binance: Venue) -> None:
    u = await binance.broker.place_order(order("limit", "buy", "0.01", price="62999"))
    assert u.exchange_id is not None


async def test_market_when_above_market_lot_size_then_refused_naming_it(binance: Venue) -> None:
    await binance.broker.set_leverage(binance.broker.market(BTC), 125)
    binance.fake.book.wallet = 10**9  # enough margin: only the filter stands in the way
    await _refused(binance, order("market", "buy", "121"), "MARKET_LOT_SIZE")
    await _exchange_refuses(binance, "-4005", BTC, "market", "buy", 121)


async def test_order_when_below_min_notional_then_refused_naming_it(binance: Venue) -> None:
    await _refused(binance, order("limit", "buy", "0.001", price="59000"), "MIN_NOTIONAL")
    await _exchange_refuses(binance, "-4164", BTC, "limit", "buy", 0.001, 59000)


async def test_reduce_only_when_below_min_notional_then_allowed(binance: Venue) -> None:
    await binance.broker.place_order(order("market", "buy", "0.01"))
    u = await binance.broker.place_order(
        order("limit", "sell", "0.001", price="61000", reduce_only=True)
    )
    assert u.exchange_id is not None


async def test_mexc_when_amount_outside_min_and_max_vol_then_refused_naming_them(
    fake_mexc: FakeMexc, mexc_settings: object
) -> None:
    fake_mexc.book.markets["BTC_USDT"].min_qty = 2  # contracts of 0.0001 BTC
    fake_mexc.book.markets["BTC_USDT"].max_qty = 500
    broker = await make_broker(mexc_settings)  # type: ignore[arg-type]
    try:
        with pytest.raises(errors.InvalidOrder, match="minVol/maxVol: amount 0.0001 is below"):
            await broker.place_order(order("limit", "buy", "0.00015", price="59000"))
        with pytest.raises(errors.InvalidOrder, match="above the maximum 0.05"):
            await broker.place_order(order("limit", "buy", "0.06", price="59000"))
    finally:
        await broker.close()
    assert fake_mexc.count("order/create") == 0
