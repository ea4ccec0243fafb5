"""Funding in a backtest: every 8 hours, open perpetual positions pay (longs at a positive rate)
or receive it, on their notional at the last price, booked as a fee of the trade that pays it."""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Decimal

from engine.domain.trade import Trade
from engine.engine import TradingEngine

INF = math.inf
FUNDING_PERIOD_S = 8 * 3600


class Funding:
    """The next funding time (inf while nothing is open) and what was paid so far."""

    def __init__(self, rate_8h: float) -> None:
        self.rate = rate_8h
        self.next = INF
        self.paid = 0.0

    def arm(self, now: float) -> None:
        """A trade opened: funding is due at the next 8-hour boundary after now."""
        if self.rate and self.next == INF:
            self.next = (math.floor(now / FUNDING_PERIOD_S) + 1) * FUNDING_PERIOD_S

    def pay(
        self,
        t: float,
        eng: TradingEngine,
        open_ids: list[list[str]],
        last: Mapping[str, float],
    ) -> None:
        """Charge every funding time passed before t on the open trades (ids per symbol), on
        their notional at the last price shown (`last`, per market symbol)."""
        while self.next <= t:
            open_trades: list[Trade] = [
                x
                for ids in open_ids
                for i in ids
                if (x := eng.trades[i]).is_active and x.open_qty > 0
            ]
            for tr in open_trades:
                px = last.get(tr.symbol)
                if px is None:
                    continue
                amount = float(tr.open_qty) * px * self.rate * (1 if tr.is_long else -1)
                fee = Decimal(repr(amount))
                tr.fees += fee  # funding is booked as a fee of the trade that pays it
                eng.ledger.book_fee(fee)
                self.paid += amount
            if not any(eng.trades[i].is_active for ids in open_ids for i in ids):
                self.next = INF
                return
            self.next += FUNDING_PERIOD_S
