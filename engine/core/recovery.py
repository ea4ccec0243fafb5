"""Restore: a book's saved state back into its parts.

`load_saved` runs while the engine is constructed (a synchronous read of the store), so every
call - stats, a price, a signal - sees the restored book; `recover` runs at start and settles
what a crash left unknown by asking the broker, by client id, before anything is sent again.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any

from engine.core.book import Book
from engine.core.lost_answers import LOST
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderUpdate
from engine.domain.trade import ACTIVE, Trade, TradeStatus
from engine.domain.waiting import WAITING
from engine.errors import SigcopyError
from engine.ledger import Ledger
from engine.ports import Broker, Store

log = logging.getLogger("sigcopy.engine")
_ACTIVE = tuple(s.value for s in ACTIVE)
_LIVE = (OrderStatus.PENDING.value, OrderStatus.OPEN.value)
_LATE = (OrderRole.ENTRY, OrderRole.TAKE_PROFIT)  # (not a stop: a position never waits for one)


def _late(o: Order) -> bool:
    """An entry or take-profit recorded with its answer lost: it may be carried out late."""
    return o.role in _LATE and (o.error or "").startswith(LOST)


# Ended orders written this recently are handed to the broker at every start (their exchange
# ids): a create that times out soon after the start is looked up by its fields (MEXC stops
# carry no client id) among the orders of the minute before it (ccxt_lookup.SCAN_WINDOW_MS),
# where an ended look-alike from before the restart must not be taken for it. After a kill in
# mid-send every order record is read.
RECENT_S = 300.0


def load_saved_sync(book: Book, store: Store, broker: Broker) -> bool:
    """Load the saved book synchronously; False when this store cannot be read that way (or
    not now: start() then loads it, and says clearly what is wrong with the database)."""
    read: Any = getattr(store, "read_sync", None)
    keys: Any = getattr(store, "keys_sync", None)
    if read is None or keys is None:
        return False
    try:
        state = [d for d in read("state") if "cash" in d]
        trades = read("trade", _ACTIVE)
        orders = read("order", _LIVE)
        if _sent_unsure(orders):
            history = read("order")
        else:
            history = read("order", None, book.clock.time() - RECENT_S)
        active = {str(d["trade_id"]) for d in trades}
        # Only when an ended trade left a live order (rare): every trade record is read.
        ended = (
            {str(d["trade_id"]): d for d in read("trade")}
            if any(str(d["trade_id"]) not in active for d in orders)
            else {}
        )
        known = {str(k) for k in keys("trade")}
        curve = read("equity")
        waiting = read("signal", (WAITING,))
    except (sqlite3.Error, OSError, ValueError, KeyError) as exc:
        log.warning("the saved book could not be read before start (%s): read at start", exc)
        return False
    _load(
        book,
        broker,
        known=known,
        state=state[-1] if state else None,
        curve=curve,
        trades=trades,
        orders=orders,
        trade_record=ended.get,
        history=history,
        waiting=waiting,
    )
    return True


async def load_saved(book: Book, store: Store, broker: Broker) -> None:
    """The same through the store's async reads (stores without synchronous reads)."""
    ended: dict[str, dict[str, Any] | None] = {}
    orders = await store.load("order", _LIVE)
    since: Any = getattr(store, "load_since", None)
    if _sent_unsure(orders) or since is None:
        history = await store.load("order")
    else:
        history, _ = await since("order", book.clock.time() - RECENT_S)
    active = await store.load("trade", _ACTIVE)
    ids = {str(d["trade_id"]) for d in active}
    for d in orders:
        tid = str(d["trade_id"])
        if tid not in ids and tid not in ended:
            ended[tid] = await store.get("trade", tid)
    _load(
        book,
        broker,
        known={str(d["trade_id"]) for d in await store.load("trade")},
        state=await store.get("state", "ledger"),
        curve=await store.load("equity"),
        trades=active,
        orders=orders,
        trade_record=ended.get,
        history=history,
        waiting=await store.load("signal", (WAITING,)),
    )


def _sent_unsure(orders: list[dict[str, Any]]) -> bool:
    """True when an order's fate is unknown (killed between its record and its answer)."""
    return any(d["status"] == OrderStatus.PENDING.value for d in orders)


def _load(
    book: Book,
    broker: Broker,
    *,
    known: set[str],
    state: dict[str, Any] | None,
    curve: list[dict[str, Any]],
    trades: list[dict[str, Any]],
    orders: list[dict[str, Any]],
    trade_record: Callable[[str], dict[str, Any] | None],
    history: list[dict[str, Any]],
    waiting: list[dict[str, Any]],
) -> None:
    pf, om = book.portfolio, book.orders
    book.opener.known_ids = known
    book.waiter.restore(waiting, known)  # breakouts waiting for their level (core/waiter.py)
    ledger = None
    if state:
        ledger = Ledger.from_dict(state)
        ledger.curve = [(d["ts"], d["equity"]) for d in curve]
    for d in trades:
        t = Trade.from_dict(d)
        pf.track(t)
    for d in orders:
        o = Order.from_dict(d)
        if o.trade_id not in pf.trades:
            # Its trade ended but the cancel never got through (killed in between):
            # the order may still rest at the broker, so it is looked up and cancelled.
            td = trade_record(o.trade_id)
            if td is None:
                continue
            pf.trades[o.trade_id] = Trade.from_dict(td)
            om.restored_orphan(o.trade_id)
        om.index(o)
        if not pf.trades[o.trade_id].is_active:
            book.protector.ended.restored(o)  # (retried until gone: ended_orders.py)
    for t in pf.active_trades():
        book.protector.watch(t)
    pf.restored(ledger)
    # The ended orders' exchange ids too (every one after a kill in mid-send, else the recent
    # ones): an order looked up by its fields (MEXC stops carry no client id) must not be taken
    # for one of them - an ended look-alike, say another trade's filled stop at the same level
    # and size.
    ended_ids = [
        Order.from_dict(d)
        for d in history
        if d.get("exchange_id") and d["status"] not in _LIVE and d["client_id"] not in om.orders
    ]
    broker.restore([o for o in om.orders.values() if o.status == OrderStatus.OPEN] + ended_ids)


