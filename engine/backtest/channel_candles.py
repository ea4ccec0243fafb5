"""The candles a channel's messages need: the symbols its signals name, downloaded through ccxt
(cached in DATA_DIR/candles, resumed where a download stopped) for the replayed period."""

from __future__ import annotations

import logging
from collections.abc import Callable

from config import Settings
from engine.backtest.candles import Candles, load_csv, symbol_from_path
from engine.backtest.signals_io import Message
from engine.domain.signal import canonical_symbol
from parsers import EnhancedParser

log = logging.getLogger("sigcopy.backtest")


def symbols_named(messages: list[Message], parser: EnhancedParser | None = None) -> list[str]:
    """The symbols of the messages that read as signals (BASE/QUOTE), first mention first."""
    parser = parser or EnhancedParser()
    out: dict[str, None] = {}
    for m in messages:
        parsed = parser.parse_sync(m.text)
        if parsed is not None and parsed.is_valid():
            out.setdefault(canonical_symbol(parsed.to_signal().symbol), None)
    return list(out)


async def download_candles(
    settings: Settings,
    symbols: list[str],
    since: float,
    until: float,
    timeframe: str = "1m",
    say: Callable[[str], None] = print,
) -> dict[str, Candles]:
    """Each symbol's candles from since to until (epoch s) from the configured exchange; a
    symbol the exchange does not list is said and left out (its signals are refused)."""
    from engine.adapters.ccxt_candles import CcxtCandles, cache_path

    client = CcxtCandles(settings)
    out: dict[str, Candles] = {}
    try:
        for sym in symbols:
            market = await client.market_symbol(sym, settings.MARKET_TYPE)
            if market is None:
                say(f"{client.exchange_id} lists no market for {sym}: its signals are refused")
                continue
            path = cache_path(settings.DATA_DIR, client.exchange_id, timeframe, market)
            n = await client.download(market, timeframe, int(since * 1000), path, int(until * 1000))
            log.info("%s: %d new candles in %s", market, n, path)
            candles = load_csv(path).between(since, until)
            if len(candles):
                out[symbol_from_path(path)] = candles
    finally:
        await client.close()
    return out
