"""The fault matrix at the broker: each fault injected by the fake exchange, real ccxt client."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import ccxt.async_support as ccxt
import pytest

from engine import errors
from engine.adapters.ccxt_retry import retry_read
from engine.domain.orders import OrderStatus
from tests.live.conftest import Venue, create_path
from tests.live.helpers import fast_retry, order, time_out_next_creation

BTC = "BTC/USDT:USDT"


async def _long(v: Venue, amount: str = "0.01") -> None:
    await v.broker.set_leverage(v.broker.market(BTC), 5)
    assert (await v.broker.place_order(order("market", "buy", amount))).status == OrderStatus.FILLED


def _orders_with(v: Venue, client_id: str) -> int:
    return sum(1 for o in v.fake.book.orders.values() if o.client_id == client_id)


async def test_place_limit_when_timeout_after_accept_then_found_and_exactly_one_order(
    venue: Venue,
) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    time_out_next_creation(venue.fake, venue.broker)
    o = order("limit", "buy", "0.01", price="59000")
    u = await venue.broker.place_order(o)
    assert u.status == OrderStatus.OPEN and u.exchange_id is not None
    assert venue.fake.count(create_path(venue), "POST") == 1
    assert _orders_with(venue, venue.broker.client_id(o)) == 1


async def test_place_market_when_timeout_after_accept_then_fill_found_without_resending(
    venue: Venue,
) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    time_out_next_creation(venue.fake, venue.broker)
    u = await venue.broker.place_order(order("market", "buy", "0.01"))
    assert u.status == OrderStatus.FILLED and u.filled == Decimal("0.01")
    assert venue.fake.count(create_path(venue), "POST") == 1
    assert venue.fake.book.positions[venue.btc] != 0


async def test_place_stop_when_timeout_after_accept_then_found_and_exactly_one_stop(
    venue: Venue,
) -> None:
    await _long(venue)
    time_out_next_creation(venue.fake, venue.broker)
    sl = order("stop", "sell", "0.01", trigger="59000", reduce_only=True)
    u = await venue.broker.place_order(sl)
    assert u.status == OrderStatus.OPEN
    assert venue.fake.count(create_path(venue, stop=True), "POST") == 1
    assert len(venue.fake.book.open_orders(stops=True)) == 1


async def test_place_order_when_create_answers_429_then_not_retried(venue: Venue) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    venue.fake.fail_next(1, 429, path_part=create_path(venue))
    with pytest.raises(errors.NetworkTrouble):
        await venue.broker.place_order(order("limit", "buy", "0.01", price="59000"))
    assert venue.fake.count(create_path(venue), "POST") == 1
    assert venue.fake.book.orders == {}


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
async def test_read_when_error_storm_shorter_than_attempts_then_retried_and_succeeds(
    venue: Venue, status: int
) -> None:
    path = "assets" if venue.name == "mexc" else "account"
    venue.fake.fail_next(3, status, path_part=path)
    bal = await venue.broker.fetch_balance()
    assert bal is not None and bal.equity == Decimal(10000)
    assert venue.fake.count(path) == 4


async def test_read_when_error_storm_outlasts_attempts_then_network_trouble_after_exact_count(
    venue: Venue,
) -> None:
    path = "assets" if venue.name == "mexc" else "account"
    venue.fake.fail_next(10, 429, path_part=path)
    with pytest.raises(errors.NetworkTrouble) as info:
        await venue.broker.fetch_balance()
    assert venue.fake.count(path) == venue.broker.retry.attempts == 4
    assert "rate limit" in info.value.hint.lower() or "network" in info.value.hint.lower()


async def test_place_order_when_exchange_in_maintenance_then_unavailable_and_nothing_created(
    venue: Venue,
) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    venue.fake.set_maintenance(True)
    with pytest.raises(errors.NetworkTrouble) as info:
        await venue.broker.place_order(order("limit", "buy", "0.01", price="59000"))
    venue.fake.set_maintenance(False)
    assert isinstance(info.value, errors.ExchangeUnavailable)
    assert venue.fake.book.orders == {}


async def test_place_order_when_balance_insufficient_then_insufficient_funds_with_hint(
    venue: Venue,
) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 2)
    with pytest.raises(errors.InsufficientFunds) as info:
        await venue.broker.place_order(order("market", "buy", "1"))
    assert "MAX_POSITION_SIZE_PCT" in info.value.hint
    assert venue.fake.book.positions.get(venue.btc, 0) == 0


async def test_place_order_when_exchange_tick_changed_then_invalid_order(venue: Venue) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    venue.fake.book.markets[venue.btc].price_step = Decimal(1)  # the exchange moved its tick
    with pytest.raises(errors.InvalidOrder):
        await venue.broker.place_order(order("limit", "buy", "0.01", price="59000.5"))


async def test_place_order_when_exchange_delisted_symbol_then_bad_symbol(venue: Venue) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    del venue.fake.book.markets[venue.btc]
    with pytest.raises(errors.BadSymbol):
        await venue.broker.place_order(order("limit", "buy", "0.01", price="59000"))


async def test_place_market_when_partially_filled_then_partial_fill_reported(venue: Venue) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    venue.fake.partial_fill(0.5)
    u = await venue.broker.place_order(order("market", "buy", "0.01"))
    assert u.filled == Decimal("0.005")
    assert u.status == OrderStatus.CANCELED  # the rest of a market order never rests


async def test_poll_when_position_closed_by_hand_then_stop_expired_and_no_position(
    venue: Venue,
) -> None:
    await _long(venue)
    sl = order("stop", "sell", "0.01", trigger="59000", reduce_only=True)
    u = await venue.broker.place_order(sl)
    sl.exchange_id, sl.status = u.exchange_id, u.status
    venue.fake.book.close_position_by_hand(venue.btc)
    assert await venue.broker.fetch_positions() == []
    (upd,) = await venue.broker.poll([sl])
    assert upd.status in (OrderStatus.EXPIRED, OrderStatus.CANCELED) and upd.filled == 0


async def test_place_stop_when_exchange_rejects_it_then_invalid_order(venue: Venue) -> None:
    await _long(venue)
    venue.fake.reject_stops(1)
    with pytest.raises(errors.BrokerError):
        await venue.broker.place_order(
            order("stop", "sell", "0.01", trigger="59000", reduce_only=True)
        )
    assert venue.fake.book.open_orders(stops=True) == []


async def test_fetch_balance_when_secret_wrong_then_authentication_error_without_secret(
    venue: Venue,
) -> None:
    venue.broker.exchange.secret = "wrong-secret-value-123456"
    with pytest.raises(errors.AuthenticationError) as info:
        await venue.broker.fetch_balance()
    text = info.value.user_message()
    assert "wrong-secret-value" not in text and venue.fake.secret not in text
    assert "API_KEY" in text and "API_SECRET" in text
    assert venue.fake.bad_signatures >= 1


async def test_read_when_garbage_answer_then_retried_or_mapped(venue: Venue) -> None:
    venue.fake.garbage_next(1)
    try:
        await venue.broker.fetch_balance()
    except errors.BrokerError:
        pass  # mapped to our own error, never a raw ccxt/json exception


async def test_retry_read_when_always_failing_then_exact_attempts_and_growing_delays() -> None:
    calls = 0
    waits: list[float] = []
    policy = fast_retry(attempts=5)

    async def sleep(s: float) -> None:
        waits.append(s)

    policy.sleep = sleep

    async def boom() -> None:
        nonlocal calls
        calls += 1
        raise ccxt.RequestTimeout("slow")

    with pytest.raises(ccxt.RequestTimeout):
        await retry_read(boom, policy)
    assert calls == 5 and len(waits) == 4
    assert all(
        policy.base_delay * 2**i / 2 <= w <= policy.base_delay * 2**i for i, w in enumerate(waits)
    )


async def test_retry_read_when_not_network_error_then_not_retried() -> None:
    calls = 0

    async def bad() -> None:
        nonlocal calls
        calls += 1
        raise ccxt.InsufficientFunds("no")

    with pytest.raises(ccxt.InsufficientFunds):
        await retry_read(bad, fast_retry())
    assert calls == 1


async def test_concurrent_creates_when_one_times_out_then_others_unaffected(venue: Venue) -> None:
    await _long(venue)
    time_out_next_creation(venue.fake, venue.broker)
    tps = [order("limit", "sell", "0.005", price=p, reduce_only=True) for p in ("61000", "62000")]
    results = await asyncio.gather(*(venue.broker.place_order(o) for o in tps))
    assert all(r.status == OrderStatus.OPEN for r in results)
    assert len(venue.fake.book.open_orders(stops=False)) == 2
