"""Trade lines: the JSONL trade log's line of each open, add, partial close, close, fee
correction and dry-run order of one book, built only where something keeps it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from engine.clock import iso_utc
from engine.core.journal import Journal
from engine.core.portfolio import Portfolio
from engine.domain.orders import Order, OrderUpdate
from engine.domain.trade import Trade
from engine.ports import Clock

ZERO = Decimal(0)


class TradeLines:
    """Builds a book's trade-log lines and queues them in the journal; owns no state."""

    def __init__(
        self,
        journal: Journal,
        portfolio: Portfolio,
        clock: Clock,
        *,
        log_mode: str,
        book: str | None = None,
    ) -> None:
        self.journal = journal
        self.portfolio = portfolio
        self.clock = clock
        self.log_mode = log_mode  # the trade log's "mode"
        self.book = book  # the trade log's "book" (None: not written)
        # The protector's trailing state of a trade (trailing_view.view).
        self.trail_view: Callable[[Trade], dict[str, Any]] = lambda _t: {
            "state": "off",
            "active": False,
        }

    def exit(
        self,
        t: Trade,
        price: Decimal,
        qty: Decimal,
        fee: Decimal,
        ts: float,
        pnl: Decimal,
        reason: str,
        base: dict[str, Any],
    ) -> dict[str, Any] | None:
        """The line of an exit fill: CLOSE when nothing is left open, else PARTIAL_CLOSE."""
        if not self.journal.keeps_lines:
            return None  # (before its fields are spelled out)
        kind = "CLOSE" if t.open_qty <= 0 else "PARTIAL_CLOSE"
        return self.line(
            t,
            kind,
            price,
            qty,
            fee,
            ts,
            exit_price=str(price),
            pnl=str(pnl - fee),
            reason=reason,
            **base,
        )

    def fee(self, t: Trade, change: Decimal, ts: float, **extra: Any) -> dict[str, Any] | None:
        """The FEE line: an estimated fee replaced by the exchange's (`fees`: the change)."""
        return self.line(t, "FEE", t.avg_entry or ZERO, ZERO, change, ts, **extra)

    def line(
        self,
        t: Trade,
        action: str,
        price: Decimal,
        qty: Decimal,
        fee: Decimal,
        ts: float,
        **extra: Any,
    ) -> dict[str, Any] | None:
        """The trade-log line, queued (None: nothing would keep it, so none is built)."""
        if not self.journal.keeps_lines:
            return None
        avg = t.avg_entry
        rec: dict[str, Any] = {"mode": self.log_mode}
        if self.book is not None:
            rec["book"] = self.book
        rec |= {
            "action": action,
            "symbol": t.symbol,
            "side": t.side,
            "entry_price": str(avg if avg is not None else price),
            "quantity": str(qty),
            "leverage": t.leverage,
            "tp": [str(x) for x in t.take_profits],
            "sl": str(t.sl) if t.sl is not None else None,
            "fees": str(fee),
            "timestamp": iso_utc(ts),
            "source": t.source,
        }
        # The trailing stop's state: off, waiting (for what), active (stop in force, best price).
        rec["trailing"] = self.trail_view(t)
        if "target_percents" in t.extra:  # targets the post gave only as percentages: not placed
            rec["target_percents"] = t.extra["target_percents"]
        rec.update(extra)
        return self.journal.line(rec)

    def dry_run(self, o: Order, u: OrderUpdate) -> None:
        """Dry run: the exact order that would have been sent goes to the trade log."""
        t = self.portfolio.trades[o.trade_id]
        self.line(
            t,
            "DRY_RUN",
            o.price or o.trigger_price or ZERO,
            o.amount,
            ZERO,
            self.clock.time(),
            order_id=o.client_id,
            client_id=o.client_id,
            role=o.role.value,
            request=u.info.get("request"),
            trade_id=t.trade_id,
        )
        self.journal.wrote()
