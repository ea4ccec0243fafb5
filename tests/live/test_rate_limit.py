"""A 429 says how long to wait (Retry-After); a client that retries sooner is banned (418, from
2 minutes up). The reads' retries wait at least that long, and a wait longer than the policy's
`max_wait` is not waited out in place (engine/adapters/ccxt_retry.py). The wait is remembered:
any later request, an order's create or cancel too, is sent only after it, or not at all.

Through the real ccxt client against the fake Binance USD-M, whose 429 and 418 follow
https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info ("Limits").
The retries' sleep advances the exchange's clock instead of waiting: no real time passes.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import ccxt.async_support as ccxt
import pytest

from engine import errors
from engine.adapters.ccxt_broker import CcxtBroker
from engine.adapters.ccxt_exchange import build_exchange
from engine.adapters.ccxt_market_data import CcxtMarketData
from engine.adapters.ccxt_retry import RetryPolicy
from tests.fakes.fake_binance import FakeBinance
from tests.live.helpers import live_engine, make_broker, order


async def _broker(
    fake: FakeBinance, settings: Any, waits: list[float], attempts: int = 4
) -> CcxtBroker:
    broker = await make_broker(settings)

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        fake.book.advance(seconds)  # the time passes on the exchange

    def now() -> float:
        return fake.book.now_ms() / 1000  # the clock that sleep moves

    broker.retry = RetryPolicy(
        attempts=attempts, rng=random.Random(1), sleep=sleep, now=now, wall=now
    )
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
    # The fake's side of the rule, through a bare ccxt client (no back-off of sigcopy's): an
    # early request earns a ban.
    ex = build_exchange(binance_settings)
    try:
        await ex.load_markets()
        fake_binance.rate_limit_next(1, retry_after=3, path_part="account")
        with pytest.raises(ccxt.DDoSProtection):
            await ex.fetch_balance()
        with pytest.raises(ccxt.DDoSProtection):
            await ex.fetch_balance()  # asked again at once: banned
    finally:
        await ex.close()
    statuses = [c.status for c in fake_binance.calls if "account" in c.path]
    assert statuses[-2:] == [429, 418] and fake_binance.book.faults.bans == 1


def _sent(fake: FakeBinance, part: str, method: str) -> list[Any]:
    return [c for c in fake.calls if part in c.path and c.method == method]


async def test_order_when_a_read_just_got_429_then_sent_only_after_its_retry_after(
    fake_binance: FakeBinance, binance_settings: Any
) -> None:
    waits: list[float] = []
    broker = await _broker(fake_binance, binance_settings, waits, attempts=1)
    # The fake's clock is the wall clock plus what the sleeps advanced it by (whole ms): the
    # window is long enough that the wall clock alone cannot end it, and the order must wait.
    try:
        fake_binance.rate_limit_next(1, retry_after=20, path_part="account")
        with pytest.raises(errors.NetworkTrouble):
            await broker.fetch_balance()  # one attempt: the 429 is the last answer
        end = fake_binance.book.faults.backoff_until_ms
        await broker.place_order(order("market"))
    finally:
        await broker.close()
    creates = _sent(fake_binance, "/order", "POST")
    assert len(creates) == 1 and creates[0].status == 200  # sent once, not banned
    assert creates[0].book_ms >= end  # not before the exchange's back-off ended
    assert fake_binance.book.faults.bans == 0 and waits  # it waited, and was not banned


async def test_order_when_the_wait_returns_early_then_still_sent_only_after_the_window(
    fake_binance: FakeBinance, binance_settings: Any
) -> None:
    # The race that made the test above flaky, made certain: every sleep returns 5 ms short of
    # what was asked (an event-loop timer may fire early; a clock may count whole ms). The
    # window's end is measured again after each sleep, so the order still waits it out.
    waits: list[float] = []
    broker = await _broker(fake_binance, binance_settings, waits, attempts=1)

    async def short_sleep(seconds: float) -> None:
        waits.append(seconds)
        fake_binance.book.advance(max(0.0, seconds - 0.005))

    broker.retry.sleep = short_sleep
    try:
        fake_binance.rate_limit_next(1, retry_after=20, path_part="account")
        with pytest.raises(errors.NetworkTrouble):
            await broker.fetch_balance()
        end = fake_binance.book.faults.backoff_until_ms
        await broker.place_order(order("market"))
    finally:
        await broker.close()
    creates = _sent(fake_binance, "/order", "POST")
    assert len(creates) == 1 and creates[0].status == 200 and creates[0].book_ms >= end
    assert fake_binance.book.faults.bans == 0 and waits


async def test_cancel_when_a_read_just_got_429_then_sent_only_after_its_retry_after(
    fake_binance: FakeBinance, binance_settings: Any
) -> None:
    waits: list[float] = []
    broker = await _broker(fake_binance, binance_settings, waits, attempts=1)
    try:
        resting = order("limit", price="50000")
        placed = await broker.place_order(resting)
        resting.exchange_id = placed.exchange_id
        fake_binance.rate_limit_next(1, retry_after=2, path_part="account")
        with pytest.raises(errors.NetworkTrouble):
            await broker.fetch_balance()
        end = fake_binance.book.faults.backoff_until_ms
        await broker.cancel_order(resting)
    finally:
        await broker.close()
    cancels = _sent(fake_binance, "/order", "DELETE")
    assert len(cancels) == 1 and cancels[0].status == 200 and cancels[0].book_ms >= end
    assert fake_binance.book.faults.bans == 0


async def test_order_when_back_off_longer_than_max_wait_then_fails_fast_unsent(
    fake_binance: FakeBinance, binance_settings: Any
) -> None:
    waits: list[float] = []
    broker = await _broker(fake_binance, binance_settings, waits, attempts=1)
    try:
        fake_binance.rate_limit_next(1, retry_after=90, path_part="account")
        with pytest.raises(errors.NetworkTrouble):
            await broker.fetch_balance()
        with pytest.raises(errors.NetworkTrouble, match="wait"):
            await broker.place_order(order("market"))
    finally:
        await broker.close()
    assert _sent(fake_binance, "/order", "POST") == [] and waits == []
    assert fake_binance.book.faults.bans == 0


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


async def _engine_on_fake_clock(fake: FakeBinance, tmp: Path, waits: list[float]) -> Any:
    """A live engine built as the app builds it (engine/factory.py): its broker and price
    feed, one back-off clock, the fake's."""
    # (No order stream: its start-up reads run beside the test's, and a read already on its way
    # when the 429 is answered is banned by the fake, stricter than Binance there.)
    eng = live_engine(fake, "binanceusdm", tmp, live={"WATCH_ORDERS": False})

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        fake.book.advance(seconds)

    def now() -> float:
        return fake.book.now_ms() / 1000

    for part in (eng.broker, eng.market_data):
        part.retry = RetryPolicy(attempts=1, rng=random.Random(1), sleep=sleep, now=now, wall=now)
    await eng.start()
    return eng


