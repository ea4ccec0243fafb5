"""A seeded random-walk price feed: demos and tests with no exchange reachable.

Where a symbol's walk starts, best first: the first signal for it (its entry, or the middle of
its entry zone: see `anchor`), the newest candle downloaded to DATA_DIR/candles, a built-in
price. So a signal posted today is judged against today's level, not a price from years ago.
"""

from __future__ import annotations

import asyncio
import math
import random
from collections.abc import Awaitable, Callable
from pathlib import Path

from engine.domain.market import BUILTIN_MARKETS, Market

START_PRICES = {
    "BTC": 42000.0,
    "ETH": 2300.0,
    "SOL": 95.0,
    "BNB": 310.0,
    "XRP": 0.62,
    "LTC": 72.0,
    "EOS": 0.8,
    "ADA": 0.55,
    "DOGE": 0.085,
    "LINK": 14.3,
    "OP": 1.92,
    "ARB": 1.1,
    "AVAX": 35.0,
    "DOT": 7.0,
    "MATIC": 0.85,
    "TON": 2.3,
    "SUI": 1.05,
    "TRX": 0.11,
    "1000PEPE": 0.0102,
}


class SimulatedFeed:
    """MarketData from a random walk (a given volatility per step), reproducible from a seed."""

    simulated = True
    provides_markets = True

    def __init__(
        self,
        seed: int = 42,
        markets: dict[str, Market] | None = None,
        start_prices: dict[str, float] | None = None,
        volatility: float = 0.001,
        anchor_to_signals: bool = False,
    ) -> None:
        self._rng = random.Random(seed)
        self._markets = dict(markets or BUILTIN_MARKETS)
        self._vol = volatility
        starts = start_prices or {}
        self.prices: dict[str, float] = {}
        self._anchored: set[str] = set()
        # Off for tests and demos, which want the walk where they put it.
        self._anchor_on = anchor_to_signals
        for sym, m in self._markets.items():
            p = (
                starts.get(sym)
                or starts.get(_compact(sym))
                or starts.get(m.base)
                or START_PRICES.get(m.base)
            )
            if p:
                self.prices[sym] = p

    def anchor(self, symbol: str, price: float) -> float | None:
        """Start a symbol's walk at its first signal's price; the new price, or None when the
        symbol was anchored before (later signals are judged against the walk)."""
        m = self._markets.get(symbol)
        if not self._anchor_on or m is None or symbol in self._anchored or not price > 0:
            return None
        self._anchored.add(symbol)
        tick = float(m.price_step)
        self.prices[symbol] = max(tick, round(round(price / tick) * tick, 12))
        return self.prices[symbol]

    async def load_markets(self) -> dict[str, Market]:
        """The built-in markets."""
        return self._markets

    async def get_price(self, symbol: str) -> float | None:
        """The walk's current price."""
        return self.prices.get(symbol)

    def step(self) -> dict[str, float]:
        """Advance every price one step; returns the new prices."""
        for sym, p in self.prices.items():
            m = self._markets[sym]
            tick = float(m.price_step)
            nxt = p * math.exp(self._rng.gauss(0.0, self._vol))
            self.prices[sym] = max(tick, round(round(nxt / tick) * tick, 12))
        return self.prices

    async def run(
        self,
        on_price: Callable[[str, float], Awaitable[None]],
        interval: float = 1.0,
        steps: int | None = None,
    ) -> None:
        """Push ticks to on_price every interval seconds (forever unless steps is given)."""
        n = 0
        while steps is None or n < steps:
            for sym, price in self.step().items():
                await on_price(sym, price)
            n += 1
            if interval:
                await asyncio.sleep(interval)

    async def close(self) -> None:
        """Nothing to release."""


def _compact(symbol: str) -> str:
    """BTC/USDT:USDT -> BTCUSDT, the name candle files carry."""
    return symbol.split(":", 1)[0].replace("/", "").upper()


def newest_closes(candles_dir: Path) -> dict[str, float]:
    """The last close of every SYMBOL.csv under DATA_DIR/candles (newest timestamp wins)."""
    found: dict[str, tuple[str, float]] = {}
    if not candles_dir.is_dir():
        return {}
    for path in candles_dir.rglob("*.csv"):
        row = _last_row(path)
        if row is None:
            continue
        name = path.stem.upper()
        if name not in found or row[0] > found[name][0]:
            found[name] = row
    return {name: close for name, (_, close) in found.items()}


def _last_row(path: Path) -> tuple[str, float] | None:
    """(timestamp text, close) of a candle CSV's last row; None when unreadable."""
    try:
        with path.open("rb") as fh:
            size = fh.seek(0, 2)
            fh.seek(max(0, size - 4096))
            lines = fh.read().decode("utf-8", "replace").strip().splitlines()
    except OSError:
        return None
    for line in reversed(lines[1:] if len(lines) > 1 else lines):
        cells = line.split(",")
        try:
            close = float(cells[4])
        except (IndexError, ValueError):
            continue
        if math.isfinite(close) and close > 0:
            return cells[0], close
    return None
