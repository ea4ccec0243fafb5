"""A book: one account's parts (portfolio, orders, protection, journal), wired together.

Books share nothing but prices and markets: each has its own store, trade log, portfolio, order
manager and risk settings, so nothing one book does can touch another's orders or numbers.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal

from config.trading_config import RiskConfig
from engine.core.bookkeeper import Bookkeeper
from engine.core.bus import EventBus
from engine.core.journal import Journal
from engine.core.opener import Opener
from engine.core.order_manager import OrderManager
from engine.core.portfolio import Portfolio
from engine.core.protector import Protector
from engine.core.risk_gate import RiskGate
from engine.domain.market import D, Market
from engine.domain.trade import Trade
from engine.ports import Broker, Clock, KillSwitch, Store, TradeLog


@dataclass
class Book:
    """The parts of one book; the engine drives them."""

    name: str
    bus: EventBus
    journal: Journal
    portfolio: Portfolio
    orders: OrderManager
    books: Bookkeeper
    protector: Protector
    gate: RiskGate
    opener: Opener
    lock: asyncio.Lock

    async def settle(self) -> None:
        """Run follow-ups until quiet, then commit, append log lines, forget finished orders."""
        await self.protector.run()
        await self.journal.commit()
        self.orders.prune()


def build_book(
    name: str,
    *,
    store: Store,
    trade_log: TradeLog,
    broker: Broker,
    kill_switch: KillSwitch,
    clock: Clock,
    risk: RiskConfig,
    resolve: Callable[[str], Market | None],
    price_of: Callable[[str], Awaitable[float | None]],
    venue: str,
    log_mode: str,
    bus: EventBus | None = None,
) -> Book:
    """Wire one book's parts (the order below is the order of their dependencies)."""
    bus = bus or EventBus()
    lock = asyncio.Lock()
    portfolio = Portfolio(D(risk.INITIAL_CAPITAL), clock)
    journal = Journal(store, trade_log, lambda: portfolio.ledger.to_dict(), lock)
    orders = OrderManager(broker, journal, clock, bus, portfolio.trades.get, portfolio.changed)
    portfolio.reserved = orders.reserved

    def round_price(t: Trade, price: Decimal) -> Decimal:
        m = resolve(t.symbol)
        return m.round_price(price) if m else price

    books = Bookkeeper(
        portfolio, orders, journal, bus, clock, risk, round_price, log_mode=log_mode, book=name
    )
    orders.on_fill = books.on_fill
    orders.on_dry_run = books.dry_run
    protector = Protector(portfolio, orders, books, journal, broker, bus, clock, risk, resolve)
    gate = RiskGate(risk)
    opener = Opener(
        portfolio=portfolio,
        orders=orders,
        books=books,
        protector=protector,
        journal=journal,
        gate=gate,
        broker=broker,
        kill_switch=kill_switch,
        bus=bus,
        clock=clock,
        risk=risk,
        resolve=resolve,
        price_of=price_of,
        venue=venue,
    )
    return Book(name, bus, journal, portfolio, orders, books, protector, gate, opener, lock)
