"""Journal: the book's unit of work over the store and the JSONL trade log.

Parts queue what changed (orders, trades, records, the ledger); `flush()` serializes each changed
object once and commits them in one transaction; trade-log lines are appended after the commit
that holds their fills (a fill row carries its line: the outbox a restart recovers from).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from engine.domain.orders import Order
from engine.domain.trade import Trade
from engine.errors import StoreError
from engine.ports import Store, TradeLog

log = logging.getLogger("sigcopy.engine")


class Journal:
    """Owns the store, the trade log and everything queued for them (dirty objects, lines)."""

    def __init__(
        self,
        store: Store,
        trade_log: TradeLog,
        state: Callable[[], dict[str, Any]],
        lock: asyncio.Lock,
    ) -> None:
        self.store = store
        self.trade_log = trade_log
        self._state = state  # the ledger's record, read when it is written
        self._lock = lock  # the book's lock: a deferred write waits for the work in progress
        # A backtest's store keeps nothing: nothing is serialized for it.
        self.volatile = bool(getattr(store, "volatile", False))
        # A trade-log line is kept by the trade log, or by the store (in its fill's record, the
        # outbox a restart recovers from); when neither keeps it, it is not built at all.
        self.keeps_lines = not self.volatile or bool(getattr(trade_log, "keeps", True))
        self._orders: dict[str, Order] = {}
        self._trades: dict[str, Trade] = {}
        self._lines: list[dict[str, Any]] = []
        self.must_flush = False  # something waits that must be written before the next send
        self._state_dirty = False
        self.failed = False  # the last commit failed: records wait in memory
        self._lazy: asyncio.Task[None] | None = None

    def put_order(self, o: Order, ack: bool = False) -> None:
        """Queue an order write; an acknowledgement alone (no fill) may be written lazily."""
        self._orders[o.client_id] = o
        if not ack:
            self.must_flush = True

    def put_trade(self, t: Trade) -> None:
        """Queue a trade write."""
        self._trades[t.trade_id] = t
        self.must_flush = True

    def put(self, kind: str, key: str, status: str, data: dict[str, Any]) -> None:
        """Queue one record (signal, fill, equity point, ...)."""
        if self.volatile:
            return
        self.store.put(kind, key, status, data)
        self.must_flush = True

    def put_state(self, lazy: bool = False) -> None:
        """The ledger changed: written with the next flush (soon, when lazy)."""
        if self.volatile:
            return
        self._state_dirty = True
        if not lazy:
            self.must_flush = True

    def line(self, record: dict[str, Any]) -> dict[str, Any]:
        """Queue a trade-log line (appended after the next commit); returns it."""
        self._lines.append(record)
        return record

    def wrote(self) -> None:
        """Something was logged that must reach the store before the next send."""
        self.must_flush = True

    async def flush(self) -> None:
        """Serialize what changed (once per object, however often it changed) and commit."""
        if self.volatile:
            self._forget()
            return
        if self._trades:
            trades, self._trades = self._trades, {}
            # Written as text now (to_dict): a Decimal left to the store's serializer costs it
            # a failed look for a dataclass first, about 60 a paper signal.
            for t in trades.values():
                self.store.put("trade", t.trade_id, t.status, t.to_dict())  # a StrEnum: a str
        if self._orders:
            orders, self._orders = self._orders, {}
            for o in orders.values():
                self.store.put("order", o.client_id, o.status, o.to_dict())
        if self._state_dirty:
            self._state_dirty = False
            self.store.put("state", "ledger", "ok", self._state())
        self.must_flush = False
        try:
            await self.store.flush()
        except StoreError:
            self.failed = True
            raise
        self.failed = False

    def _forget(self) -> None:
        """A volatile store's flush: nothing is kept, nothing waits."""
        self._trades.clear()
        self._orders.clear()
        self.must_flush = self._state_dirty = False

    async def commit(self) -> None:
        """End of a unit of work: commit now if needed (else soon), then append the log lines."""
        if self.must_flush:
            if self.volatile:
                self._forget()  # (flush's answer, without its coroutine: every settle of a backtest)
            else:
                await self.flush()
        elif self._orders or self._state_dirty or getattr(self.store, "dirty", False):
            self._schedule()
        if self._lines:
            lines, self._lines = self._lines, []
            for rec in lines:
                self.trade_log.append(rec)

    def _schedule(self) -> None:
        """Write acknowledgements soon, off the hot path (a crash before then is recovered by
        looking the orders up by client id, as after any crash)."""
        if self.volatile:
            self._orders.clear()
            return
        if self._lazy is None or self._lazy.done():
            self._lazy = asyncio.get_running_loop().create_task(self._lazy_flush())

    async def _lazy_flush(self) -> None:
        await asyncio.sleep(0)
        async with self._lock:
            try:
                await self.flush()
            except StoreError as exc:
                log.error("deferred store write failed: %s", exc.user_message())

    async def drain(self) -> None:
        """Wait for a deferred write in progress (before closing)."""
        if self._lazy is not None:
            await asyncio.gather(self._lazy, return_exceptions=True)

    async def recover_lines(self) -> None:
        """Lines whose fills reached the store but not the log (killed in between) are queued."""
        logged_ids = getattr(self.trade_log, "logged_fill_ids", None)
        if logged_ids is None:
            return
        logged = logged_ids()
        for d in await self.store.load("fill"):
            rec = d.get("log")
            if rec and rec.get("fill_id") not in logged:
                self._lines.append(rec)
