"""Lifecycle: start-up, restore after a crash, ticks, the monitor pass, shutdown."""

from __future__ import annotations

import asyncio
import logging
from decimal import Decimal
from typing import Any, Self

from engine import events as ev
from engine.core.protection import Protection
from engine.domain.market import MarketCatalog
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderUpdate
from engine.domain.trade import ACTIVE, Trade, TradeStatus
from engine.errors import SigcopyError
from engine.ledger import Ledger

log = logging.getLogger("sigcopy.engine")
ZERO = Decimal(0)
INF = float("inf")
_NO_BAND = (-INF, INF)


class Lifecycle(Protection):
    """Lifecycle: start-up, restore after a crash, ticks, the monitor pass, shutdown."""

    async def start(self) -> None:
        """Open the store, load markets, restore state and recover in-flight orders. Idempotent."""
        if self._started:
            return
        async with self._lock:
            if self._started:
                return
            await self.store.open()
            try:
                await self._load_markets()
                await self._startup_warnings()
                await self._restore()
                for sym, trades in self._active.items():  # a restart keeps the walk near them
                    known = [
                        t.avg_entry or t.entries[0] for t in trades if t.avg_entry or t.entries
                    ]
                    self._anchor_feed(sym, known)
            except BaseException:
                await self.store.close()  # no connection (or its thread) left behind
                raise
            self._started = True
        self._start_stream()
        await self._publish()

    def _start_stream(self) -> None:
        """Order updates pushed by the broker, where it has a stream (polling stays on)."""
        make = getattr(self.broker, "order_stream", None)
        if self._stream is not None or make is None:
            return
        try:
            self._stream = make()
            if self._stream is not None:
                self._stream.start(
                    lambda: list(self.orders.values()), self._on_stream_updates, self.reconcile
                )
        except Exception as exc:  # noqa: BLE001 - without the stream, polling still trades safely
            log.warning("order stream unavailable (%s): order updates are polled", exc)
            self._stream = None

    async def _on_stream_updates(self, updates: list[OrderUpdate]) -> None:
        """Pushed order updates, applied exactly like polled ones: fold, settle, publish."""
        async with self._lock:
            changed = False
            for u in updates:
                o = self.orders.get(u.client_id)
                if o is None or (u.status == o.status and u.filled == o.filled):
                    continue  # not ours any more, or nothing the engine does not know yet
                self._apply_update(u)
                changed = True
            if changed:
                try:
                    await self._settle()
                except SigcopyError as exc:
                    log.error("after a pushed order update: %s", exc.user_message())
        await self._publish()

    async def _load_markets(self) -> None:
        source: Any = self.market_data
        # A broker that trades real markets defines them; otherwise the market data does.
        if self.exchange is not None or not getattr(self.market_data, "provides_markets", True):
            source = self.broker
        try:
            markets = await source.load_markets()
        except SigcopyError:
            fallback = getattr(self._slots, "fallback", None)
            if fallback is None:
                raise
            log.warning("exchange unreachable: paper trading on SIMULATED PRICES")
            try:  # its HTTP session must not outlive it ("Unclosed client session" at exit)
                await self.market_data.close()
            except Exception:  # noqa: BLE001 - the fallback is what matters now
                log.debug("close failed", exc_info=True)
            self.market_data = fallback
            markets = await fallback.load_markets()
        if markets:
            self.catalog = MarketCatalog(markets)
        set_markets = getattr(self.broker, "set_markets", None)
        if set_markets is not None:
            set_markets({m.symbol: m for m in self.catalog})
        self._resolved.clear()

    def _anchor_feed(self, symbol: str, prices: list[Decimal]) -> None:
        """Market data without real prices (the simulated walk) starts a symbol where its first
        signal says: its entry, or the middle of its zone."""
        anchor = getattr(self.market_data, "anchor", None)
        if anchor is None or not prices:
            return
        started = anchor(symbol, float((min(prices) + max(prices)) / 2))
        if started is not None:
            self._last[symbol] = started

    async def _startup_warnings(self) -> None:
        check = getattr(self.broker, "startup_warnings", None)
        if check is None:
            return
        try:
            warnings = await check()
        except SigcopyError as exc:
            warnings = [exc.user_message()]
        for w in warnings:
            log.warning("start-up check: %s", w)
            self._events.append(ev.Event(ev.ERROR, f"⚠️ {w}"))
        self.startup_warnings = warnings

    async def aclose(self) -> None:
        """Flush state and release every connection."""
        try:
            stream, self._stream = self._stream, None
            if stream is not None:
                await stream.close()
            if self._lazy_task is not None:
                await asyncio.gather(self._lazy_task, return_exceptions=True)
            if self._started:
                await self._flush()
        finally:
            for part in (self.broker, self.market_data):
                try:
                    await part.close()
                except Exception:  # noqa: BLE001 - closing must not mask the real error
                    log.debug("close failed", exc_info=True)
            fallback = getattr(self._slots, "fallback", None)
            if fallback is not None and fallback is not self.market_data:
                await fallback.close()
            await self.store.close()
            self.trade_log.close()
            self._started = False

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def on_price(self, symbol: str, price: float) -> None:
        """One price tick: re-check this symbol's resting orders, stops and take-profits."""
        market = self._resolved.get(symbol) or self.resolve(symbol)
        if market is None:
            return
        sym = market.symbol
        self._last[sym] = price
        updates = self.broker.on_price(sym, price)
        band = self._watch.get(sym)
        watched = band is not None and not band[0] < price < band[1]
        if not updates and not watched and self._next_expiry > self.clock.time():
            return
        async with self._lock:
            for u in updates:
                self._apply_update(u)
            if watched:
                self._check_watched(sym, price)
            self._check_expiry()
            await self._settle()
        await self._publish()

    async def check_all(self) -> int:
        """Re-check every open position and resting order at the last known prices.

        Returns how many symbols needed action. Cheap when nothing triggers: one band
        comparison per symbol.
        """
        band_of = getattr(self.broker, "band", None) or (lambda _s: _NO_BAND)
        watch, last = self._watch, self._last
        due = []
        for sym, trades in self._active.items():
            price = last.get(sym) if trades else None
            if price is None:
                continue
            lo, hi = watch.get(sym, _NO_BAND)
            blo, bhi = band_of(sym)
            if not (lo < price < hi and blo < price < bhi):
                due.append((sym, price))
        for sym, price in due:
            await self.on_price(sym, price)
        hits = len(due)
        if self._next_expiry <= self.clock.time():
            async with self._lock:
                self._check_expiry()
                await self._settle()
        return hits

    async def monitor_pass(self) -> None:
        """One pass of the background monitor: halt file, expiry, broker polling, balance."""
        if not self._started:
            await self.start()
        halted = self.kill_switch.is_set()
        if halted and not self._was_halted:
            self._events.append(ev.Event(ev.HALTED, f"Trading halted: {self.kill_switch.reason()}"))
        self._was_halted = halted
        async with self._lock:
            # PENDING too: one left unknown after a restart during an outage is found here.
            live = [o for o in self.orders.values() if o.is_live]
            try:
                for u in await self.broker.poll(live):
                    self._apply_update(u)
            except SigcopyError as exc:
                log.warning("poll failed: %s", exc.user_message())
            await self._refresh_balance()
            now = self.clock.time()
            if now >= self._next_reconcile:
                # Positions closed by hand on the exchange are found here, every minute.
                self._next_reconcile = now + self.settings.live.RECONCILE_INTERVAL_S
                await self._reconcile_positions()
            self._check_expiry()
            self._day_check()
            self._put_state()
            await self._settle()
        await self._publish()

    async def run_monitor(self, interval: float | None = None) -> None:
        """Run monitor passes forever (cancel the task to stop)."""
        while True:
            try:
                await self.monitor_pass()
            except SigcopyError as exc:
                log.error("monitor: %s", exc.user_message())
            await asyncio.sleep(interval or self.settings.live.POLL_INTERVAL_S)

    async def _refresh_balance(self) -> None:
        try:
            bal = await self.broker.fetch_balance()
        except SigcopyError as exc:
            log.warning("balance unavailable: %s", exc.user_message())
            return
        if bal is not None:
            self._balance_equity, self._balance_free = bal.equity, bal.free

    async def _restore(self) -> None:
        """Bring back trades, orders and the ledger; settle orders whose fate is unknown."""
        self._known_ids = {str(d["trade_id"]) for d in await self.store.load("trade")}
        state = await self.store.get("state", "ledger")
        if state:
            self.ledger = Ledger.from_dict(state)
            self._day_no = -1  # the restored day is checked afresh
            self.ledger.curve = [(d["ts"], d["equity"]) for d in await self.store.load("equity")]
        for d in await self.store.load("trade", tuple(s.value for s in ACTIVE)):
            t = Trade.from_dict(d)
            self.trades[t.trade_id] = t
            self._active.setdefault(t.symbol, []).append(t)
        orphans: list[Order] = []
        for d in await self.store.load(
            "order", (OrderStatus.PENDING.value, OrderStatus.OPEN.value)
        ):
            o = Order.from_dict(d)
            if o.trade_id not in self.trades:
                # Its trade ended but the cancel never got through (killed in between):
                # the order may still rest at the broker, so it is looked up and cancelled.
                td = await self.store.get("trade", o.trade_id)
                if td is None:
                    continue
                self.trades[o.trade_id] = Trade.from_dict(td)
                self._done.add(o.trade_id)
                orphans.append(o)
            self._index(o)
        # Before the pending orders are looked up: their fills add lines of their own.
        await self._recover_trade_log()
        await self._refresh_balance()
        pending = [o for o in self.orders.values() if o.status == OrderStatus.PENDING]
        self.broker.restore([o for o in self.orders.values() if o.status == OrderStatus.OPEN])
        # Fills are applied in the order they happened: an entry before its trade's exits. A
        # trade killed while its stop and TPs went out with the read of the entry's fill (MEXC)
        # has the entry open with its fill unknown, and the stop may have filled since.
        unsure = {o.trade_id for o in pending}
        first = [
            o
            for o in self.orders.values()
            if o.role == OrderRole.ENTRY
            and o.trade_id in unsure
            and (o.status == OrderStatus.PENDING or (o.status == OrderStatus.OPEN and not o.filled))
        ]
        early = {o.client_id for o in first}
        pending = first + [o for o in pending if o.client_id not in early]
        for o in pending:
            # Sent or not? Ask the broker by client id before anything is sent again.
            try:
                u = await self.broker.fetch_order(o)
            except SigcopyError as exc:
                log.error("cannot look up %s: %s", o.client_id, exc.user_message())
                continue
            if u is None and o.status == OrderStatus.OPEN:
                continue  # acknowledged before: left to the polls
            if u is None:
                o.status = OrderStatus.REJECTED
                o.error = "never reached the broker (found pending after a restart)"
                self._put_order(o)
            else:
                self._apply_update(u)
        self._cancels.extend(o for o in orphans if o.is_live)
        for trades in self._active.values():
            for t in list(trades):
                if t.status == TradeStatus.PENDING and not self._live_orders(t, OrderRole.ENTRY):
                    self._finish(t, TradeStatus.CANCELED, "entry_never_sent")
                elif t.status == TradeStatus.OPEN:
                    self._protect_ids.add(t.trade_id)
        for sym in list(self._active):
            self._rebuild_watch(sym)
        self._day_check()
        self._was_halted = self.kill_switch.is_set()
        await self._reconcile_positions()
        await self._settle()

    async def _recover_trade_log(self) -> None:
        """Lines whose fills reached the store but not the log (killed in between) are written."""
        logged_ids = getattr(self.trade_log, "logged_fill_ids", None)
        if logged_ids is None:
            return
        logged = logged_ids()
        for d in await self.store.load("fill"):
            rec = d.get("log")
            if rec and rec.get("fill_id") not in logged:
                self._log_lines.append(rec)

    async def reconcile(self) -> None:
        """Poll every live order and compare positions with the exchange."""
        async with self._lock:
            live = [o for o in self.orders.values() if o.is_live]
            for u in await self.broker.poll(live):
                self._apply_update(u)
            await self._reconcile_positions()
            await self._settle()
        await self._publish()
