"""Stops that lapse at the exchange are renewed before they do: never a moment without one.

MEXC trigger orders live 7 days at most (executeCycle 2). A position held longer keeps its stop
only if a new one is placed before then, through the stop swap (engine/core/stop_swap.py): the
new stop first, the old one cancelled only once the new one rests.

A stop read back from the exchange (at start, or one whose answer was lost) gets its expiry from
the creation time the exchange reports. One with no recorded expiry even so: where the broker's
stops lapse (`stop_lifetime_s`), it may lapse at any moment, so it is renewed at once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from engine import events as ev
from engine.core.stop_swap import Swap, age
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderType

if TYPE_CHECKING:
    from engine.core.book import Book

log = logging.getLogger("sigcopy.engine")

RENEW_BEFORE_S = 12 * 3600.0  # a monitor pass, an outage or a restart fit many times in this


def stops_to_renew(
    orders: Iterable[Order], now: float, before: float = RENEW_BEFORE_S, lapses: bool = True
) -> list[Order]:
    """The stops to renew: each trade's newest resting stop, when it lapses within `before`
    seconds, or (where stops lapse) when its expiry was never recorded."""
    newest: dict[str, Order] = {}
    for o in orders:
        if o.role == OrderRole.STOP_LOSS and o.is_live:
            cur = newest.get(o.trade_id)
            if cur is None or age(o) > age(cur):
                newest[o.trade_id] = o
    out = []
    for o in newest.values():
        if o.status != OrderStatus.OPEN:
            continue  # its fate is unknown yet: the polls settle it first
        if o.expires_at is None:
            if lapses:
                out.append(o)
        elif o.expires_at - before <= now:
            out.append(o)
    return out


class StopKeeper:
    """Renews a book's stops before they lapse; says once per stop when a renewal fails."""

    def __init__(self) -> None:
        self._told: set[str] = set()  # old stops whose failed renewal was reported

    async def renew(self, book: Book) -> None:
        """Called under the book's lock (monitor pass, start): renew the stops about to lapse,
        and cancel the old stops an earlier swap left behind."""
        om = book.orders
        swapper = book.protector.swapper
        await swapper.retry_superseded()
        lifetime = getattr(book.broker, "stop_lifetime_s", None)
        due = stops_to_renew(om.all_live(), book.clock.time(), RENEW_BEFORE_S, lifetime is not None)
        swaps = []
        for old in due:
            t = book.portfolio.trades.get(old.trade_id)
            if t is None or not t.is_active or old.remaining <= 0 or t.open_qty <= 0:
                continue  # (a trade holding nothing keeps no stop: protection cancels it)
            if old.expires_at is None:
                log.warning(
                    "stop %s (%s) has no recorded expiry (saved before expiry tracking, or "
                    "never read back): it may lapse at any moment here, so it is renewed now",
                    old.client_id,
                    t.symbol,
                )
            new = om.new_order(
                t,
                OrderRole.STOP_LOSS,
                OrderType.STOP,
                old.side,
                old.remaining,
                trigger=old.trigger_price,
            )
            swaps.append(Swap(new, [old]))
        for s in await swapper.swap(swaps):
            (old,) = s.old
            if s.placed:
                log.info("stop %s renewed as %s", old.client_id, s.new.client_id)
            elif old.client_id not in self._told:
                self._told.add(old.client_id)
                book.bus.emit(
                    ev.Event(
                        ev.ERROR,
                        f"{old.symbol}: the stop could not be renewed ({s.error}); the current "
                        "one stays until it lapses and renewal is tried again at every check.",
                        old.symbol,
                        old.trade_id,
                    )
                )
