"""A 429 says how long to wait (Retry-After); a client that retries sooner is banned (418, from
2 minutes up). The reads' retries wait at least that long, and a wait longer than the policy's
`max_wait` is not waited out in place (engine/adapters/ccxt_retry.py).

Through the real ccxt client against the fake Binance USD-M, whose 429 and 418 follow
https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info ("Limits").
The retries' sleep advances the exchange's clock instead of waiting: no real time passes.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

import ccxt.async_support as ccxt
import pytest

from engine import errors
from engine.adapters.ccxt_broker import CcxtBroker
from engine.adapters.ccxt_market_data import CcxtMarketData
from engine.adapters.ccxt_retry import RetryPolicy
from tests.fakes.fake_binance import FakeBinance
from tests.live.helpers import make_broker


async def _broker(fake: FakeBinance, settings: Any, waits: list[float]) -> CcxtBroker:
    broker = await make_broker(settings)

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        fake.book.advance(seconds)  # the time passes on the exchange

    broker.retry = RetryPolicy(attempts=4, rng=random.Random(1), sleep=sleep)
    return broker


async def test_read_when_429_asks_to_wait_then_retried_only_after_that_wait(
    fake_binance: FakeBinance, binance_settings: Any
) -> None:
    waits: list[float] = []
    broker = await _broker(fake_binance, binance_settings, waits)
    try:
        fake_binance.rate_limit_next(1, retry_after=3, path_part="account")
        bal = await broker.fetch_balance()
    finally:
        await broker.close()
    assert bal is not None and bal.equity == Decimal(10000)
    assert waits and waits[0] >= 3  # the backoff alone would be 0.125-0.25 s
    assert fake_binance.book.faults.bans == 0  # no 418: it backed off as asked
    assert [c.status for c in fake_binance.calls if "account" in c.path][-2:] == [429, 200]


async def test_read_when_429_asks_longer_than_max_wait_then_not_retried_in_place(
    fake_binance: FakeBinance, binance_settings: Any
) -> None:
    waits: list[float] = []
    broker = await _broker(fake_binance, binance_settings, waits)
    sent = fake_binance.count("account")
    try:
        fake_binance.rate_limit_next(1, retry_after=90, path_part="account")
        with pytest.raises(errors.NetworkTrouble):
            await broker.fetch_balance()
    finally:
        await broker.close()
    assert waits == [] and fake_binance.count("account") == sent + 1  # nothing sent again
    assert fake_binance.book.faults.bans == 0


async def test_fake_when_client_retries_before_retry_after_then_banned_with_418(
    fake_binance: FakeBinance, binance_settings: Any
) -> None:
    # The fake's side of the rule, through ccxt: no back-off (the policy of old) earns a ban.
    broker = await make_broker(binance_settings)
    try:
        fake_binance.rate_limit_next(1, retry_after=3, path_part="account")
        with pytest.raises(ccxt.DDoSProtection):
            await broker.exchange.fetch_balance()  # ccxt alone: no retry
        with pytest.raises(errors.NetworkTrouble):
            await broker.fetch_balance()  # asked again at once: banned; 120 s is not waited
    finally:
        await broker.close()
    statuses = [c.status for c in fake_binance.calls if "account" in c.path]
    assert statuses[-2:] == [429, 418] and fake_binance.book.faults.bans == 1


async def test_price_feed_when_ticker_answers_429_then_waits_as_asked_before_asking_again(
    fake_binance: FakeBinance, binance_settings: Any
) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        fake_binance.book.advance(seconds)

    feed = CcxtMarketData(
        binance_settings, retry=RetryPolicy(attempts=4, rng=random.Random(1), sleep=sleep)
    )
    try:
        await feed.load_markets()
        fake_binance.rate_limit_next(1, retry_after=2, path_part="ticker")
        price = await feed.get_price("BTC/USDT:USDT")
    finally:
        await feed.close()
    assert price == 60000.0
    assert waits and waits[0] >= 2 and fake_binance.book.faults.bans == 0
