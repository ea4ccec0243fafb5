"""Follow-ups: a channel's later messages (close, partial close, cancel, move the stop) acted
on one book's trades."""

from __future__ import annotations

import math
from collections.abc import Callable

from engine.core.book import Book
from engine.core.close_hold import KEY as WAITS
from engine.core.close_hold import WAITING
from engine.domain.market import D, Market
from engine.domain.orders import OrderRole
from engine.domain.trade import Trade, TradeStatus
from engine.results import ExecutionResult


def bad_update_numbers(kind: str, price: float | None, fraction: float | None) -> str | None:
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
    ) -> ExecutionResult:
        """A follow-up checked, found and applied under the book's lock; its events published."""
        bad = bad_update_numbers(kind, price, fraction)
        if bad:
            return ExecutionResult(False, [bad])
        book = self.book
        async with book.lock:
            trades = self.find(symbol, trade_id, source)
            if not trades:
                return ExecutionResult(False, [f"no open trade for {trade_id or symbol}"])
            result = await self.apply(
                kind, trades, price=price, to_entry=to_entry, fraction=fraction, reason=reason
            )
        await book.bus.publish()
        return result

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
        for t in trades:
            if kind in ("CLOSE", "SL_HIT", "CLOSE_PARTIAL"):
                part = D(fraction or 0.5) if kind == "CLOSE_PARTIAL" else None
                ok &= await book.protector.close_trade(t, reason, part)
                if WAITS in t.extra:  # held back by the exchange's rate-limit window
                    reasons.append(f"{t.symbol}: {WAITING}")
            elif kind == "CANCEL":
                await book.orders.cancel_all(book.orders.live(t.trade_id, OrderRole.ENTRY))
                if t.entry_qty == 0:
                    book.books.finish(t, TradeStatus.CANCELED, "cancelled_by_update")
            elif kind == "MOVE_SL":
                why = self._move_stop(t, price, to_entry)
                if why:
                    ok = False
                    reasons.append(why)
            elif kind == "TP_HIT":
                reasons.append("noted: take-profits are managed by our own orders")
            else:
                return ExecutionResult(False, [f"unknown update {kind!r}"])
        book.journal.put_state()
        await book.settle()
        t0 = trades[0]
        return ExecutionResult(ok, reasons, t0.trade_id, book.orders.dicts(t0.trade_id))

    def _move_stop(self, t: Trade, price: float | None, to_entry: bool) -> str | None:
        new = t.avg_entry if to_entry else (D(price) if price else None)
        if new is None:
            return "no price to move the stop to (the entry has not filled)"
        m = self.resolve(t.symbol)
        new = m.round_price(new) if m else new
        last = self.book.portfolio.last.get(t.symbol)
        if last is not None and ((new >= D(last)) if t.is_long else (new <= D(last))):
            return f"stop {new} would be past the market price {last}"
        t.sl = new
        t.sl_at_entry = t.avg_entry is not None and new == t.avg_entry
        self.book.journal.put_trade(t)
        self.book.protector.want(t.trade_id)
        return None
