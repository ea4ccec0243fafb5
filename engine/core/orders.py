"""Orders and fills: sending, applying broker reports, booking fills, ending trades."""

from __future__ import annotations

import asyncio
import logging
from decimal import Decimal
from typing import Any

from engine import events as ev
from engine.clock import iso_utc
from engine.core.state import EngineState
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderType, OrderUpdate
from engine.domain.trade import Trade, TradeStatus
from engine.errors import ApiAccessDenied, BrokerError, SigcopyError

log = logging.getLogger("sigcopy.engine")
ZERO = Decimal(0)
INF = float("inf")


class OrderFlow(EngineState):
    """Orders and fills: sending, applying broker reports, booking fills, ending trades."""

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
            client_id=trade.next_client_id(role),
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

    async def _each(self, call: Any, orders: list[Order]) -> list[Any]:
        """call(order) for each order: concurrently when each is a round trip, else in turn.

        Exceptions come back as values, in order.
        """
        if len(orders) > 1 and not self._instant:
            return list(await asyncio.gather(*(call(o) for o in orders), return_exceptions=True))
        answers: list[Any] = []
        for o in orders:
            try:
                answers.append(await call(o))
            except Exception as exc:  # noqa: BLE001 - the caller maps it to a reason
                answers.append(exc)
        return answers

    async def _send_all(
        self, orders: list[Order], *, read_fill: bool = True
    ) -> list[OrderUpdate | str]:
        """Send orders concurrently (already in the store); apply each answer. Never retried.

        read_fill=False lets the broker answer a market order before its fill is known
        (info["fill_unknown"]); the caller then reads it."""
        if not orders:
            return []
        if read_fill:
            answers = await self._each(self.broker.place_order, orders)
        else:
            answers = await self._each(
                lambda o: self.broker.place_order(o, read_fill=False), orders
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
                if isinstance(a, ApiAccessDenied):  # the account may not trade via the API
                    self.kill_switch.set(str(a))
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
            ended_as = t.close_reason
            if not t.is_active:
                # Filled while its trade was being ended (a cancel that lost the race):
                # the position is real, so the trade is open again and gets its stop.
                if t.status == TradeStatus.CLOSED:  # its result is booked again when it ends
                    if t.net_pnl > 0:
                        self.ledger.wins -= 1
                    else:
                        self.ledger.losses -= 1
                t.status, t.closed_at, t.close_reason = TradeStatus.OPEN, None, None
                self._done.discard(t.trade_id)
                self._active.setdefault(t.symbol, []).append(t)
                self._events.append(
                    ev.Event(
                        ev.ENTRY_FILLED,
                        f"{t.symbol}: an entry filled while it was being cancelled; "
                        "the position is kept and protected.",
                        t.symbol,
                        t.trade_id,
                    )
                )
            first = t.entry_qty == 0
            exits_first = t.exit_qty > t.entry_qty  # exits were learned before this fill
            t.apply_entry_fill(qty, price, fee, ts)
            if exits_first and t.avg_entry is not None and t.avg_exit is not None:
                # They were booked against an unknown entry price: book them exactly now.
                diff = t.avg_exit - t.avg_entry if t.is_long else t.avg_entry - t.avg_exit
                gross = diff * t.exit_qty
                self.ledger.book_pnl(gross - t.gross_pnl)
                t.gross_pnl = gross
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
            if t.exit_qty > 0 and t.open_qty <= 0:
                self._finish(t, TradeStatus.CLOSED, ended_as or "closed")  # nothing left open
            else:
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
        m = self.resolve(t.symbol)
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
        avg = t.avg_entry
        rec = {
            "mode": self._log_mode,
            "action": action,
            "symbol": t.symbol,
            "side": t.side,
            "entry_price": str(avg if avg is not None else price),
            "quantity": str(qty),
            "leverage": t.leverage,
            "tp": [str(x) for x in t.take_profits],
            "sl": str(t.sl) if t.sl is not None else None,
            "fees": str(fee),
            "timestamp": iso_utc(ts),
            "source": t.source,
        }
        rec.update(extra)
        self._log_lines.append(rec)

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

    async def _cancel_all(self, orders: list[Order]) -> None:
        live = [o for o in orders if o.is_live]
        if not live:
            return
        self._cancel_requested.update(o.client_id for o in live)
        answers = await self._each(self.broker.cancel_order, live)
        for o, a in zip(live, answers, strict=True):
            if isinstance(a, OrderUpdate):
                self._apply_update(a)
            else:
                log.warning("cancel of %s failed: %s", o.client_id, a)

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
