"""A seeded random-walk price feed: demos and tests with no exchange reachable."""

from __future__ import annotations

import asyncio
import math
import random
from collections.abc import Awaitable, Callable

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
    ) -> None:
        self._rng = random.Random(seed)
        self._markets = dict(markets or BUILTIN_MARKETS)
        self._vol = volatility
        starts = start_prices or {}
        self.prices: dict[str, float] = {}
        for sym, m in self._markets.items():
            p = starts.get(sym) or starts.get(m.base) or START_PRICES.get(m.base)
            if p:
                self.prices[sym] = p

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
