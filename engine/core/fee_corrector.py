"""Fee corrector: fills booked with an estimated fee get the fee the exchange charged, once.

A Binance USD-M order's answer carries no commission, so a market entry is booked at the
market's published rate (`fee_estimated`). The real commission is in the account's trade list
(userTrades). The corrector asks for it off the hot path: at each monitor pass, one trade-list
read per symbol for every estimate waiting there (the broker's optional `read_fees`); and when a
pushed order update reports the fee of a fill already booked (the order stream), at no request.

The correction is booked exactly once: the trade's fees, the ledger (cash, realized P&L, the
day's P&L, total fees), the order, and the fill records flip from "estimated" to "ok" in one
commit with the FEE trade-log line (its record carries the line, as a fill's does: the outbox a
restart recovers from). A restart finds the estimates still waiting by their fill records'
status and asks again; a corrected one is no longer "estimated", so it is never booked twice.

An entry whose answer was lost and whose fill was taken from the exchange's position
(cover_adopt.py) has no exchange id: its fee was estimated at the taker rate. It is asked too,
by its side and send time (FeeAsk.side): the broker books the executions of the one order in
the trade list that matches it exactly (ccxt_fees.py), else the estimate stays. Its fill record
keeps the side and send time, so a restart asks for it again as well.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from engine.core.journal import Journal
from engine.core.order_manager import OrderManager
from engine.core.portfolio import Portfolio
from engine.domain.orders import FeeAsk, Order, OrderType
from engine.domain.trade import Trade, TradeStatus
from engine.ports import Broker, Clock

log = logging.getLogger("sigcopy.engine")
ZERO = Decimal(0)
ESTIMATED = "estimated"  # a fill record's status while its fee is an estimate
MAX_TRIES = 10  # monitor passes an estimate is asked for before this process gives up on it

# line(trade, fee change, timestamp, **fields) -> the FEE trade-log line (TradeLines.fee)
LineMaker = Callable[..., dict[str, Any] | None]


@dataclass
class _Waiting:
    """An order whose booked fee is an estimate (the totals of all its fills booked so far)."""

    client_id: str
    trade_id: str
    symbol: str
    exchange_id: str
    filled: Decimal
    fee: Decimal
    since: float
    fills: dict[str, dict[str, Any]] = field(default_factory=dict)  # fill id -> its record
    tries: int = 0
    side: str = ""  # an order with no exchange id (adopted): found by its side (FeeAsk)

    def ask(self) -> FeeAsk:
        return FeeAsk(
            self.client_id, self.symbol, self.exchange_id, self.filled, self.since, self.side
        )


class FeeCorrector:
    """Owns the estimates waiting for the exchange's fee; books each correction once."""

    def __init__(
        self,
        portfolio: Portfolio,
        orders: OrderManager,
        journal: Journal,
        broker: Broker,
        clock: Clock,
        line: LineMaker,
    ) -> None:
        self.portfolio = portfolio
        self.orders = orders
        self.journal = journal
        self.clock = clock
        self._line = line
        self._read = getattr(broker, "read_fees", None)  # optional capability (ports.py)
        self.waiting: dict[str, _Waiting] = {}
        self._loaded = False

    # --- what the bookkeeper and the order manager report ------------------------------------

    def estimated(
        self, t: Trade, o: Order, ts: float, fill_id: str, record: dict[str, Any] | None
    ) -> None:
        """A fill of `o` was booked with an estimated fee (o's totals include it)."""
        if o.type not in (OrderType.MARKET, OrderType.LIMIT):
            return  # (a triggered stop's fee is its placed order's: read when it fills)
        side = ""
        if o.exchange_id is None:  # adopted from the position (cover_adopt.py): sent then
            side, ts = o.side, min(ts, o.created_at or ts)
        w = self.waiting.get(o.client_id)
        if w is None:
            w = self.waiting[o.client_id] = _Waiting(
                o.client_id, t.trade_id, o.symbol, o.exchange_id or "", o.filled, o.fee, ts
            )
            w.side = side
        w.trade_id, w.filled, w.fee, w.since = t.trade_id, o.filled, o.fee, min(w.since, ts)
        if record is not None:
            w.fills[fill_id] = record

    def reported(self, t: Trade, o: Order, fee: Decimal) -> None:
        """An order update reports the exchange's fee of o's fills already booked (estimated)."""
        w = self.waiting.pop(o.client_id, None)
        if w is None:
            w = _Waiting(o.client_id, t.trade_id, o.symbol, o.exchange_id or "", o.filled, o.fee, 0)
        self._book(w, t, fee)

    def settled(self, o: Order) -> None:
        """A new fill's update carried the order's exchange fee: the estimate is absorbed into
        that fill's fee (its total is the exchange's); nothing is left to correct."""
        w = self.waiting.pop(o.client_id, None)
        if w is not None:
            self._close_records(w, {"fee_settled_by_fill": True})
        t = self.portfolio.trades.get(o.trade_id)
        if t is not None and not self._waits(t.trade_id):
            t.extra.pop("fee_estimated", None)

    # --- asking the broker --------------------------------------------------------------------

    async def run(self) -> None:
        """Ask the broker for the fees still estimated (one read per symbol); book them."""
        if self._read is None:
            return
        if not self._loaded:
            self._loaded = True
            await self._load()
        asks = [
            w.ask()
            for w in self.waiting.values()
            if w.tries < MAX_TRIES and (w.exchange_id or w.side)
        ]
        if not asks:
            return
        answers = await self._read(asks)
        for a in asks:
            w = self.waiting.get(a.client_id)
            if w is None:
                continue  # resolved meanwhile (a pushed fee report): nothing to book
            if a.client_id not in answers:
                w.tries += 1
                if w.tries == MAX_TRIES:
                    log.warning(
                        "fee of %s %s not in the exchange's trade list after %d reads: the "
                        "estimate stays (asked again after a restart)",
                        w.symbol,
                        w.exchange_id,
                        w.tries,
                    )
                continue
            fee = answers[a.client_id]
            del self.waiting[a.client_id]
            if fee is None:  # charged in another currency (BNB): the estimate is final
                self._close_records(w, {"fee_final_estimate": True})
                continue
            t = self.portfolio.trades.get(w.trade_id) or await self._trade(w.trade_id)
            if t is not None:
                self._book(w, t, fee)

    async def _load(self) -> None:
        """After a restart: the estimates the store still has waiting (fill records)."""
        if self.journal.volatile:
            return
        for rec in await self.journal.store.load("fill", (ESTIMATED,)):
            cid, eid, side = rec.get("client_id"), rec.get("order_id"), rec.get("side") or ""
            if not cid or not (eid or side) or rec.get("order_filled") is None:
                continue  # (nothing to find its fee by: no exchange id, no side)
            o = self.orders.orders.get(cid)
            if o is not None and not o.fee_estimated and cid not in self.waiting:
                # Resolved since the restart, before this read (a pushed fee report): done.
                self.journal.put("fill", rec["fill_id"], "ok", rec | {"fee_settled": True})
                continue
            filled, fee = Decimal(rec["order_filled"]), Decimal(rec["order_fee"])
            w = self.waiting.get(cid)
            if w is None:
                w = self.waiting[cid] = _Waiting(
                    cid, rec["trade_id"], rec["symbol"], eid or "", filled, fee, rec["ts"]
                )
                w.side = "" if eid else side
            elif filled > w.filled:  # a later fill of the order: its totals
                w.filled, w.fee, w.trade_id = filled, fee, rec["trade_id"]
            w.since = min(w.since, rec["ts"], rec.get("sent_at") or rec["ts"])
            w.fills[rec["fill_id"]] = rec

    async def _trade(self, trade_id: str) -> Trade | None:
        """An ended trade this process no longer holds, from the store."""
        if self.journal.volatile:
            return None
        d = await self.journal.store.get("trade", trade_id)
        return Trade.from_dict(d) if d else None

    # --- booking ------------------------------------------------------------------------------

    def _book(self, w: _Waiting, t: Trade, fee: Decimal) -> None:
        """The exchange's fee replaces the estimate: trade, ledger, order, records, log line."""
        diff = fee - w.fee
        now = self.clock.time()
        won = t.net_pnl > 0
        t.fees += diff
        lg = self.portfolio.ledger
        lg.book_fee(diff)
        if t.status == TradeStatus.CLOSED and (t.net_pnl > 0) != won:
            # A closed trade the charged fee turns from a win to a loss (or back): its count
            # moves with it, as the bookkeeper counted it at the close.
            lg.wins += -1 if won else 1
            lg.losses += 1 if won else -1
        if self.portfolio.is_tracked(t):
            self.portfolio.changed(t.trade_id)
        if not self._waits(t.trade_id):
            t.extra.pop("fee_estimated", None)
        o = self.orders.orders.get(w.client_id)
        if o is not None:
            o.fee += diff
            o.fee_estimated = False
            self.orders.put(o)
        key = f"{w.client_id}:fee"
        line = self._line(
            t,
            diff,
            now,
            order_id=w.exchange_id,
            client_id=w.client_id,
            fill_id=key,
            trade_id=t.trade_id,
            fee_estimate=str(w.fee),
            fee_charged=str(fee),
        )
        j = self.journal
        j.put_trade(t)
        j.put_state()
        self._close_records(w, {"fee_corrected_by": key})
        j.put(
            "fill",
            key,
            "ok",
            {
                "client_id": w.client_id,
                "trade_id": t.trade_id,
                "fee": str(diff),
                "fee_estimate": str(w.fee),
                "fee_charged": str(fee),
                "ts": now,
                "role": "fee",
                "log": line,
            },
        )
        log.info(
            "%s fee of %s: %s charged, %s estimated (%+f booked)",
            t.symbol,
            w.exchange_id,
            fee,
            w.fee,
            diff,
        )

    def _waits(self, trade_id: str) -> bool:
        """True while another of the trade's fills waits for its fee."""
        return any(w.trade_id == trade_id for w in self.waiting.values())

    def _close_records(self, w: _Waiting, note: dict[str, Any]) -> None:
        """The waiting fill records are no longer estimates to ask for."""
        for fid, rec in w.fills.items():
            self.journal.put("fill", fid, "ok", rec | note)
