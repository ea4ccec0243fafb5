"""MarketData for a backtest: the markets the candles cover, prices from the replay."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from engine.backtest.candles import Candles
from engine.domain.market import BUILTIN_MARKETS, Market, MarketCatalog
from engine.domain.signal import split_symbol


def market_for(name: str, decimals: int) -> Market:
    """The market a candle file stands for, as a USDT perpetual with the data's price tick.

    The builtin steps are kept for amounts; the price tick is the data's own precision (when
    finer), so that fills happen at the candle's prices exactly, not at rounded ones.
    """
    base, _quote = split_symbol(name)
    tick = Decimal(1).scaleb(-max(0, min(decimals, 8)))
    known = MarketCatalog(BUILTIN_MARKETS).resolve(f"{base}/USDT")
    if known is not None and known.multiplier == 1:
        return replace(known, price_step=min(known.price_step, tick))
    return Market(
        symbol=f"{base}/USDT:USDT",
        base=base,
        quote="USDT",
        amount_step=Decimal("0.000001"),
        price_step=tick,
        min_amount=Decimal("0.000001"),
        min_cost=Decimal("5"),
    )


class CandleMarketData:
    """The MarketData port over replayed candles; never a price the replay has not shown."""

    simulated = False  # historical prices, not generated ones
    provides_markets = True

    def __init__(self, candles: dict[str, Candles]) -> None:
        self.markets = {name: market_for(name, c.decimals) for name, c in candles.items()}
        # Per market symbol, the last price the replay has shown the engine: the replay writes
        # it with each tick it hands the engine (it is the feed), and nothing else does.
        self.last: dict[str, float] = {}

    async def load_markets(self) -> dict[str, Market]:
        """One market per candle symbol."""
        return {m.symbol: m for m in self.markets.values()}

    async def get_price(self, symbol: str) -> float | None:
        """The last price the replay has shown for a market."""
        return self.last.get(symbol)

    async def close(self) -> None:
        """Nothing to release."""


class NoKillSwitch:
    """A backtest never halts on the live EMERGENCY_STOP file."""

    def is_set(self) -> bool:
        """Never set."""
        return False

    def set(self, reason: str) -> None:
        """Ignored in a backtest."""

    def clear(self) -> None:
        """Nothing to clear."""

    def reason(self) -> str | None:
        """No reason."""
        return None
