"""A book: one account's parts (portfolio, orders, protection, journal), wired together.

Books share nothing but prices and markets: each has its own store, trade log, portfolio, order
manager and risk settings, so nothing one book does can touch another's orders or numbers.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from config.trading_config import RiskConfig
from engine import events as ev
from engine.core.bookkeeper import Bookkeeper
from engine.core.bus import EventBus
from engine.core.fee_corrector import FeeCorrector
from engine.core.journal import Journal
from engine.core.opener import Opener
from engine.core.order_manager import OrderManager
from engine.core.portfolio import Portfolio
from engine.core.protector import INF, NO_BAND, Protector
from engine.core.risk_gate import RiskGate
from engine.core.trade_lines import TradeLines
from engine.domain.market import D, Market
from engine.domain.orders import OrderUpdate
from engine.domain.signal import Signal
from engine.domain.trade import Trade
from engine.errors import StoreError
from engine.ports import Broker, Clock, KillSwitch, Store, TradeLog
from engine.results import ExecutionResult

log = logging.getLogger("sigcopy.engine")


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
    broker: Broker
    clock: Clock
    fees: FeeCorrector

    def __post_init__(self) -> None:
        # What every tick calls, bound once (a tick is the hot path: a backtest's every bar).
        self._mark = self.portfolio.mark
        self._on_price = self.broker.on_price
        self._bands = self.protector.bands  # the protector's own dict, changed in place
        self._watchlist = self.protector.watchlist  # (its next_expiry: read on quiet ticks)

    async def settle(self) -> None:
        """Run follow-ups until quiet, then commit, append log lines, forget finished orders."""
        await self.protector.run()
        await self.journal.commit()
        self.orders.prune()

    async def execute(self, signal: Signal) -> ExecutionResult:
        """One signal, under the book's lock: opened or refused, recorded, settled, published."""
        async with self.lock:
            ledger = self.portfolio.ledger
            ledger.signals_processed += 1
            try:
                result = await self.opener.open(signal)
            except StoreError as exc:
                result = ExecutionResult(False, [exc.user_message()])
            if not result.ok:
                if result.trade_id is None:
                    ledger.signals_refused += 1
                if self.bus.listening:
                    self.bus.emit(
                        ev.Event(
                            ev.SIGNAL_REFUSED,
                            f"{signal.symbol} {signal.side} not traded: "
                            + "; ".join(result.reasons),
                            symbol=signal.symbol,
                            trade_id=result.trade_id,
                            data={"reasons": result.reasons},
                        )
                    )
                if log.isEnabledFor(logging.INFO):
                    log.info("signal %s refused: %s", signal.signal_id, "; ".join(result.reasons))
            self.journal.put_state(lazy=True)
            try:
                await self.settle()
            except StoreError as exc:
                log.error("store failed after execution: %s", exc.user_message())
                if result.ok:
                    # Kept in memory and written with the next commit that succeeds.
                    result.reasons.append(f"not saved yet: {exc.user_message()}")
        if self.bus.queued:
            await self.bus.publish()
        return result

    def observe(self, symbol: str, price: float) -> tuple[Sequence[OrderUpdate], bool] | None:
        """One price for a market symbol, O(1): None when it reaches no order, no watched
        level and no expiry; else what `act` must handle. (Sync: ticks are the hot path.)"""
        self._mark(symbol, price)
        updates = self._on_price(symbol, price)
        band = self._bands.get(symbol)
        if band is not None and not band[0] < price < band[1]:
            return updates, True  # a watched level reached
        if not updates:
            exp = self._watchlist.next_expiry
            if exp == INF or exp > self.clock.time():
                return None
        return updates, False

    async def act(
        self, symbol: str, price: float, updates: Sequence[OrderUpdate], watched: bool
    ) -> None:
        """What a price reached: fills, TP1 before a pending entry, expiries; then settle."""
        async with self.lock:
            for u in updates:
                self.orders.apply(u)
            if watched:
                self.protector.check_watched(symbol, price)
            self.protector.check_expiry()
            await self.settle()
        if self.bus.queued:
            await self.bus.publish()

    async def tick(self, symbol: str, price: float) -> None:
        """observe, then act if needed."""
        work = self.observe(symbol, price)
        if work is not None:
            await self.act(symbol, price, *work)

    def due(self) -> list[tuple[str, float]]:
        """(symbol, last price) of every symbol whose last price triggers something."""
        band_of = getattr(self.broker, "band", None) or (lambda _s: NO_BAND)
        last = self.portfolio.last
        out = []
        for sym in self.portfolio.symbols():
            price = last.get(sym)
            if price is None:
                continue
            lo, hi = self.protector.bands.get(sym, NO_BAND)
            blo, bhi = band_of(sym)
            if not (lo < price < hi and blo < price < bhi):
                out.append((sym, price))
        return out

    async def expire(self) -> None:
        """Cancel limit entries past their time, if any are."""
        if self.protector.next_expiry <= self.clock.time():
            async with self.lock:
                self.protector.check_expiry()
                await self.settle()


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
    anchor: Callable[[str, list[Decimal]], None] | None = None,
    venue: str,
    log_mode: str,
    bus: EventBus | None = None,
) -> Book:
    """Wire one book's parts (the order below is the order of their dependencies)."""
    bus = bus or EventBus()
    lock = asyncio.Lock()
    portfolio = Portfolio(D(risk.INITIAL_CAPITAL), clock)
    journal = Journal(store, trade_log, lambda: portfolio.ledger.to_dict(), lock)
    portfolio.on_day_rolled = journal.put_state
    orders = OrderManager(broker, journal, clock, bus, portfolio.trades.get, portfolio.changed)
    portfolio.reserved = orders.reserved

    def round_price(t: Trade, price: Decimal) -> Decimal:
        m = resolve(t.symbol)
        return m.round_price(price) if m else price

    lines = TradeLines(journal, portfolio, clock, log_mode=log_mode, book=name)
    books = Bookkeeper(portfolio, orders, journal, bus, clock, risk, round_price, lines)
    orders.on_fill = books.on_fill
    orders.on_dry_run = lines.dry_run
    orders.on_access_denied = kill_switch.set
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
        anchor=anchor,
    )
    fees = FeeCorrector(portfolio, orders, journal, broker, clock, lines.fee)
    books.on_estimate = fees.estimated
    orders.on_fee = fees.reported
    orders.on_fee_settled = fees.settled
    return Book(
        name,
        bus,
        journal,
        portfolio,
        orders,
        books,
        protector,
        gate,
        opener,
        lock,
        broker,
        clock,
        fees,
    )
