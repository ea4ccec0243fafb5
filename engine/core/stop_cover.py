"""Stop cover: the new-first rule across the trades of one position.

Several trades may share one position on the exchange. Each replaces its own stop new-first
(stop_swap.py), but a stop cancel can still leave the position bare when *another* trade holds
quantity whose stop is not resting yet: its entry filled a moment ago (the fill learned, its
stop due at this settle), or filled on the exchange while sigcopy was busy (an answer late under
load) and is not known yet. Found by the crash harness (MEXC, seed 7, cycle 13): A's old stop,
by then the position's only one, was cancelled 3 ms before C's stop went out.

So every stop cancel goes through here first. Per symbol:

1. the fills of the symbol's resting entries are read (not with an instant broker: it has none
   it has not reported), so an entry filled on the exchange becomes a trade with a stop due;
2. while any trade of the symbol holds more than its own resting stops cover (and wants a stop),
   the symbol's stop cancels are held, and retried at the next settle after the due stops are
   placed (`take`); the others go at once.

3. once the cancels are answered, the symbol's resting entries are read once more (`recheck`):
   an entry that filled on the exchange between the read of 1. and the cancel is seen now, and
   its trade's stop goes out at once (the fill asks for it, and the protector's run places it
   before it returns), not at the next monitor pass.

An extra reduce-only stop resting a little longer can only close what is held (overclose.py
books it); a stop cancelled too early leaves a live position without one.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from engine.core.order_manager import OrderManager
from engine.core.portfolio import Portfolio
from engine.core.trailer import is_native
from engine.domain.orders import Order, OrderRole, OrderStatus
from engine.domain.trade import Trade
from engine.errors import SigcopyError

log = logging.getLogger("sigcopy.engine")
ZERO = Decimal(0)


class StopCover:
    """Owns the stop cancels held back until every position share on the symbol has its stop."""

    def __init__(self, portfolio: Portfolio, orders: OrderManager) -> None:
        self.portfolio = portfolio
        self.orders = orders
        self.held: dict[str, Order] = {}  # client id -> stop whose cancel waits

    def due(self, symbol: str, leaving: frozenset[str] = frozenset()) -> list[Trade]:
        """Trades of this symbol holding more than their resting stops cover (stops in
        `leaving`, about to be cancelled, do not count): each has a stop due, not placed yet."""
        out = []
        for t in self.portfolio.active(symbol):
            qty = t.open_qty
            if qty <= 0 or (t.sl is None and not is_native(t)):
                continue
            cover = ZERO
            for o in self.orders.live(t.trade_id, OrderRole.STOP_LOSS):
                if o.status == OrderStatus.OPEN and o.client_id not in leaving:
                    cover += o.remaining
            if cover < qty:
                out.append(t)
        return out

    async def sift(self, stops: list[Order]) -> list[Order]:
        """Of these stops to cancel (and those held earlier), the ones that may go now; the
        others are held (see the module doc)."""
        todo = {o.client_id: o for o in self.take()}
        for o in stops:
            todo[o.client_id] = o
        by_symbol: dict[str, list[Order]] = {}
        for o in todo.values():
            if o.is_live:
                by_symbol.setdefault(o.symbol, []).append(o)
        go: list[Order] = []
        instant = self.orders.instant  # (no fill it has not reported: nothing to read)
        for symbol, group in by_symbol.items():
            read = True if instant else await self._read_entries(symbol)
            waiting = self.due(symbol, frozenset(o.client_id for o in group))
            if read and not waiting:
                go += group
                continue
            for o in group:
                self.held[o.client_id] = o
            log.info(
                "%s: cancel of stop(s) %s held until %s",
                symbol,
                ", ".join(o.client_id for o in group),
                "the entries can be read"
                if not read
                else "the stop of " + ", ".join(t.trade_id for t in waiting) + " rests",
            )
        return [o for o in go if o.is_live]

    async def recheck(self, cancelled: list[Order]) -> None:
        """After these stop cancels were answered: the fills of their symbols' resting entries
        read once more (step 3 of the module doc)."""
        if self.orders.instant:
            return  # (an instant broker has no fill it has not reported)
        for symbol in {o.symbol: None for o in cancelled}:
            if await self._read_entries(symbol) and (short := self.due(symbol)):
                log.warning(
                    "%s: an entry filled while a stop was being cancelled; stop of %s placed now",
                    symbol,
                    ", ".join(t.trade_id for t in short),
                )

    def take(self) -> list[Order]:
        """The held cancels still to do (emptied): a held stop that has become its active
        trade's only stop (a trade reopened meanwhile) is its stop again, and stays."""
        held, self.held = list(self.held.values()), {}
        out = []
        for o in held:
            if not o.is_live:
                continue
            t = self.portfolio.trades.get(o.trade_id)
            if (
                t is not None
                and t.is_active
                and self.orders.live(o.trade_id, OrderRole.STOP_LOSS) == [o]
            ):
                continue
            out.append(o)
        return out

    async def _read_entries(self, symbol: str) -> bool:
        """Read the fills of the symbol's resting entries (a fill not known yet is a position
        share without its stop); False when they could not be read."""
        if self.orders.instant:
            return True
        entries = []
        for t in self.portfolio.active(symbol):
            for o in self.orders.live(t.trade_id, OrderRole.ENTRY):
                if o.exchange_id is not None:
                    entries.append(o)
        if not entries:
            return True
        try:
            updates = await self.orders.broker.poll(entries)
        except SigcopyError as exc:
            log.warning("entries of %s unreadable before a stop cancel: %s", symbol, exc)
            return False
        for u in updates:
            self.orders.apply(u)
        return True
