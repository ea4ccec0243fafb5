"""Candle download through ccxt's fetch_ohlcv: paginated, resumable, cached as CSV."""

from __future__ import annotations

import csv
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import ccxt.async_support as ccxt

from config import Settings
from engine.adapters.backoff_file import BackoffFile
from engine.adapters.ccxt_errors import map_ccxt_error
from engine.adapters.ccxt_exchange import build_exchange
from engine.adapters.ccxt_retry import RetryAfter, RetryPolicy, gave_up, retry_read
from engine.errors import BrokerError, RateLimited

T = TypeVar("T")

HEADER = ("timestamp", "open", "high", "low", "close", "volume")


def cache_path(data_dir: Path, exchange_id: str, timeframe: str, symbol: str) -> Path:
    """DATA_DIR/candles/<exchange>-<timeframe>/BTCUSDT.csv (a folder --candles can take)."""
    name = symbol.split(":", 1)[0].replace("/", "").upper()
    return data_dir / "candles" / f"{exchange_id}-{timeframe}" / f"{name}.csv"


def _last_ms(path: Path) -> int | None:
    """Epoch ms of the last row already cached, or None."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        fh.seek(max(0, path.stat().st_size - 4096))
        tail = fh.read().decode("utf-8", "replace").strip().splitlines()
    if not tail or tail[-1].startswith("timestamp"):
        return None
    return int(float(tail[-1].split(",", 1)[0]))


class CcxtCandles:
    """Downloads OHLCV candles of one exchange (public endpoints only, no keys)."""

    def __init__(
        self, settings: Settings, exchange: Any = None, retry: RetryPolicy | None = None
    ) -> None:
        self.exchange = exchange or build_exchange(settings, with_keys=False)
        self.exchange_id = str(getattr(self.exchange, "id", settings.EXCHANGE))
        self.retry = retry or RetryPolicy()
        # A 429's Retry-After is waited out before the next page (a ccxt client's; a stand-in
        # without ccxt's request hooks has no window).
        self.retry_after = (
            RetryAfter(self.exchange, lambda: self.retry, BackoffFile.for_settings(settings))
            if hasattr(self.exchange, "on_rest_response")
            else None
        )

    async def download(
        self,
        symbol: str,
        timeframe: str,
        since_ms: int,
        path: Path,
        until_ms: int | None = None,
        limit: int = 1000,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Append candles from since (or the cache's last row) up to until; returns rows added."""
        tf_ms = int(self.exchange.parse_timeframe(timeframe) * 1000)
        last = _last_ms(path)
        start = max(since_ms, last + tf_ms) if last is not None else since_ms
        end = until_ms if until_ms is not None else int(self.exchange.milliseconds())
        path.parent.mkdir(parents=True, exist_ok=True)
        new_file = last is None
        added = 0

        def _page(since: int) -> Callable[[], Awaitable[list[list[Any]]]]:
            return lambda: self.exchange.fetch_ohlcv(symbol, timeframe, since, limit)  # type: ignore[no-any-return]

        try:
            await self._read(self.exchange.load_markets, "load markets")
            with path.open("a" if not new_file else "w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                if new_file:
                    w.writerow(HEADER)
                cursor = start
                while cursor < end:
                    rows = await self._read(_page(cursor), "fetch candles")
                    rows = [r for r in rows if cursor <= int(r[0]) < end]
                    if not rows:
                        break
                    for r in rows:
                        w.writerow([int(r[0]), *r[1:6]])
                    fh.flush()  # resumable: what was written stays written
                    added += len(rows)
                    cursor = int(rows[-1][0]) + tf_ms
                    if progress is not None:
                        progress(min(cursor, end) - start, end - start)
        except (ccxt.BaseError, RateLimited) as exc:
            then = (
                f"{added} new candles were saved to {path.name}; run the same command again "
                "later and it resumes after the last one."
            )
            mapped = gave_up(exc, self.exchange_id, "candle download", self.retry.attempts, then)
            raise mapped or map_ccxt_error(
                exc, exchange_id=self.exchange_id, action="candle download"
            ) from exc
        except BrokerError:
            raise
        return added

    async def _read(self, call: Callable[[], Awaitable[T]], what: str) -> T:
        """A read retried with backoff, never sooner than a 429's Retry-After."""
        return await retry_read(call, self.retry, what, self.retry_after)

    async def market_symbol(self, symbol: str, market_type: str = "swap") -> str | None:
        """The exchange's market for a signal's symbol ("BTCUSDT" -> "BTC/USDT:USDT" on a
        futures exchange, "BTC/USDT" on spot), or None when it lists none."""
        from engine.domain.signal import split_symbol

        try:
            markets = await self._read(self.exchange.load_markets, "load markets")
        except (ccxt.BaseError, RateLimited) as exc:
            raise map_ccxt_error(exc, exchange_id=self.exchange_id, action="load markets") from exc
        base, quote = split_symbol(symbol)
        swap, spot = f"{base}/{quote}:{quote}", f"{base}/{quote}"
        for name in (swap, spot) if market_type == "swap" else (spot, swap):
            if name in markets:
                return name
        return None

    async def close(self) -> None:
        """Release the HTTP session."""
        await self.exchange.close()


def iso(ms: int) -> str:
    """Epoch ms as ISO-8601 UTC."""
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
