"""The exchange's market list cached in DATA_DIR: a later start asks the exchange nothing."""

from __future__ import annotations

import os
import time
from pathlib import Path

from config.settings import Settings
from engine.adapters.ccxt_market_data import CcxtMarketData
from tests.fakes.fake_mexc import FakeMexc


def _settings(fake: FakeMexc, tmp: Path, **kw: object) -> Settings:
    values: dict[str, object] = {
        "TRADING_MODE": "paper",
        "PAPER_PRICE_SOURCE": "exchange",
        "EXCHANGE": "mexc",
        "EXCHANGE_API_BASE_URL": fake.url,
        "DATA_DIR": tmp / "data",
        "LOG_DIR": tmp / "logs",
    }
    values.update(kw)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


async def _load(settings: Settings) -> dict[str, object]:
    md = CcxtMarketData(settings)
    try:
        return dict(await md.load_markets())
    finally:
        await md.close()


async def test_load_markets_when_started_again_then_markets_come_from_the_cache(
    fake_mexc: FakeMexc, tmp_path: Path
):
    settings = _settings(fake_mexc, tmp_path)
    first = await _load(settings)
    asked = fake_mexc.count("/detail")
    assert asked >= 1 and first
    second = await _load(settings)
    assert fake_mexc.count("/detail") == asked  # nothing asked the second time
    assert second.keys() == first.keys()
    btc = "BTC/USDT:USDT"
    assert second[btc] == first[btc]  # same steps, minimums, contract size


async def test_load_markets_when_cache_older_than_limit_then_exchange_asked_again(
    fake_mexc: FakeMexc, tmp_path: Path
):
    settings = _settings(fake_mexc, tmp_path, MARKETS_CACHE_HOURS=1)
    await _load(settings)
    (cache,) = (tmp_path / "data" / "cache").glob("markets-mexc-*.json")
    old = time.time() - 2 * 3600
    os.utime(cache, (old, old))
    asked = fake_mexc.count("/detail")
    await _load(settings)
    assert fake_mexc.count("/detail") == asked + 1


async def test_load_markets_when_cache_damaged_or_off_then_exchange_asked(
    fake_mexc: FakeMexc, tmp_path: Path
):
    settings = _settings(fake_mexc, tmp_path)
    await _load(settings)
    (cache,) = (tmp_path / "data" / "cache").glob("markets-mexc-*.json")
    cache.write_text("{not json")
    asked = fake_mexc.count("/detail")
    assert await _load(settings)
    assert fake_mexc.count("/detail") == asked + 1
    off = _settings(fake_mexc, tmp_path, MARKETS_CACHE_HOURS=0)
    await _load(off)
    assert fake_mexc.count("/detail") == asked + 2
