"""Pytest fixtures: fake exchanges on loopback and Settings pointing the real ccxt client at them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from config.settings import Settings
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.fake_mexc import FakeMexc
from tests.fakes.server import FakeExchangeServer


def live_settings(fake: FakeExchangeServer, exchange: str, tmp: Path, **kw: Any) -> Settings:
    """Settings for live trading against a fake exchange (no .env file is read)."""
    values: dict[str, Any] = {
        "TRADING_MODE": "live",
        "EXCHANGE": exchange,
        "MARKET_TYPE": "swap",
        "EXCHANGE_API_KEY": fake.api_key,
        "EXCHANGE_API_SECRET": fake.secret,
        "EXCHANGE_API_BASE_URL": fake.url,
        "DATA_DIR": tmp / "data",
        "LOG_DIR": tmp / "logs",
    }
    values.update(kw)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


DEFAULT_PRICES = {
    "mexc": {"BTC_USDT": "60000", "ETH_USDT": "3000", "SOL_USDT": "150", "BTCUSDT": "60000"},
    "binanceusdm": {"BTCUSDT": "60000", "ETHUSDT": "3000", "1000PEPEUSDT": "0.0102"},
}
BTC_ID = {"mexc": "BTC_USDT", "binanceusdm": "BTCUSDT"}


async def start_fake(exchange: str) -> FakeExchangeServer:
    """Start a fake exchange ("mexc" or "binanceusdm") on loopback with default prices."""
    fake: FakeExchangeServer = FakeMexc() if exchange == "mexc" else FakeBinance()
    await fake.start()
    for sym, px in DEFAULT_PRICES[exchange].items():
        fake.set_price(sym, px)
    return fake


@pytest.fixture
async def fake_mexc() -> AsyncIterator[FakeMexc]:
    fake = await start_fake("mexc")
    assert isinstance(fake, FakeMexc)
    yield fake
    await fake.stop()


@pytest.fixture
async def fake_binance() -> AsyncIterator[FakeBinance]:
    fake = await start_fake("binanceusdm")
    assert isinstance(fake, FakeBinance)
    yield fake
    await fake.stop()


@pytest.fixture
def mexc_settings(fake_mexc: FakeMexc, tmp_path: Path) -> Settings:
    return live_settings(fake_mexc, "mexc", tmp_path)


@pytest.fixture
def binance_settings(fake_binance: FakeBinance, tmp_path: Path) -> Settings:
    return live_settings(fake_binance, "binanceusdm", tmp_path)
