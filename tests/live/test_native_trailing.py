"""Binance USD-M native trailing stops (TRAILING_STOP_MARKET), real ccxt against the fake."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import ccxt.async_support as ccxt
import pytest

from engine import errors
from engine.adapters.ccxt_broker import CcxtBroker
from engine.domain.orders import Order, OrderStatus, OrderType
from engine.engine import TradingEngine
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.fixtures import live_settings, start_fake
from tests.fakes.stop_guard import StopGuard
from tests.live.helpers import live_engine, live_signal, make_broker, order

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
    # The exchange's fill: the market beyond the price that triggered it, not that price.
    assert upd.avg_price == fake.book.orders[str(sl.exchange_id)].avg < Decimal("61740")
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


# --- the engine: trailing activates, the exchange's trailing stop goes on, new first -------


@pytest.fixture
async def trailing_engine(tmp_path: Path) -> AsyncIterator[tuple[FakeBinance, TradingEngine]]:
    fake = await start_fake("binanceusdm")
    assert isinstance(fake, FakeBinance)
    eng = live_engine(fake, "binanceusdm", tmp_path, TRAILING_STOP_PCT=0.02)
    await eng.start()
    await fake.wait_streams()
    guard = StopGuard(fake)  # a position is never left without a stop on the exchange
    yield fake, eng
    assert guard.checks > 0 and guard.violations == []
    await eng.aclose()
    await fake.stop()


async def _tick(fake: FakeBinance, eng: TradingEngine, price: str) -> None:
    """The price moves on the exchange and the engine's feed sees it."""
    fake.set_price("BTCUSDT", price)
    await eng.on_price("BTCUSDT", float(price))


def _algo_calls(fake: FakeBinance) -> list[str]:
    """POST <type> / DELETE, in the order the exchange received them."""
    out = []
    for c in fake.calls:
        if c.path.endswith("/algoOrder") and c.method in ("POST", "DELETE"):
            if c.method == "DELETE":
                out.append("DELETE")
            else:
                body = dict(x.split("=", 1) for x in c.body.split("&"))
                out.append(f"POST {body.get('type')}")
    return out


def _stops(fake: FakeBinance) -> list[tuple[str, Decimal, Decimal | None]]:
    return sorted(
        ("trailing" if "trail" in o.extra else "fixed", o.qty, o.trigger)
        for o in fake.book.open_orders("BTCUSDT", stops=True)
    )


async def test_engine_when_trailing_activates_then_native_stop_first_and_fixed_stop_kept_until_passed(
    trailing_engine: tuple[FakeBinance, TradingEngine],
) -> None:
    fake, eng = trailing_engine
    r = await eng.execute(live_signal())  # 60,000, stop 59,000, TPs 61,000 / 62,000
    assert r.ok
    await _tick(fake, eng, "60000")
    posts = algo_posts(fake)
    kinds = [p["type"] for p in posts]
    assert kinds.index("TRAILING_STOP_MARKET") >= 0
    trailing_post = next(p for p in posts if p["type"] == "TRAILING_STOP_MARKET")
    assert trailing_post["callbackRate"] == "2" and trailing_post["reduceOnly"] == "true"
    # 2 % under 60,000 is 58,800: the signal's 59,000 is tighter, so it stays beside it.
    q = fake.book.positions["BTCUSDT"]
    assert _stops(fake) == [("fixed", q, Decimal("59000")), ("trailing", q, Decimal("58800"))]
    await _tick(fake, eng, "60500")  # the trailing level, 59,290, passes the fixed stop
    assert _stops(fake) == [("trailing", q, Decimal("59290"))]
    # The trailing stop went on with the fixed one; the fixed one left only once passed.
    assert _algo_calls(fake) == ["POST TRAILING_STOP_MARKET", "POST STOP_MARKET", "DELETE"]
    t = eng.trades[r.trade_id]
    assert t.extra["trail"]["native"] is True
    assert Decimal(t.extra["trail"]["best"]) == 60500


async def test_engine_when_tp1_fills_under_native_trailing_then_resized_new_first_and_never_back(
    trailing_engine: tuple[FakeBinance, TradingEngine],
) -> None:
    fake, eng = trailing_engine
    r = await eng.execute(live_signal())
    await _tick(fake, eng, "60500")
    await _tick(fake, eng, "61000")  # TP1 fills on the exchange
    await eng.monitor_pass()
    t = eng.trades[r.trade_id]
    half = fake.book.positions["BTCUSDT"]
    assert t.tps_hit == 1 and t.open_qty == half == t.entry_qty / 2
    # Re-sized: a new trailing stop from 61,000 (59,780), and break-even (60,000) kept beside
    # it as the fixed stop, since a fresh trailing stop would otherwise sit lower.
    assert _stops(fake) == [
        ("fixed", half, Decimal("60000")),
        ("trailing", half, Decimal("59780")),
    ]
    calls = _algo_calls(fake)
    second = [i for i, c in enumerate(calls) if c == "POST TRAILING_STOP_MARKET"][1]
    # New first: the old trailing stop is cancelled only after its replacement rests.
    assert sorted(calls[second:]) == ["DELETE", "POST STOP_MARKET", "POST TRAILING_STOP_MARKET"]
    assert calls[second] == "POST TRAILING_STOP_MARKET"
    await _tick(fake, eng, "59990")  # under break-even: the fixed stop fires, nothing is left
    await eng.monitor_pass()
    assert fake.book.positions["BTCUSDT"] == 0
    assert not t.is_active
    assert fake.book.open_orders("BTCUSDT") == []


