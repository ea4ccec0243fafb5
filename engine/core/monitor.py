"""Monitor: what keeps a book in step with its broker - polls, the order stream, the balance,
reconciliation, the halt file."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from engine import events as ev
from engine.core.book import Book
from engine.domain.orders import OrderUpdate
from engine.domain.waiting import CANCELLED
from engine.errors import SigcopyError
from engine.ports import Broker, Clock, KillSwitch, OrderStream
from engine.redact import REDACTOR
from engine.services.stop_keeper import StopKeeper

log = logging.getLogger("sigcopy.engine")


async def run_forever(one_pass: Callable[[], Awaitable[None]], interval: float) -> None:
    """Monitor passes every `interval` seconds until cancelled; a pass that fails with one of
    the project's errors is logged and the next one runs."""
    while True:
        try:
            await one_pass()
        except SigcopyError as exc:
            log.error("monitor: %s", exc.user_message())
        await asyncio.sleep(interval)


class Monitor:
    """Owns the order stream, the reconcile schedule and what the halt file said last."""

    def __init__(
        self,
        book: Book,
        broker: Broker,
        kill_switch: KillSwitch,
        clock: Clock,
        reconcile_interval_s: float,
    ) -> None:
        self.book = book
        self.broker = broker
        self.kill_switch = kill_switch
        self.clock = clock
        self.reconcile_interval_s = reconcile_interval_s
        self.stream: OrderStream | None = None  # order updates pushed by the broker, if any
        self.was_halted = False
        self._next_reconcile = 0.0
        self.keeper = StopKeeper()  # stops that lapse at the exchange (MEXC: 7 days)

    def start_stream(self) -> None:
        """Order updates pushed by the broker, where it has a stream (polling stays on)."""
        make = getattr(self.broker, "order_stream", None)
        if self.stream is not None or make is None:
            return
        try:
            self.stream = make()
            if self.stream is not None:
                self.stream.start(
                    lambda: list(self.book.orders.orders.values()),
                    self.on_stream_updates,
                    self.reconcile,
                )
        except Exception as exc:  # noqa: BLE001 - without the stream, polling still trades safely
            # (a library's text may quote the signed request or the listen key: masked here, so
            # the record is clean before any handler sees it)
            why = f"{type(exc).__name__}: {REDACTOR.text(str(exc))}"
            log.warning("order stream unavailable (%s): order updates are polled", why)
            self.stream = None

    async def close_stream(self) -> None:
        """Stop the order stream."""
        stream, self.stream = self.stream, None
        if stream is not None:
            await stream.close()

    async def on_stream_updates(self, updates: list[OrderUpdate]) -> None:
        """Pushed order updates, applied exactly like polled ones: fold, settle, publish."""
        book = self.book
        async with book.lock:
            changed = False
            for u in updates:
                if not book.orders.is_news(u):
                    continue  # not ours any more, or nothing the engine does not know yet
                book.orders.apply(u)
                changed = True
            if changed:
                try:
                    await book.settle()
                except SigcopyError as exc:
                    log.error("after a pushed order update: %s", exc.user_message())
        await book.bus.publish()

    async def refresh_balance(self) -> None:
        """The exchange's equity and free margin (live); a simulated broker has none."""
        try:
            bal = await self.broker.fetch_balance()
        except SigcopyError as exc:
            log.warning("balance unavailable: %s", exc.user_message())
            return
        if bal is not None:
            self.book.portfolio.set_balance(bal.equity, bal.free)

    async def _poll(self) -> None:
        for u in await self.broker.poll(self.book.orders.all_live()):
            self.book.orders.apply(u)

    async def monitor_pass(self) -> None:
        """One pass: halt file, broker polling, balance, reconciliation, expiry, the day."""
        book = self.book
        halted = self.kill_switch.is_set()
        if halted and not self.was_halted:
            book.bus.emit(ev.Event(ev.HALTED, f"Trading halted: {self.kill_switch.reason()}"))
        self.was_halted = halted
        async with book.lock:
            if halted and book.waiter.entries:  # (the EMERGENCY_STOP file, created by hand)
                book.cancel_waiting(CANCELLED, "trading was halted: cancelled, nothing entered")
            # PENDING too: one left unknown after a restart during an outage is found here.
            try:
                await self._poll()
            except SigcopyError as exc:
                log.warning("poll failed: %s", exc.user_message())
            try:
                await book.fees.run()  # estimated fees replaced by the exchange's, where known
            except SigcopyError as exc:
                log.warning("fee read failed: %s", exc.user_message())
            await self.keeper.renew(book)
            mover = book.protector.mover
            for symbol in mover.due() if mover is not None else ():
                last = book.portfolio.last.get(symbol)  # a trailing move the limit held back
                if last is not None:
                    book.protector.trail_stops(symbol, last)
            await self.refresh_balance()
            now = self.clock.time()
            if now >= self._next_reconcile:
                # Positions closed by hand on the exchange are found here, every minute.
                self._next_reconcile = now + self.reconcile_interval_s
                await book.protector.reconcile_positions()
            book.check_expiry()
            book.portfolio.day_check()
            book.journal.put_state()
            await book.settle()
        await book.bus.publish()

    async def keep_stops(self, read: bool) -> None:
        """At start (under the book's lock), once recovery has read the resting orders (a stop
        may have fired while sigcopy was down): renew what may lapse, then settle. Unread
        (`read` False), the stops are renewed at the first monitor pass, after its poll."""
        if read:
            await self.keeper.renew(self.book)
        await self.book.settle()

    async def reconcile(self) -> None:
        """Poll every live order and compare positions with the exchange."""
        book = self.book
        async with book.lock:
            await self._poll()
            await book.protector.reconcile_positions()
            await book.settle()
        await book.bus.publish()
