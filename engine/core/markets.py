"""Markets: the catalog of tradable markets and where prices come from; shared by every book."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from engine.domain.market import BUILTIN_MARKETS, Market, MarketCatalog
from engine.errors import SigcopyError
from engine.ports import Broker, MarketData

log = logging.getLogger("sigcopy.engine")


class Markets:
    """Owns the catalog (and the symbol look-up cache) and the market data in use."""

    def __init__(self, market_data: MarketData, fallback: MarketData | None = None) -> None:
        self.market_data = market_data
        self.fallback = fallback  # used when the exchange cannot be reached (paper "auto")
        self.catalog = MarketCatalog(BUILTIN_MARKETS)
        self.cache: dict[str, Market | None] = {}  # symbol as given -> market (or None)

    def resolve(self, symbol: str) -> Market | None:
        """The market a symbol names, or None."""
        try:
            return self.cache[symbol]
        except KeyError:
            m = self.catalog.resolve(symbol)
            self.cache[symbol] = m
            return m

    async def load(self, broker: Broker) -> None:
        """Load the markets: from a broker that trades real markets, else the market data."""
        source: Any = self.market_data
        if broker.exchange is not None or not getattr(self.market_data, "provides_markets", True):
            source = broker
        try:
            markets = await source.load_markets()
        except SigcopyError:
            if self.fallback is None:
                raise
            log.warning("exchange unreachable: paper trading on SIMULATED PRICES")
            try:  # its HTTP session must not outlive it ("Unclosed client session" at exit)
                await self.market_data.close()
            except Exception:  # noqa: BLE001 - the fallback is what matters now
                log.debug("close failed", exc_info=True)
            self.market_data = self.fallback
            markets = await self.fallback.load_markets()
        if markets:
            self.catalog = MarketCatalog(markets)
        set_markets = getattr(broker, "set_markets", None)
        if set_markets is not None:
            set_markets({m.symbol: m for m in self.catalog})
        self.cache.clear()

    def anchor(self, symbol: str, prices: list[Decimal]) -> float | None:
        """Market data without real prices (the simulated walk) starts a symbol where its first
        signal says: its entry, or the middle of its zone. The price it starts at, or None."""
        anchor = getattr(self.market_data, "anchor", None)
        if anchor is None or not prices:
            return None
        started: float | None = anchor(symbol, float((min(prices) + max(prices)) / 2))
        return started

    async def price(self, symbol: str) -> float | None:
        """The market data's price for a market symbol, or None (logged) when unavailable."""
        try:
            return await self.market_data.get_price(symbol)
        except SigcopyError as exc:
            log.warning("price unavailable for %s: %s", symbol, exc)
            return None

    async def close(self) -> None:
        """Release the market data (and the fallback, if it was never switched to)."""
        try:
            await self.market_data.close()
        except Exception:  # noqa: BLE001 - closing must not mask the real error
            log.debug("close failed", exc_info=True)
        if self.fallback is not None and self.fallback is not self.market_data:
            await self.fallback.close()
