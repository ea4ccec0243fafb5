"""Binance USD-M native trailing stops (TRAILING_STOP_MARKET), real ccxt against the fake."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import ccxt.async_support as ccxt
import pytest

from engine import errors
from engine.adapters.ccxt_broker import CcxtBroker
from engine.domain.orders import Order, OrderStatus, OrderType
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.fixtures import live_settings, start_fake
from tests.live.helpers import make_broker, order

BTC = "BTC/USDT:USDT"


@pytest.fixture
async def binance(tmp_path: Path) -> AsyncIterator[tuple[FakeBinance, CcxtBroker]]:
    fake = await start_fake("binanceusdm")
    assert isinstance(fake, FakeBinance)
    broker = await make_broker(live_settings(fake, "binanceusdm", tmp_path))
    await broker.set_leverage(broker.market(BTC), 5)
    yield fake, broker
    await broker.close()
    await fake.stop()


def trailing(side: str, amount: str, rate: str, activation: str | None = None) -> Order:
    o = order("stop", side, amount, reduce_only=True)
    o.type = OrderType.TRAILING
    o.trail_rate = Decimal(rate)
    o.trigger_price = Decimal(activation) if activation else None
    return o


def algo_posts(fake: FakeBinance) -> list[dict[str, str]]:
    return [
        dict(x.split("=", 1) for x in c.body.split("&"))
        for c in fake.calls
        if c.method == "POST" and c.path.endswith("/algoOrder")
    ]


async def _long(broker: CcxtBroker) -> None:
    u = await broker.place_order(order("market", "buy", "0.01"))
    assert u.status == OrderStatus.FILLED


async def test_place_trailing_when_long_then_algo_order_with_callback_rate_and_reduce_only(
    binance: tuple[FakeBinance, CcxtBroker],
) -> None:
    fake, broker = binance
    await _long(broker)
    sl = trailing("sell", "0.01", "0.02")
    u = await broker.place_order(sl)
    assert u.status == OrderStatus.OPEN
    (body,) = algo_posts(fake)
    assert body["type"] == "TRAILING_STOP_MARKET" and body["callbackRate"] == "2"
    assert body["reduceOnly"] == "true" and body["algoType"] == "CONDITIONAL"
    (rest,) = fake.book.open_orders(stops=True)
    assert rest.trigger == Decimal("58800")  # active at once: 2 % under the price at placement


async def test_trailing_when_price_rises_then_falls_back_then_fills_at_best_minus_rate(
    binance: tuple[FakeBinance, CcxtBroker],
) -> None:
    fake, broker = binance
    await _long(broker)
    sl = trailing("sell", "0.01", "0.02")
    u = await broker.place_order(sl)
    sl.exchange_id, sl.status = u.exchange_id, u.status
    fake.set_price("BTCUSDT", "63000")
    fake.set_price("BTCUSDT", "62000")  # 1.6 % off the best: holds
    assert await broker.poll([sl]) == []
    fake.set_price("BTCUSDT", "61740")  # 2 % under the best, 63000
    (upd,) = await broker.poll([sl])
    assert upd.status == OrderStatus.FILLED and upd.filled == Decimal("0.01")
    assert upd.avg_price == Decimal("61740")
    assert fake.book.positions["BTCUSDT"] == 0


async def test_trailing_when_activation_price_set_then_trails_only_from_there(
    binance: tuple[FakeBinance, CcxtBroker],
) -> None:
    fake, broker = binance
    await _long(broker)
    sl = trailing("sell", "0.01", "0.01", activation="61000")
    u = await broker.place_order(sl)
    sl.exchange_id, sl.status = u.exchange_id, u.status
    (body,) = algo_posts(fake)
    assert body["activatePrice"] == "61000"
    fake.set_price("BTCUSDT", "59000")  # a 1.7 % drop before activation: nothing fires
    assert await broker.poll([sl]) == []
    fake.set_price("BTCUSDT", "61500")
    fake.set_price("BTCUSDT", "60885")  # 1 % under 61500
    (upd,) = await broker.poll([sl])
    assert upd.status == OrderStatus.FILLED


@pytest.mark.parametrize("rate", ["0.05", "12"])
async def test_exchange_when_callback_rate_out_of_range_then_refused_with_2007(
    binance: tuple[FakeBinance, CcxtBroker], rate: str
) -> None:
    fake, broker = binance
    await _long(broker)
    with pytest.raises(ccxt.BaseError, match="-2007"):
        await broker.exchange.create_order(
            BTC, "market", "sell", 0.01, None, {"trailingPercent": rate, "reduceOnly": True}
        )
    assert fake.book.open_orders(stops=True) == []


async def test_exchange_when_sell_activation_below_price_then_would_immediately_trigger(
    binance: tuple[FakeBinance, CcxtBroker],
) -> None:
    fake, broker = binance
    await _long(broker)
    with pytest.raises(errors.BrokerError, match="immediately trigger"):
        await broker.place_order(trailing("sell", "0.01", "0.02", activation="59000"))
    assert fake.book.open_orders(stops=True) == []


async def test_exchange_when_trailing_without_position_then_reduce_only_refused(
    binance: tuple[FakeBinance, CcxtBroker],
) -> None:
    fake, broker = binance
    with pytest.raises(errors.BrokerError):
        await broker.place_order(trailing("sell", "0.01", "0.02"))
    assert fake.book.open_orders(stops=True) == []


async def test_place_trailing_when_rate_outside_binance_limits_then_refused_before_sending(
    binance: tuple[FakeBinance, CcxtBroker],
) -> None:
    fake, broker = binance
    await _long(broker)
    with pytest.raises(errors.InvalidOrder, match=r"between 0\.1 % and 10 %"):
        await broker.place_order(trailing("sell", "0.01", "0.15"))
    assert algo_posts(fake) == []


async def test_cancel_trailing_when_resting_then_cancelled_on_the_algo_endpoint(
    binance: tuple[FakeBinance, CcxtBroker],
) -> None:
    fake, broker = binance
    await _long(broker)
    sl = trailing("sell", "0.01", "0.02")
    u = await broker.place_order(sl)
    sl.exchange_id, sl.status = u.exchange_id, u.status
    gone = await broker.cancel_order(sl)
    assert gone.status == OrderStatus.CANCELED
    assert fake.book.open_orders(stops=True) == []
