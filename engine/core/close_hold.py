"""Market closes of trades, and held closes: a close the exchange's rate-limit window kept
from going out.

A close the user or a rule asked for (`/close`, a channel's "close", a stop the exchange
refused) whose order the broker could not send because the exchange's back-off window is open
(`HeldForWindow`, from errors.RateLimited: nothing left this machine, or the exchange answered the
create itself 429) is not dropped: the position is still to be closed once the window ends
(rate_hold.py says why nothing may be sent into it: the IP would be banned).

1. The trade records the close it waits for, `trade.extra["close_held"]`: the reason, the
   amount asked (None: all of it), the client ids of the orders tried, when the window ends.
   It is committed before the user is told, and a restart takes it up again (`restore`).
2. The user is told once that the close waits, and that the stop rests meanwhile.
3. At the first settle after the window's end, every order tried before is looked up by its
   client id first: an answer may have been lost (a 429 or a timeout on the create itself).
   Found, the exchange's state of it is booked and nothing is sent. Not found, the close is sent
   once more as a new order (new client id, its record written first).
4. The user is told once the close is sent; its fill is booked and said as any close's.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

from engine import events as ev
from engine.core.bookkeeper import Bookkeeper
from engine.core.bus import EventBus
from engine.core.journal import Journal
from engine.core.lost_answers import AGAIN_S, Later, ask
from engine.core.order_manager import OrderManager
from engine.domain.market import Market
from engine.domain.orders import HeldForWindow, Order, OrderRole, OrderStatus, OrderType
from engine.domain.trade import Trade, TradeStatus
from engine.errors import SigcopyError
from engine.ports import Clock

log = logging.getLogger("sigcopy.engine")
KEY = "close_held"
WAITING = "the close waits for the exchange's rate-limit wait; it is sent as soon as that is over"
# close(trade, reason, amount): the Closer's market close (amount None: all of it).
Close = Callable[[Trade, str, Decimal | None], Awaitable[bool]]


class Closer:
    """Market-closes trades (all, a fraction or at most an amount); owns the held closes."""

    def __init__(
        self,
        orders: OrderManager,
        journal: Journal,
        bus: EventBus,
        clock: Clock,
        books: Bookkeeper,
        resolve: Callable[[str], Market | None],
        protect: Callable[[str], None],
    ) -> None:
        self.orders = orders
        self.journal = journal
        self.books = books
        self.resolve = resolve
        self.protect = protect  # the Protector's want: the stop made to match what is left
        self.held = HeldCloses(orders, journal, bus, clock)

    async def close(
        self,
        t: Trade,
        reason: str,
        fraction: Decimal | None = None,
        *,
        amount: Decimal | None = None,
    ) -> bool:
        """Market-close all (or a fraction, or at most `amount`) of a trade; cancels unfilled
        entries first (with nothing filled, the trade ends only once none of them rests: one
        whose cancel failed keeps it, so False). Held back by the exchange's rate-limit window,
        it is sent after it."""
        market = self.resolve(t.symbol)
        if market is None:
            return False
        await self.orders.cancel_all(self.orders.live(t.trade_id, OrderRole.ENTRY))
        qty = t.open_qty
        if fraction is not None:
            qty = market.round_amount(qty * fraction)
        if amount is not None:
            qty = min(qty, amount)
        if qty <= 0:
            if t.open_qty > 0:
                return False
            if self.orders.live(t.trade_id, OrderRole.ENTRY):
                return False  # a cancel failed: its entry still rests, so the trade stays
            if t.is_active:
                self.books.finish(t, TradeStatus.CANCELED, reason)
            return True
        if fraction is None or qty >= t.open_qty:  # the stop stays until the close fills
            live = self.orders.live(t.trade_id)
            await self.orders.cancel_all([o for o in live if o.role != OrderRole.STOP_LOSS])
        t.extra["close_reason"] = reason
        side = "sell" if t.is_long else "buy"
        o = self.orders.new_order(t, OrderRole.CLOSE, OrderType.MARKET, side, qty)
        await self.journal.flush()
        waited = KEY in t.extra  # a held close sent after the window: its failure said below
        result = await self.orders.send_all([o], say=not waited)
        if isinstance(result[0], HeldForWindow):  # not refused: sent once the window is over
            partial = fraction is not None or amount is not None
            self.held.hold(t, o, result[0], reason, qty if partial else None)
            await self.journal.flush()
            return True
        if not isinstance(result[0], str):
            self.held.sent(t)
        else:
            if waited:
                self.held.failed(t, result[0])
            await self._read_back(t)
        if t.is_active and t.open_qty > 0:
            self.protect(t.trade_id)
        return not isinstance(result[0], str)

    async def _read_back(self, t: Trade) -> None:
        """The close was refused: the exchange may hold nothing to close any more (Binance
        -2022 "ReduceOnly Order is rejected", MEXC 2009 "Position is not exists or closed")
        because the trade's stop filled there before sigcopy heard of it. Its resting orders
        are read once (a fill booked as any late fill: the trade ends) before its protection is
        placed again or the refusal said."""
        if self.orders.instant:
            return  # (answered in-process: nothing there it has not told already)
        live = [o for o in self.orders.live(t.trade_id) if o.exchange_id is not None]
        if not live:
            return
        try:
            updates = await self.orders.broker.poll(live)
        except SigcopyError as exc:
            log.warning("%s: orders unreadable after a refused close: %s", t.trade_id, exc)
            return
        for u in updates:
            self.orders.apply(u)

    async def retry_due(self, trades: dict[str, Trade]) -> None:
        """The held closes whose window is over: looked up, else sent once more."""
        for tid in self.held.due():
            if (t := trades.get(tid)) is not None:
                await self.held.retry(t, self._again)

    async def _again(self, t: Trade, reason: str, amount: Decimal | None) -> bool:
        return await self.close(t, reason, amount=amount)


class HeldCloses:
    """Trades whose market close waits for the exchange's rate-limit window to end."""

    def __init__(self, orders: OrderManager, journal: Journal, bus: EventBus, clock: Clock) -> None:
        self.orders = orders
        self.journal = journal
        self.bus = bus
        self.clock = clock
        self.until: dict[str, float] = {}  # trade id -> when its window ends (clock.time())

    def hold(
        self, t: Trade, o: Order, why: HeldForWindow, reason: str, amount: Decimal | None
    ) -> None:
        """The close order `o` of trade `t` was not sent (`why`): it goes out after the window.
        The record is queued here; the caller commits it."""
        rec: dict[str, Any] = t.extra.get(KEY) or {
            "reason": reason,
            "amount": None if amount is None else str(amount),
            "tried": [],
            "told": False,
        }
        rec["tried"].append(o.client_id)
        rec["until"] = self.clock.time() + why.wait
        t.extra[KEY] = rec
        self.until[t.trade_id] = rec["until"]
        log.warning(
            "%s: close of %s held back for %.0fs (rate limit)", t.symbol, t.trade_id, why.wait
        )
        if not rec["told"] and why.wait <= 0:  # its answer lost, not looked up yet (no window)
            rec["told"] = True
            self.bus.emit(
                ev.Event(
                    ev.ERROR,
                    f"{t.symbol}: the close may or may not have reached the exchange: its answer "
                    "was lost and it could not be looked up yet. It is looked up by its client "
                    "id at the next check and sent again only if it is not there (never twice); "
                    f"{_meanwhile(self.orders, t)}.",
                    t.symbol,
                    t.trade_id,
                    {"hint": "Nothing to do; close it on the exchange yourself if it cannot wait."},
                )
            )
        if not rec["told"]:
            rec["told"] = True
            self.bus.emit(
                ev.Event(
                    ev.ERROR,
                    f"{t.symbol}: the close is not done yet: the exchange asks to wait "
                    f"{why.wait:.0f}s (rate limit). It goes out as soon as the wait is over "
                    f"(looked up first: never twice); {_meanwhile(self.orders, t)}.",
                    t.symbol,
                    t.trade_id,
                    {"hint": "Nothing to do; close it on the exchange yourself if it cannot wait."},
                )
            )
        self.journal.put_trade(t)

    def restore(self, trades: list[Trade]) -> None:
        """After a restart: the closes that were waiting wait again (until their window's end)."""
        for t in trades:
            rec = t.extra.get(KEY)
            if isinstance(rec, dict):
                self.until[t.trade_id] = float(rec.get("until") or 0.0)

    def due(self) -> list[str]:
        """The trades whose close waited and whose window is over (no longer held)."""
        now = self.clock.time()
        ids = [tid for tid, until in self.until.items() if until <= now]
        for tid in ids:
            del self.until[tid]
        return ids

    async def retry(self, t: Trade, close: Close) -> None:
        """The window is over: every close tried is looked up by client id; what they filled is
        booked, and only what is still to close is sent once more (a new order)."""
        rec = t.extra.get(KEY)
        if not isinstance(rec, dict):
            return
        if not t.is_active or t.open_qty <= 0:
            self._forget(t, "the position is closed already")
            return
        done = Decimal(0)  # what the tried closes filled
        ended: list[Order] = []  # tried closes found on the exchange, ended short of their size
        for cid in rec["tried"]:
            o = self.orders.orders.get(cid) or await self._saved(cid)
            if o is None:
                continue
            found = await ask(self.orders.broker, o)
            if isinstance(found, Later):  # unknown yet: nothing is sent; asked again then
                self.until[t.trade_id] = self.clock.time() + found.wait
                return
            if found is None:
                continue
            # It did reach the exchange (its answer was lost): its state there is booked.
            o.status, o.error = OrderStatus.PENDING, None
            if cid not in self.orders.orders:
                self.orders.index(o)
            self.orders.apply(found)
            if o.is_live:  # still working there: nothing is sent beside it; asked again later
                self.until[t.trade_id] = self.clock.time() + AGAIN_S
                return
            done += o.filled
            if o.filled < o.amount:
                ended.append(o)
        amount = rec.get("amount")
        left = None if amount is None else Decimal(amount) - done
        if not t.is_active or t.open_qty <= 0 or (left is not None and left <= 0):
            self._forget(t, "the close sent before the wait reached the exchange and filled")
            return
        if ended:
            self._short(t, ended)
        await close(t, str(rec.get("reason") or "manual"), left)

    def _short(self, t: Trade, ended: list[Order]) -> None:
        """Tried closes were found on the exchange ended short of their size (expired or
        cancelled there): the position is still open, and the close is sent again: said."""
        o = ended[-1]
        got = "nothing" if o.filled <= 0 else f"only {o.filled} of {o.amount}"
        text = (
            f"{t.symbol}: the close sent before the exchange's rate-limit wait is "
            f"{o.status.value} on the exchange and filled {got}: the position is still open "
            f"({t.open_qty} left). The close is sent again now, as a new order."
        )
        log.warning("%s (%s)", text, o.client_id)
        self.bus.emit(
            ev.Event(
                ev.ERROR,
                text,
                t.symbol,
                t.trade_id,
                {"hint": "Nothing to do; you are told when it is done or if it fails."},
            )
        )

    async def _saved(self, cid: str) -> Order | None:
        """A tried order's record (after a restart an ended order is no longer held)."""
        d = await self.journal.store.get("order", cid)
        return Order.from_dict(d) if d else None

    def sent(self, t: Trade) -> None:
        """The close went out: if it had waited, the user is told."""
        if KEY in t.extra:
            self._forget(t, "sent after the exchange's rate-limit wait")

    def failed(self, t: Trade, why: str) -> None:
        """The close that waited was sent after the window and failed (`why`): it is not tried
        again; the user is told what failed and what to do."""
        rec = t.extra.pop(KEY, None)
        self.until.pop(t.trade_id, None)
        self.journal.put_trade(t)
        if rec is None:
            return
        log.warning("%s: held close of %s failed after the wait: %s", t.symbol, t.trade_id, why)
        self.bus.emit(
            ev.Event(
                ev.ERROR,
                f"{t.symbol}: the close that waited for the exchange's rate-limit wait was sent "
                f"after it and failed ({why}); the position is still open, "
                f"{_stop_now(self.orders, t)}.",
                t.symbol,
                t.trade_id,
                {
                    "hint": "Close it yourself: send /close again, or close it on the exchange; "
                    "/positions shows what is open."
                },
            )
        )

    def _forget(self, t: Trade, how: str) -> None:
        rec = t.extra.pop(KEY, None)
        self.until.pop(t.trade_id, None)
        self.journal.put_trade(t)
        if rec is None:
            return
        log.info("%s: held close of %s done: %s", t.symbol, t.trade_id, how)
        self.bus.emit(
            ev.Event(
                ev.CLOSE_SENT,
                f"{t.symbol}: the close that waited is done: {how}.",
                t.symbol,
                t.trade_id,
            )
        )


def _meanwhile(orders: OrderManager, t: Trade) -> str:
    stops = [o for o in orders.live(t.trade_id) if o.trigger_price is not None]
    if stops:
        return f"the stop at {stops[-1].trigger_price} rests meanwhile"
    return "the position stays open until then"


def _stop_now(orders: OrderManager, t: Trade) -> str:
    stops = [o for o in orders.live(t.trade_id) if o.trigger_price is not None]
    if stops:
        return f"its stop at {stops[-1].trigger_price} rests"
    return "with no stop of sigcopy's on the exchange"
