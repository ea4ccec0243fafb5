"""Follow-ups: a channel's later messages (close, partial close, cancel, move the stop) acted
on one book's trades."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from decimal import Decimal

from engine.core.book import Book
from engine.core.close_hold import KEY as WAITS
from engine.core.close_hold import WAITING
from engine.domain.follow_up import (
    CLOSES,
    ENDS_WAITING,
    ROUNDS_TO_NOTHING,
    TP_NOTED,
    bad_update_numbers,
    still_rest,
    stop_text,
)
from engine.domain.market import D, Market
from engine.domain.orders import OrderRole, OrderStatus, resting_average
from engine.domain.stop_move import stop_move_problem
from engine.domain.trade import Trade, TradeStatus
from engine.domain.waiting import CANCELLED, WaitingEntry
from engine.results import CloseAllResult, ExecutionResult


class FollowUps:
    """Finds the trades a follow-up names and acts on them (under the book's lock)."""

    def __init__(self, book: Book, resolve: Callable[[str], Market | None]) -> None:
        self.book = book
        self.resolve = resolve

    def find(self, symbol: str | None, trade_id: str | None, source: str | None) -> list[Trade]:
        """The active trades a follow-up names: by id, or by symbol (and source)."""
        if trade_id:
            t = self.book.portfolio.trades.get(trade_id)
            return [t] if t and t.is_active else []
        if symbol:
            m = self.resolve(symbol)
            found = self.book.portfolio.active(m.symbol) if m else []
            # A channel's follow-up acts on that channel's trades only.
            return [t for t in found if source is None or t.source == source]
        return []

    async def run(
        self,
        kind: str,
        *,
        symbol: str | None,
        trade_id: str | None,
        price: float | None,
        to_entry: bool,
        fraction: float | None,
        reason: str,
        source: str | None,
        then: str | None = None,
    ) -> ExecutionResult:
        """A follow-up checked, found and applied under the book's lock; its events published."""
        bad = bad_update_numbers(kind, price, fraction, then)
        if bad:
            return ExecutionResult(False, [bad])
        book = self.book
        async with book.lock:
            trades = self.find(symbol, trade_id, source)
            waiting = self.find_waiting(symbol, trade_id, source)
            if not trades and not waiting:
                return ExecutionResult(False, [f"no open trade for {trade_id or symbol}"])
            said = self.end_waiting(kind, waiting, reason) if waiting else None
            if trades and then is not None:
                result = await self.close_then_move(
                    trades, D(fraction or 0), price, to_entry, reason
                )
            elif trades:
                result = await self.apply(
                    kind, trades, price=price, to_entry=to_entry, fraction=fraction, reason=reason
                )
            else:
                await book.settle()
                assert said is not None
                result = said
            if said is not None and trades:  # what became of the waiting entries is said too
                result = dataclasses.replace(
                    result, ok=result.ok or said.ok, reasons=[*said.reasons, *result.reasons]
                )
        await book.bus.publish()
        return result

    async def close_all(
        self, reason: str, only: Collection[tuple[str, str]] | None = None
    ) -> CloseAllResult:
        """Every active trade (`only`: just those of these (book, trade id) pairs) closed, one
        at a time (each under the lock, as a CLOSE), and counted by what its close did: a
        position closed, waiting for the rate-limit window, failed; or a trade with nothing
        filled ended."""
        out = CloseAllResult()
        name = self.book.name
        for t in list(self.book.portfolio.active_trades()):
            if only is not None and (name, t.trade_id) not in only:
                continue
            r = await self.run(
                "CLOSE", symbol=None, trade_id=t.trade_id, price=None, to_entry=False,
                fraction=None, reason=reason, source=None,
            )  # fmt: skip
            out.reasons += r.reasons
            # Nothing filled, and an entry whose cancel failed: it still rests on the exchange.
            left = self.book.orders.live(t.trade_id, OrderRole.ENTRY) if t.entry_qty == 0 else []
            if not r.ok and left:
                out.resting += len(left)
            elif not r.ok:  # (counted, whatever failed: never left out of the answer)
                out.failed += 1
            elif not r.positions:
                out.ended += 1
            elif r.held:
                out.waiting += 1
            else:
                out.closed += 1
        return out

    def find_waiting(
        self, symbol: str | None, trade_id: str | None, source: str | None
    ) -> list[WaitingEntry]:
        """The waiting entries (breakouts not reached yet) a follow-up names."""
        waiter = self.book.waiter
        if not waiter.entries:
            return []
        m = self.resolve(symbol) if symbol and not trade_id else None
        if not trade_id and m is None:
            return []
        return waiter.find(m.symbol if m else None, trade_id, source)

    def end_waiting(
        self, kind: str, waiting: list[WaitingEntry], reason: str = ""
    ) -> ExecutionResult:
        """The channel's (or the user's: `reason` "manual") cancel or close ends its waiting
        entries; any other follow-up has nothing entered to act on yet, and says so."""
        if kind in ENDS_WAITING:
            by = "your command" if reason == "manual" else "the channel's update"
            for w in waiting:
                self.book.waiter.end(w, CANCELLED, f"cancelled by {by}, nothing entered")
            said = [
                f"{w.symbol}: its waiting entry ({w.side}, {w.label()}) was cancelled, nothing "
                "was entered"
                for w in waiting
            ]
            return ExecutionResult(True, said, waiting[0].signal_id)
        why = [
            f"{w.side} {w.symbol} is still {w.label()}: nothing is entered yet, so the "
            f"{kind} update does not apply"
            for w in waiting
        ]
        return ExecutionResult(False, why, waiting[0].signal_id)

    async def apply(
        self,
        kind: str,
        trades: list[Trade],
        *,
        price: float | None,
        to_entry: bool,
        fraction: float | None,
        reason: str,
    ) -> ExecutionResult:
        """Act on each trade; then commit and settle."""
        book = self.book
        reasons: list[str] = []
        ok = True
        cancelled = False  # a cancel by symbol is done when it ended something (not all)
        positions = 0  # trades closed that held a position (something filled) as they closed
        held = 0  # of those, closes that wait for the exchange's rate-limit window
        for t in trades:
            if kind in CLOSES:
                part = D(fraction) if kind == "CLOSE_PARTIAL" and fraction else None
                closed = await self._close(t, reason, part, reasons)
                ok &= closed
                positions += closed and t.entry_qty > 0
                held += closed and WAITS in t.extra
            elif kind == "CANCEL":
                cancelled |= await self._cancel_entries(t, reasons)
                ok = cancelled
            elif kind == "MOVE_SL":
                why = self._move_stop(t, price, to_entry)
                if why:
                    ok = False
                    reasons.append(why)
            elif kind == "TP_HIT":
                reasons.append(TP_NOTED)
            else:
                return ExecutionResult(False, [f"unknown update {kind!r}"])
        book.journal.put_state()
        await book.settle()
        t0 = trades[0]
        orders = book.orders.dicts(t0.trade_id)
        return ExecutionResult(ok, reasons, t0.trade_id, orders, positions=positions, held=held)

    async def _close(self, t: Trade, reason: str, part: Decimal | None, reasons: list[str]) -> bool:
        """A market close of all (or `part`) of a trade. A close ends the trade's unfilled entry
        orders too (as Cornix does when a trade sells: docs/bot.md), and says so: with nothing
        filled, that is all it did. A close that fails says why."""
        book = self.book
        resting = book.orders.live(t.trade_id, OrderRole.ENTRY)
        before = {o.client_id for o in book.orders.of_trade(t.trade_id)}
        side = t.side.lower()
        if not await book.protector.close_trade(t, reason, part):
            if t.entry_qty == 0 and (left := book.orders.live(t.trade_id, OrderRole.ENTRY)):
                reasons.append(still_rest(t, left, book.orders.cancel_error(left)))
                return False
            if not t.is_active:  # its stop (or a target) had filled: read back (close_hold.py)
                reasons.append(
                    f"{t.symbol}: the {side} was already closed on the exchange "
                    f"({t.close_reason or 'closed'}) before the close reached it"
                )
                return False
            tried = [o for o in book.orders.of_trade(t.trade_id) if o.client_id not in before]
            unsent = ROUNDS_TO_NOTHING if part else "the market is not known"
            why = next((o.error for o in reversed(tried) if o.error), None) or unsent
            reasons.append(
                f"{t.symbol}: the close of the {side} failed ({why}); the position is still "
                f"open with {stop_text(t)}"
            )
            return False
        ended = len([o for o in resting if o.status == OrderStatus.CANCELED])
        were = f"{ended} entry order{'s' if ended != 1 else ''} not yet filled " + (
            "were cancelled" if ended != 1 else "was cancelled"
        )
        held = WAITS in t.extra  # held back by the exchange's rate-limit window
        if t.entry_qty == 0:  # (after the cancels: a fill their answers carried counts)
            ended_how = f"its {were}" if ended else "the trade ended"
            reasons.append(f"{t.symbol}: nothing of the {side} had filled: {ended_how}")
        elif ended:  # (the close itself is what was asked: said by the caller)
            reasons.append(f"{t.symbol}: the {were}")
        if held:
            reasons.append(f"{t.symbol}: {WAITING}")
        return True

    async def _cancel_entries(self, t: Trade, reasons: list[str]) -> bool:
        """The channel's cancel: the trade's unfilled entry orders cancelled (on the exchange,
        live); with nothing filled the trade ends cancelled, else its position stays open with
        its stop, and the reason says so. False when nothing was left to cancel."""
        book = self.book
        resting = book.orders.live(t.trade_id, OrderRole.ENTRY)
        if t.entry_qty > 0 and not resting:
            reasons.append(
                f"{t.symbol}: every entry has filled, so there is nothing to cancel; "
                f"the position stays open with {stop_text(t)}"
            )
            return False
        await book.orders.cancel_all(resting)
        left = book.orders.live(t.trade_id, OrderRole.ENTRY)
        if t.entry_qty == 0 and left:  # a cancel failed: the trade stays with what rests
            reasons.append(still_rest(t, left, book.orders.cancel_error(left)))
            return len(left) < len(resting)
        if t.entry_qty == 0:  # (a fill the cancel's answer carried counts)
            book.books.finish(t, TradeStatus.CANCELED, "cancelled_by_update")
            n = len(resting)
            reasons.append(
                f"{t.symbol}: nothing of the {t.side.lower()} had filled: its {n} entry "
                f"order{'s were' if n != 1 else ' was'} cancelled and the trade ended"
            )
            return True
        reasons.append(
            f"{t.symbol}: the unfilled entries were cancelled; the position "
            f"({t.open_qty} filled) stays open with {stop_text(t)}"
        )
        return True

    async def close_then_move(
        self,
        trades: list[Trade],
        fraction: Decimal,
        price: float | None,
        to_entry: bool,
        reason: str,
    ) -> ExecutionResult:
        """ "Close 50% and move SL to entry": both parts checked for every trade first (a stop
        that cannot move closes nothing), then per trade the close, then the stop - each
        recorded as on its own. A close that fails leaves that trade's stop where it was, and
        says so."""
        book = self.book
        for t in trades:
            why = self._new_stop(t, price, to_entry)[1]
            if why:
                return ExecutionResult(False, [f"{why}: nothing was closed"], t.trade_id)
        reasons: list[str] = []
        ok = True
        positions = held = 0
        for t in trades:
            if not await self._close(t, reason, fraction, reasons):
                ok = False
                reasons.append(f"{t.symbol}: the partial close failed, so the stop was not moved")
                continue
            positions += t.entry_qty > 0
            held += WAITS in t.extra
            why = self._move_stop(t, price, to_entry) if t.is_active else None
            if why:
                ok = False
                reasons.append(f"{t.symbol}: closed {fraction:.0%}, but {why}")
        book.journal.put_state()
        await book.settle()
        t0 = trades[0]
        orders = book.orders.dicts(t0.trade_id)
        return ExecutionResult(ok, reasons, t0.trade_id, orders, positions=positions, held=held)

    def stop_problem(self, trade_id: str, price: float | None, to_entry: bool) -> str | None:
        """Why this trade's stop cannot move to `price` (or its entry), or None: the decision
        a MOVE_SL would take now (on the tick), for a front end to ask before it offers one."""
        t = self.book.portfolio.trades.get(trade_id)
        if t is None or not t.is_active:
            return f"no open trade for {trade_id}"
        bad = bad_update_numbers("MOVE_SL", price, None)
        return bad or self._new_stop(t, price, to_entry)[1]

    def _new_stop(
        self, t: Trade, price: float | None, to_entry: bool
    ) -> tuple[Decimal | None, str | None]:
        """The stop a move asks for, on the tick, or why it cannot be: the one rule of
        domain/stop_move.py (the right side of the price now and of the entries not filled yet,
        inside the liquidation, not a typo's distance away)."""
        new = t.avg_entry if to_entry else (D(price) if price else None)
        if new is None:
            return None, "no price to move the stop to (the entry has not filled)"
        m = self.resolve(t.symbol)
        new = m.round_price(new) if m else new
        last = self.book.portfolio.last.get(t.symbol)
        resting = [o for o in self.book.orders.live(t.trade_id, OrderRole.ENTRY) if o.price]
        unfilled = [D(o.price) for o in resting] if t.entry_qty == 0 else []
        entry = t.avg_entry if t.avg_entry is not None else resting_average(resting)
        why = stop_move_problem(
            long=t.is_long,
            stop=new,
            price_now=D(last) if last is not None else None,
            entry=entry,
            leverage=t.leverage,
            unfilled_entries=unfilled,
        )
        return (None, why) if why else (new, None)

    def _move_stop(self, t: Trade, price: float | None, to_entry: bool) -> str | None:
        new, why = self._new_stop(t, price, to_entry)
        if new is None:
            return why
        t.sl = new
        t.sl_at_entry = t.avg_entry is not None and new == t.avg_entry
        self.book.journal.put_trade(t)
        self.book.protector.want(t.trade_id)
        return None
