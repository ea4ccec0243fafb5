"""Ended orders: the orders of an ended trade whose cancel failed, cancelled again until the
exchange confirms each one gone.

A trade ends (its stop or last take-profit filled, a close, an expiry, a failed entry) and its
remaining orders - take-profits, the stop, entries still resting - are cancelled at the next
settle (`OrderManager.trade_ended`). A cancel the exchange did not confirm (a 5xx, a 429, a
timeout, a refused key) leaves the order resting there: a reduce-only take-profit or stop can
close part of the next position of the symbol, an entry can open one. Each such order is queued
for cancel again after a backoff on the injected clock (cancel_retry.py: a minute, doubled at
each failure, at most 15; the rate-limit window's rest when that is longer), through the same
queue as its first try (stops last, through StopCover), until the exchange answers it gone:
cancelled, expired, or filled. A fill is booked as every late fill is (the broker's answer, a
poll or the stream: an entry re-opens its trade, which gets its stop; an exit beyond its trade's
position closed another trade's share of the symbol: overclose.py).

The user is told once an order: an entry at its first failure (it may open a position), a
take-profit or stop once its cancel failed twice (it only reduces, and most failures are a
passing outage the first retry gets past), the orders of one trade in one message; and once
more when what they were told of is cancelled. The orders told of are kept with the trade's
record (`extra["cancel_told"]`), so a restart neither says it again nor forgets to say it is
done.

Nothing else needs writing for a restart: an order's own record stays live in the store until
the exchange confirms it gone (only a confirmed answer changes it), and every start reads the
live orders of ended trades, books what filled while sigcopy was down, and queues the rest for
cancel (recovery.py), handing them here (`restored`: one found gone at start, cancelled by hand
while sigcopy was down, is said as cancelled). So the store's write-ahead records already are
the list of what is to be cancelled; only the backoff starts again (a first retry at start,
then 60 s).
"""

from __future__ import annotations

import logging
import math

from engine import events as ev
from engine.core.bus import EventBus
from engine.core.cancel_retry import retry_wait
from engine.core.journal import Journal
from engine.core.order_manager import OrderManager
from engine.core.portfolio import Portfolio
from engine.domain.follow_up import cancelled_now, rest_after_end
from engine.domain.orders import Order, OrderRole, OrderStatus
from engine.domain.trade import Trade, TradeStatus
from engine.ports import Clock

log = logging.getLogger("sigcopy.engine")
TELL_AFTER = 2  # failures of a take-profit's or stop's cancel before the user is told
KEY = "cancel_told"  # trade.extra: client ids the user was told rest after the trade ended
INF = math.inf
_ENTRY = OrderRole.ENTRY
_GONE = frozenset((OrderStatus.CANCELED, OrderStatus.EXPIRED, OrderStatus.REJECTED))
HINT = "if it keeps failing, check the key (sigcopy doctor) or cancel the orders on the exchange"


