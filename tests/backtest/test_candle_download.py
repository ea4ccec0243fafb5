"""Candle download: pages until the end, appends as it goes, resumes after the last row.

The exchange here is a small in-process fake with fetch_ohlcv's contract (no network); the real
ccxt client against a loopback server is not covered yet.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from config import load_settings
from engine.adapters.ccxt_candles import CcxtCandles, cache_path
from engine.backtest.candles import load_csv

MIN = 60_000
T0 = 1_700_000_000_000 - 1_700_000_000_000 % MIN


class FakeExchange:
    """fetch_ohlcv over 2,500 one-minute candles, at most `limit` a page."""

    id = "fakex"

    def __init__(self) -> None:
        self.rows = [
            [T0 + i * MIN, 100.0 + i, 101.0 + i, 99.0 + i, 100.5 + i, 1.0] for i in range(2500)
        ]
        self.calls = 0

    def parse_timeframe(self, tf: str) -> int:
        return 60

    def milliseconds(self) -> int:
        return T0 + 2500 * MIN

    async def load_markets(self) -> dict[str, Any]:
        return {}

    async def fetch_ohlcv(self, symbol: str, tf: str, since: int, limit: int) -> list[list[Any]]:
        self.calls += 1
        return [r for r in self.rows if r[0] >= since][:limit]

    async def close(self) -> None:
        pass


def test_download_when_run_twice_then_pages_then_resumes_without_duplicates(
    tmp_path: Path,
) -> None:
    settings = load_settings(DATA_DIR=tmp_path)
    ex = FakeExchange()
    client = CcxtCandles(settings, exchange=ex)
    path = cache_path(tmp_path, client.exchange_id, "1m", "BTC/USDT:USDT")
    assert path == tmp_path / "candles" / "fakex-1m" / "BTCUSDT.csv"
    n1 = asyncio.run(client.download("BTC/USDT", "1m", T0, path, until_ms=T0 + 1200 * MIN))
    assert n1 == 1200 and ex.calls == 2
    n2 = asyncio.run(client.download("BTC/USDT", "1m", T0, path))
    assert n2 == 1300
    c = load_csv(path)
    assert len(c) == 2500 and c.ts[0] == T0 / 1000 and c.close[-1] == 100.5 + 2499
