"""Entry ends: trades with nothing filled that the engine ends on its own (limit entries past
LIMIT_ORDER_TTL_HOURS; TP1 reached before an entry filled).

Their entry orders are cancelled first, and the trade ends only once none of them rests. Ending
it first, as before, left an entry whose cancel the exchange refused (a 5xx, a 429, a key
without trading rights) resting there while the trade showed as ended and nobody was told. A
failed cancel keeps the trade, watched (an entry that fills gets its stop, as any fill does),
tells the user once why and what to do, and is tried again after the same backoff as the
orders of ended trades (cancel_retry.py: a minute, doubled at each failure in a row, at most
15; the rate-limit window's rest when longer). The expiry heap is told, so ticks before then
stay quiet (watchlist.py `defer`). Nothing is written for it: after a restart the expiry (or
TP1) ends the trade again at the first settle, its backoff starting again from a minute, as
ended_orders.py's does.
"""

from __future__ import annotations

import logging

from engine import events as ev
from engine.core.bookkeeper import Bookkeeper
from engine.core.bus import EventBus
from engine.core.cancel_retry import retry_wait
from engine.core.order_manager import OrderManager
from engine.core.portfolio import Portfolio
from engine.core.watchlist import Watchlist
from engine.domain.follow_up import cancelled_now, still_rest
from engine.domain.orders import Order, OrderRole
from engine.domain.signal import canonical_symbol
from engine.domain.trade import Trade, TradeStatus
from engine.ports import Clock

log = logging.getLogger("sigcopy.engine")
EXPIRED, TP1_FIRST = "expired", "tp1_before_entry"
_ENTRY = OrderRole.ENTRY
TRY_AGAIN = "sigcopy tries again in a minute, or /cancel {coin} now"
HINT = (
    "/cancel {coin} to try now; if it keeps failing, check the key (sigcopy doctor) or cancel "
    "the orders on the exchange"
)


class EntryEnds:
    """The trades being ended with nothing filled: cancels first, the end once none rests."""

    def __init__(
        self,
        portfolio: Portfolio,
        orders: OrderManager,
        books: Bookkeeper,
        bus: EventBus,
        clock: Clock,
        watchlist: Watchlist,
        ttl_hours: float,
    ) -> None:
        self.portfolio = portfolio
        self.orders = orders
        self.books = books
        self.bus = bus
        self.clock = clock
        self.watchlist = watchlist
        self.ttl_hours = ttl_hours
        self.due: dict[str, str] = {}  # trade id -> why it ends: cancelled at the next settle
        self.retry: dict[str, tuple[float, str]] = {}  # trade id -> (when, why): a cancel failed
        self.failures: dict[str, int] = {}  # trade id -> its entries' cancels failed in a row
        self._told: set[str] = set()  # trades whose resting entries the user was told of

    def end(self, t: Trade, reason: str) -> None:
        """End this trade (nothing filled) at the next settle, once its entries are cancelled."""
        if t.trade_id not in self.retry:
            self.due[t.trade_id] = reason

    def check(self, now: float) -> None:
        """The failed cancels whose time to try again has come are due again."""
        for tid, (at, reason) in list(self.retry.items()):
            if at <= now:
                del self.retry[tid]
                self.due[tid] = reason

    async def run(self) -> None:
        """Each due trade's entries cancelled; the trade ended once none rests (under the lock,
        in the settle: Protector.run)."""
        due, self.due = self.due, {}
        for tid, reason in due.items():
            t = self.portfolio.trades.get(tid)
            entries = self.orders.live(tid, _ENTRY)
            if t is None or not t.is_active:  # (ended meanwhile: its orders, ended_orders.py)
                self._forget(tid)
                continue
            errors = await self.orders.cancel_all(entries)
            left = self.orders.live(tid, _ENTRY)
            if left:  # a cancel failed: they rest, the trade stays (a fill gets its stop)
                self.failed(t, left, reason, errors)
            elif t.is_active and t.entry_qty > 0:  # (filled meanwhile: it stays, with its stop)
                self._forget(tid)
            else:
                self._ended(t, reason, entries)

    def failed(
        self,
        t: Trade,
        left: list[Order],
        reason: str,
        errors: dict[str, BaseException] | None = None,
    ) -> None:
        """These entries of `t` could not be cancelled: tried again after the backoff (the
        longest any of their errors asks: a rate-limit window); said once."""
        tid = t.trade_id
        n = self.failures.get(tid, 0) + 1
        self.failures[tid] = n
        wait = max(retry_wait(n, e) for e in [None, *(errors or {}).values()])
        at = self.clock.time() + wait
        self.retry[tid] = (at, reason)
        if t.status == TradeStatus.PENDING:
            self.watchlist.defer(tid, at)
        why = self.orders.cancel_error(left)
        log.warning("%s: %d entries rest (%s); again in %gs", tid, len(left), why, wait)
        if tid in self._told or (t.is_active and t.entry_qty > 0):
            return  # said once (a fill since is said as such, with its stop)
        self._told.add(tid)
        coin = canonical_symbol(t.symbol).replace("/", "")
        side = t.side.lower()
        lead = (
            f"its entries expired after {self.ttl_hours:g} h (LIMIT_ORDER_TTL_HOURS) with "
            f"nothing of the {side} filled"
            if reason == EXPIRED
            else f"TP1 was reached before any entry of the {side} filled"
        )
        text = still_rest(t, left, why, lead=lead, then=TRY_AGAIN)
        self.bus.emit(ev.Event(ev.ERROR, text, t.symbol, tid, {"hint": HINT.format(coin=coin)}))

    def _forget(self, tid: str) -> None:
        """The trade is no longer being ended here: its failures and what was said go."""
        self._told.discard(tid)
        self.failures.pop(tid, None)

    def _ended(self, t: Trade, reason: str, entries: list[Order]) -> None:
        told = t.trade_id in self._told
        self._forget(t.trade_id)
        self.books.finish(t, TradeStatus.CANCELED, reason)
        if reason == TP1_FIRST:
            text = f"{t.symbol}: TP1 reached before the entry filled; entries cancelled"
            self.bus.emit(ev.Event(ev.SIGNAL_REFUSED, text, t.symbol, t.trade_id))
        if told:  # the user was told they rest: now they do not
            then = f", nothing filled; the trade ended ({reason})"
            text = cancelled_now(t.symbol, entries, then=then)
            self.bus.emit(ev.Event(ev.ENTRIES_CANCELLED, text, t.symbol, t.trade_id))