async def recover(
    book: Book, broker: Broker, refresh_balance: Callable[[], Awaitable[None]]
) -> bool:
    """At start: settle orders whose fate is unknown, read the resting ones, re-protect
    positions, reconcile. Returns whether the resting orders could be read."""
    pf, om = book.portfolio, book.orders
    # Before the pending orders are looked up: their fills add lines of their own.
    await book.journal.recover_lines()
    await refresh_balance()
    if not pf.had_ledger and pf.balance is not None:
        # A first start on a real account: its equity, not INITIAL_CAPITAL, is the mark.
        pf.ledger.peak_equity = pf.balance[0]
    pending = [o for o in om.orders.values() if o.status == OrderStatus.PENDING]
    # A trade killed while its stop and TPs went out with the read of the entry's fill (MEXC)
    # has the entry open with its fill unknown, and the stop may have filled since.
    unsure = {o.trade_id for o in pending}
    asked = pending + [
        o
        for o in om.orders.values()
        if o.role == OrderRole.ENTRY
        and o.trade_id in unsure
        and o.status == OrderStatus.OPEN
        and not o.filled
    ]
    found: list[OrderUpdate] = []
    for o in asked:
        # Sent or not? Ask the broker by client id before anything is sent again.
        try:
            u = await broker.fetch_order(o)
        except SigcopyError as exc:
            log.error("cannot look up %s: %s", o.client_id, exc.user_message())
            wait = getattr(exc, "wait", 0.0)
            if o.status == OrderStatus.PENDING and _late(o):  # its schedule goes on after wait
                om.lost.late_again(o, wait)
            elif o.status == OrderStatus.PENDING:  # unknown: looked up again (lost_answers.py)
                om.lost.unknown(o, wait)
            continue
        if u is None and o.status == OrderStatus.OPEN:
            continue  # acknowledged before: left to the polls
        if u is None and _late(o):
            om.lost.late_again(o)  # its answer was lost: the exchange may carry it out late
            continue
        if u is None:
            om.mark(
                o, OrderStatus.REJECTED, "never reached the broker (found pending after a restart)"
            )
        else:
            found.append(u)
    # Then the resting orders: stops that filled while sigcopy was down are booked as live
    # fills would have been (a second stop beyond its trade's share, on the other trades:
    # overclose.py) before the positions are compared, which would otherwise end the trades
    # as closed on the exchange, with no exit price, and leave the fills to the ended trades.
    skip = {o.client_id for o in asked}
    resting = [o for o in om.all_live() if o.status == OrderStatus.OPEN and o.client_id not in skip]
    read = True
    if resting:
        try:
            found += await broker.poll(resting)
        except SigcopyError as exc:
            log.warning("resting orders not read at start: %s", exc.user_message())
            read = False
    apply_in_order(book, found)
    om.queue_cancel([o for o in om.all_live() if not pf.trades[o.trade_id].is_active])
    for t in pf.active_trades():
        if t.status == TradeStatus.PENDING and not om.live(t.trade_id, OrderRole.ENTRY):
            book.books.finish(t, TradeStatus.CANCELED, "entry_never_sent")
        elif t.status == TradeStatus.OPEN or any(
            o.role != OrderRole.ENTRY for o in om.live(t.trade_id)
        ):
            # A pending trade with a stop or take-profit live: killed while they went out with
            # the read of its entries' fill (opener._protect_while_reading). Holding nothing,
            # it is made to match too (they are cancelled): else its stop rests, is renewed
            # (MEXC), and closes the other trades' shares of the position when it fires.
            book.protector.want(t.trade_id)
    pf.day_check()
    await book.protector.reconcile_positions()
    await book.settle()
    return read


def apply_in_order(book: Book, updates: list[OrderUpdate]) -> None:
    """Apply what was read at start in the order it happened: the entries' new fills first
    (an exit is booked against its entry), then the other new fills by time, then the rest."""
    known = book.orders.orders

    def when(u: OrderUpdate) -> tuple[int, float]:
        o = known.get(u.client_id)
        if o is None or u.filled <= o.filled:
            return 2, 0.0
        return (0 if o.role == OrderRole.ENTRY else 1), u.timestamp or 0.0

    for u in sorted(updates, key=when):
        book.orders.apply(u)
