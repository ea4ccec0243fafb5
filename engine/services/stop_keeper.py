"""Stops that lapse at the exchange are renewed before they do: never a moment without one.

MEXC trigger orders live 7 days at most (executeCycle 2). A position held longer keeps its stop
only if a new one is placed before then: the new stop first, and the old one cancelled only once
the new one rests (the broker's replace_stop), so the position always has at least one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from engine import events as ev
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderType
from engine.errors import NetworkTrouble, SigcopyError

if TYPE_CHECKING:
    from engine.core.book import Book

log = logging.getLogger("sigcopy.engine")

RENEW_BEFORE_S = 12 * 3600.0  # a monitor pass, an outage or a restart fit many times in this


def stops_to_renew(
    orders: Iterable[Order], now: float, before: float = RENEW_BEFORE_S
) -> tuple[list[Order], list[Order]]:
    """(stops to renew, stops already superseded by a newer live stop of the same trade).

    A stop is due when it lapses within `before` seconds; one whose trade has a live stop that
    lapses later was renewed already (its cancel failed): it is only to be cancelled."""
    stops: dict[str, list[Order]] = {}
    for o in orders:
        if o.role == OrderRole.STOP_LOSS and o.status == OrderStatus.OPEN:
            stops.setdefault(o.trade_id, []).append(o)
    renew: list[Order] = []
    superseded: list[Order] = []
    for group in stops.values():
        latest = max(
            group, key=lambda o: o.expires_at if o.expires_at is not None else float("inf")
        )
        superseded += [o for o in group if o is not latest]
        if latest.expires_at is not None and latest.expires_at - before <= now:
            renew.append(latest)
    return renew, superseded


async def renew_expiring_stops(book: Book) -> None:
    """Called by the monitor pass (under the book's lock): renew the stops about to lapse."""
    om = book.orders
    renew, superseded = stops_to_renew(om.orders.values(), book.clock.time(), RENEW_BEFORE_S)
    if superseded:
        om.queue_cancel(superseded)
    replace = getattr(book.broker, "replace_stop", None)
    if replace is None:
        return
    for old in renew:
        t = book.portfolio.trades.get(old.trade_id)
        if t is None or not t.is_active or old.remaining <= 0:
            continue
        new = om.new_order(
            t,
            OrderRole.STOP_LOSS,
            OrderType.STOP,
            old.side,
            old.remaining,
            trigger=old.trigger_price,
        )
        await book.journal.flush()  # write-ahead: the new stop is on record before it leaves
        om.expect_cancel(old)
        try:
            placed, gone = await replace(old, new)
        except NetworkTrouble as exc:
            # Its fate is unknown: it stays pending and the next poll looks it up by client id.
            log.warning("stop renewal of %s: %s", old.client_id, exc.user_message())
            continue
        except SigcopyError as exc:
            om.mark(new, OrderStatus.REJECTED, exc.user_message())
            book.bus.emit(
                ev.Event(
                    ev.ERROR,
                    f"{t.symbol}: the stop could not be renewed ({exc.user_message()}); the "
                    "current one stays until it lapses and renewal is tried again.",
                    t.symbol,
                    t.trade_id,
                )
            )
            continue
        om.apply(placed)
        if gone is not None:
            om.apply(gone)
            log.info("stop %s renewed as %s", old.client_id, new.client_id)
