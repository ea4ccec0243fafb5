"""Rate-limit hold: a trade whose stop the exchange's rate-limit window kept from going out.

After a 429 (too many requests) or a 418 (IP banned) the exchange says how long to wait
(Retry-After); a request sent sooner earns a ban, from 2 minutes up to 3 days (Binance USD-M,
https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info, "Limits"). The
broker waits a short window out in place; a longer one it does not: it sends nothing and answers
`NotSent` (errors.RateLimited). A stop held back that way was not refused, and closing the
position instead is no way out: the close would be held back the same way. So the trade is held:

1. the user is told once, with the wait, that its stop goes out when the wait is over (and which
   stop rests meanwhile, if an old one does);
2. at the first settle after the window's end (the monitor pass runs every POLL_INTERVAL_S) its
   protection is made to match again: the stop is built afresh, with a new client id, since
   nothing was sent the first time;
3. once the stop rests the user is told so.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from engine import events as ev
from engine.core.bus import EventBus
from engine.domain.orders import NotSent, Order, OrderType
from engine.domain.trade import Trade
from engine.ports import Clock

log = logging.getLogger("sigcopy.engine")
_OFTEN = "If it happens often, give sigcopy an exchange key and IP of its own."


class RateHold:
    """Trades whose protection waits for the exchange's rate-limit window to end."""

    def __init__(self, clock: Clock, bus: EventBus) -> None:
        self.clock = clock
        self.bus = bus
        self.until: dict[str, float] = {}  # trade id -> when its window ends (clock.time())
        self.told: set[str] = set()  # trades whose user was told their stop waits
        self.native: set[str] = set()  # of those, trades whose exchange trailing stop waits

    def hold(self, t: Trade, stop: Order, why: NotSent, kept: list[Order]) -> None:
        """The stop `stop` of trade `t` was held back unsent (`why`); `kept`: old stops still
        resting. Protection is tried again once the window is over."""
        self.until[t.trade_id] = self.clock.time() + why.wait
        log.warning(
            "%s: stop of %s held back for %.0fs (rate limit)", t.symbol, t.trade_id, why.wait
        )
        if t.trade_id in self.told:
            return
        self.told.add(t.trade_id)
        meanwhile = (
            f"the previous stop at {kept[-1].trigger_price} rests meanwhile"
            if kept
            else "the position stays open without it until then"
        )
        self.bus.emit(
            ev.Event(
                ev.ERROR,
                f"{t.symbol}: {_name(stop)} could not be sent yet: the "
                f"exchange asks to wait {why.wait:.0f}s (rate limit). It is placed as soon as the "
                f"wait is over; {meanwhile}.",
                t.symbol,
                t.trade_id,
                {"hint": ("" if kept else "Watch the position until then. ") + _OFTEN},
            )
        )

    def later(self, orders: list[Order], answers: Sequence[object]) -> None:
        """Orders sent beside the stops (take-profits): the trades of those held back unsent
        are made to match again once the window is over."""
        for o, a in zip(orders, answers, strict=True):
            if isinstance(a, NotSent):
                end = self.clock.time() + a.wait
                self.until[o.trade_id] = max(self.until.get(o.trade_id, 0.0), end)

    def release(self, want: set[str], native: set[str]) -> None:
        """The held trades whose window is over are held no more: into `want` (their
        protection made to match now), and those whose exchange trailing stop waited into
        `native` (Trailer.to_native: placed now)."""
        now = self.clock.time()
        for tid in [tid for tid, until in self.until.items() if until <= now]:
            del self.until[tid]
            want.add(tid)
            if tid in self.native:
                self.native.discard(tid)
                native.add(tid)

    def placed(self, stop: Order) -> None:
        """This stop rests: if its trade's user was told the stop waited, tell them it rests."""
        tid = stop.trade_id
        if tid not in self.told or tid in self.until:
            return
        self.told.discard(tid)
        self.bus.emit(
            ev.Event(
                ev.STOP_PLACED,
                f"{stop.symbol}: {_name(stop)} rests now, placed after the "
                "exchange's rate-limit wait.",
                stop.symbol,
                tid,
            )
        )


def _name(stop: Order) -> str:
    if stop.type == OrderType.TRAILING:
        return "the exchange's trailing stop"
    return f"the stop at {stop.trigger_price}"
