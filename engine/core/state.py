"""Engine state: trades, orders, the ledger, what is dirty in the store, events."""

from __future__ import annotations

import asyncio
import inspect
import logging
from decimal import Decimal
from typing import Any

from config import Settings
from engine import events as ev
from engine.clock import utc_day
from engine.domain.market import BUILTIN_MARKETS, D, Market, MarketCatalog
from engine.domain.orders import Order, OrderRole
from engine.domain.signal import split_symbol
from engine.domain.trade import Trade, TradeStatus
from engine.errors import StoreError
from engine.ledger import Ledger
from engine.ports import Broker, Clock, KillSwitch, MarketData, OrderStream, Store, TradeLog

log = logging.getLogger("sigcopy.engine")
ZERO = Decimal(0)
INF = float("inf")


class EngineState:
    """Engine state: trades, orders, the ledger, what is dirty in the store, events."""

    def __init__(self, settings: Settings, mode: str, slots: Any) -> None:
        self.settings = settings
        self.mode = mode
        self.clock: Clock = slots.clock
        self.market_data: MarketData = slots.market_data
        self.broker: Broker = slots.broker
        self.store: Store = slots.store
        self.trade_log: TradeLog = slots.trade_log
        self.kill_switch: KillSwitch = slots.kill_switch
        self.mode_label: str = slots.label
        self._log_mode = self.mode_label.lower().replace(" ", "_")  # the trade log's "mode"
        self._day_no = -1  # the UTC day (epoch days) the ledger's day was last checked in
        self._slots = slots
        self.risk = self.settings.risk
        self.catalog = MarketCatalog(BUILTIN_MARKETS)
        self.trades: dict[str, Trade] = {}
        self.orders: dict[str, Order] = {}
        self._by_trade: dict[str, list[Order]] = {}
        self._active: dict[str, list[Trade]] = {}
        self._last: dict[str, float] = {}
        self._resolved: dict[str, Market | None] = {}
        self._watch: dict[str, tuple[float, float]] = {}
        self._next_expiry = INF
        capital = D(self.risk.INITIAL_CAPITAL)
        self.ledger = Ledger(cash=capital, peak_equity=capital)
        self._balance_equity: Decimal | None = None
        self._balance_free: Decimal | None = None
        self._handlers: list[Any] = []
        self._events: list[ev.Event] = []
        self._log_lines: list[dict[str, Any]] = []
        self._cancels: list[Order] = []
        self._protect_ids: set[str] = set()
        self._done: set[str] = set()
        self._dirty_orders: dict[str, Order] = {}
        self._dirty_trades: dict[str, Trade] = {}
        self._must_flush = False
        self._state_dirty = False  # the ledger changed since the last flush
        self._flush_failed = False  # the last commit failed: records wait in memory
        self._lazy_task: asyncio.Task[None] | None = None
        self._stream: OrderStream | None = None  # order updates pushed by the broker, if any
        self._cancel_requested: set[str] = set()
        self._vanished: set[str] = set()  # trades whose stop or TP disappeared at the broker
        self._volatile = bool(getattr(self.store, "volatile", False))
        # The broker answers in-process, without I/O (the simulator): nothing leaves the process.
        self._instant = bool(getattr(self.broker, "instant", False))
        self._known_ids: set[str] = set()
        self._lock = asyncio.Lock()
        self._started = False
        self._was_halted = False
        self.startup_warnings: list[str] = []
        self._next_reconcile = 0.0

    @property
    def exchange(self) -> Any:
        """The ccxt exchange in use, or None."""
        return getattr(self.broker, "exchange", None)

    @property
    def simulated_prices(self) -> bool:
        """True when prices come from the simulated feed."""
        return bool(getattr(self.market_data, "simulated", False))

    def subscribe(self, handler: Any) -> None:
        """Call handler(event) for every engine event (sync or async)."""
        self._handlers.append(handler)

    def _notify(self, event: ev.Event) -> None:
        self._events.append(event)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        loop.create_task(self._publish())

    async def _publish(self) -> None:
        events, self._events = self._events, []
        for e in events:
            for h in list(self._handlers):
                try:
                    r = h(e)
                    if inspect.isawaitable(r):
                        await r
                except Exception:  # noqa: BLE001 - a front end's bug must not stop trading
                    log.exception("event handler failed for %s", e.kind)

    def resolve(self, symbol: str) -> Market | None:
        """The market a symbol names, or None."""
        try:
            return self._resolved[symbol]
        except KeyError:
            m = self.catalog.resolve(symbol)
            self._resolved[symbol] = m
            return m

    def _scale(self, signal_symbol: str, market: Market) -> int:
        """1000 when a plain "PEPE" signal trades the 1000PEPE contract, else 1."""
        if market.multiplier == 1:
            return 1
        base, _ = split_symbol(signal_symbol)
        return market.multiplier if base != market.base else 1

    def equity(self) -> Decimal:
        """Current equity: exchange balance in live mode, else cash plus unrealized PnL."""
        if self._balance_equity is not None:
            return self._balance_equity
        return self.ledger.cash + self._unrealized()

    def _unrealized(self) -> Decimal:
        total = ZERO
        for trades in self._active.values():
            for t in trades:
                if t.open_qty:
                    total += t.unrealized(self._last.get(t.symbol))
        return total

    def free_margin(self) -> Decimal:
        """Equity not held as margin by positions or resting entries."""
        if self._balance_free is not None:
            return self._balance_free
        used = ZERO
        for trades in self._active.values():
            for t in trades:
                used += t.margin
                for o in self._live_orders(t, OrderRole.ENTRY):
                    used += (o.price or ZERO) * o.remaining / t.leverage
        return self.equity() - used

    def _day_check(self) -> None:
        t = self.clock.time()
        day_no = int(t // 86400)
        if day_no == self._day_no:
            return
        day = utc_day(t)
        if day != self.ledger.day and self.ledger.roll_day(day, self.equity()):
            self._put_state()  # the day's baseline survives a restart the same day
        self._day_no = day_no

    def daily_pnl(self) -> Decimal:
        """Realized PnL since 00:00 UTC plus unrealized PnL."""
        self._day_check()
        return self.ledger.day_realized + self._unrealized()

    def _index(self, o: Order) -> None:
        self.orders[o.client_id] = o
        self._by_trade.setdefault(o.trade_id, []).append(o)

    def _put_order(self, o: Order, ack: bool = False) -> None:
        """Queue an order write; an acknowledgement alone (no fill) may be written lazily."""
        self._dirty_orders[o.client_id] = o
        if not ack:
            self._must_flush = True

    def _put_trade(self, t: Trade) -> None:
        self._dirty_trades[t.trade_id] = t
        self._must_flush = True

    def _put(self, kind: str, key: str, status: str, data: dict[str, Any]) -> None:
        if self._volatile:
            return
        self.store.put(kind, key, status, data)
        self._must_flush = True

    async def _flush(self) -> None:
        """Serialize what changed (once per object, however often it changed) and commit."""
        if self._volatile:
            # A backtest's store keeps nothing: skip serializing what nobody will read.
            self._dirty_trades.clear()
            self._dirty_orders.clear()
            self._must_flush = self._state_dirty = False
            return
        if self._dirty_trades:
            trades, self._dirty_trades = self._dirty_trades, {}
            for t in trades.values():
                self.store.put("trade", t.trade_id, t.status, t)  # a StrEnum: a str
        if self._dirty_orders:
            orders, self._dirty_orders = self._dirty_orders, {}
            for o in orders.values():
                self.store.put("order", o.client_id, o.status, o)
        if self._state_dirty:
            self._state_dirty = False
            self.store.put("state", "ledger", "ok", self.ledger.to_dict())
        self._must_flush = False
        try:
            await self.store.flush()
        except StoreError:
            self._flush_failed = True
            raise
        self._flush_failed = False

    def _put_state(self, lazy: bool = False) -> None:
        """The ledger changed: written with the next flush (soon, when lazy)."""
        if self._volatile:
            return
        self._state_dirty = True
        if not lazy:
            self._must_flush = True

    def _schedule_flush(self) -> None:
        """Write acknowledgements soon, off the hot path (a crash before then is recovered by
        looking the orders up by client id, as after any crash)."""
        if self._volatile:
            self._dirty_orders.clear()
            return
        if self._lazy_task is None or self._lazy_task.done():
            self._lazy_task = asyncio.get_running_loop().create_task(self._lazy_flush())

    async def _lazy_flush(self) -> None:
        await asyncio.sleep(0)
        async with self._lock:
            try:
                await self._flush()
            except StoreError as exc:
                log.error("deferred store write failed: %s", exc.user_message())

    def _live_orders(self, trade: Trade, role: OrderRole | None = None) -> list[Order]:
        return [
            o
            for o in self._by_trade.get(trade.trade_id, ())
            if o.is_live and (role is None or o.role == role)
        ]

    def _prune(self) -> None:
        """Forget the orders of finished trades once none can fill (the store keeps them)."""
        for tid in list(self._done):
            orders = self._by_trade.get(tid, [])
            if all(not o.is_live for o in orders):
                for o in orders:
                    self.orders.pop(o.client_id, None)
                    self._cancel_requested.discard(o.client_id)
                self._by_trade.pop(tid, None)
                self._done.discard(tid)

    def _order_dicts(self, trade: Trade) -> list[dict[str, Any]]:
        return [
            {
                "client_id": o.client_id,
                "exchange_id": o.exchange_id,
                "role": o.role.value,
                "side": o.side,
                "type": o.type.value,
                "amount": float(o.amount),
                "price": float(o.price or o.trigger_price or 0) or None,
                "status": o.status.value,
                "avg_price": float(o.avg_price) if o.avg_price is not None else None,
            }
            for o in self._by_trade.get(trade.trade_id, ())
        ]

    def _rebuild_watch(self, symbol: str) -> None:
        """Levels the engine itself watches: TP1 of trades whose entry has not filled yet."""
        lo, hi = -INF, INF
        expiry = INF
        ttl = self.risk.LIMIT_ORDER_TTL_HOURS * 3600
        for trades in self._active.values():
            for t in trades:
                if t.status == TradeStatus.PENDING:
                    expiry = min(expiry, t.opened_at + ttl)
        for t in self._active.get(symbol, ()):
            if (
                t.status == TradeStatus.PENDING
                and t.take_profits
                and self.risk.CANCEL_ENTRIES_WHEN_TP1_REACHED
            ):
                tp1 = float(t.take_profits[0])
                if t.is_long:
                    hi = min(hi, tp1)
                else:
                    lo = max(lo, tp1)
        self._watch[symbol] = (lo, hi)
        self._next_expiry = expiry

    def levels(self, symbol: str) -> tuple[float, float]:
        """(lo, hi): a price strictly between them triggers nothing for this symbol right now."""
        market = self.resolve(symbol)
        if market is None:
            return (-INF, INF)
        lo, hi = self._watch.get(market.symbol, (-INF, INF))
        band = getattr(self.broker, "band", None)
        if band is not None:
            blo, bhi = band(market.symbol)
            lo, hi = max(lo, blo), min(hi, bhi)
        return lo, hi

    @property
    def next_expiry(self) -> float:
        """Epoch seconds of the next limit-entry expiry (inf when none)."""
        return self._next_expiry

    @property
    def is_halted(self) -> bool:
        """True while the EMERGENCY_STOP file exists."""
        return self.kill_switch.is_set()
