"""One book's prices: the price of a symbol as the book knows it, the simulated feed started
where a signal says, and the re-check of every symbol at its last price.

The Markets part (engine/core/markets.py, shared by every book) owns the catalog and where
prices come from; this part is one book's side of them: the last price the book saw (its
portfolio's), else the market data's, which the book then keeps. The engine (engine/engine.py)
keeps the public calls and whether it has started; a tick itself (`TradingEngine.on_price`, the
hot path) goes straight to the book.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal

from engine.core.book import Book
from engine.core.markets import Markets


class BookPrices:
    """The price side of one book (nothing kept: the portfolio holds the last prices)."""

    def __init__(self, book: Book, markets: Markets) -> None:
        self.book = book
        self.markets = markets

    async def current(self, symbol: str) -> float | None:
        """Last price seen for a symbol, else the market data's (then kept as the last)."""
        market = self.markets.resolve(symbol)
        if market is None:
            return None
        portfolio = self.book.portfolio
        last = portfolio.last.get(market.symbol)
        if last is not None:
            return last
        price = await self.markets.price(market.symbol)
        if price is not None:
            portfolio.mark(market.symbol, price)
        return price

    def anchor(self, symbol: str, prices: list[Decimal]) -> None:
        """A simulated feed starts a symbol where its first signal says (see Markets.anchor)."""
        started = self.markets.anchor(symbol, prices)
        if started is not None:
            self.book.portfolio.mark(symbol, started)

    async def check_all(self, tick: Callable[[str, float], Awaitable[None]]) -> int:
        """Every symbol whose last price triggers something handed to `tick` (the engine's
        on_price), then the entries past their time ended; how many symbols needed action.
        Cheap when nothing triggers: one band comparison per symbol."""
        due = self.book.due()
        for sym, price in due:
            await tick(sym, price)
        await self.book.expire()
        return len(due)