async def test_broker_when_the_price_feed_got_a_long_429_then_its_order_held_back_unsent(
    fake_binance: FakeBinance, tmp_path: Path
) -> None:
    # Binance counts its limits per IP, not per key: the price feed's 429 is the broker's too.
    waits: list[float] = []
    eng = await _engine_on_fake_clock(fake_binance, tmp_path, waits)
    try:
        fake_binance.rate_limit_next(1, retry_after=90, path_part="ticker")
        with pytest.raises(errors.NetworkTrouble):
            await eng.market_data.get_price("BTC/USDT:USDT")
        with pytest.raises(errors.RateLimited, match="nothing was sent"):
            await eng.broker.place_order(order("market"))
    finally:
        await eng.aclose()
    assert _sent(fake_binance, "/order", "POST") == [] and waits == []
    assert fake_binance.book.faults.bans == 0


async def test_price_feed_when_the_broker_got_a_429_then_its_read_waits_the_window_out(
    fake_binance: FakeBinance, tmp_path: Path
) -> None:
    waits: list[float] = []
    eng = await _engine_on_fake_clock(fake_binance, tmp_path, waits)
    try:
        fake_binance.rate_limit_next(1, retry_after=20, path_part="account")
        with pytest.raises(errors.NetworkTrouble):
            await eng.broker.fetch_balance()
        end = fake_binance.book.faults.backoff_until_ms
        sent = len(fake_binance.calls)
        price = await eng.market_data.get_price("BTC/USDT:USDT")
    finally:
        await eng.aclose()
    tickers = [c for c in fake_binance.calls[sent:] if "ticker" in c.path]
    assert price == 60000.0 and len(tickers) == 1 and tickers[0].status == 200
    assert tickers[0].book_ms >= end and waits and fake_binance.book.faults.bans == 0
