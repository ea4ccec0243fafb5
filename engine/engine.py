"""TradingEngine: one engine for paper, live and backtest; the mode only picks the slots."""

from __future__ import annotations

import logging
import math
from decimal import Decimal
from typing import Any

from config import Settings, load_settings
from engine import events as ev
from engine.core.lifecycle import Lifecycle
from engine.domain.market import BUILTIN_MARKETS, D, Market, MarketCatalog
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderType, OrderUpdate
from engine.domain.planning import even_split, plan_entries
from engine.domain.risk import RiskContext, RiskDecision, evaluate, size_position, validate_signal
from engine.domain.signal import Signal
from engine.domain.trade import Trade, TradeStatus
from engine.errors import ConfigError, SigcopyError, StoreError
from engine.ports import Broker, Clock, KillSwitch, MarketData, Store, TradeLog
from engine.results import ExecutionResult, TradePreview

log = logging.getLogger("sigcopy.engine")
ZERO = Decimal(0)
INF = float("inf")
MODES = ("paper", "live", "backtest")


class TradingEngine(Lifecycle):
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
        super().__init__(self.settings, self.mode, slots)

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
        if not self._active.get(market.symbol):  # an open trade's prices stay where they are
            self._anchor_feed(market.symbol, entries)
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

    def note_refused(self, signal_id: str, reasons: list[str]) -> None:
        """Count and log a signal refused before execution (its card said why), as execute()
        counts the ones it refuses, so /stats and the log agree."""
        self.ledger.signals_processed += 1
        self.ledger.signals_refused += 1
        log.info("signal %s refused: %s", signal_id, "; ".join(reasons) or "invalid")
        self._put_state(lazy=True)

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
                if result.ok:
                    # Kept in memory and written with the next commit that succeeds.
                    result.reasons.append(f"not saved yet: {exc.user_message()}")
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
            # Write-ahead: every order is on disk before it leaves. An instant broker (the
            # simulator) sends nothing out of the process, so its orders are committed once,
            # with their fills, unless the last commit failed (then: can we write at all?).
            wrote_ahead = not self._instant or self._flush_failed
            if wrote_ahead:
                await self._flush()
        except StoreError:
            # Nothing was sent: the trade must not linger in memory holding a slot.
            for o in entry_orders:
                o.status = OrderStatus.CANCELED
                o.error = "not sent: the database could not be written"
                self._put_order(o)
            self._finish(trade, TradeStatus.FAILED, "store_error")
            raise
        # A halt that arrived while the orders were written (nothing else awaits in between:
        # the decision's own check is current otherwise).
        if wrote_ahead and self.kill_switch.is_set():
            self._fail(trade, entry_orders, "halted just before sending")
            return ExecutionResult(False, ["trading was halted just before sending"], trade_id)
        # read_fill=False: where the exchange answers a market order without its fill (MEXC),
        # the stop and TPs go out together with the read of the fill (2 round trips, not 3).
        results = await self._send_all(entry_orders, read_fill=False)
        errors = [e for e in results if isinstance(e, str)]
        unknown = [
            o
            for o, r in zip(entry_orders, results, strict=True)
            if isinstance(r, OrderUpdate) and r.info.get("fill_unknown")
        ]
        if unknown:
            errors += await self._protect_while_reading(trade, unknown)
        dry = bool(entry_orders) and all(o.status == OrderStatus.DRY_RUN for o in entry_orders)
        if not dry and not trade.entry_qty and not self._live_orders(trade, OrderRole.ENTRY):
            # Nothing filled and nothing rests: refused, or accepted then cancelled unfilled.
            errors = errors or sorted(
                {f"entry order {o.status.value} with nothing filled" for o in entry_orders}
            )
            self.ledger.trades_failed += 1
            self._finish(trade, TradeStatus.FAILED, "broker_error")
            return ExecutionResult(False, errors, trade_id, self._order_dicts(trade))
        if dry:
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

    def _fail(self, trade: Trade, orders: list[Order], why: str) -> None:
        for o in orders:
            o.status = OrderStatus.CANCELED
            o.error = why
            self._put_order(o)
        self._finish(trade, TradeStatus.CANCELED, "halted")

    def _find(
        self, symbol: str | None, trade_id: str | None, source: str | None = None
    ) -> list[Trade]:
        if trade_id:
            t = self.trades.get(trade_id)
            return [t] if t and t.is_active else []
        if symbol:
            m = self.resolve(symbol)
            found = list(self._active.get(m.symbol, ())) if m else []
            # A channel's follow-up acts on that channel's trades only.
            return [t for t in found if source is None or t.source == source]
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
        source: str | None = None,
    ) -> ExecutionResult:
        """A follow-up: CLOSE, CLOSE_PARTIAL, CANCEL, MOVE_SL, SL_HIT (closes), TP_HIT (noted).

        With `source`, a symbol names only the trades that came from that source.
        """
        if not self._started:
            await self.start()
        kind = kind.upper()
        bad = _bad_update_numbers(kind, price, fraction)
        if bad:
            return ExecutionResult(False, [bad])
        async with self._lock:
            trades = self._find(symbol, trade_id, source)
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
        """The engine's figures (see docs/dev/architecture.md)."""
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


def _bad_update_numbers(kind: str, price: float | None, fraction: float | None) -> str | None:
    """A reason when a follow-up's numbers cannot be acted on, else None."""
    if kind == "CLOSE_PARTIAL" and fraction is not None:
        if not (
            isinstance(fraction, int | float) and math.isfinite(fraction) and 0 < fraction <= 1
        ):
            return f"fraction {fraction!r} must be above 0 and at most 1"
    if kind == "MOVE_SL" and price is not None:
        if not (isinstance(price, int | float) and math.isfinite(price) and price > 0):
            return f"stop price {price!r} must be a positive number"
    return None
