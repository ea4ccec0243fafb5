"""Stop swap: a position's stop replaced by another with never a moment without one.

Every change of a live stop goes through here: the resize after a take-profit fills, the move to
break-even, a follow-up "move stop", the renewal of a stop that lapses (MEXC), a trailing step.
The order is always the same:

1. the new reduce-only stop is written to the store (write-ahead), then sent;
2. only once the exchange has accepted it are the old stops cancelled (and only while every
   other trade sharing the position has its own stop resting: stop_cover.py), each one confirmed gone
   by the broker (which looks an order it cannot find up by client id / order id before it
   takes it for gone: Binance -2011/-2013, MEXC 2040);
3. if the new stop is refused, the old ones stay; if a cancel fails, both stay on record and the
   old one is cancelled again later (`superseded_stops`, at the next monitor pass or settle).

A reduce-only stop can never open a position; none resting is the danger this module exists
to rule out. Two resting are not quite harmless: where several trades share one position, both
firing (killed between 1 and 2, the price through both while down) close the trade's quantity
twice, the second time out of the other trades' shares; the store books it the same way
(overclose.py), so the position and the open trades still agree.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from engine.core.journal import Journal
from engine.core.order_manager import OrderManager
from engine.core.stop_cover import StopCover
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderType

log = logging.getLogger("sigcopy.engine")
_SEQ = re.compile(r"(\d+)$")
# The new stop counts as accepted in these states (FILLED: it triggered at once; the position
# is closing and the old ones are cancelled with the rest of the trade's orders anyway).
_ACCEPTED = (OrderStatus.OPEN, OrderStatus.FILLED)


@dataclass
class Swap:
    """One stop replacement: `new` (built with OrderManager.new_order) replaces `old`."""

    new: Order
    old: list[Order] = field(default_factory=list)
    error: str | None = None  # why the new stop was not accepted (the old ones stay)
    left: list[Order] = field(default_factory=list)  # old stops still live (cancel failed)

    @property
    def placed(self) -> bool:
        """True when the exchange accepted the new stop."""
        return self.error is None


class Protection(NamedTuple):
    """What makes a trade's protective orders match its position."""

    cancel: list[Order]  # take-profits to cancel (and stops a failed swap left behind)
    place: list[Order]  # take-profits to place
    swaps: list[Swap]  # the stop, replaced new-first

    @property
    def orders(self) -> list[Order]:
        """Every order to send (stops first)."""
        return [s.new for s in self.swaps] + self.place


def age(o: Order) -> tuple[float, int]:
    """Sort key, oldest first: creation time, then the client id's sequence number."""
    m = _SEQ.search(o.client_id)
    return o.created_at, int(m.group(1)) if m else 0


def superseded_stops(orders: Iterable[Order]) -> list[Order]:
    """Live stops older than a newer stop of the same trade that the exchange has accepted:
    left over from a swap whose cancel failed (or was cut short by a crash), to be cancelled.

    Nothing is superseded while the newest stop's fate is unknown (pending)."""
    stops: dict[tuple[str, bool], list[Order]] = {}
    for o in orders:
        if o.role == OrderRole.STOP_LOSS and o.is_live:
            # The exchange's trailing stop and the fixed stop kept beside it while tighter
            # (native_trailing.py) do not supersede each other.
            stops.setdefault((o.trade_id, o.type == OrderType.TRAILING), []).append(o)
    out: list[Order] = []
    for group in stops.values():
        if len(group) < 2:
            continue
        group.sort(key=age)
        if group[-1].status == OrderStatus.OPEN:
            out += group[:-1]
    return out


class StopSwapper:
    """Places new stops first and cancels the ones they replace once they rest."""

    def __init__(self, orders: OrderManager, journal: Journal, cover: StopCover) -> None:
        self.orders = orders
        self.journal = journal
        self.cover = cover  # every stop cancel waits while another share's stop is due

    async def cancel_stops(self, stops: list[Order]) -> None:
        """Cancel these stops (and those held earlier) once the stops left cover the
        position: stop_cover.py holds the others for the next settle."""
        if not stops and not self.cover.held:
            return  # (nothing to cancel: most swaps, every first stop)
        go = await self.cover.sift(stops)
        if go:
            await self.orders.cancel_all(go)
            if not self.orders.instant:  # (an instant broker has no fill it has not reported)
                await self.cover.recheck(go)  # an entry filled meanwhile: its stop goes now

    async def swap(self, swaps: list[Swap], after: list[Order] | None = None) -> list[Swap]:
        """Carry out these swaps (concurrently where the broker does I/O); returns them with
        `error` set where the new stop was refused and `left` where an old one still rests.
        `after`: other stops to cancel once the new ones were sent (those of ended trades: the
        symbol's position may still hold another trade's quantity whose stop goes out here);
        one whose trade was reopened meanwhile (a late entry fill) is its live stop, and stays."""
        om = self.orders
        if not swaps:
            if after or self.cover.held:
                await self.cancel_stops(om.still_due(list(after or ())))
            return swaps
        if not om.instant:
            await self.journal.flush()  # write-ahead: the new stops are on record first
        new: list[Order] = []
        for s in swaps:  # (loops, not comprehensions: each of those is a call more)
            new.append(s.new)
        results = await om.send_all(new)
        retire: list[Order] = om.still_due(after) if after else []
        for s, r in zip(swaps, results, strict=True):
            if isinstance(r, str):
                s.error = r
            elif s.new.status not in _ACCEPTED:
                s.error = f"the new stop is {s.new.status.value}: {s.new.error or 'no reason'}"
            else:
                retire += s.old
        await self.cancel_stops(retire)
        for s in swaps:
            if s.error is None and s.old:  # (placed; with nothing old, nothing is left)
                s.left = [o for o in s.old if o.is_live]
                if s.left:
                    log.warning(
                        "stop %s rests; the old one(s) %s are not cancelled yet: retried later",
                        s.new.client_id,
                        ", ".join(o.client_id for o in s.left),
                    )
        return swaps

    async def retry_superseded(self) -> None:
        """Cancel the old stops a swap could not cancel (both stay on record until then)."""
        old = superseded_stops(self.orders.all_live())
        if old or self.cover.held:
            await self.cancel_stops(old)