async def test_engine_when_native_trailing_fills_then_trade_closed_at_the_trailed_level(
    trailing_engine: tuple[FakeBinance, TradingEngine],
) -> None:
    fake, eng = trailing_engine
    r = await eng.execute(live_signal(tp=[70000]))
    for px in ("60500", "61500", "62500", "62000"):
        await _tick(fake, eng, px)
    q = fake.book.positions["BTCUSDT"]
    assert _stops(fake) == [("trailing", q, Decimal("61250"))]
    await _tick(fake, eng, "61200")  # 2 % under the best, 62,500
    await eng.monitor_pass()
    t = eng.trades[r.trade_id]
    (stop,) = [o for o in fake.book.placed("stop") if o.filled]
    assert not t.is_active and t.avg_exit == stop.avg < Decimal("61200")  # the exchange's fill
    assert fake.book.positions["BTCUSDT"] == 0


async def test_engine_when_exchange_refuses_trailing_stop_then_user_told_and_stop_moved_stepwise(
    trailing_engine: tuple[FakeBinance, TradingEngine],
) -> None:
    fake, eng = trailing_engine
    events: list[Any] = []
    eng.subscribe(events.append)
    fake.reject_next("callback_rate", 1, "algoOrder", "POST")
    r = await eng.execute(live_signal(tp=[70000]))
    q = fake.book.positions["BTCUSDT"]
    assert _stops(fake) == [("fixed", q, Decimal("59000"))]  # the signal's stop stays
    assert any("trailing stop could not be placed" in e.text for e in events)
    t = eng.trades[r.trade_id]
    assert t.extra["trail"]["native"] is False and t.extra["trail"]["failed"]
    await _tick(fake, eng, "60600")  # the engine moves the exchange stop itself, new first
    assert _stops(fake) == [("fixed", q, Decimal("59388"))]
    assert [p["type"] for p in algo_posts(fake)].count("TRAILING_STOP_MARKET") == 1


async def test_start_when_trailing_pct_outside_binance_callback_rate_then_refused_naming_limit(
    tmp_path: Path,
) -> None:
    fake = await start_fake("binanceusdm")
    try:
        eng = None
        with pytest.raises(errors.ConfigError, match=r"between 0\.1 % and 10 %") as info:
            eng = live_engine(fake, "binanceusdm", tmp_path, TRAILING_STOP_PCT=0.2)
            await eng.start()
        assert "TRAILING_STOP_PCT" in str(info.value)
        if eng is not None:
            await eng.aclose()
    finally:
        await fake.stop()


async def test_restart_when_native_trailing_rests_then_kept_not_placed_again(
    tmp_path: Path,
) -> None:
    fake = await start_fake("binanceusdm")
    assert isinstance(fake, FakeBinance)
    guard = StopGuard(fake)
    try:
        e1 = live_engine(fake, "binanceusdm", tmp_path, TRAILING_STOP_PCT=0.02)
        await e1.start()
        r = await e1.execute(live_signal(tp=[70000]))
        await _tick(fake, e1, "61000")  # trailing level 59,780 passes the 59,000 stop
        assert _stops(fake) == [("trailing", fake.book.positions["BTCUSDT"], Decimal("59780"))]
        await e1.aclose()
        posts = len(algo_posts(fake))

        e2 = live_engine(fake, "binanceusdm", tmp_path, TRAILING_STOP_PCT=0.02)
        await e2.start()
        t = e2.trades[r.trade_id]
        assert t.extra["trail"]["native"] is True and Decimal(t.extra["trail"]["best"]) == 61000
        await e2.monitor_pass()
        await _tick(fake, e2, "60500")  # the exchange's stop, not a fresh one from 60,500
        assert len(algo_posts(fake)) == posts  # nothing placed again
        (pos,) = e2.positions()
        assert pos["trailing"]["state"] == "active" and pos["trailing"]["stop"] == 59780.0
        await _tick(fake, e2, "59700")
        await e2.monitor_pass()
        assert not t.is_active and fake.book.positions["BTCUSDT"] == 0
        await e2.aclose()
        assert guard.violations == []
    finally:
        await fake.stop()


async def test_engine_when_signal_trailing_outside_binance_limits_then_moved_stepwise(
    trailing_engine: tuple[FakeBinance, TradingEngine],
) -> None:
    fake, eng = trailing_engine
    r = await eng.execute(live_signal(tp=[80000], trailing_stop_pct=0.15))
    await _tick(fake, eng, "71000")  # 15 % under 71,000 is 60,350
    q = fake.book.positions["BTCUSDT"]
    assert _stops(fake) == [("fixed", q, Decimal("60350"))]
    assert "TRAILING_STOP_MARKET" not in [p["type"] for p in algo_posts(fake)]
    (pos,) = eng.positions()
    assert pos["trailing"]["state"] == "active" and pos["trailing"]["stop"] == 60350.0
    assert eng.trades[r.trade_id].sl == Decimal("60350")
