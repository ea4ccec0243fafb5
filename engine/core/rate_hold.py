"""Rate-limit hold: a trade whose stop the exchange's rate-limit window kept from going out.

After a 429 (too many requests) or a 418 (IP banned) the exchange says how long to wait
(Retry-After); a request sent sooner earns a ban, from 2 minutes up to 3 days (Binance USD-M,
https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info, "Limits"). The
broker waits a short window out in place; a longer one it does not: it sends nothing and answers
`HeldForWindow` (errors.RateLimited). A stop held back that way was not refused, and closing the
position instead is no way out: the close would be held back the same way. So the trade is held:

1. the user is told once, with the wait, that its stop goes out when the wait is over (and which
   stop rests meanwhile, if an old one does);
2. at the first settle after the window's end (the monitor pass runs every POLL_INTERVAL_S) its
   protection is made to match again: the stop is built afresh, with a new client id, since
   nothing was sent the first time;
3. once the stop rests the user is told so.

Take-profits held back beside it (or alone) are not failed either: they go out at the same settle
after the window, and the user is told so in the stop's message (or in one of their own); a
held stop, take-profit or close is never said as the generic "order failed" (order_sends.py).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal

from engine import events as ev
from engine.core.bus import EventBus
from engine.domain.orders import HeldForWindow, Order, OrderRole, OrderType
from engine.domain.trade import Trade
from engine.domain.waiting import num
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
        self.told_tps: set[str] = set()  # trades whose user was told their take-profits wait
        # What is held and not said yet, by trade: its stop (with the old ones resting, the
        # wait) and its take-profits; said by `say`, one message a trade.
        self._stop: dict[str, tuple[Order, list[Order], float]] = {}
        self._tps: dict[str, tuple[list[Order], float]] = {}

    def hold(self, t: Trade, stop: Order, why: HeldForWindow, kept: list[Order]) -> None:
        """The stop `stop` of trade `t` was held back unsent (`why`); `kept`: old stops still
        resting. Protection is tried again once the window is over; said by `say`."""
        self.until[t.trade_id] = self.clock.time() + why.wait
        log.warning(
            "%s: stop of %s held back for %.0fs (rate limit)", t.symbol, t.trade_id, why.wait
        )
        if t.trade_id not in self.told:
            self._stop.setdefault(t.trade_id, (stop, kept, why.wait))

    def later(self, orders: list[Order], answers: Sequence[object]) -> None:
        """Orders sent beside the stops (take-profits): the trades of those held back unsent
        are made to match again once the window is over; said by `say`."""
        for o, a in zip(orders, answers, strict=True):
            if isinstance(a, HeldForWindow):
                end = self.clock.time() + a.wait
                self.until[o.trade_id] = max(self.until.get(o.trade_id, 0.0), end)
                if o.role == OrderRole.TAKE_PROFIT and o.trade_id not in self.told_tps:
                    tps, wait = self._tps.get(o.trade_id, ([], 0.0))
                    self._tps[o.trade_id] = ([*tps, o], max(wait, a.wait))
                    log.warning("%s: take-profit %s held back (rate limit)", o.symbol, o.client_id)

    def say(self) -> None:
        """Tell the user, once a trade and hold, what the window held back (its stop, its
        take-profits) and that it is placed as soon as the wait is over."""
        for tid in [*self._stop, *(k for k in self._tps if k not in self._stop)]:
            stop = self._stop.pop(tid, None)
            tps, tp_wait = self._tps.pop(tid, ([], 0.0))
            o = stop[0] if stop is not None else tps[0]
            hint = _OFTEN
            if stop is not None:
                self.told.add(tid)
                _, kept, wait = stop
                meanwhile = (
                    f"the previous stop at {kept[-1].trigger_price} rests meanwhile"
                    if kept
                    else "the position stays open without it until then"
                )
                text = (
                    f"{o.symbol}: {_name(o)} could not be sent yet: the exchange asks to wait "
                    f"{wait:.0f}s (rate limit). It is placed as soon as the wait is over; "
                    f"{meanwhile}."
                )
                hint = ("" if kept else "Watch the position until then. ") + _OFTEN
                if tps:
                    verb = "wait too, and go" if len(tps) > 1 else "waits too, and goes"
                    text += f" {_tps_name(tps).capitalize()} {verb} out with it."
            else:
                text = (
                    f"{o.symbol}: {_tps_name(tps)} could not be placed yet: the exchange asks to "
                    f"wait {tp_wait:.0f}s (rate limit). Nothing was sent; "
                    f"{'they are' if len(tps) > 1 else 'it is'} placed as soon as the wait is "
                    "over."
                )
                hint = "Nothing to do. " + _OFTEN
            if tps:
                self.told_tps.add(tid)
            self.bus.emit(ev.Event(ev.ERROR, text, o.symbol, tid, {"hint": hint}))

    def release(self, want: set[str], native: set[str]) -> None:
        """The held trades whose window is over are held no more: into `want` (their
        protection made to match now), and those whose exchange trailing stop waited into
        `native` (Trailer.to_native: placed now)."""
        now = self.clock.time()
        for tid in [tid for tid, until in self.until.items() if until <= now]:
            del self.until[tid]
            self.told_tps.discard(tid)  # (a later hold is said again)
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


def _tps_name(tps: list[Order]) -> str:
    """ "the take-profit at 61000", "the take-profits at 61000 and 62000"."""
    prices = " and ".join(_num(o.price) for o in tps)
    return f"the take-profit{'s' if len(tps) > 1 else ''} at {prices}"


def _num(d: Decimal | None) -> str:
    return "?" if d is None else num(d)


def _name(stop: Order) -> str:
    if stop.type == OrderType.TRAILING:
        return "the exchange's trailing stop"
    return f"the stop at {stop.trigger_price}"
