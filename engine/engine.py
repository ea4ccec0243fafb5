"""TradingEngine: one engine for paper, live and backtest; the mode only picks the slots.

A thin coordinator over one book's parts (engine/core, mapped in docs/engine.md): it restores
the book while it is constructed, takes the book's lock for each call and publishes the events.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from decimal import Decimal
from typing import Any, Self

from config import Settings, load_settings
from engine import intake
from engine.core import reports, trailing_view
from engine.core.book import Book
from engine.core.monitor import run_forever
from engine.domain.market import Market, MarketCatalog
from engine.domain.orders import Order
from engine.domain.signal import Signal
from engine.domain.trade import Trade
from engine.errors import SigcopyError
from engine.halting import Halting
from engine.ledger import Ledger
from engine.lifecycle import Lifecycle
from engine.ports import Broker, Clock, KillSwitch, MarketData, Store, TradeLog
from engine.prices import BookPrices
from engine.results import CloseAllResult, ExecutionResult, TradePreview
from engine.wiring import wire

log = logging.getLogger("sigcopy.engine")


class TradingEngine:
    """Signals in, orders out, positions watched. See docs/dev/architecture.md, "Engine API"."""

    def __init__(
        self,
        mode: str | None = None,
        settings: Settings | None = None,
        *,
        clock: Clock | None = None,
        market_data: MarketData | None = None,
        broker: Broker | None = None,
        store: Store | None = None,
        trade_log: TradeLog | None = None,
        kill_switch: KillSwitch | None = None,
        book: str | None = None,
    ) -> None:
        self.settings = settings or load_settings()
        self.mode = mode or self.settings.TRADING_MODE
        parts = wire(
            self.mode,
            self.settings,
            clock=clock,
            market_data=market_data,
            broker=broker,
            store=store,
            trade_log=trade_log,
            kill_switch=kill_switch,
            book=book,
            price_of=self.get_current_price,
            anchor=self._anchor_feed,
        )
        self._slots = slots = parts.slots
        self.clock: Clock = slots.clock
        self.broker: Broker = slots.broker
        self.store: Store = slots.store
        self.trade_log: TradeLog = slots.trade_log
        self.kill_switch: KillSwitch = slots.kill_switch
        self.mode_label: str = slots.label
        self.risk = self.settings.risk
        self.markets = parts.markets
        self._cached = self.markets.cache.get  # the look-up cache (kept, cleared in place)
        self.book: Book = parts.book
        self.monitor = parts.monitor
        self.follow_ups = parts.follow_ups
        self._prices = BookPrices(self.book, self.markets)
        self._halting = Halting(self.kill_switch, self.monitor, self.book)
        self._protector = self.book.protector  # read per bar by a backtest: one hop, not two
        self._started = False
        # Restores the saved book now: it is there before any call returns.
        self._life = Lifecycle(parts, self._anchor_feed)

    @property
    def startup_warnings(self) -> list[str]:
        """What the broker's own checks found at start (empty before start)."""
        return self._life.warnings

    # --- the book's state, read-only views ---------------------------------------------------

    @property
    def book_name(self) -> str:
        """Which book this engine trades (paper, dry-run, or a live account's id)."""
        return self.book.name

    @property
    def trades(self) -> dict[str, Trade]:
        """Every trade this process knows, by id."""
        return self.book.portfolio.trades

    @property
    def orders(self) -> dict[str, Order]:
        """Live and recent orders, by client id."""
        return self.book.orders.orders

    @property
    def ledger(self) -> Ledger:
        """The book's ledger (cash, counters, the equity curve)."""
        return self.book.portfolio.ledger

    @property
    def exchange(self) -> Any:
        """The ccxt exchange in use, or None."""
        return getattr(self.broker, "exchange", None)

    @property
    def simulated_prices(self) -> bool:
        """True when prices come from the simulated feed."""
        return bool(getattr(self.market_data, "simulated", False))

    @property
    def is_halted(self) -> bool:
        """True while the EMERGENCY_STOP file exists."""
        return self._halting.is_halted()

    @property
    def next_expiry(self) -> float:
        """Epoch seconds of the next limit-entry expiry (inf when none)."""
        return self._protector.next_expiry

    def levels(self, symbol: str) -> tuple[float, float]:
        """(lo, hi): a price strictly between them triggers nothing for this symbol right now."""
        return self._protector.levels(symbol)

    def subscribe(self, handler: Any) -> None:
        """Call handler(event) for every engine event (sync or async)."""
        self.book.bus.subscribe(handler)

    def resolve(self, symbol: str) -> Market | None:
        """The market a symbol names, or None."""
        return self.markets.resolve(symbol)

    @property
    def market_data(self) -> MarketData:
        """Where prices come from (the fallback feed once the exchange proved unreachable)."""
        return self.markets.market_data

    @property
    def catalog(self) -> MarketCatalog:
        """The markets this engine can trade."""
        return self.markets.catalog

    def equity(self) -> Decimal:
        """Current equity: exchange balance in live mode, else cash plus unrealized PnL."""
        return self.book.portfolio.equity()

    def free_margin(self) -> Decimal:
        """Equity not held as margin by positions or resting entries."""
        return self.book.portfolio.free_margin()

    def daily_pnl(self) -> Decimal:
        """Realized PnL since 00:00 UTC plus unrealized PnL."""
        return self.book.portfolio.daily_pnl()

    # --- lifecycle --------------------------------------------------------------------------

    async def start(self) -> None:
        """Open the store, load markets and recover in-flight orders. Idempotent."""
        if self._started:
            return
        book = self.book
        async with book.lock:
            if self._started:
                return
            await self._life.open()
            self._started = True
        self.monitor.start_stream()
        await book.bus.publish()

    async def aclose(self) -> None:
        """Flush state and release every connection."""
        try:
            await self._life.close(self._started)
        finally:
            self._started = False

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- prices -----------------------------------------------------------------------------

    async def get_current_price(self, symbol: str) -> float | None:
        """Last price seen for a symbol, else the market data's price."""
        return await self._prices.current(symbol)

    async def on_price(self, symbol: str, price: float) -> None:
        """One price tick: re-check this symbol's resting orders, stops and take-profits."""
        if not self._started:
            await self.start()
        market = self._cached(symbol) or self.markets.resolve(symbol)
        if market is None:
            return
        sym = market.symbol
        work = self.book.observe(sym, price)
        if work is not None:
            await self.book.act(sym, price, *work)

    async def check_all(self) -> int:
        """Re-check every open position and resting order at the last known prices; how many
        symbols needed action."""
        return await self._prices.check_all(self.on_price)

    # --- signals ----------------------------------------------------------------------------

    def calculate_position_size(
        self, symbol: str, entry_price: float, leverage: int
    ) -> dict[str, float]:
        """quantity, position_value and margin_required for a price and leverage."""
        pct = self.risk.MAX_POSITION_SIZE_PCT
        return reports.position_size(self.book, pct, self.resolve(symbol), entry_price, leverage)

    async def set_leverage(self, symbol: str, leverage: int) -> bool:
        """Set leverage (1..125) for a market; False with a logged reason when refused."""
        market = self.resolve(symbol)
        if market is None or not isinstance(leverage, int) or not 1 <= leverage <= 125:
            log.warning("set_leverage refused: %s %r", symbol, leverage)
            return False
        try:
            await self.broker.set_leverage(market, min(leverage, market.max_leverage))
        except SigcopyError as exc:
            log.warning("set_leverage failed: %s", exc.user_message())
            return False
        return True

    async def preview(self, signal: Signal) -> TradePreview:
        """What executing the signal now would do (nothing is sent)."""
        if not self._started:
            await self.start()
        d = await self.book.opener.decide(signal)
        p = reports.preview(d, signal, self.mode_label, self.simulated_prices)
        p.notes += trailing_view.plan_notes(self.book.protector.trailer, signal)
        return p

    async def execute_signal(self, signal: Signal) -> bool:
        """True when the trade was opened (or its limit orders placed)."""
        return (await self.execute(signal)).ok

    async def execute_parsed_signal(self, parsed: Any) -> bool:
        """The same for a parser result (anything with to_signal(), or is_valid()/errors)."""
        signal = intake.signal_of(parsed, self.ledger)
        return signal is not None and await self.execute_signal(signal)

    def note_refused(self, signal_id: str, reasons: list[str]) -> None:
        """Count and log a signal refused before execution (its card said why), as execute()
        counts the ones it refuses, so /stats and the log agree."""
        intake.note_refused(self.ledger, signal_id, reasons)
        self.book.journal.put_state(lazy=True)

    def _anchor_feed(self, symbol: str, prices: list[Decimal]) -> None:
        """A simulated feed starts a symbol where its first signal says (see Markets.anchor)."""
        self._prices.anchor(symbol, prices)

    async def execute(self, signal: Signal) -> ExecutionResult:
        """Risk-check, size and send a signal; the result says what happened and why."""
        if not self._started:
            await self.start()
        return await self.book.execute(signal)

    # --- follow-ups -------------------------------------------------------------------------

    async def close_position(self, symbol: str, reason: str = "manual") -> bool:
        """Close every open trade on a symbol at market; False when nothing was open."""
        return (await self.apply_update("CLOSE", symbol=symbol, reason=reason)).ok

    async def close_all(self, reason: str = "manual") -> int:
        """Close every open position; how many trades were closed or ended (nothing filled)."""
        return (await self.close_all_report(reason)).done

    async def close_all_report(
        self, reason: str = "manual", only: Collection[tuple[str, str]] | None = None
    ) -> CloseAllResult:
        """close_all, each trade counted by what its close did (FollowUps.close_all); `only`:
        just these (book, trade id) pairs."""
        await self.start()  # (idempotent)
        return await self.follow_ups.close_all(reason, only)

    async def apply_update(
        self,
        kind: str,
        *,
        symbol: str | None = None,
        trade_id: str | None = None,
        price: float | None = None,
        to_entry: bool = False,
        fraction: float | None = None,
        reason: str = "closed_by_update",
        source: str | None = None,
        then: str | None = None,
    ) -> ExecutionResult:
        """A follow-up: CLOSE, CLOSE_PARTIAL, CANCEL, MOVE_SL, SL_HIT (closes), TP_HIT (noted).

        With `source`, a symbol names only the trades that came from that source. With
        then="MOVE_SL" (a CLOSE_PARTIAL only: "close 50% and move SL to entry"), the stop then
        moves to `price` or the entry (`to_entry`): both checked before either is done.
        """
        if not self._started:
            await self.start()
        return await self.follow_ups.run(
            kind.upper(),
            symbol=symbol,
            trade_id=trade_id,
            price=price,
            to_entry=to_entry,
            fraction=fraction,
            reason=reason,
            source=source,
            then=then,
        )

    def stop_move_problem(
        self, trade_id: str, price: float | None = None, to_entry: bool = False
    ) -> str | None:
        """Why this trade's stop cannot move to `price` (or its entry), or None: the rule
        apply_update("MOVE_SL") applies, on the market's tick (domain/stop_move.py)."""
        return self.follow_ups.stop_problem(trade_id, price, to_entry)

    def halt(self, reason: str = "halted by user") -> None:
        """Stop all new trading now (and after a restart); positions stay open; entries waiting
        for their level are cancelled."""
        self._halting.halt(reason, self._started)

    def resume(self) -> None:
        """Allow new trades again."""
        self._halting.resume()

    # --- monitoring -------------------------------------------------------------------------

    async def monitor_pass(self) -> None:
        """One pass of the background monitor: halt file, expiry, broker polling, balance."""
        if not self._started:
            await self.start()
        await self.monitor.monitor_pass()

    async def run_monitor(self, interval: float | None = None) -> None:
        """Run monitor passes forever (cancel the task to stop)."""
        await run_forever(self.monitor_pass, interval or self.settings.live.POLL_INTERVAL_S)

    async def reconcile(self) -> None:
        """Poll every live order and compare positions with the exchange."""
        if not self._started:
            await self.start()
        await self.monitor.reconcile()

    # --- reports ----------------------------------------------------------------------------

    def positions(self) -> list[dict[str, Any]]:
        """Open positions with their unrealized PnL."""
        return reports.positions(self.book)

    def pending_trades(self) -> list[Trade]:
        """Trades whose entry orders rest unfilled."""
        return reports.pending(self.book)

    def resting_trades(self) -> list[reports.RestingTrade]:
        """Trades with limit entries resting and nothing filled yet (for /positions)."""
        return reports.resting(self.book, self.risk.LIMIT_ORDER_TTL_HOURS)

    def waiting_entries(self) -> list[dict[str, Any]]:
        """Breakout entries waiting for their level ("waiting for 43000 (above)")."""
        return self.book.waiter.view(self.book.name, self.book.portfolio.last)

    def equity_curve(self) -> list[tuple[float, float]]:
        """(epoch seconds, equity) at each close, and now."""
        return [*self.ledger.curve, (self.clock.time(), float(self.equity()))]

    def get_stats(self) -> dict[str, Any]:
        """The engine's figures (see docs/dev/architecture.md, "Engine API")."""
        halted = self.kill_switch.is_set()
        out = reports.stats(self.book, self.mode_label, self.kill_switch.reason(), halted)
        out["simulated_prices"] = self.simulated_prices
        return out
