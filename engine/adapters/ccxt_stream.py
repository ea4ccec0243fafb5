"""Order updates pushed by the exchange (ccxt.pro watch_orders); polling stays the safety net.

The stream runs its own ccxt.pro client of the same exchange, with the same keys, options and
URLs as the broker's REST client. Every ccxt order it receives is matched to one of the engine's
orders (by client order id, else by exchange id), converted by the broker exactly like a polled
answer, and handed to the engine in arrival order. Errors never end it: it reconnects with
backoff and says so in the log, and the engine's polling covers whatever it missed meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import ccxt.async_support as ccxt

from engine.adapters.ccxt_errors import map_ccxt_error
from engine.adapters.ccxt_exchange import build_exchange, has_credentials
from engine.adapters.ccxt_lookup import to_update
from engine.adapters.ccxt_retry import RetryAfter, share_window
from engine.domain.orders import Order, OrderUpdate

if TYPE_CHECKING:
    from engine.adapters.ccxt_parts import BrokerParts

log = logging.getLogger("sigcopy.stream")

OnUpdates = Callable[[list[OrderUpdate]], Awaitable[None]]
KnownOrders = Callable[[], Iterable[Order]]

# Binance algo (stop) order states between the trigger and the fill behind it: nothing to book
# yet (ccxt reads them as closed); the FINISHED update carries the executed quantity and price.
_INTERIM = frozenset({"TRIGGERING", "TRIGGERED"})
ZERO = Decimal(0)


def open_order_stream(broker: BrokerParts) -> CcxtOrderStream | None:
    """The order stream for the broker's exchange, or None where its updates are only polled."""
    settings = broker.settings
    if not settings.live.WATCH_ORDERS:
        return None
    if settings.MARKET_TYPE not in broker.profile.stream_market_types:
        return None
    import ccxt.pro as ccxtpro

    if not isinstance(getattr(ccxtpro, broker.exchange_id, None), type):
        return None
    exchange = build_exchange(settings, module=ccxtpro)
    if not exchange.has.get("watchOrders") or not has_credentials(exchange):
        return None
    # Its REST requests (Binance's listenKey) wait out the broker's back-off window too.
    share_window(broker, RetryAfter(exchange, lambda: broker.retry, broker.retry_after.file))
    return CcxtOrderStream(broker, exchange)


