"""Public prices and market definitions from a ccxt exchange (no keys needed)."""

from __future__ import annotations

from typing import Any

import ccxt.async_support as ccxt

from config.settings import Settings
from engine.adapters.backoff_file import BackoffFile
from engine.adapters.ccxt_errors import map_ccxt_error
from engine.adapters.ccxt_exchange import MarketsCache, build_exchange, load_markets_once
from engine.adapters.ccxt_retry import RetryAfter, RetryPolicy, retry_read
from engine.domain.market import Market


class CcxtMarketData:
    """MarketData over the exchange's public API (same EXCHANGE_API_BASE_URL rewrite)."""

    simulated = False

    def __init__(
        self,
        settings: Settings,
        *,
        retry: RetryPolicy | None = None,
        first_load_timeout_s: float | None = None,
    ) -> None:
        self.settings = settings
        self.exchange: Any = build_exchange(settings, with_keys=False)
        self.exchange_id = settings.EXCHANGE.lower()
        self.retry = retry or RetryPolicy()
        self.retry_after = RetryAfter(  # 429/418 back-off, kept on disk too
            self.exchange, lambda: self.retry, BackoffFile.for_settings(settings)
        )
        self.markets: dict[str, Market] = {}
        # The markets a live broker trades are its own, loaded fresh (precision, listings);
        # these are for prices, so a recent copy will do.
        self.cache = MarketsCache.for_settings(settings)
        # With a fallback waiting (paper, PAPER_PRICE_SOURCE=auto), the first load is one
        # attempt this short: offline, a hanging resolver otherwise held the start for ~40 s.
        self.first_load_timeout_s = first_load_timeout_s

    async def load_markets(self) -> dict[str, Market]:
        """All markets of the configured type, loaded once."""
        if self.markets:
            return self.markets
        retry, timeout = self.retry, self.exchange.timeout
        if self.first_load_timeout_s is not None:
            retry = RetryPolicy(attempts=1)
            self.exchange.timeout = int(self.first_load_timeout_s * 1000)
        try:
            self.markets = await load_markets_once(
                self.exchange,
                self.settings.MARKET_TYPE,
                retry,
                self.exchange_id,
                self.cache,
                self.retry_after,
            )
        finally:
            self.exchange.timeout = timeout
        return self.markets

    async def get_price(self, symbol: str) -> float | None:
        """Last price, or None when the exchange does not list the market."""
        if self.exchange.markets is None:
            await self.load_markets()
        if symbol not in (self.exchange.markets or {}):
            return None
        try:
            t = await retry_read(
                lambda: self.exchange.fetch_ticker(symbol), self.retry, "ticker", self.retry_after
            )
        except ccxt.BadSymbol:
            return None
        except ccxt.BaseError as exc:
            raise map_ccxt_error(exc, exchange_id=self.exchange_id, action="fetch price") from exc
        last = t.get("last") or t.get("close")
        return float(last) if last is not None else None

    async def close(self) -> None:
        await self.exchange.close()
