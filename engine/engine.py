"""TradingEngine: one engine for paper, live and backtest; the mode only picks the slots."""

from __future__ import annotations

import asyncio
import inspect
import logging
from decimal import Decimal
from typing import Any

from config import Settings, load_settings
from engine import events as ev
from engine.domain.market import BUILTIN_MARKETS, D, Market, MarketCatalog
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderType, OrderUpdate
from engine.domain.planning import even_split, plan_entries, split_take_profits
from engine.domain.risk import RiskContext, RiskDecision, evaluate, size_position, validate_signal
from engine.domain.signal import Signal, split_symbol
from engine.domain.trade import ACTIVE, Trade, TradeStatus
from engine.errors import BrokerError, ConfigError, SigcopyError, StoreError
from engine.ledger import Ledger
from engine.ports import Broker, Clock, KillSwitch, MarketData, Store, TradeLog
from engine.results import ExecutionResult, TradePreview

log = logging.getLogger("sigcopy.engine")
ZERO = Decimal(0)
INF = float("inf")
MODES = ("paper", "live", "backtest")


class TradingEngine:
    """Signals in, orders out, positions watched. See README "Engine API"."""

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
        )
        self.clock: Clock = slots.clock
        self.market_data: MarketData = slots.market_data
        self.broker: Broker = slots.broker
        self.store: Store = slots.store
        self.trade_log: TradeLog = slots.trade_log
        self.kill_switch: KillSwitch = slots.kill_switch
        self.mode_label: str = slots.label
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
        self._lazy_task: asyncio.Task[None] | None = None
        self._cancel_requested: set[str] = set()
        self._vanished: set[str] = set()  # trades whose stop or TP disappeared at the broker
        self._volatile = bool(getattr(self.store, "volatile", False))
        self._known_ids: set[str] = set()
        self._lock = asyncio.Lock()
        self._started = False
        self._was_halted = False
        self.startup_warnings: list[str] = []
        self._next_reconcile = 0.0

    # -- lifecycle -------------------------------------------------------------------------------
    @property
    def exchange(self) -> Any:
        """The ccxt exchange in use, or None."""
        return getattr(self.broker, "exchange", None)

    @property
    def simulated_prices(self) -> bool:
        """True when prices come from the simulated feed."""
        return bool(getattr(self.market_data, "simulated", False))

    async def start(self) -> None:
        """Open the store, load markets, restore state and recover in-flight orders. Idempotent."""
        if self._started:
            return
        async with self._lock:
            if self._started:
                return
            await self.store.open()
            await self._load_markets()
            await self._startup_warnings()
            await self._restore()
            self._started = True
        await self._publish()

    async def _load_markets(self) -> None:
        source: Any = self.market_data
        if self.mode == "live" or not getattr(self.market_data, "provides_markets", True):
            source = self.broker
        try:
            markets = await source.load_markets()
        except SigcopyError:
            fallback = getattr(self._slots, "fallback", None)
            if fallback is None:
                raise
            log.warning("exchange unreachable: paper trading on SIMULATED PRICES")
            self.market_data = fallback
            markets = await fallback.load_markets()
        if markets:
            self.catalog = MarketCatalog(markets)
        set_markets = getattr(self.broker, "set_markets", None)
        if set_markets is not None:
            set_markets({m.symbol: m for m in self.catalog})
        self._resolved.clear()

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
            self._events.append(ev.Event(ev.ERROR, f"⚠️ {w}"))
        self.startup_warnings = warnings

    async def aclose(self) -> None:
        """Flush state and release every connection."""
        try:
            if self._lazy_task is not None:
                await asyncio.gather(self._lazy_task, return_exceptions=True)
            if self._started:
                await self._flush()
        finally:
            for part in (self.broker, self.market_data):
                try:
                    await part.close()
                except Exception:  # noqa: BLE001 - closing must not mask the real error
                    log.debug("close failed", exc_info=True)
            fallback = getattr(self._slots, "fallback", None)
            if fallback is not None and fallback is not self.market_data:
                await fallback.close()
            await self.store.close()
            self.trade_log.close()
            self._started = False

    async def __aenter__(self) -> TradingEngine:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def subscribe(self, handler: Any) -> None:
        """Call handler(event) for every engine event (sync or async)."""
        self._handlers.append(handler)

    # -- symbols and prices ----------------------------------------------------------------------
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
        base, _ = split_symbol(signal_symbol)
        return market.multiplier if market.multiplier != 1 and base != market.base else 1

    async def get_current_price(self, symbol: str) -> float | None:
        """Last price seen for a symbol, else the market data's price."""
        market = self.resolve(symbol)
        if market is None:
            return None
        last = self._last.get(market.symbol)
        if last is not None:
            return last
        try:
            price = await self.market_data.get_price(market.symbol)
        except SigcopyError as exc:
            log.warning("price unavailable for %s: %s", market.symbol, exc)
            return None
        if price is not None:
            self._last[market.symbol] = price
        return price

    async def on_price(self, symbol: str, price: float) -> None:
        """One price tick: re-check this symbol's resting orders, stops and take-profits."""
        market = self._resolved.get(symbol) or self.resolve(symbol)
        if market is None:
            return
        sym = market.symbol
        self._last[sym] = price
        updates = self.broker.on_price(sym, price)
        band = self._watch.get(sym)
        watched = band is not None and not band[0] < price < band[1]
        if not updates and not watched and self._next_expiry > self.clock.time():
            return
        async with self._lock:
            for u in updates:
                self._apply_update(u)
            if watched:
                self._check_watched(sym, price)
            self._check_expiry()
            await self._settle()
        await self._publish()

    async def check_all(self) -> int:
        """Re-check every open position and resting order at the last known prices.

        Returns how many symbols needed action. Cheap when nothing triggers: one band
        comparison per symbol.
        """
        hits = 0
        band_of = getattr(self.broker, "band", None)
        for sym, trades in list(self._active.items()):
            if not trades:
                continue
            price = self._last.get(sym)
            if price is None:
                continue
            lo, hi = self._watch.get(sym, (-INF, INF))
            if band_of is not None:
                blo, bhi = band_of(sym)
                lo, hi = max(lo, blo), min(hi, bhi)
            if lo < price < hi:
                continue
            hits += 1
            await self.on_price(sym, price)
        if self._next_expiry <= self.clock.time():
            async with self._lock:
                self._check_expiry()
                await self._settle()
        return hits

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

    # -- sizing, preview, execution --------------------------------------------------------------
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

    def _day_check(self) -> None:
        day = self.clock.now().strftime("%Y-%m-%d")
        if day != self.ledger.day:
            self.ledger.roll_day(day, self.equity())

    def daily_pnl(self) -> Decimal:
        """Realized PnL since 00:00 UTC plus unrealized PnL."""
        self._day_check()
        return self.ledger.day_realized + self._unrealized()

    def _same_side_open(self, market: Market, side: str) -> bool:
        if self.risk.ALLOW_DUPLICATE_POSITIONS:
            return False
        return any(t.side == side for t in self._active.get(market.symbol, ()))

    async def _decide(
        self, signal: Signal
    ) -> tuple[RiskDecision | None, Market | None, dict[str, Any]]:
        """Validate, resolve, price and run the risk rules. Never raises for a bad signal."""
        reasons = validate_signal(signal)
        if reasons:
            return RiskDecision(False, reasons), None, {}
        market = self.resolve(signal.symbol)
        if market is None:
            why = f"unknown symbol {signal.symbol!r}: {self._slots.venue} lists no such market"
            return RiskDecision(False, [why]), None, {}
        scale = self._scale(signal.symbol, market)

        def px(v: float) -> Decimal:
            return market.round_price(D(v) * scale)

        entries = [px(e) for e in signal.entries]
        tps = [px(t) for t in signal.take_profits]
        sl = px(signal.sl) if signal.sl is not None else None
        price_f = await self.get_current_price(market.symbol)
        price = D(price_f) if price_f is not None else None
        halted = self.kill_switch.is_set()
        ctx = RiskContext(
            equity=self.equity(),
            free_margin=self.free_margin(),
            open_trades=sum(len(v) for v in self._active.values()),
            same_side_open=self._same_side_open(market, signal.side),
            daily_pnl=self.daily_pnl(),
            day_start_equity=self.ledger.day_start_equity,
            halted=halted,
            halt_reason=self.kill_switch.reason() if halted else None,
            current_price=price,
        )
        decision = evaluate(signal, market, entries, tps, sl, ctx, self.risk)
        if ctx.daily_pnl <= -ctx.day_start_equity * D(self.risk.DAILY_LOSS_LIMIT_PCT):
            self._daily_limit_event()
        return decision, market, {"entries": entries, "tps": tps, "sl": sl, "price": price}

    def _daily_limit_event(self) -> None:
        if self.ledger.daily_limit_day != self.ledger.day:
            self.ledger.daily_limit_day = self.ledger.day
            self._events.append(
                ev.Event(
                    ev.DAILY_LIMIT_REACHED,
                    "Daily loss limit reached: no new entries until 00:00 UTC.",
                )
            )

    async def preview(self, signal: Signal) -> TradePreview:
        """What executing the signal now would do (nothing is sent)."""
        if not self._started:
            await self.start()
        decision, market, p = await self._decide(signal)
        assert decision is not None
        price = p.get("price")
        ref = decision.reference_price
        sl = p.get("sl")
        qty = decision.quantity
        loss = rr = dist = None
        if ref is not None and sl is not None and qty:
            loss = float(abs(ref - sl) * qty)
            tps = p.get("tps") or []
            if tps and ref != sl:
                rr = float(abs(tps[-1] - ref) / abs(ref - sl))
        if price and p.get("entries"):
            dist = float((p["entries"][0] - price) / price * 100)
        return TradePreview(
            symbol=market.symbol if market else signal.symbol,
            side=signal.side,
            entries=[float(x) for x in p.get("entries", [])],
            take_profits=[float(x) for x in p.get("tps", [])],
            sl=float(sl) if sl is not None else None,
            leverage=decision.leverage,
            requested_leverage=decision.requested_leverage,
            leverage_clamped=decision.leverage_clamped,
            quantity=float(qty),
            position_value=float(decision.position_value),
            margin=float(decision.margin),
            loss_at_stop=loss,
            reward_risk=rr,
            current_price=float(price) if price is not None else None,
            distance_pct=dist,
            mode_label=self.mode_label,
            simulated_prices=self.simulated_prices,
            approved=decision.approved,
            reasons=list(decision.reasons),
        )

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

    async def execute(self, signal: Signal) -> ExecutionResult:
        """Risk-check, size and send a signal; the result says what happened and why."""
        if not self._started:
            await self.start()
        async with self._lock:
            self.ledger.signals_processed += 1
            try:
                result = await self._execute_locked(signal)
            except StoreError as exc:
                result = ExecutionResult(False, [exc.user_message()])
            if not result.ok:
                if result.trade_id is None:
                    self.ledger.signals_refused += 1
                self._events.append(
                    ev.Event(
                        ev.SIGNAL_REFUSED,
                        f"{signal.symbol} {signal.side} not traded: " + "; ".join(result.reasons),
                        symbol=signal.symbol,
                        trade_id=result.trade_id,
                        data={"reasons": result.reasons},
                    )
                )
                log.info("signal %s refused: %s", signal.signal_id, "; ".join(result.reasons))
            self._put_state(lazy=True)
            try:
                await self._settle()
            except StoreError as exc:
                log.error("store failed after execution: %s", exc.user_message())
        await self._publish()
        return result

    async def _execute_locked(self, signal: Signal) -> ExecutionResult:
        trade_id = str(signal.signal_id)
        if trade_id in self.trades or trade_id in self._known_ids:
            return ExecutionResult(False, [f"signal {trade_id} was already executed"])
        decision, market, p = await self._decide(signal)
        assert decision is not None
        if not decision.approved or market is None:
            return ExecutionResult(False, decision.reasons)
        price: Decimal = p["price"]
        # The broker sees the price the decision was made on (a simulated one fills at it).
        for u in self.broker.on_price(market.symbol, float(price)):
            self._apply_update(u)
        n_tp = len(p["tps"])
        split = [D(x) for x in self.risk.TP_SPLIT[:n_tp]] if self.risk.TP_SPLIT else []
        if len(split) != n_tp:
            split = even_split(n_tp)
        now = self.clock.time()
        trade = Trade(
            trade_id=trade_id,
            symbol=market.symbol,
            side=signal.side,
            leverage=decision.leverage,
            requested_leverage=decision.requested_leverage,
            planned_qty=decision.quantity,
            entries=p["entries"],
            take_profits=p["tps"],
            tp_split=split,
            sl=p["sl"],
            source=signal.source,
            opened_at=now,
        )
        legs = plan_entries(signal.side, p["entries"], price, decision.quantity, market)
        buy_sell = "buy" if trade.is_long else "sell"
        entry_orders = []
        for i, (limit, amount) in enumerate(legs):
            entry_orders.append(
                self._new_order(
                    trade,
                    OrderRole.ENTRY,
                    OrderType.MARKET if limit is None else OrderType.LIMIT,
                    buy_sell,
                    amount,
                    price=limit,
                    leg=i,
                )
            )
        try:
            await self.broker.set_leverage(market, trade.leverage)
        except SigcopyError as exc:
            return ExecutionResult(False, [f"leverage not set: {exc.user_message()}"])
        self._put("signal", trade_id, "accepted", signal.to_dict())
        self._track(trade)
        try:
            await self._flush()  # write-ahead: every order is on disk before it leaves
        except StoreError:
            # Nothing was sent: the trade must not linger in memory holding a slot.
            for o in entry_orders:
                o.status = OrderStatus.CANCELED
                o.error = "not sent: the database could not be written"
                self._put_order(o)
            self._finish(trade, TradeStatus.FAILED, "store_error")
            raise
        if self.kill_switch.is_set():
            self._fail(trade, entry_orders, "halted just before sending")
            return ExecutionResult(False, ["trading was halted just before sending"], trade_id)
        results = await self._send_all(entry_orders)
        errors = [e for e in results if isinstance(e, str)]
        if errors and not trade.entry_qty and not self._live_orders(trade, OrderRole.ENTRY):
            self.ledger.trades_failed += 1
            self._finish(trade, TradeStatus.FAILED, "broker_error")
            return ExecutionResult(False, errors, trade_id, self._order_dicts(trade))
        if entry_orders and all(o.status == OrderStatus.DRY_RUN for o in entry_orders):
            await self._dry_run_rest(trade)
        self.ledger.trades_executed += 1
        return ExecutionResult(
            True,
            errors,
            trade_id,
            self._order_dicts(trade),
            float(trade.entry_qty),
            float(trade.avg_entry) if trade.avg_entry is not None else None,
        )

    def _log_dry_run(self, o: Order, u: OrderUpdate) -> None:
        t = self.trades[o.trade_id]
        self._log(
            t,
            "DRY_RUN",
            o.price or o.trigger_price or ZERO,
            o.amount,
            ZERO,
            self.clock.time(),
            order_id=o.client_id,
            client_id=o.client_id,
            role=o.role.value,
            request=u.info.get("request"),
            trade_id=t.trade_id,
        )
        self._must_flush = True

    async def _dry_run_rest(self, trade: Trade) -> None:
        """Dry run: log the stop and take-profits the planned size would get, then stop."""
        _, place = self._protective_orders(trade, trade.planned_qty)
        await self._send_all(place)
        self._finish(trade, TradeStatus.CANCELED, "dry_run")

    def _fail(self, trade: Trade, orders: list[Order], why: str) -> None:
        for o in orders:
            o.status = OrderStatus.CANCELED
            o.error = why
            self._put_order(o)
        self._finish(trade, TradeStatus.CANCELED, "halted")

    def _order_dicts(self, trade: Trade) -> list[dict[str, Any]]:
        out = []
        for o in self._by_trade.get(trade.trade_id, ()):
            if True:
                out.append(
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
                )
        return out

    # -- orders ----------------------------------------------------------------------------------
    def _new_order(
        self,
        trade: Trade,
        role: OrderRole,
        otype: OrderType,
        side: str,
        amount: Decimal,
        *,
        price: Decimal | None = None,
        trigger: Decimal | None = None,
        leg: int = 0,
    ) -> Order:
        now = self.clock.time()
        o = Order(
            client_id=trade.next_client_id(role.value),
            trade_id=trade.trade_id,
            symbol=trade.symbol,
            side=side,
            type=otype,
            role=role,
            amount=amount,
            price=price,
            trigger_price=trigger,
            reduce_only=role != OrderRole.ENTRY,
            leg=leg,
            created_at=now,
            updated_at=now,
        )
        self._index(o)
        self._put_order(o)
        self._put_trade(trade)
        return o

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
            self._must_flush = False
            return
        if self._dirty_trades:
            trades, self._dirty_trades = self._dirty_trades, {}
            for t in trades.values():
                self.store.put("trade", t.trade_id, t.status.value, t.to_dict())
        if self._dirty_orders:
            orders, self._dirty_orders = self._dirty_orders, {}
            for o in orders.values():
                self.store.put("order", o.client_id, o.status.value, o.to_dict())
        self._must_flush = False
        await self.store.flush()

    def _put_state(self, lazy: bool = False) -> None:
        if self._volatile:
            return
        self.store.put("state", "ledger", "ok", self.ledger.to_dict())
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
                self._by_trade.pop(tid, None)
                self._done.discard(tid)

    async def _send_all(self, orders: list[Order]) -> list[OrderUpdate | str]:
        """Send orders concurrently (already in the store); apply each answer. Never retried."""
        if not orders:
            return []
        answers: list[Any]
        if len(orders) == 1 or getattr(self.broker, "instant", False):
            # One at a time when there is no round trip to overlap (a simulated broker).
            answers = []
            for o in orders:
                try:
                    answers.append(await self.broker.place_order(o))
                except Exception as exc:  # noqa: BLE001 - mapped to a reason below
                    answers.append(exc)
        else:
            answers = await asyncio.gather(
                *(self.broker.place_order(o) for o in orders), return_exceptions=True
            )
        out: list[OrderUpdate | str] = []
        for o, a in zip(orders, answers, strict=True):
            if isinstance(a, OrderUpdate):
                self._apply_update(a)
                if a.status == OrderStatus.DRY_RUN:
                    self._log_dry_run(o, a)
                if a.status == OrderStatus.REJECTED:
                    out.append(f"{o.role.value} order rejected: {a.error or 'no reason given'}")
                else:
                    out.append(a)
            else:
                msg = (
                    a.user_message() if isinstance(a, SigcopyError) else f"{type(a).__name__}: {a}"
                )
                if not isinstance(a, SigcopyError | BrokerError):
                    log.error("unexpected broker failure", exc_info=a)
                o.status = OrderStatus.REJECTED
                o.error = msg
                self._put_order(o)
                self._events.append(
                    ev.Event(
                        ev.ORDER_FAILED, f"{o.role.value} order failed: {msg}", o.symbol, o.trade_id
                    )
                )
                out.append(f"{o.role.value} order failed: {msg}")
        return out

    def _apply_update(self, u: OrderUpdate) -> None:
        """Fold a broker report (cumulative fill) into the order and its trade."""
        o = self.orders.get(u.client_id)
        if o is None:
            return
        trade = self.trades.get(o.trade_id)
        if u.exchange_id:
            o.exchange_id = u.exchange_id
        delta = u.filled - o.filled
        if delta > 0 and u.avg_price is not None:
            old_cost = (o.avg_price or ZERO) * o.filled
            price = (u.avg_price * u.filled - old_cost) / delta
            fee = u.fee - o.fee
            o.filled, o.avg_price, o.fee = u.filled, u.avg_price, u.fee
            if trade is not None:
                self._on_fill(trade, o, delta, price, fee, u.timestamp or self.clock.time())
        ack = delta <= 0 and u.status == OrderStatus.OPEN and not u.error
        if (
            u.status in (OrderStatus.CANCELED, OrderStatus.REJECTED, OrderStatus.EXPIRED)
            and o.status == OrderStatus.OPEN
            and o.role in (OrderRole.STOP_LOSS, OrderRole.TAKE_PROFIT)
            and o.client_id not in self._cancel_requested
            and trade is not None
            and trade.is_active
        ):
            # Cancelled by hand or lost by the exchange: said, and re-placed if still needed.
            self._vanished.add(trade.trade_id)
            self._events.append(
                ev.Event(
                    ev.RECONCILED,
                    f"{trade.symbol}: the {o.role.value} order {o.exchange_id or o.client_id} was "
                    f"{u.status.value} at the exchange outside sigcopy ({u.error or 'no reason'}); "
                    "it is placed again if the position is still open.",
                    trade.symbol,
                    trade.trade_id,
                )
            )
        if not o.status.is_final:
            o.status = u.status
        if u.error:
            o.error = u.error
        o.updated_at = self.clock.time()
        self._put_order(o, ack=ack)

    def _on_fill(
        self, t: Trade, o: Order, qty: Decimal, price: Decimal, fee: Decimal, ts: float
    ) -> None:
        self.ledger.book_fee(fee)
        n_lines = len(self._log_lines)
        base = {
            "order_id": o.exchange_id or o.client_id,
            "client_id": o.client_id,
            "fill_id": f"{o.client_id}:{o.filled}",
            "trade_id": t.trade_id,
        }
        if o.role == OrderRole.ENTRY:
            first = t.entry_qty == 0
            t.apply_entry_fill(qty, price, fee, ts)
            self._log(t, "OPEN" if first else "ADD", price, qty, fee, ts, **base)
            self._events.append(
                ev.Event(
                    ev.ENTRY_FILLED,
                    f"{t.symbol} {t.side} entry filled: {qty} @ {price}",
                    t.symbol,
                    t.trade_id,
                    {"qty": float(qty), "price": float(price)},
                )
            )
            self._protect_ids.add(t.trade_id)
        else:
            pnl = t.apply_exit_fill(qty, price, fee)
            self.ledger.book_pnl(pnl)
            reason = self._exit_reason(t, o)
            if o.role == OrderRole.TAKE_PROFIT and o.filled >= o.amount:
                t.tps_hit += 1
                t.tp_done.append(o.leg)
                if t.tps_hit == 1 and self.risk.MOVE_SL_TO_ENTRY_AFTER_TP1 and t.sl is not None:
                    t.sl = self.catalog_round(t, t.avg_entry or t.sl)
                    t.sl_at_entry = True
            closing = t.open_qty <= 0
            self._log(
                t,
                "CLOSE" if closing else "PARTIAL_CLOSE",
                price,
                qty,
                fee,
                ts,
                exit_price=str(price),
                pnl=str(pnl - fee),
                reason=reason,
                **base,
            )
            kind = {
                "take_profit": ev.TAKE_PROFIT_HIT,
                "stop_loss": ev.STOP_HIT,
                "break_even": ev.STOP_HIT,
            }.get(reason)
            if kind:
                label = "take-profit" if kind == ev.TAKE_PROFIT_HIT else "stop"
                self._events.append(
                    ev.Event(
                        kind,
                        f"{t.symbol} {t.side} {label} hit: {qty} @ {price}",
                        t.symbol,
                        t.trade_id,
                        {
                            "qty": float(qty),
                            "price": float(price),
                            "pnl": float(pnl - fee),
                            "reason": reason,
                        },
                    )
                )
            if closing:
                self._finish(t, TradeStatus.CLOSED, reason)
            else:
                self._protect_ids.add(t.trade_id)
        self._put_trade(t)
        fill_id = base["fill_id"]
        self._put_state()
        self._put(
            "fill",
            fill_id,
            "ok",
            {
                "client_id": o.client_id,
                "trade_id": t.trade_id,
                "qty": str(qty),
                "price": str(price),
                "fee": str(fee),
                "ts": ts,
                "role": o.role.value,
                "log": self._log_lines[n_lines] if len(self._log_lines) > n_lines else None,
            },
        )

    def catalog_round(self, t: Trade, price: Decimal) -> Decimal:
        """Round a price to the trade's market tick."""
        m = self.catalog.resolve(t.symbol)
        return m.round_price(price) if m else price

    def _exit_reason(self, t: Trade, o: Order) -> str:
        if o.role == OrderRole.TAKE_PROFIT:
            return "take_profit"
        if o.role == OrderRole.STOP_LOSS:
            return "break_even" if t.sl_at_entry else "stop_loss"
        return str(t.extra.get("close_reason", "closed_by_update"))

    def _log(
        self,
        t: Trade,
        action: str,
        price: Decimal,
        qty: Decimal,
        fee: Decimal,
        ts: float,
        **extra: Any,
    ) -> None:
        from datetime import UTC, datetime

        rec = {
            "mode": self.mode_label.lower().replace(" ", "_"),
            "action": action,
            "symbol": t.symbol,
            "side": t.side,
            "entry_price": str(t.avg_entry) if t.avg_entry is not None else str(price),
            "quantity": str(qty),
            "leverage": t.leverage,
            "tp": [str(x) for x in t.take_profits],
            "sl": str(t.sl) if t.sl is not None else None,
            "fees": str(fee),
            "timestamp": datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z"),
            "source": t.source,
        }
        rec.update(extra)
        self._log_lines.append(rec)

    def _finish(self, t: Trade, status: TradeStatus, reason: str) -> None:
        """Close or cancel a trade: cancel its live orders, book the result."""
        if not t.is_active:
            return
        t.status = status
        t.close_reason = reason
        t.closed_at = self.clock.time()
        self._done.add(t.trade_id)
        self._untrack(t)
        for o in self._live_orders(t):
            self._cancels.append(o)
        if status == TradeStatus.CLOSED:
            if t.net_pnl > 0:
                self.ledger.wins += 1
            else:
                self.ledger.losses += 1
            self.ledger.mark(t.closed_at, self.equity())
            ts, eq = self.ledger.curve[-1]
            self._put("equity", f"{ts:.6f}:{t.trade_id}", "ok", {"ts": ts, "equity": eq})
            self._events.append(
                ev.Event(
                    ev.POSITION_CLOSED,
                    f"{t.symbol} {t.side} closed ({reason}): PnL {t.net_pnl:.2f}",
                    t.symbol,
                    t.trade_id,
                    {"pnl": float(t.net_pnl), "reason": reason},
                )
            )
        self._put_trade(t)

    def _track(self, t: Trade) -> None:
        self.trades[t.trade_id] = t
        self._active.setdefault(t.symbol, []).append(t)
        self._put_trade(t)
        self._rebuild_watch(t.symbol)

    def _untrack(self, t: Trade) -> None:
        lst = self._active.get(t.symbol, [])
        if t in lst:
            lst.remove(t)
        self._rebuild_watch(t.symbol)

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

    def _check_watched(self, symbol: str, price: float) -> None:
        for t in list(self._active.get(symbol, ())):
            if t.status != TradeStatus.PENDING or not t.take_profits:
                continue
            tp1 = float(t.take_profits[0])
            if (price >= tp1) if t.is_long else (price <= tp1):
                self._finish(t, TradeStatus.CANCELED, "tp1_before_entry")
                self._events.append(
                    ev.Event(
                        ev.SIGNAL_REFUSED,
                        f"{t.symbol}: TP1 reached before the entry filled; entries cancelled",
                        t.symbol,
                        t.trade_id,
                    )
                )

    def _check_expiry(self) -> None:
        now = self.clock.time()
        if now < self._next_expiry:
            return
        ttl = self.risk.LIMIT_ORDER_TTL_HOURS * 3600
        for trades in list(self._active.values()):
            for t in list(trades):
                if t.opened_at + ttl > now:
                    continue
                if t.status == TradeStatus.PENDING:
                    self._finish(t, TradeStatus.CANCELED, "expired")
                else:
                    self._cancels.extend(self._live_orders(t, OrderRole.ENTRY))
        for sym in list(self._active):
            self._rebuild_watch(sym)

    # -- protection ------------------------------------------------------------------------------
    def _protective_orders(
        self, t: Trade, qty: Decimal | None = None
    ) -> tuple[list[Order], list[Order]]:
        """(to cancel, to place) so that the stop and TPs match the open quantity."""
        cancel: list[Order] = []
        place: list[Order] = []
        qty = t.open_qty if qty is None else qty
        if not t.is_active or qty <= 0:
            return cancel, place
        market = self.catalog.resolve(t.symbol)
        if market is None:
            return cancel, place
        exit_side = "sell" if t.is_long else "buy"
        if t.sl is not None:
            sls = self._live_orders(t, OrderRole.STOP_LOSS)
            ok = len(sls) == 1 and sls[0].remaining == qty and sls[0].trigger_price == t.sl
            if not ok:
                cancel += sls
                place.append(
                    self._new_order(
                        t, OrderRole.STOP_LOSS, OrderType.STOP, exit_side, qty, trigger=t.sl
                    )
                )
        done = set(t.tp_done)
        live_tps = {o.leg: o for o in self._live_orders(t, OrderRole.TAKE_PROFIT)}
        levels = [i for i in range(len(t.take_profits)) if i not in done]
        if levels:
            amounts = split_take_profits(qty, [t.tp_split[i] for i in levels], market)
            for i, amt in zip(levels, amounts, strict=True):
                cur = live_tps.pop(i, None)
                if cur is not None and cur.remaining == amt:
                    continue
                if cur is not None:
                    cancel.append(cur)
                if amt > 0:
                    place.append(
                        self._new_order(
                            t,
                            OrderRole.TAKE_PROFIT,
                            OrderType.LIMIT,
                            exit_side,
                            amt,
                            price=t.take_profits[i],
                            leg=i,
                        )
                    )
        cancel += list(live_tps.values())
        return cancel, place

    async def _settle(self) -> None:
        """Run follow-ups until quiet: cancels, protection, then flush, log lines, events."""
        if self._vanished:
            # Before re-placing a vanished stop: is the position still there at all?
            await self._reconcile_positions()
            self._protect_ids.update(t for t in self._vanished if self.trades[t].is_active)
            self._vanished.clear()
        for _ in range(10):
            if not self._cancels and not self._protect_ids:
                break
            cancels, self._cancels = self._cancels, []
            if cancels:
                await self._cancel_all(cancels)
            ids, self._protect_ids = self._protect_ids, set()
            to_place: list[Order] = []
            for tid in ids:
                t = self.trades.get(tid)
                if t is None:
                    continue
                cancel, place = self._protective_orders(t)
                if cancel:
                    await self._cancel_all(cancel)
                    if not t.is_active or t.open_qty <= 0:
                        continue
                to_place += place
            if to_place:
                await self._flush()  # write-ahead for the protective orders
                results = await self._send_all(to_place)
                for o, r in zip(to_place, results, strict=True):
                    if isinstance(r, str) and o.role == OrderRole.STOP_LOSS:
                        await self._stop_failed(o, r)
        if self._must_flush:
            await self._flush()
        elif self._dirty_orders or getattr(self.store, "dirty", False):
            self._schedule_flush()
        if self._log_lines:
            lines, self._log_lines = self._log_lines, []
            for rec in lines:
                self.trade_log.append(rec)
        if self._done:
            self._prune()

    async def _stop_failed(self, o: Order, why: str) -> None:
        """A position must never stay open without its stop: close it and say so."""
        t = self.trades.get(o.trade_id)
        if t is None or not t.is_active or t.open_qty <= 0:
            return
        self._events.append(
            ev.Event(
                ev.ERROR,
                f"{t.symbol}: the stop could not be placed ({why}); closing the position.",
                t.symbol,
                t.trade_id,
            )
        )
        await self._close_trade(t, "stop_rejected")

    async def _cancel_all(self, orders: list[Order]) -> None:
        live = [o for o in orders if o.is_live]
        if not live:
            return
        self._cancel_requested.update(o.client_id for o in live)
        answers = await asyncio.gather(
            *(self.broker.cancel_order(o) for o in live), return_exceptions=True
        )
        for o, a in zip(live, answers, strict=True):
            if isinstance(a, OrderUpdate):
                self._apply_update(a)
            else:
                log.warning("cancel of %s failed: %s", o.client_id, a)

    async def _close_trade(self, t: Trade, reason: str, fraction: Decimal | None = None) -> bool:
        """Market-close all (or a fraction) of a trade; cancels unfilled entries first."""
        market = self.catalog.resolve(t.symbol)
        if market is None:
            return False
        await self._cancel_all(self._live_orders(t, OrderRole.ENTRY))
        qty = t.open_qty
        if fraction is not None:
            qty = market.round_amount(qty * fraction)
        if qty <= 0:
            if t.open_qty <= 0 and t.is_active:
                self._finish(t, TradeStatus.CANCELED, reason)
            return t.open_qty <= 0
        if fraction is None or qty >= t.open_qty:
            await self._cancel_all(self._live_orders(t))
        t.extra["close_reason"] = reason
        o = self._new_order(
            t, OrderRole.CLOSE, OrderType.MARKET, "sell" if t.is_long else "buy", qty
        )
        await self._flush()
        result = await self._send_all([o])
        if t.is_active and t.open_qty > 0:
            self._protect_ids.add(t.trade_id)
        return not isinstance(result[0], str)

    # -- follow-ups and control ------------------------------------------------------------------
    def _find(self, symbol: str | None, trade_id: str | None) -> list[Trade]:
        if trade_id:
            t = self.trades.get(trade_id)
            return [t] if t and t.is_active else []
        if symbol:
            m = self.resolve(symbol)
            return list(self._active.get(m.symbol, ())) if m else []
        return []

    async def close_position(self, symbol: str, reason: str = "manual") -> bool:
        """Close every open trade on a symbol at market; False when nothing was open."""
        return (await self.apply_update("CLOSE", symbol=symbol, reason=reason)).ok

    async def close_all(self, reason: str = "manual") -> int:
        """Close every open position; returns how many were closed."""
        if not self._started:
            await self.start()
        n = 0
        for trades in list(self._active.values()):
            for t in list(trades):
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
    ) -> ExecutionResult:
        """A follow-up: CLOSE, CLOSE_PARTIAL, CANCEL, MOVE_SL, SL_HIT (closes), TP_HIT (noted)."""
        if not self._started:
            await self.start()
        kind = kind.upper()
        async with self._lock:
            trades = self._find(symbol, trade_id)
            if not trades:
                return ExecutionResult(False, [f"no open trade for {trade_id or symbol}"])
            reasons: list[str] = []
            ok = True
            for t in trades:
                if kind in ("CLOSE", "SL_HIT"):
                    ok &= await self._close_trade(t, reason)
                elif kind == "CLOSE_PARTIAL":
                    ok &= await self._close_trade(t, reason, D(fraction or 0.5))
                elif kind == "CANCEL":
                    await self._cancel_all(self._live_orders(t, OrderRole.ENTRY))
                    if t.entry_qty == 0:
                        self._finish(t, TradeStatus.CANCELED, "cancelled_by_update")
                elif kind == "MOVE_SL":
                    new = t.avg_entry if to_entry else (D(price) if price else None)
                    if new is None:
                        ok = False
                        reasons.append("no price to move the stop to (the entry has not filled)")
                        continue
                    new = self.catalog_round(t, new)
                    last = self._last.get(t.symbol)
                    if last is not None and ((new >= D(last)) if t.is_long else (new <= D(last))):
                        ok = False
                        reasons.append(f"stop {new} would be past the market price {last}")
                        continue
                    t.sl = new
                    t.sl_at_entry = t.avg_entry is not None and new == t.avg_entry
                    self._put_trade(t)
                    self._protect_ids.add(t.trade_id)
                elif kind == "TP_HIT":
                    reasons.append("noted: take-profits are managed by our own orders")
                else:
                    return ExecutionResult(False, [f"unknown update {kind!r}"])
            self._put_state()
            await self._settle()
            t0 = trades[0]
            result = ExecutionResult(ok, reasons, t0.trade_id, self._order_dicts(t0))
        await self._publish()
        return result

    @property
    def is_halted(self) -> bool:
        """True while the EMERGENCY_STOP file exists."""
        return self.kill_switch.is_set()

    def halt(self, reason: str = "halted by user") -> None:
        """Stop all new trading now (and after a restart); positions stay open."""
        self.kill_switch.set(reason)
        self._was_halted = True
        self._notify(ev.Event(ev.HALTED, f"Trading halted: {reason}"))

    def resume(self) -> None:
        """Allow new trades again."""
        self.kill_switch.clear()
        self._was_halted = False
        self._notify(ev.Event(ev.RESUMED, "Trading resumed."))

    # -- monitor, restore ------------------------------------------------------------------------
    async def monitor_pass(self) -> None:
        """One pass of the background monitor: halt file, expiry, broker polling, balance."""
        if not self._started:
            await self.start()
        halted = self.kill_switch.is_set()
        if halted and not self._was_halted:
            self._events.append(ev.Event(ev.HALTED, f"Trading halted: {self.kill_switch.reason()}"))
        self._was_halted = halted
        async with self._lock:
            live = [o for o in self.orders.values() if o.is_live and o.status == OrderStatus.OPEN]
            try:
                for u in await self.broker.poll(live):
                    self._apply_update(u)
            except SigcopyError as exc:
                log.warning("poll failed: %s", exc.user_message())
            await self._refresh_balance()
            now = self.clock.time()
            if now >= self._next_reconcile:
                # Positions closed by hand on the exchange are found here, every minute.
                self._next_reconcile = now + self.settings.live.RECONCILE_INTERVAL_S
                await self._reconcile_positions()
            self._check_expiry()
            self._day_check()
            self._put_state()
            await self._settle()
        await self._publish()

    async def run_monitor(self, interval: float | None = None) -> None:
        """Run monitor passes forever (cancel the task to stop)."""
        while True:
            try:
                await self.monitor_pass()
            except SigcopyError as exc:
                log.error("monitor: %s", exc.user_message())
            await asyncio.sleep(interval or self.settings.live.POLL_INTERVAL_S)

    async def _refresh_balance(self) -> None:
        try:
            bal = await self.broker.fetch_balance()
        except SigcopyError as exc:
            log.warning("balance unavailable: %s", exc.user_message())
            return
        if bal is not None:
            self._balance_equity, self._balance_free = bal.equity, bal.free

    async def _restore(self) -> None:
        """Bring back trades, orders and the ledger; settle orders whose fate is unknown."""
        self._known_ids = {str(d["trade_id"]) for d in await self.store.load("trade")}
        state = await self.store.get("state", "ledger")
        if state:
            self.ledger = Ledger.from_dict(state)
            self.ledger.curve = [(d["ts"], d["equity"]) for d in await self.store.load("equity")]
        for d in await self.store.load("trade", tuple(s.value for s in ACTIVE)):
            t = Trade.from_dict(d)
            self.trades[t.trade_id] = t
            self._active.setdefault(t.symbol, []).append(t)
        orphans: list[Order] = []
        for d in await self.store.load(
            "order", (OrderStatus.PENDING.value, OrderStatus.OPEN.value)
        ):
            o = Order.from_dict(d)
            if o.trade_id not in self.trades:
                # Its trade ended but the cancel never got through (killed in between):
                # the order may still rest at the broker, so it is looked up and cancelled.
                td = await self.store.get("trade", o.trade_id)
                if td is None:
                    continue
                self.trades[o.trade_id] = Trade.from_dict(td)
                self._done.add(o.trade_id)
                orphans.append(o)
            self._index(o)
        # Before the pending orders are looked up: their fills add lines of their own.
        await self._recover_trade_log()
        await self._refresh_balance()
        pending = [o for o in self.orders.values() if o.status == OrderStatus.PENDING]
        self.broker.restore([o for o in self.orders.values() if o.status == OrderStatus.OPEN])
        for o in pending:
            # Sent or not? Ask the broker by client id before anything is sent again.
            try:
                u = await self.broker.fetch_order(o)
            except SigcopyError as exc:
                log.error("cannot look up %s: %s", o.client_id, exc.user_message())
                continue
            if u is None:
                o.status = OrderStatus.REJECTED
                o.error = "never reached the broker (found pending after a restart)"
                self._put_order(o)
            else:
                self._apply_update(u)
        self._cancels.extend(o for o in orphans if o.is_live)
        for trades in self._active.values():
            for t in list(trades):
                if t.status == TradeStatus.PENDING and not self._live_orders(t, OrderRole.ENTRY):
                    self._finish(t, TradeStatus.CANCELED, "entry_never_sent")
                elif t.status == TradeStatus.OPEN:
                    self._protect_ids.add(t.trade_id)
        for sym in list(self._active):
            self._rebuild_watch(sym)
        self._day_check()
        self._was_halted = self.kill_switch.is_set()
        await self._reconcile_positions()
        await self._settle()

    async def _recover_trade_log(self) -> None:
        """Lines whose fills reached the store but not the log (killed in between) are written."""
        logged_ids = getattr(self.trade_log, "logged_fill_ids", None)
        if logged_ids is None:
            return
        logged = logged_ids()
        for d in await self.store.load("fill"):
            rec = d.get("log")
            if rec and rec.get("fill_id") not in logged:
                self._log_lines.append(rec)

    async def _reconcile_positions(self) -> None:
        """Live: positions closed by hand on the exchange are recorded and reported."""
        try:
            positions = await self.broker.fetch_positions()
        except SigcopyError as exc:
            log.warning("positions unavailable: %s", exc.user_message())
            return
        if positions is None:
            return
        held = {(p.symbol, p.side): p for p in positions if p.amount > 0}
        for trades in list(self._active.values()):
            for t in list(trades):
                if t.status == TradeStatus.OPEN and (t.symbol, t.side) not in held:
                    self._cancels.extend(self._live_orders(t))
                    self._protect_ids.discard(t.trade_id)
                    self._finish(t, TradeStatus.CLOSED, "closed_on_exchange")
                    self._events.append(
                        ev.Event(
                            ev.RECONCILED,
                            f"{t.symbol} {t.side} was closed on the exchange "
                            "outside sigcopy; recorded, no stop re-placed.",
                            t.symbol,
                            t.trade_id,
                        )
                    )

    async def reconcile(self) -> None:
        """Poll every live order and compare positions with the exchange."""
        async with self._lock:
            live = [o for o in self.orders.values() if o.is_live]
            for u in await self.broker.poll(live):
                self._apply_update(u)
            await self._reconcile_positions()
            await self._settle()
        await self._publish()

    # -- events and stats ------------------------------------------------------------------------
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

    def positions(self) -> list[dict[str, Any]]:
        """Open positions with their unrealized PnL."""
        out = []
        for trades in self._active.values():
            for t in trades:
                if t.status != TradeStatus.OPEN:
                    continue
                last = self._last.get(t.symbol)
                out.append(
                    {
                        "trade_id": t.trade_id,
                        "symbol": t.symbol,
                        "side": t.side,
                        "quantity": float(t.open_qty),
                        "entry_price": float(t.avg_entry or 0),
                        "current_price": last,
                        "unrealized_pnl": float(t.unrealized(last)),
                        "leverage": t.leverage,
                        "sl": float(t.sl) if t.sl is not None else None,
                        "take_profits": [float(x) for x in t.take_profits],
                        "source": t.source,
                    }
                )
        return out

    def pending_trades(self) -> list[Trade]:
        """Trades whose entry orders rest unfilled."""
        return [t for ts in self._active.values() for t in ts if t.status == TradeStatus.PENDING]

    def equity_curve(self) -> list[tuple[float, float]]:
        """(epoch seconds, equity) at each close, and now."""
        return [*self.ledger.curve, (self.clock.time(), float(self.equity()))]

    def get_stats(self) -> dict[str, Any]:
        """The engine's figures (see README for each field)."""
        lg = self.ledger
        closed = lg.wins + lg.losses
        unrealized = self._unrealized()
        equity = self._balance_equity if self._balance_equity is not None else lg.cash + unrealized
        dd = lg.max_drawdown_pct
        if lg.peak_equity > 0 and equity < lg.peak_equity:
            dd = max(dd, float((lg.peak_equity - equity) / lg.peak_equity * 100))
        return {
            "mode": self.mode_label,
            "signals_processed": lg.signals_processed,
            "signals_refused": lg.signals_refused,
            "trades_executed": lg.trades_executed,
            "trades_failed": lg.trades_failed,
            "total_fees_paid": float(lg.total_fees),
            "equity": float(equity),
            "free_margin": float(self.free_margin()),
            "open_positions": sum(
                1 for ts in self._active.values() for t in ts if t.status == TradeStatus.OPEN
            ),
            "pending_entries": len(self.pending_trades()),
            "realized_pnl": float(lg.realized),
            "unrealized_pnl": float(unrealized),
            "win_rate": (lg.wins / closed) if closed else 0.0,
            "wins": lg.wins,
            "losses": lg.losses,
            "max_drawdown_pct": dd,
            "daily_pnl": float(lg.day_realized + unrealized),
            "halted": self.kill_switch.is_set(),
            "halt_reason": self.kill_switch.reason() if self.kill_switch.is_set() else None,
            "simulated_prices": self.simulated_prices,
        }
