"""The candle download and the market load under the exchange's rate limit and outages: a 429's
Retry-After is waited out before the next request, 5xx answers are retried with backoff, a
bounded number of times, and when they give up the message says how often they tried, why, and
what was kept (engine/adapters/ccxt_candles.py, ccxt_exchange.load_markets_once).

Through the real ccxt client against the fake Binance USD-M: its 429/418 follow
https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info ("Limits"),
its klines https://developers.binance.com/docs/derivatives/usds-margined-futures/market-data/
rest-api/Kline-Candlestick-Data. The back-off sleeps move the fake's clock (no real waiting).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from engine import errors
from engine.adapters.ccxt_broker import CcxtBroker
from engine.adapters.ccxt_candles import CcxtCandles, cache_path
from engine.adapters.ccxt_retry import RetryPolicy
from engine.backtest.candles import load_csv
from tests.fakes.fake_binance import FakeBinance

MIN = 60_000
T0 = 1_700_000_000_000 - 1_700_000_000_000 % MIN
BARS = 2500


def _policy(fake: FakeBinance, waits: list[float]) -> RetryPolicy:
    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        fake.book.advance(seconds)

    def now() -> float:
        return fake.book.now_ms() / 1000

    return RetryPolicy(attempts=4, rng=random.Random(1), sleep=sleep, now=now, wall=now)


def _candles(fake: FakeBinance, settings: Any, waits: list[float]) -> CcxtCandles:
    rows = [[T0 + i * MIN, 100 + i, 101 + i, 99 + i, 100.5 + i, 1] for i in range(BARS)]
    fake.candles.set_bars("BTCUSDT", rows)
    return CcxtCandles(settings, retry=_policy(fake, waits))


def _calls(fake: FakeBinance, part: str) -> list[Any]:
    return [c for c in fake.calls if part in c.path]


async def _download(client: CcxtCandles, tmp: Path) -> tuple[int, Path]:
    path = cache_path(tmp, client.exchange_id, "1m", "BTC/USDT:USDT")
    try:
        n = await client.download(
            "BTC/USDT:USDT", "1m", T0, path, until_ms=T0 + BARS * MIN, limit=1000
        )
    finally:
        await client.close()
    return n, path


async def test_candles_when_429_asks_to_wait_then_next_page_sent_only_after_it(
    fake_binance: FakeBinance, binance_settings: Any, tmp_path: Path
) -> None:
    waits: list[float] = []
    client = _candles(fake_binance, binance_settings, waits)
    fake_binance.rate_limit_next(1, retry_after=5, path_part="klines")
    n, path = await _download(client, tmp_path)
    pages = _calls(fake_binance, "klines")
    assert n == BARS and len(load_csv(path)) == BARS
    assert [c.status for c in pages] == [429, 200, 200, 200]
    end = pages[0].book_ms + 5000
    assert pages[1].book_ms >= end and waits and max(waits) >= 5
    assert fake_binance.book.faults.bans == 0


async def test_candles_when_unavailable_every_time_then_gives_up_after_its_attempts_saying_what_was_kept(
    fake_binance: FakeBinance, binance_settings: Any, tmp_path: Path
) -> None:
    waits: list[float] = []
    client = _candles(fake_binance, binance_settings, waits)

    def after_first_page(call: Any, stage: str) -> None:
        if stage == "processed" and "klines" in call.path and call.status == 200:
            fake_binance.hooks.remove(after_first_page)
            fake_binance.fail_next(10, status=503, path_part="klines")

    fake_binance.hooks.append(after_first_page)
    with pytest.raises(errors.ExchangeUnavailable) as caught:
        await _download(client, tmp_path)
    msg = caught.value.user_message()
    assert "candle download gave up after 4 attempts" in msg and "unavailable" in msg
    assert "1000 new candles were saved" in msg and "resumes" in msg
    assert [c.status for c in _calls(fake_binance, "klines")] == [200] + [503] * 4
    path = cache_path(tmp_path, "binanceusdm", "1m", "BTC/USDT:USDT")
    assert len(load_csv(path)) == 1000 and len(waits) == 3  # kept; backed off between tries


async def test_candles_when_429_asks_longer_than_max_wait_then_stops_unsent_saying_how_long(
    fake_binance: FakeBinance, binance_settings: Any, tmp_path: Path
) -> None:
    waits: list[float] = []
    client = _candles(fake_binance, binance_settings, waits)
    fake_binance.rate_limit_next(1, retry_after=300, path_part="klines")
    with pytest.raises(errors.RateLimited) as caught:
        await _download(client, tmp_path)
    msg = caught.value.user_message()
    assert "asks to wait 300s" in msg and "0 new candles were saved" in msg
    assert [c.status for c in _calls(fake_binance, "klines")] == [429]  # nothing sent after
    assert fake_binance.book.faults.bans == 0 and waits == []


async def test_market_load_when_429_asks_to_wait_then_loaded_only_after_it(
    fake_binance: FakeBinance, binance_settings: Any
) -> None:
    waits: list[float] = []
    broker = CcxtBroker(binance_settings, retry=_policy(fake_binance, waits))
    fake_binance.rate_limit_next(1, retry_after=5, path_part="exchangeInfo")
    try:
        markets = await broker.load_markets()
    finally:
        await broker.close()
    assert "BTC/USDT:USDT" in markets
    loads = _calls(fake_binance, "exchangeInfo")
    assert [c.status for c in loads] == [429, 200]
    assert loads[1].book_ms >= loads[0].book_ms + 5000 and fake_binance.book.faults.bans == 0


async def test_market_load_when_unavailable_every_time_then_gives_up_after_its_attempts(
    fake_binance: FakeBinance, binance_settings: Any
) -> None:
    waits: list[float] = []
    broker = CcxtBroker(binance_settings, retry=_policy(fake_binance, waits))
    fake_binance.fail_next(10, status=503, path_part="exchangeInfo")
    try:
        with pytest.raises(errors.ExchangeUnavailable) as caught:
            await broker.load_markets()
    finally:
        await broker.close()
    msg = caught.value.user_message()
    assert "load markets gave up after 4 attempts" in msg and "Try again later" in msg
    assert [c.status for c in _calls(fake_binance, "exchangeInfo")] == [503] * 4
    assert len(waits) == 3