class EndedOrders:
    """Owns the orders of ended trades whose cancel failed: when each is tried again."""

    def __init__(
        self,
        portfolio: Portfolio,
        orders: OrderManager,
        journal: Journal,
        bus: EventBus,
        clock: Clock,
    ) -> None:
        self.portfolio = portfolio
        self.orders = orders
        self.journal = journal
        self.bus = bus
        self.clock = clock
        self.waiting: dict[str, tuple[float, int]] = {}  # client id -> (next try, failures)
        self.until = INF  # the earliest next try (inf: none waits)
        orders.on_cancel_failed = self.failed

    def failed(self, o: Order, error: BaseException) -> None:
        """The cancel of `o` failed (order_sends.py): an ended trade's order is tried again
        after the backoff; an active trade's is left to whoever cancels it (entry_ends.py,
        the Closer, protection)."""
        t = self.portfolio.trades.get(o.trade_id)
        if t is None or (t.is_active and not (o.role == _ENTRY and o.client_id in self.waiting)):
            return
        n = self.waiting.get(o.client_id, (0.0, 0))[1] + 1
        wait = retry_wait(n, error)  # (cancel_retry.py: shared with entry_ends.py)
        at = self.clock.time() + wait
        self.waiting[o.client_id] = (at, n)
        self.until = min(self.until, at)
        log.warning("%s: cancel failed %d time(s); again in %gs", o.client_id, n, wait)

    def restored(self, o: Order) -> None:
        """After a restart: a live order of an ended trade (recovery.py queues its cancel). It
        is watched from the start, with no retry of its own scheduled (its first failure does
        that), so one found gone at start is forgotten and said (settled), as in one process."""
        self.waiting.setdefault(o.client_id, (INF, 0))

    def due(self) -> None:
        """The orders whose time to try again has come are queued for cancel (the settle's
        Protector.run sends them: stops last, through StopCover)."""
        now = self.clock.time()
        if now < self.until:
            return
        om = self.orders
        again: list[Order] = []
        until = INF
        for cid, (at, _) in self.waiting.items():
            o = om.orders.get(cid)
            if o is None or not o.is_live:
                continue  # gone: settled() says so
            if at <= now:
                again.append(o)
            else:
                until = min(until, at)
        self.until = until  # (those queued now get their next time if they fail again)
        if again:
            om.queue_cancel(om.still_due(again))

    def settled(self) -> None:
        """After a settle's cancels: the orders gone are forgotten (and said, when the user was
        told they rest); those still failing are said once a trade (see the module doc)."""
        om, trades = self.orders, self.portfolio.trades
        gone: set[str] = set()  # trades with an order gone
        left: dict[str, list[Order]] = {}
        for cid in list(self.waiting):
            o = om.orders.get(cid)
            t = trades.get(o.trade_id) if o is not None else None
            if o is None or t is None or not o.is_live:
                del self.waiting[cid]
                if o is not None:
                    gone.add(o.trade_id)
            elif t.is_active and o.role != _ENTRY:
                del self.waiting[cid]  # its trade re-opened: its protection again (protector)
            else:
                left.setdefault(o.trade_id, []).append(o)
        for tid, orders in left.items():
            self._tell(trades[tid], orders)
        for tid in gone:
            t = trades.get(tid)
            if t is None or tid in left or KEY not in t.extra:
                continue
            told = t.extra.pop(KEY)
            self.journal.put_trade(t)
            # Every order told of (an earlier settle may have ended some: none is forgotten
            # while one of its trade's orders lives, OrderManager.prune). A fill is said as such
            # (the entry re-opened its trade; an exit closed another trade's share).
            cancelled = [o for c in told if (o := om.orders.get(c)) and o.status in _GONE]
            if cancelled:
                after = " after the close" if t.status == TradeStatus.CLOSED else ""
                kind = ev.ENTRIES_CANCELLED if cancelled[0].role == _ENTRY else ev.ORDERS_CANCELLED
                text = cancelled_now(t.symbol, cancelled, f" that still rested{after}")
                self.bus.emit(ev.Event(kind, text, t.symbol, tid))

    def _tell(self, t: Trade, left: list[Order]) -> None:
        """Said once an order: these orders of an ended trade rest on the exchange (an entry at
        once, a take-profit or stop once it failed twice: see the module doc)."""
        if t.is_active:
            return
        told: list[str] = t.extra.get(KEY) or []
        waiting = self.waiting
        new = [
            o
            for o in left
            if o.client_id not in told
            and (o.role == _ENTRY or waiting[o.client_id][1] >= TELL_AFTER)
        ]
        if not new:
            return
        t.extra[KEY] = told + [o.client_id for o in new]
        self.journal.put_trade(t)  # (kept: a restart neither says it again nor forgets it)
        text = rest_after_end(t, new, self.orders.cancel_error(new))
        self.bus.emit(ev.Event(ev.ERROR, text, t.symbol, t.trade_id, {"hint": HINT}))