class CcxtOrderStream:
    """watch_orders in a loop; each batch of the engine's orders' updates goes to one callback."""

    def __init__(
        self,
        broker: BrokerParts,
        exchange: Any,
        *,
        base_delay: float = 1.0,
        max_delay: float = 60.0,
        rng: random.Random | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.broker = broker
        self.exchange = exchange
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.rng = rng or random.Random()
        self.sleep = sleep
        self.delivered = 0  # batches handed to the engine
        self.failures = 0  # errors since the last batch received
        self._tasks: list[asyncio.Task[None]] = []
        self._queue: asyncio.Queue[list[OrderUpdate]] | None = None
        self._on_gap: Callable[[], Awaitable[None]] | None = None
        self.gap_polls = 0  # catch-up polls after a broken connection
        # Per-fill commissions (Binance reports each fill's fee, not the order's total):
        # exchange id -> (quantity whose fee was seen, fees seen, all in the settle currency).
        self._fees: dict[str, tuple[Decimal, Decimal, bool]] = {}
        # Binance: the order a triggered stop placed (ALGO_UPDATE `ai`) -> the stop's algo id, and
        # algo id -> (quantity, fee) that order's ORDER_TRADE_UPDATEs reported, for FINISHED.
        self._placed_by: dict[str, str] = {}
        self._placed_fee: dict[str, tuple[Decimal, str]] = {}

    @property
    def running(self) -> bool:
        """True while the stream's tasks are alive."""
        return any(not t.done() for t in self._tasks)

    def start(
        self,
        known: KnownOrders,
        on_updates: OnUpdates,
        on_gap: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        """Start watching: `known()` lists the engine's orders, `on_updates` applies a batch,
        `on_gap()` catches up on what a broken connection missed (a poll), before resuming."""
        if self._tasks:
            return
        if not self.exchange.markets and self.broker.exchange.markets:
            # The broker loaded them already: no second download for the websocket client.
            self.exchange.set_markets(self.broker.exchange.markets)
        self._queue = asyncio.Queue()
        self._on_gap = on_gap
        loop = asyncio.get_running_loop()
        self._tasks = [
            loop.create_task(self._watch(known), name="sigcopy-order-stream"),
            loop.create_task(self._deliver(on_updates), name="sigcopy-order-updates"),
        ]
        log.info("order stream: watching %s order updates", self.broker.exchange_id)

    async def close(self) -> None:
        """Stop watching and close the websocket client."""
        tasks, self._tasks = self._tasks, []
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        try:
            await self.exchange.close()
        except Exception:  # noqa: BLE001 - closing must not mask anything else
            log.debug("order stream: close failed", exc_info=True)

    def delay(self, failures: int) -> float:
        """Jittered exponential wait before reconnect number `failures` (1-based)."""
        cap = min(self.max_delay, self.base_delay * (2 ** min(failures - 1, 16)))
        return cap / 2 + self.rng.uniform(0, cap / 2)

    async def _watch(self, known: KnownOrders) -> None:
        assert self._queue is not None
        while True:
            try:
                raws = await self.exchange.watch_orders()
            except (ccxt.NotSupported, ccxt.ArgumentsRequired) as exc:
                why = map_ccxt_error(exc, exchange_id=self.broker.exchange_id, action="stream")
                log.warning("order stream: not available (%s); order updates are polled", why)
                return
            except Exception as exc:  # noqa: BLE001 - the stream reconnects; polling covers
                self.failures += 1
                wait = self.delay(self.failures)
                why = map_ccxt_error(exc, exchange_id=self.broker.exchange_id, action="stream")
                log.warning(
                    "order stream: %s; reconnecting in %.1fs (polling covers the gap)", why, wait
                )
                await self.sleep(wait)
                await self._catch_up()
                continue
            if self.failures:
                log.info("order stream: receiving again after %d error(s)", self.failures)
                self.failures = 0
            # No await between here and the next watch_orders: nothing is left waiting in
            # ccxt's cache for a later message to release it.
            updates = self.convert(raws, known())
            if updates:
                self._queue.put_nowait(updates)

    async def _catch_up(self) -> None:
        """Fills pushed while the connection was down are lost: poll before resuming."""
        if self._on_gap is None:
            return
        try:
            await self._on_gap()
            self.gap_polls += 1
        except Exception:  # noqa: BLE001 - the regular poll still runs
            log.warning("order stream: catching up after the break failed", exc_info=True)

    async def _deliver(self, on_updates: OnUpdates) -> None:
        assert self._queue is not None
        while True:
            batch = await self._queue.get()
            while not self._queue.empty():
                batch += self._queue.get_nowait()
            try:
                await on_updates(batch)
            except Exception:  # noqa: BLE001 - one bad batch must not end the stream
                log.exception("order stream: applying %d update(s) failed", len(batch))
            self.delivered += 1

    def convert(self, raws: Iterable[dict[str, Any]], orders: Iterable[Order]) -> list[OrderUpdate]:
        """The updates, in order, of those ccxt orders that are the engine's; others are ignored."""
        by_cid: dict[str, Order] = {}
        by_eid: dict[str, Order] = {}
        for o in orders:
            by_cid[self.broker.client_id(o)] = o
            eid = o.exchange_id or self.broker._exchange_ids.get(o.client_id)
            if eid:
                by_eid[eid] = o
        out: list[OrderUpdate] = []
        for raw in raws:
            try:
                u = self._one(raw, by_cid, by_eid)
            except Exception as exc:  # noqa: BLE001 - a malformed update is skipped, not fatal
                log.warning("order stream: unreadable update skipped (%s)", type(exc).__name__)
                continue
            if u is not None:
                out.append(u)
        return out

    def _one(
        self, raw: dict[str, Any], by_cid: dict[str, Order], by_eid: dict[str, Order]
    ) -> OrderUpdate | None:
        info = raw.get("info") if isinstance(raw.get("info"), dict) else {}
        assert isinstance(info, dict)
        cid = raw.get("clientOrderId") or info.get("externalOid")
        eid = str(raw["id"]) if raw.get("id") is not None else None
        # Client ids first: exchange ids of regular and trigger orders may share one number.
        order = by_cid.get(str(cid)) if cid else (by_eid.get(eid) if eid else None)
        if order is None:
            algo = self._placed_by.get(eid) if eid else None
            if algo is not None:  # the market order one of sigcopy's stops placed: its fee
                placed = self._with_fee(raw, info, eid)
                fee = placed.get("fee")
                if raw.get("status") not in ("open", None) and isinstance(fee, dict):
                    self._placed_fee[algo] = (Decimal(str(info.get("z") or 0)), fee["cost"])
                return None
            log.debug("order stream: update for an order sigcopy did not place (%s)", eid)
            return None
        if "aid" in info:
            return self._stop_update(order, raw, info, eid)
        return to_update(self.broker, order, self._with_fee(raw, info, eid))

    def _stop_update(
        self, order: Order, raw: dict[str, Any], info: dict[str, Any], eid: str | None
    ) -> OrderUpdate | None:
        """A Binance conditional order's ALGO_UPDATE: nothing to book between its trigger and
        its end; at FINISHED its fill (aq, ap) with the fee the order it placed reported (its
        ORDER_TRADE_UPDATEs come in between), else the broker's estimate."""
        placed = info.get("ai")
        if info.get("X") in _INTERIM:
            if eid is not None and placed not in (None, "", 0, "0"):
                self._placed_by[str(placed)] = eid
            return None
        self._placed_by.pop(str(placed), None)
        seen = self._placed_fee.pop(eid, None) if eid is not None else None
        if info.get("X") == "FINISHED":
            # Its fill is `aq`, what the placed order executed. The update has no `z`, and ccxt
            # makes a "closed" order's missing `filled` its whole amount: a reduce-only stop
            # larger than what was left of the position would be booked whole.
            aq = Decimal(str(info.get("aq") or 0))
            if aq <= 0:
                return None  # nothing said of its fill: the poll reads it (and its order)
            raw = {**raw, "filled": str(aq), "average": info.get("ap") or raw.get("average")}
        if seen is not None and seen[0] == Decimal(str(info.get("aq") or 0)) > 0:
            raw = {**raw, "fee": {"cost": seen[1]}}
        return to_update(self.broker, order, raw)

    def _with_fee(
        self, raw: dict[str, Any], info: dict[str, Any], eid: str | None
    ) -> dict[str, Any]:
        """The order with its total fee where the exchange reports a fee per fill (Binance's
        ORDER_TRADE_UPDATE): the sum of every fill's fee when every fill was seen and paid in the
        settle currency, else none (the broker then books the market's own fee rate)."""
        if "x" not in info or "l" not in info or eid is None:
            return raw  # a whole-order report (MEXC): ccxt's fee is already the order's total
        qty, fees, exact = self._fees.get(eid, (ZERO, ZERO, True))
        if info.get("x") == "TRADE":
            qty += Decimal(str(info.get("l") or 0))
            fees += abs(Decimal(str(info.get("n") or 0)))
            market = self.exchange.markets.get(raw.get("symbol")) or {}
            settle = market.get("settleId") or market.get("quoteId")
            if info.get("N") not in (None, settle):
                exact = False  # paid in another asset (BNB): not addable to the quote
        filled = Decimal(str(info.get("z") or 0))
        if raw.get("status") in ("open", None):
            self._fees[eid] = (qty, fees, exact)
        else:
            self._fees.pop(eid, None)
        whole = exact and filled > 0 and qty == filled
        return {**raw, "fee": {"cost": str(fees)} if whole else None}
