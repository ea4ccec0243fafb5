"""Protector: stops and take-profits kept matching each position; closes; expiry; watched levels.

`protective_orders` is the desired-versus-live diff (protection.py; idempotent: it survives
restarts).
Per symbol it keeps the band of prices that trigger nothing; limit entries expire from a heap.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from decimal import Decimal

from config.trading_config import RiskConfig
from engine import events as ev
from engine.core import trailing_view
from engine.core.bookkeeper import Bookkeeper
from engine.core.bus import EventBus
from engine.core.close_hold import KEY as CLOSE_HELD
from engine.core.close_hold import Closer
from engine.core.cover_adopt import CoverAdoption
from engine.core.ended_orders import EndedOrders
from engine.core.entry_ends import EXPIRED, TP1_FIRST, EntryEnds
from engine.core.journal import Journal
from engine.core.native_trailing import place_native
from engine.core.order_manager import OrderManager
from engine.core.portfolio import Portfolio
from engine.core.position_cover import PositionCover
from engine.core.protection import protection_plan
from engine.core.rate_hold import RateHold
from engine.core.stop_cover import StopCover
from engine.core.stop_failure import StopFailures
from engine.core.stop_swap import Protection, StopSwapper, Swap
from engine.core.trailer import Trailer
from engine.core.watchlist import INF, NO_BAND, Watchlist
from engine.domain.market import Market
from engine.domain.orders import Order, OrderRole, OrderStatus
from engine.domain.trade import Trade, TradeStatus
from engine.errors import SigcopyError
from engine.ports import Broker, Clock
from engine.services.stop_mover import StopMover

log = logging.getLogger("sigcopy.engine")
__all__ = ["INF", "NO_BAND", "Protector"]


class Protector:
    """Owns which trades need protecting, the watched levels and the entry expiries."""

    def __init__(
        self,
        portfolio: Portfolio,
        orders: OrderManager,
        books: Bookkeeper,
        journal: Journal,
        broker: Broker,
        bus: EventBus,
        clock: Clock,
        risk: RiskConfig,
        resolve: Callable[[str], Market | None],
    ) -> None:
        self.portfolio = portfolio
        self.orders = orders
        self.books = books
        self.journal = journal
        self.broker = broker
        self.bus = bus
        self.clock = clock
        self.risk = risk
        self.resolve = resolve
        self.swapper = StopSwapper(orders, journal, StopCover(portfolio, orders))
        self.hold = RateHold(clock, bus)  # stops the exchange's rate-limit window held back
        # Market closes, and those the window held back (close_hold.py).
        self.closer = Closer(orders, journal, bus, clock, books, resolve, self.want)
        # A position an unknown entry may have opened gets its stop (position_cover.py).
        self.cover = PositionCover(portfolio, journal, broker, bus, self.want, orders)
        orders.lost.gave_up = self.cover.gave_up
        # Before such an entry is cancelled, what the position still holds is its fill
        # (cover_adopt.py: the trade stays open with its stop, never bare).
        adoption = CoverAdoption(
            portfolio, orders, journal, broker, bus, clock, self.cover, resolve
        )
        orders.before_cancel = adoption.before_cancel
        self.failures = StopFailures(
            portfolio, journal, bus, self.hold, self.cover, self.want, self.close_trade, clock
        )
        self._want: set[str] = set()  # trades whose stop and TPs are to be made to match
        self._vanished: set[str] = set()  # trades whose stop or TP disappeared at the broker
        # On an exchange without a trailing stop of its own, each move is a stop swap: step by
        # step, rate-limited (stop_mover.py); where it has one, the exchange trails (trailer.py).
        self.mover = None if orders.instant else StopMover.from_risk(clock, risk)
        self.trailer = Trailer(
            portfolio,
            risk,
            resolve,
            simulated=orders.instant,
            native=getattr(broker, "trailing_limits", None),
            allow=self.mover.allow if self.mover is not None else None,
            venue=str(getattr(broker, "exchange_id", "the exchange")),
        )
        # The watched band per symbol and the entry expiries (a simulated broker's resting
        # bands, its own dict changed in place, narrow the levels a replay asks for).
        self.watchlist = Watchlist(
            portfolio, self.trailer, risk, resolve, getattr(broker, "bands", None)
        )
        self.bands = self.watchlist.bands  # (the same dict: read on every tick)
        # Trades ended with nothing filled: their entries cancelled first (entry_ends.py).
        self.ends = EntryEnds(
            portfolio, orders, books, bus, clock, self.watchlist, risk.LIMIT_ORDER_TTL_HOURS
        )
        # Orders of ended trades whose cancel failed: cancelled again until gone (ended_orders.py).
        self.ended = EndedOrders(portfolio, orders, journal, bus, clock)
        self.watch = self.watchlist.watch
        self.band = self.watchlist.band
        self.levels = self.watchlist.levels
        self.market_levels = self.watchlist.market_levels
        books.protect = self.want
        books.lines.trail_view = lambda t: trailing_view.view(self.trailer, t)
        books.on_track = self.watch
        orders.on_vanished = self.vanished

    def want(self, trade_id: str) -> None:
        """Make this trade's stop and take-profits match its position at the next settle."""
        self._want.add(trade_id)
        t = self.portfolio.trades.get(trade_id)
        if t is not None and self.trailer.track(t):
            price = self.portfolio.last.get(t.symbol)
            if price is not None:
                self.trail_stops(t.symbol, price)
            self.watchlist.rebuild(t.symbol)
        wl = self.watchlist
        if t is not None and t.status == TradeStatus.OPEN and t.trade_id not in wl.partly:
            if self.orders.live(trade_id, OrderRole.ENTRY):  # its other entries expire too
                wl.partly_filled(t)
        if wl.next_expiry != INF:  # a filled entry: its trade may have been the next to expire
            wl.next_changed()

    def drop(self, trade_id: str) -> None:
        """No protection for this trade (closed outside sigcopy)."""
        self._want.discard(trade_id)

    def vanished(self, t: Trade) -> None:
        """A stop or TP of this trade disappeared at the broker."""
        self._vanished.add(t.trade_id)

    @property
    def next_expiry(self) -> float:
        """When the next limit entry expires (inf: none is pending)."""
        return self.watchlist.next_expiry

    @property
    def busy(self) -> bool:
        """True when protection or cancels wait for the next settle."""
        return (
            bool(self._want or self._vanished or self.swapper.cover.held or self.ends.due)
            or self.orders.cancels_queued
        )

    # --- watched levels and expiry (the bands and the heap: watchlist.py) ----------------------------------------------------------

    def trail_stops(self, symbol: str, price: float) -> None:
        """Trailing stops of this symbol follow the price (activated first where due); a stop
        moved is re-placed at the next settle. It never moves back."""
        if self.trailer.by_symbol.get(symbol):
            moved = self.trailer.follow(symbol, price)
            for tid in moved:  # its trailing state (best, stop) is saved with it
                self.journal.put_trade(self.portfolio.trades[tid])
            self._want |= moved
            if self.trailer.to_native:
                self._want |= self.trailer.to_native
            self.watchlist.rebuild(symbol)

    def check_watched(self, symbol: str, price: float) -> None:
        """TP1 reached before a pending entry filled: the entries are cancelled; trailing
        stops follow the price."""
        self.trail_stops(symbol, price)
        for t in self.watchlist.pending(symbol):
            if t.status != TradeStatus.PENDING or not t.take_profits:
                continue
            tp1 = float(t.take_profits[0])
            if (price >= tp1) if t.is_long else (price <= tp1):
                self.ends.end(t, TP1_FIRST)  # entries cancelled first (entry_ends.py)

    def check_expiry(self) -> None:
        """Limit entries older than LIMIT_ORDER_TTL_HOURS are cancelled (rare: a walk)."""
        now = self.clock.time()
        ends = self.ends
        if ends.retry:  # cancels that failed, tried again when due
            ends.check(now)
        if self.failures.resize:  # oversized stops whose re-size is due (stop_failure.py)
            self.failures.due(now)
        if now < self.watchlist.next_expiry:
            return
        ttl = self.risk.LIMIT_ORDER_TTL_HOURS * 3600
        for t in self.portfolio.active_trades():
            if t.opened_at + ttl > now:
                continue
            # Its entries cancelled: a pending trade ends once none rests, a position stays.
            if t.status == TradeStatus.PENDING or self.orders.live(t.trade_id, OrderRole.ENTRY):
                ends.end(t, EXPIRED)
            self.watchlist.partly.discard(t.trade_id)
        self.watchlist.next_changed()

    # --- protective orders ------------------------------------------------------------------

    def protective_orders(self, t: Trade, qty: Decimal | None = None) -> Protection:
        """What makes the stop and TPs match the open quantity (protection.py)."""
        qty = t.open_qty if qty is None else qty
        return protection_plan(t, qty, self.orders, self.resolve, self._place_trailing)

    def _place_trailing(self, t: Trade) -> None:
        """The exchange's trailing stop is missing: run() places it, new first."""
        self.trailer.to_native.add(t.trade_id)

    async def run(self) -> None:
        """Follow-ups until quiet: cancels, then stops and TPs made to match each position;
        the orders of ended trades whose cancel failed queued again when due, and settled."""
        ended = self.ended
        if ended.waiting:
            ended.due()
        await self._run()
        if ended.waiting:
            ended.settled()

    async def _run(self) -> None:
        held = bool(self.swapper.cover.held)  # stop cancels held back at an earlier settle
        if self.hold.until:  # protection held back by the exchange's rate-limit window
            self.hold.release(self._want, self.trailer.to_native)
        if self.closer.held.until:  # closes held back by it: looked up, else sent once more
            await self.closer.retry_due(self.portfolio.trades)
        lost = self.orders.lost
        if lost.until or lost.stopped:  # orders whose answer was lost: looked up once it may
            await self.settle_lost()  # be (or told by a poll after their look-ups stopped)
        if self.ends.due:  # trades ending with nothing filled: their entries cancelled first
            await self.ends.run()
        if not (
            self._want
            or self._vanished
            or self.trailer.to_native
            or self.orders.cancels_queued
            or held
        ):
            return  # nothing to do (most ticks, most settles)
        if self._vanished:
            # Before re-placing a vanished stop: is the position still there at all?
            await self.reconcile_positions()
            for tid in self._vanished:
                if self.portfolio.trades[tid].is_active:
                    self._want.add(tid)
            self._vanished.clear()
        for _ in range(10):
            for tid in self.trailer.take_native() if self.trailer.to_native else ():
                t = self.portfolio.trades.get(tid)
                if t is None:
                    continue
                last = self.portfolio.last.get(t.symbol)
                price = None if last is None else Decimal(str(last))
                if await place_native(
                    t, self.orders, self.swapper, self.bus, self.trailer, price, self.hold
                ):
                    self._want.add(tid)  # the fixed stop beside it, if still tighter
            if not self.orders.cancels_queued and not self._want and not held:
                break
            held = False  # (tried once a run when nothing else is to do: stop_cover.py)
            cancels = self.orders.take_cancels()
            # Stops go last: another trade's stop on the symbol may go out below (stop_swap.py).
            later = [o for o in cancels if o.role == OrderRole.STOP_LOSS]
            if len(later) < len(cancels):
                await self.orders.cancel_all([o for o in cancels if o.role != OrderRole.STOP_LOSS])
            ids, self._want = self._want, set()
            to_place: list[Order] = []
            swaps: list[Swap] = []
            for tid in ids:
                t = self.portfolio.trades.get(tid)
                if t is None:
                    continue
                plan = self.protective_orders(t)
                if plan.cancel:
                    stops = [o for o in plan.cancel if o.role == OrderRole.STOP_LOSS]
                    await self.orders.cancel_all(
                        [o for o in plan.cancel if o.role != OrderRole.STOP_LOSS]
                    )
                    await self.swapper.cancel_stops(stops)
                    if not t.is_active or t.open_qty <= 0:
                        for o in plan.orders:
                            self.orders.mark(o, OrderStatus.CANCELED, "not sent: position closed")
                        continue
                to_place += plan.place
                swaps += plan.swaps
            if self.orders.instant:
                # (An instant broker - the simulator - sends nothing out of the process:
                # its orders are written with their answers, in the commit that follows.)
                await self.swapper.swap(swaps, later)
                placed = await self.orders.send_all(to_place)
            else:
                if to_place or swaps:
                    await self.journal.flush()  # write-ahead for the protective orders
                _, placed = await asyncio.gather(
                    self.swapper.swap(swaps, later), self.orders.send_all(to_place)
                )
            self.hold.later(to_place, placed)  # take-profits the rate-limit window held back
            for s in swaps:
                if s.error is not None:
                    await self.stop_failed(s.new, s.error, s.old)
                    continue
                self.failures.placed(s.new.trade_id)
                if self.hold.told:
                    self.hold.placed(s.new)
        self.hold.say()  # what the window held back (stops, take-profits): one message a trade

    async def settle_lost(self) -> None:
        """The orders whose answer was lost, looked up where due (lost_answers.py): a trade
        with one found or never placed is made to match (a stop not there is placed now, new
        first); a trade whose only entry never reached the exchange ends, nothing sent again."""
        found, absent = await self.orders.lost.look_up(self._moved)
        for o in (*found, *absent):
            t = self.portfolio.trades.get(o.trade_id)
            if t is None or not t.is_active:
                continue
            if o.role == OrderRole.ENTRY:
                self.cover.drop(t)  # found or never placed: the book says what it holds
            if t.status == TradeStatus.PENDING and not t.entry_qty:
                if not self.orders.live(t.trade_id, OrderRole.ENTRY):
                    # Counted as executed while its fate was unknown: now it is failed only.
                    ledger = self.portfolio.ledger
                    ledger.trades_executed = max(0, ledger.trades_executed - 1)
                    ledger.trades_failed += 1
                    self.books.finish(t, TradeStatus.FAILED, "entry_never_placed")
                continue
            self._want.add(t.trade_id)

    async def _moved(self, o: Order, final: bool) -> bool | None:
        return await self.cover.check(o, final)  # (what it holds beyond the book: a stop)

    async def stop_failed(self, o: Order, why: str, old: list[Order] | None = None) -> None:
        """A position must never stay open without its stop (stop_failure.py: the previous one
        kept, held for the rate-limit window, sent once more, or the position closed)."""
        await self.failures.failed(o, why, old)

    async def close_trade(
        self,
        t: Trade,
        reason: str,
        fraction: Decimal | None = None,
        *,
        amount: Decimal | None = None,
    ) -> bool:
        """Market-close all (or a fraction, or at most `amount`) of a trade (close_hold.py:
        after the exchange's rate-limit window when it holds the close back)."""
        return await self.closer.close(t, reason, fraction, amount=amount)

    async def reconcile_positions(self) -> None:
        """Live: positions closed by hand on the exchange are recorded and reported."""
        try:
            positions = await self.broker.fetch_positions()
        except SigcopyError as exc:
            log.warning("positions unavailable: %s", exc.user_message())
            return
        if positions is None:
            return
        self.cover.reread(positions)  # (covers whose entry is looked up no more follow it here)
        held = {(p.symbol, p.side) for p in positions if p.amount > 0}
        for t in self.portfolio.active_trades():
            if t.status == TradeStatus.OPEN and (t.symbol, t.side) not in held:
                if CLOSE_HELD in t.extra:
                    continue  # its own close may have done it: looked up (close_hold.py)
                self.drop(t.trade_id)
                self.books.finish(t, TradeStatus.CLOSED, "closed_on_exchange")
                self.bus.emit(
                    ev.Event(
                        ev.RECONCILED,
                        f"{t.symbol} {t.side} was closed on the exchange "
                        "outside sigcopy; recorded, no stop re-placed.",
                        t.symbol,
                        t.trade_id,
                    )
                )
