"""Order manager: the book's orders by client id, write-ahead records, reports, cancels, fills.

Every order it builds is queued in the journal before the caller sends it (the sends and
cancels themselves: order_sends.py, reached through this manager's `send_all`, `send_now`,
`each` and `cancel_all`); every broker report is folded into the order and, for new fill
quantity, handed on as a fill (`on_fill`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from decimal import Decimal
from typing import Any

from engine import events as ev
from engine.core.bus import EventBus
from engine.core.journal import Journal
from engine.core.lost_answers import LostAnswers
from engine.core.order_sends import OrderSends
from engine.domain.orders import (
    LIVE_STATUSES,
    Order,
    OrderRole,
    OrderStatus,
    OrderType,
    OrderUpdate,
)
from engine.domain.trade import Trade
from engine.ports import AnswersAtOnce, Broker, Clock

ZERO = Decimal(0)
# (Module constants: a tuple of enum members written in a condition is rebuilt each call.)
_GONE = frozenset((OrderStatus.CANCELED, OrderStatus.REJECTED, OrderStatus.EXPIRED))
_PROTECTIVE = frozenset((OrderRole.STOP_LOSS, OrderRole.TAKE_PROFIT))
# Enum members read on every order, bound once: in CPython 3.11 reading one from its class
# costs ~70 ns, a module global ~6 (a trade reads some fifty).
_ENTRY, _OPEN = OrderRole.ENTRY, OrderStatus.OPEN

# on_fill(trade, order, quantity, price, fee, timestamp)
FillHandler = Callable[[Trade, Order, Decimal, Decimal, Decimal, float], None]
# before_cancel(pending entries) -> those not to cancel now, with why, by client id
BeforeCancel = Callable[[list[Order]], Awaitable[dict[str, BaseException]]]


def _fee_news(o: Order, u: OrderUpdate) -> bool:
    """True when the update reports the exchange's fee of o's fills, booked with an estimate."""
    return o.fee_estimated and not u.fee_estimated and u.filled == o.filled > 0


class OrderManager:
    """Owns the live and recent orders; everything that changes an order goes through here."""

    def __init__(
        self,
        broker: Broker,
        journal: Journal,
        clock: Clock,
        bus: EventBus,
        trade_of: Callable[[str], Trade | None],
        changed: Callable[[str], None],
    ) -> None:
        self.broker = broker
        self.journal = journal
        self.clock = clock
        self.bus = bus
        self._trade_of = trade_of
        self._changed = changed  # a trade's orders changed (its reserved margin may have)
        self.on_fill: FillHandler = lambda *_a: None
        self.on_vanished: Callable[[Trade], None] = lambda _t: None
        self.on_dry_run: Callable[[Order, OrderUpdate], None] = lambda _o, _u: None
        # An estimated fee (the answer carried none) became known: the fee corrector's
        # reported(trade, order, fee) for fills already booked, settled(order) when a new
        # fill's fee absorbed it.
        self.on_fee: Callable[[Trade, Order, Decimal], None] = lambda _t, _o, _f: None
        self.on_fee_settled: Callable[[Order], None] = lambda _o: None
        # A cancel failed (the order, the error): an ended trade's order is tried again later
        # (ended_orders.py).
        self.on_cancel_failed: Callable[[Order, BaseException], None] = lambda _o, _e: None
        # Pending entries about to be cancelled (an unknown entry's position is read first:
        # cover_adopt.py); returns those not to cancel now, with why, by client id.
        self.before_cancel: BeforeCancel | None = None
        # The account may not trade via the API (MEXC 1002, 701-704): the book halts.
        self.on_access_denied: Callable[[str], None] = lambda _why: None
        # The broker answers in-process, without I/O (the simulator): nothing leaves the process.
        self.instant = bool(getattr(broker, "instant", False))
        # The broker answers each call at once, in-process (the simulator): its answers are
        # taken without awaiting (send_now; cancels alike). The same code path decides for
        # every broker: a port that can answer at once says so by what it implements.
        self._now: AnswersAtOnce | None = broker if isinstance(broker, AnswersAtOnce) else None
        # Creates and cancels carried to the broker, each answer applied (order_sends.py); its
        # methods are this manager's own (bound once: no extra call on the hot path).
        self.sends = OrderSends(self)
        # Orders whose create's answer was lost and not looked up yet (lost_answers.py).
        self.lost = LostAnswers(self, clock, bus)
        self.each = self.sends.each
        self.send_all = self.sends.send_all
        self.send_now = self.sends.send_now
        self.cancel_all = self.sends.cancel_all
        self.orders: dict[str, Order] = {}
        self._by_trade: dict[str, list[Order]] = {}
        self._cancel_requested: set[str] = set()
        self._cancels: list[Order] = []  # to cancel at the next settle
        # client id -> why its last cancel failed (redacted: order_sends.py), while it rests
        self.cancel_failed: dict[str, str] = {}
        self._done: set[str] = set()  # ended trades whose orders are forgotten once final
        # The book's tag, part of every client id it builds (book_tag.py): "" until the store
        # is open, and for a book that keeps nothing (a backtest).
        self.tag = ""

    # --- records ----------------------------------------------------------------------------

    def index(self, o: Order) -> None:
        """Know an order (built here, or restored)."""
        self.orders[o.client_id] = o
        self._by_trade.setdefault(o.trade_id, []).append(o)
        if o.role == _ENTRY:  # (only resting entries hold margin: see reserved)
            self._changed(o.trade_id)

    def put(self, o: Order, ack: bool = False) -> None:
        """The order changed: queue its record."""
        self.journal.put_order(o, ack)
        if o.role == _ENTRY:
            self._changed(o.trade_id)

    def new_order(
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
        """Build an order for a trade and queue its record (write-ahead)."""
        now = self.clock.time()
        o = Order(
            client_id=trade.next_client_id(role, self.tag),
            trade_id=trade.trade_id,
            symbol=trade.symbol,
            side=side,
            type=otype,
            role=role,
            amount=amount,
            price=price,
            trigger_price=trigger,
            reduce_only=role != _ENTRY,
            leg=leg,
            created_at=now,
            updated_at=now,
        )
        # index() and put(), inline (the hot path builds three orders a trade).
        self.orders[o.client_id] = o
        self._by_trade.setdefault(o.trade_id, []).append(o)
        journal = self.journal
        journal.put_order(o)
        journal.put_trade(trade)
        if role == _ENTRY:  # (only resting entries hold margin: see reserved)
            self._changed(o.trade_id)
        return o

    def mark(self, o: Order, status: OrderStatus, why: str) -> None:
        """End an order the broker never saw (not sent, or never arrived)."""
        o.status = status
        o.error = why
        self.put(o)

    # --- look-ups ---------------------------------------------------------------------------

    def of_trade(self, trade_id: str) -> list[Order]:
        """Every order of a trade this process still holds, oldest first."""
        return self._by_trade.get(trade_id, [])

    def live(self, trade_id: str, role: OrderRole | None = None) -> list[Order]:
        """A trade's orders that may still fill (optionally of one role)."""
        out = []
        for o in self._by_trade.get(trade_id, ()):  # (a loop: a trade has a few orders)
            if o.status in LIVE_STATUSES and (role is None or o.role == role):
                out.append(o)
        return out

    def cancel_error(self, orders: list[Order]) -> str | None:
        """Why the last cancel of one of these (still resting) orders failed, if it did."""
        return next((w for o in orders if (w := self.cancel_failed.get(o.client_id))), None)

    def all_live(self) -> list[Order]:
        """Every order that may still fill."""
        return [o for o in self.orders.values() if o.is_live]

    def reserved(self, t: Trade) -> Decimal:
        """Margin held by a trade's resting entry orders."""
        used = ZERO
        for o in self._by_trade.get(t.trade_id, ()):
            if o.is_live and o.role == _ENTRY:
                used += (o.price or ZERO) * o.remaining / t.leverage
        return used

    def dicts(self, trade_id: str) -> list[dict[str, Any]]:
        """A trade's orders as plain dicts (results, cards)."""
        out = []
        for o in self._by_trade.get(trade_id, ()):  # (a loop: a comprehension is a call more)
            # (_value_: an enum's .value is a Python-level property, ~3 calls each.)
            out.append(
                {
                    "client_id": o.client_id,
                    "exchange_id": o.exchange_id,
                    "role": o.role._value_,
                    "side": o.side,
                    "type": o.type._value_,
                    "amount": float(o.amount),
                    "price": float(o.price or o.trigger_price or 0) or None,
                    "status": o.status._value_,
                    "avg_price": float(o.avg_price) if o.avg_price is not None else None,
                }
            )
        return out

    # --- reports ----------------------------------------------------------------------------

    def apply(self, u: OrderUpdate) -> None:
        """Fold a broker report (cumulative fill) into the order; new fill goes to on_fill."""
        o = self.orders.get(u.client_id)
        if o is None:
            return
        trade = self._trade_of(o.trade_id)
        if u.exchange_id:
            o.exchange_id = u.exchange_id
        delta = u.filled - o.filled
        if delta > 0 and u.avg_price is not None:
            if o.filled:
                old_cost = (o.avg_price or ZERO) * o.filled
                price = (u.avg_price * u.filled - old_cost) / delta
            else:  # the first fill (most are whole): its price is the average, as it is
                price = u.avg_price
            fee = u.fee - o.fee
            if o.fee_estimated and not u.fee_estimated:
                self.on_fee_settled(o)  # this fill's fee makes the order's total the real one
            o.filled, o.avg_price, o.fee = u.filled, u.avg_price, u.fee
            o.fee_estimated = u.fee_estimated
            if trade is not None:
                self.on_fill(trade, o, delta, price, fee, u.timestamp or self.clock.time())
        elif _fee_news(o, u) and trade is not None:
            self.on_fee(trade, o, u.fee)  # the exchange's fee of fills booked with an estimate
        ack = delta <= 0 and u.status == _OPEN and not u.error
        if (
            u.status in _GONE
            and o.status == _OPEN
            and o.role in _PROTECTIVE
            and o.client_id not in self._cancel_requested
            and trade is not None
            and trade.is_active
        ):
            # Cancelled by hand or lost by the exchange: said, and re-placed if still needed.
            self.on_vanished(trade)
            self.bus.emit(
                ev.Event(
                    ev.RECONCILED,
                    f"{trade.symbol}: the {o.role.value} order {o.exchange_id or o.client_id} was "
                    f"{u.status.value} at the exchange outside sigcopy ({u.error or 'no reason'}); "
                    "it is placed again if the position is still open.",
                    trade.symbol,
                    trade.trade_id,
                )
            )
        if o.status in LIVE_STATUSES:  # (not final yet)
            o.status = u.status
        if o.expires_at is None and u.expires_at is not None:
            o.expires_at = u.expires_at  # read back (killed before its answer was recorded)
        if u.error:
            o.error = u.error
        o.updated_at = self.clock.time()
        self.journal.put_order(o, ack)  # put(), inline
        if o.role == _ENTRY:
            self._changed(o.trade_id)

    def is_news(self, u: OrderUpdate) -> bool:
        """True when a pushed update tells something about one of our orders not known yet."""
        o = self.orders.get(u.client_id)
        return o is not None and (
            not (u.status == o.status and u.filled == o.filled) or _fee_news(o, u)
        )

    # --- cancels ----------------------------------------------------------------------------

    def expect_cancel(self, o: Order) -> None:
        """Sigcopy itself cancels this order (elsewhere than cancel_all): not "vanished"."""
        self._cancel_requested.add(o.client_id)

    def queue_cancel(self, orders: list[Order]) -> None:
        """Cancel these at the next settle (a stop or take-profit only with its trade's end)."""
        self._cancels.extend(orders)

    def still_due(self, orders: list[Order]) -> list[Order]:
        """Of cancels queued earlier, those still due: a stop or take-profit is queued only
        because its trade ended, so not once the trade is open again (trade_reopened)."""
        due = []
        for o in orders:  # (a loop: a comprehension here would close over self)
            if o.role not in _PROTECTIVE or not self._active(o.trade_id):
                due.append(o)
        return due

    def _active(self, trade_id: str) -> bool:
        t = self._trade_of(trade_id)
        return t is not None and t.is_active

    def take_cancels(self) -> list[Order]:
        """The queued cancels (the queue is emptied)."""
        cancels, self._cancels = self._cancels, []
        return cancels

    @property
    def cancels_queued(self) -> bool:
        """True when cancels wait for the next settle."""
        return bool(self._cancels)

    def expect_cancels(self, client_ids: Iterable[str]) -> None:
        """Sigcopy cancels these orders itself (OrderSends.cancel_all): not "vanished"."""
        self._cancel_requested.update(client_ids)

    # --- ended trades -----------------------------------------------------------------------

    def trade_ended(self, trade_id: str) -> None:
        """A trade ended: its live orders are cancelled, then forgotten once final."""
        self._done.add(trade_id)
        self._cancels.extend(self.live(trade_id))

    def trade_reopened(self, trade_id: str) -> None:
        """An ended trade is open again (an entry filled while it was being cancelled): its
        stop and take-profits queued for cancel stay (protection re-sizes them, new first);
        its other entries are still cancelled."""
        self._done.discard(trade_id)
        self._cancels = self.still_due(self._cancels)

    def prune(self) -> None:
        """Forget the orders of ended trades once none can fill (the store keeps them)."""
        if not self._done:
            return  # (every settle asks; most have nothing to forget)
        for tid in list(self._done):
            orders = self._by_trade.get(tid, [])
            for o in orders:
                if o.status in LIVE_STATUSES:
                    break
            else:
                for o in orders:
                    self.orders.pop(o.client_id, None)
                    self._cancel_requested.discard(o.client_id)
                    self.cancel_failed.pop(o.client_id, None)
                self._by_trade.pop(tid, None)
                self._done.discard(tid)

    def restored_orphan(self, trade_id: str) -> None:
        """After a restart: an ended trade's order may still rest; it is cancelled."""
        self._done.add(trade_id)
