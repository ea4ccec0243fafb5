"""Protection: stops and take-profits kept matching the position; closes; reconciliation."""

from __future__ import annotations

import asyncio
import logging
from decimal import Decimal

from engine import events as ev
from engine.core.orders import OrderFlow
from engine.domain.orders import Order, OrderRole, OrderType, OrderUpdate
from engine.domain.planning import split_take_profits
from engine.domain.trade import Trade, TradeStatus
from engine.errors import SigcopyError

log = logging.getLogger("sigcopy.engine")
ZERO = Decimal(0)
INF = float("inf")


class Protection(OrderFlow):
    """Protection: stops and take-profits kept matching the position; closes; reconciliation."""

    def _protective_orders(
        self, t: Trade, qty: Decimal | None = None
    ) -> tuple[list[Order], list[Order]]:
        """(to cancel, to place) so that the stop and TPs match the open quantity."""
        cancel: list[Order] = []
        place: list[Order] = []
        qty = t.open_qty if qty is None else qty
        if not t.is_active or qty <= 0:
            return cancel, place
        market = self.resolve(t.symbol)
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
                if not self._instant:
                    await self._flush()  # write-ahead for the protective orders
                # (An instant broker - the simulator - sends nothing out of the process:
                # its orders are written with their answers, in the flush below.)
                results = await self._send_all(to_place)
                for o, r in zip(to_place, results, strict=True):
                    if isinstance(r, str) and o.role == OrderRole.STOP_LOSS:
                        await self._stop_failed(o, r)
        if self._must_flush:
            await self._flush()
        elif self._dirty_orders or self._state_dirty or getattr(self.store, "dirty", False):
            self._schedule_flush()
        if self._log_lines:
            lines, self._log_lines = self._log_lines, []
            for rec in lines:
                self.trade_log.append(rec)
        if self._done:
            self._prune()

    async def _protect_while_reading(self, t: Trade, entries: list[Order]) -> list[str]:
        """Market entries accepted with their fill not yet known (MEXC answers an order with
        its id only): the stop and TPs for the ordered amount are sent together with the read
        of the fill, so all is on the exchange after two round trips instead of three.

        They are reduce-only, so they can never open a position; a partial fill is corrected
        by the usual resize (cancel and replace), and an entry that did not fill ends the trade,
        cancelling them. Returns the reasons for entries that did not fill."""
        qty = t.open_qty + sum((o.remaining for o in entries), ZERO)
        _, place = self._protective_orders(t, qty)
        if place:
            await self._flush()  # write-ahead for the protective orders
        reads, sent = await asyncio.gather(
            self._each(self.broker.fetch_order, entries), self._send_all(place)
        )
        reasons: list[str] = []
        for o, r in zip(entries, reads, strict=True):
            if isinstance(r, OrderUpdate):
                self._apply_update(r)
                if o.status.is_final and o.filled <= 0:
                    reasons.append(f"entry order {o.status.value}: {o.error or 'no fill'}")
            # else (not found yet, or the read failed): it stays open and the monitor polls it
        if not t.entry_qty and not self._live_orders(t, OrderRole.ENTRY):
            return reasons  # the caller ends the trade; its protective orders are cancelled
        for o, r in zip(place, sent, strict=True):
            if isinstance(r, str) and o.role == OrderRole.STOP_LOSS:
                await self._stop_failed(o, r)
        return reasons

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

    async def _close_trade(self, t: Trade, reason: str, fraction: Decimal | None = None) -> bool:
        """Market-close all (or a fraction) of a trade; cancels unfilled entries first."""
        market = self.resolve(t.symbol)
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

    async def _dry_run_rest(self, trade: Trade) -> None:
        """Dry run: log the stop and take-profits the planned size would get, then stop."""
        _, place = self._protective_orders(trade, trade.planned_qty)
        await self._send_all(place)
        self._finish(trade, TradeStatus.CANCELED, "dry_run")
