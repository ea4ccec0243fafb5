"""Bookkeeper: turns fills and trade ends into the portfolio, the journal and events."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from config.trading_config import RiskConfig
from engine import events as ev
from engine.core.bus import EventBus
from engine.core.journal import Journal
from engine.core.order_manager import OrderManager
from engine.core.overclose import excess_of, share_out
from engine.core.portfolio import Portfolio
from engine.core.trade_lines import TradeLines
from engine.domain.follow_up import ROLE_WORDS
from engine.domain.orders import Order, OrderRole
from engine.domain.trade import Trade, TradeStatus
from engine.ports import Clock

ZERO = Decimal(0)

_HIT = {"take_profit": ev.TAKE_PROFIT_HIT, "stop_loss": ev.STOP_HIT, "break_even": ev.STOP_HIT}
# Enum members read on every fill, bound once: in CPython 3.11 reading one from its class
# costs ~70 ns, a module global ~6.
_ENTRY, _TP, _SL = OrderRole.ENTRY, OrderRole.TAKE_PROFIT, OrderRole.STOP_LOSS
_CLOSED = TradeStatus.CLOSED


class Bookkeeper:
    """Books each fill exactly once and ends trades; owns no state of its own."""

    def __init__(
        self,
        portfolio: Portfolio,
        orders: OrderManager,
        journal: Journal,
        bus: EventBus,
        clock: Clock,
        risk: RiskConfig,
        round_price: Callable[[Trade, Decimal], Decimal],
        lines: TradeLines,
    ) -> None:
        self.portfolio = portfolio
        self.orders = orders
        self.journal = journal
        self.bus = bus
        self.clock = clock
        self.risk = risk
        self._round = round_price
        self.lines = lines  # the trade-log lines of its fills
        self.protect: Callable[[str], None] = lambda _tid: None  # the protector's want()
        self.on_track: Callable[[Trade], None] = lambda _t: None  # the protector's watch
        # A fill booked with an estimated fee (the fee corrector's `estimated`).
        self.on_estimate: Callable[[Trade, Order, float, str, dict[str, Any] | None], None] = (
            lambda _t, _o, _ts, _fid, _rec: None
        )

    # --- trades -----------------------------------------------------------------------------

    def track(self, t: Trade) -> None:
        """A new trade enters the book."""
        self.portfolio.track(t)
        self.journal.put_trade(t)
        self.on_track(t)

    def finish(self, t: Trade, status: TradeStatus, reason: str) -> None:
        """Close or cancel a trade: cancel its live orders, book the result."""
        if not t.is_active:
            return
        t.status = status
        t.close_reason = reason
        t.closed_at = self.clock.time()
        self.portfolio.untrack(t)
        self.on_track(t)
        self.orders.trade_ended(t.trade_id)
        if status == _CLOSED:
            lg = self.portfolio.ledger
            if t.net_pnl > 0:
                lg.wins += 1
            else:
                lg.losses += 1
            lg.mark(t.closed_at, self.portfolio.equity())
            if not self.journal.volatile:
                ts, eq = lg.curve[-1]
                self.journal.put("equity", f"{ts:.6f}:{t.trade_id}", "ok", {"ts": ts, "equity": eq})
            if self.bus.listening:
                self.bus.emit(
                    ev.Event(
                        ev.POSITION_CLOSED,
                        f"{t.symbol} {t.side} closed ({reason}): PnL {t.net_pnl:.2f}",
                        t.symbol,
                        t.trade_id,
                        {"pnl": float(t.net_pnl), "reason": reason},
                    )
                )
        self.journal.put_trade(t)

    # --- fills ------------------------------------------------------------------------------

    def on_fill(
        self, t: Trade, o: Order, qty: Decimal, price: Decimal, fee: Decimal, ts: float
    ) -> None:
        """New fill quantity of one order: trade, ledger, log line, events, fill record."""
        self.portfolio.ledger.book_fee(fee)
        if o.role != _ENTRY:
            known = t.entry_qty > 0 or not self.orders.live(t.trade_id, _ENTRY)
            excess = excess_of(t, qty, known)
            if not excess:  # (the usual case: the fill is all the trade's own)
                if qty > 0:
                    self._record(t, o, qty - ZERO, price, fee, ts)
                return
            shares = share_out(t, excess, self.portfolio.active_trades())
            own = qty - sum((part for _, part in shares), ZERO)
            if own > 0:
                self._record(t, o, own, price, fee, ts)
                fee = ZERO
            for other, part in shares:
                self._record(other, o, part, price, fee, ts)
                fee = ZERO
            return
        self._record(t, o, qty, price, fee, ts)

    def _record(
        self, t: Trade, o: Order, qty: Decimal, price: Decimal, fee: Decimal, ts: float
    ) -> None:
        """One fill of trade t (o: the order that filled; another trade's stop when t lost part
        of its share of the position to it, overclose.py)."""
        journal = self.journal
        estimated = bool(o.fee_estimated and fee)
        # The fill's id, spelled out only where something keeps or asks for it (a line, a fill
        # record, the fee corrector); a share another trade's stop closed is told apart by that
        # trade's id.
        fid = ""
        base: dict[str, Any] = {}
        if journal.keeps_lines or estimated:
            fid = f"{o.client_id}:{o.filled}"
            if o.trade_id != t.trade_id:
                fid += ":" + t.trade_id
            base = {
                "order_id": o.exchange_id or o.client_id,
                "client_id": o.client_id,
                "fill_id": fid,
                "trade_id": t.trade_id,
            }
        if estimated:
            # The exchange reported no fee for it: the market's rate was applied (said so),
            # until the fee corrector learns the real one (fee_corrector.py).
            base["fee_estimated"] = True
            t.extra["fee_estimated"] = True
        if o.role == _ENTRY:
            line = self._entry_fill(t, qty, price, fee, ts, base)
        elif o.trade_id != t.trade_id:
            line = self._lost_share(t, o, qty, price, fee, ts, base)
        else:
            line = self._exit_fill(t, o, qty, price, fee, ts, base)
        self.portfolio.changed(t.trade_id)
        journal.put_trade(t)
        journal.put_state()
        if journal.volatile:
            if estimated:
                self.on_estimate(t, o, ts, fid, None)
            return  # nothing keeps the fill's record
        rec = {
            "client_id": o.client_id,
            "trade_id": t.trade_id,
            "qty": str(qty),
            "price": str(price),
            "fee": str(fee),
            "fee_estimated": estimated,
            "ts": ts,
            "role": o.role.value,
            "log": line,
        }
        if estimated:  # what a restart needs to ask for the real fee (fee_corrector.py)
            rec |= {
                "fill_id": fid,
                "symbol": o.symbol,
                "order_id": o.exchange_id,
                "order_filled": str(o.filled),
                "order_fee": str(o.fee),
            }
            if o.exchange_id is None:  # adopted (cover_adopt.py): asked by side and send time
                rec |= {"side": o.side, "sent_at": o.created_at or ts}
            self.on_estimate(t, o, ts, fid, rec)
        journal.put("fill", fid, "estimated" if estimated else "ok", rec)

    def _entry_fill(
        self, t: Trade, qty: Decimal, price: Decimal, fee: Decimal, ts: float, base: dict[str, Any]
    ) -> dict[str, Any] | None:
        ended_as = t.close_reason
        if not t.is_active:
            # Filled while its trade was being ended (a cancel that lost the race):
            # the position is real, so the trade is open again and gets its stop.
            lg = self.portfolio.ledger
            if t.status == TradeStatus.CLOSED:  # its result is booked again when it ends
                if t.net_pnl > 0:
                    lg.wins -= 1
                else:
                    lg.losses -= 1
            t.status, t.closed_at, t.close_reason = TradeStatus.OPEN, None, None
            self.orders.trade_reopened(t.trade_id)
            self.portfolio.track(t)
            self.bus.emit(
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
            self.portfolio.ledger.book_pnl(gross - t.gross_pnl)
            t.gross_pnl = gross
        line = None
        if self.journal.keeps_lines:  # (else no line is built: not even its arguments)
            line = self.lines.line(t, "OPEN" if first else "ADD", price, qty, fee, ts, **base)
        if self.bus.listening:
            self.bus.emit(
                ev.Event(
                    ev.ENTRY_FILLED,
                    f"{t.symbol} {t.side} entry filled: {qty} @ {price}",
                    t.symbol,
                    t.trade_id,
                    {"qty": float(qty), "price": float(price)},
                )
            )
        if t.exit_qty > 0 and t.open_qty <= 0:
            self.finish(t, _CLOSED, ended_as or "closed")  # nothing left open
        else:
            self.protect(t.trade_id)
        return line

    def _exit_fill(
        self,
        t: Trade,
        o: Order,
        qty: Decimal,
        price: Decimal,
        fee: Decimal,
        ts: float,
        base: dict[str, Any],
    ) -> dict[str, Any] | None:
        pnl = t.apply_exit_fill(qty, price, fee)
        self.portfolio.ledger.book_pnl(pnl)
        reason = self.exit_reason(t, o)
        if o.role == _TP and o.filled >= o.amount:
            t.tps_hit += 1
            t.tp_done.append(o.leg)
            own = t.extra.get("be_after_tp")  # the signal's own "SL to entry after TP n"
            due = (
                t.tps_hit == own
                if isinstance(own, int)
                else t.tps_hit == 1 and self.risk.MOVE_SL_TO_ENTRY_AFTER_TP1
            )
            if due and t.sl is not None:
                be = self._round(t, t.avg_entry or t.sl)
                if (be >= t.sl) if t.is_long else (be <= t.sl):  # a trailed stop stays ahead
                    t.sl = be
                    t.sl_at_entry = True
        line = None
        if self.journal.keeps_lines:
            line = self.lines.exit(t, price, qty, fee, ts, pnl, reason, base)
        kind = _HIT.get(reason)
        if kind and self.bus.listening:
            label = "take-profit" if kind == ev.TAKE_PROFIT_HIT else "stop"
            self.bus.emit(
                ev.Event(
                    kind,
                    f"{t.symbol} {t.side} {label} hit: {qty} @ {price}",
                    t.symbol,
                    t.trade_id,
                    {"qty": float(qty), "price": float(price), "pnl": float(pnl - fee)}
                    | {"reason": reason},
                )
            )
        self._after_exit(t, reason)
        return line

    def _lost_share(
        self,
        t: Trade,
        o: Order,
        qty: Decimal,
        price: Decimal,
        fee: Decimal,
        ts: float,
        base: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Another trade's stop closed part of t's share of the shared position (overclose.py):
        t is reduced by it, said, and its stop and TPs are re-sized (or it ends)."""
        pnl = t.apply_exit_fill(qty, price, fee)
        self.portfolio.ledger.book_pnl(pnl)
        reason = "closed_by_other_stop"
        line = self.lines.exit(t, price, qty, fee, ts, pnl, reason, base)
        owner = self.portfolio.trades.get(o.trade_id)
        why = (
            "left on the exchange after that trade ended, its cancel not yet through"
            if owner is not None and not owner.is_active
            else "it and its replacement both fired"
        )
        self.bus.emit(
            ev.Event(
                ev.RECONCILED,
                f"{t.symbol} {t.side}: {qty} of this trade's position was closed @ {price} by "
                f"the {ROLE_WORDS[o.role]} order {o.exchange_id or o.client_id} of another trade "
                f"on the same symbol ({why}); recorded, the stop re-sized.",
                t.symbol,
                t.trade_id,
            )
        )
        self._after_exit(t, reason)
        return line

    def _after_exit(self, t: Trade, reason: str) -> None:
        """An exit fill booked: the trade ends when nothing is left open, else its stop and
        take-profits are made to match what is."""
        if t.open_qty <= 0:
            self.finish(t, _CLOSED, reason)
        else:
            self.protect(t.trade_id)

    @staticmethod
    def exit_reason(t: Trade, o: Order) -> str:
        """Why an exit fill happened, as the trade log says it."""
        if o.role == _TP:
            return "take_profit"
        if o.role == _SL:
            return "break_even" if t.sl_at_entry else "stop_loss"
        return str(t.extra.get("close_reason", "closed_by_update"))
