"""TradingEngine: one engine for paper, live and backtest; the mode only picks the slots.

A thin coordinator over one book's parts (engine/core, mapped in docs/engine.md): it restores
the book while it is constructed, takes the book's lock for each call and publishes the events.
"""

from __future__ import annotations

import asyncio
import logging
from decimal import Decimal
from typing import Any, Self

from config import Settings, load_settings
from engine import events as ev
from engine.core import reports, trailing_view
from engine.core.book import Book, build_book
from engine.core.follow_ups import FollowUps, bad_update_numbers
from engine.core.markets import Markets
from engine.core.monitor import Monitor
from engine.core.recovery import load_saved, load_saved_sync, recover
from engine.domain.market import BUILTIN_MARKETS, D, Market, MarketCatalog
from engine.domain.orders import Order
from engine.domain.risk import size_position
from engine.domain.signal import Signal
from engine.domain.trade import Trade
from engine.errors import ConfigError, SigcopyError
from engine.ledger import Ledger
from engine.ports import Broker, Clock, KillSwitch, MarketData, Store, TradeLog
from engine.results import ExecutionResult, TradePreview

log = logging.getLogger("sigcopy.engine")
MODES = ("paper", "live", "backtest")
INF = float("inf")


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
        if self.mode not in MODES:
            raise ConfigError(f"TRADING_MODE={self.mode!r}: expected one of {', '.join(MODES)}")
        from engine.factory import build_slots

        slots = build_slots(
            self.mode,
            self.settings,
            clock=clock,
            market_data=market_data,
            broker=broker,
            store=store,
            trade_log=trade_log,
            kill_switch=kill_switch,
            book=book,
        )
        self._slots = slots
        self.clock: Clock = slots.clock
        self.broker: Broker = slots.broker
        self.store: Store = slots.store
        self.trade_log: TradeLog = slots.trade_log
        self.kill_switch: KillSwitch = slots.kill_switch
        self.mode_label: str = slots.label
        self.risk = self.settings.risk
        self.markets = Markets(slots.market_data, slots.fallback)
        self._cached = self.markets.cache.get  # the look-up cache (kept, cleared in place)
        self.book: Book = build_book(
            slots.book,
            store=self.store,
            trade_log=self.trade_log,
            broker=self.broker,
            kill_switch=self.kill_switch,
            clock=self.clock,
            risk=self.risk,
            resolve=self.markets.resolve,
            price_of=self.get_current_price,
            venue=slots.venue,
            anchor=self._anchor_feed,
            log_mode=self.mode_label.lower().replace(" ", "_"),
        )
        self.monitor = Monitor(
            self.book,
            self.broker,
            self.kill_switch,
            self.clock,
            self.settings.live.RECONCILE_INTERVAL_S,
        )
        self.follow_ups = FollowUps(self.book, self.markets.resolve)
        self._protector = self.book.protector  # read per bar by a backtest: one hop, not two
        self.startup_warnings: list[str] = []
        self._started = False
        # The saved book is there before any call returns (stats, prices, signals).
        self._loaded = load_saved_sync(self.book, self.store, self.broker)
        self.monitor.was_halted = self.kill_switch.is_set()

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
        return self.kill_switch.is_set()

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
            await self.store.open()
            try:
                await self.markets.load(self.broker)
                await self._startup_warnings()
                if not self._loaded:
                    await load_saved(book, self.store, self.broker)
                    self._loaded = True
                self.monitor.was_halted = self.kill_switch.is_set()
                read = await recover(book, self.broker, self.monitor.refresh_balance)
                await self.monitor.keep_stops(read)  # a stop with no recorded expiry: renewed
                for t in list(book.portfolio.active_trades()):  # a restart keeps the walk near
                    known = t.avg_entry or (t.entries[0] if t.entries else None)
                    if known:
                        self._anchor_feed(t.symbol, [known])
            except BaseException:
                await self.store.close()  # no connection (or its thread) left behind
                raise
            self._started = True
        self.monitor.start_stream()
        await book.bus.publish()

    async def _startup_warnings(self) -> None:
        check = getattr(self.broker, "startup_warnings", None)
        if check is None:
            return
        try:
            warnings = await check()
        except SigcopyError as exc:
            warnings = [exc.user_message()]
        for w in warnings:
            log.warning("start-up check: %s", w)
            self.book.bus.emit(ev.Event(ev.ERROR, f"⚠️ {w}"))
        self.startup_warnings = warnings

    async def aclose(self) -> None:
        """Flush state and release every connection."""
        try:
            await self.monitor.close_stream()
            await self.book.journal.drain()
            if self._started:
                await self.book.journal.flush()
        finally:
            try:
                await self.broker.close()
            except Exception:  # noqa: BLE001 - closing must not mask the real error
                log.debug("close failed", exc_info=True)
            await self.markets.close()
            await self.store.close()
            self.trade_log.close()
            self._started = False

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- prices -----------------------------------------------------------------------------

    async def get_current_price(self, symbol: str) -> float | None:
        """Last price seen for a symbol, else the market data's price."""
        market = self.markets.resolve(symbol)
        if market is None:
            return None
        last = self.book.portfolio.last.get(market.symbol)
        if last is not None:
            return last
        price = await self.markets.price(market.symbol)
        if price is not None:
            self.book.portfolio.mark(market.symbol, price)
        return price

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
        """Re-check every open position and resting order at the last known prices.

        Returns how many symbols needed action. Cheap when nothing triggers: one band
        comparison per symbol.
        """
        due = self.book.due()
        for sym, price in due:
            await self.on_price(sym, price)
        await self.book.expire()
        return len(due)

    # --- signals ----------------------------------------------------------------------------

    def calculate_position_size(
        self, symbol: str, entry_price: float, leverage: int
    ) -> dict[str, float]:
        """quantity, position_value and margin_required for a price and leverage."""
        market = self.resolve(symbol) or MarketCatalog(BUILTIN_MARKETS).resolve("BTC/USDT")
        assert market is not None
        qty, value, margin = size_position(
            self.equity(), self.risk.MAX_POSITION_SIZE_PCT, D(entry_price), leverage, market
        )
        return {
            "quantity": float(qty),
            "position_value": float(value),
            "margin_required": float(margin),
        }

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
        if parsed is None:
            log.info("nothing to execute: not a signal")
            return False
        if hasattr(parsed, "is_valid") and not parsed.is_valid():
            self.ledger.signals_processed += 1
            self.ledger.signals_refused += 1
            log.info("signal refused: %s", "; ".join(getattr(parsed, "errors", []) or ["invalid"]))
            return False
        return await self.execute_signal(parsed.to_signal())

    def note_refused(self, signal_id: str, reasons: list[str]) -> None:
        """Count and log a signal refused before execution (its card said why), as execute()
        counts the ones it refuses, so /stats and the log agree."""
        self.ledger.signals_processed += 1
        self.ledger.signals_refused += 1
        log.info("signal %s refused: %s", signal_id, "; ".join(reasons) or "invalid")
        self.book.journal.put_state(lazy=True)

    def _anchor_feed(self, symbol: str, prices: list[Decimal]) -> None:
        """A simulated feed starts a symbol where its first signal says (see Markets.anchor)."""
        started = self.markets.anchor(symbol, prices)
        if started is not None:
            self.book.portfolio.mark(symbol, started)

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
        """Close every open position; returns how many were closed."""
        if not self._started:
            await self.start()
        n = 0
        for t in list(self.book.portfolio.active_trades()):
            if (await self.apply_update("CLOSE", trade_id=t.trade_id, reason=reason)).ok:
                n += 1
        return n

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
    ) -> ExecutionResult:
        """A follow-up: CLOSE, CLOSE_PARTIAL, CANCEL, MOVE_SL, SL_HIT (closes), TP_HIT (noted).

        With `source`, a symbol names only the trades that came from that source.
        """
        if not self._started:
            await self.start()
        kind = kind.upper()
        bad = bad_update_numbers(kind, price, fraction)
        if bad:
            return ExecutionResult(False, [bad])
        book = self.book
        async with book.lock:
            trades = self.follow_ups.find(symbol, trade_id, source)
            if not trades:
                return ExecutionResult(False, [f"no open trade for {trade_id or symbol}"])
            result = await self.follow_ups.apply(
                kind, trades, price=price, to_entry=to_entry, fraction=fraction, reason=reason
            )
        await book.bus.publish()
        return result

    def halt(self, reason: str = "halted by user") -> None:
        """Stop all new trading now (and after a restart); positions stay open."""
        self.kill_switch.set(reason)
        self.monitor.was_halted = True
        self.book.bus.notify(ev.Event(ev.HALTED, f"Trading halted: {reason}"))

    def resume(self) -> None:
        """Allow new trades again."""
        self.kill_switch.clear()
        self.monitor.was_halted = False
        self.book.bus.notify(ev.Event(ev.RESUMED, "Trading resumed."))

    # --- monitoring -------------------------------------------------------------------------

    async def monitor_pass(self) -> None:
        """One pass of the background monitor: halt file, expiry, broker polling, balance."""
        if not self._started:
            await self.start()
        await self.monitor.monitor_pass()

    async def run_monitor(self, interval: float | None = None) -> None:
        """Run monitor passes forever (cancel the task to stop)."""
        while True:
            try:
                await self.monitor_pass()
            except SigcopyError as exc:
                log.error("monitor: %s", exc.user_message())
            await asyncio.sleep(interval or self.settings.live.POLL_INTERVAL_S)

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

    def equity_curve(self) -> list[tuple[float, float]]:
        """(epoch seconds, equity) at each close, and now."""
        return [*self.ledger.curve, (self.clock.time(), float(self.equity()))]

    def get_stats(self) -> dict[str, Any]:
        """The engine's figures (see docs/dev/architecture.md, "Engine API")."""
        halted = self.kill_switch.is_set()
        out = reports.stats(self.book, self.mode_label, self.kill_switch.reason(), halted)
        out["simulated_prices"] = self.simulated_prices
        return out
