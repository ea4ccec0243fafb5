"""The exchange's own trailing stop placed for a trade whose trailing activated (Binance USD-M).

New stop first (stop_swap.py): the trailing stop is written to the store, sent, and only once
the exchange confirms it rests are the stops it replaces cancelled: never a moment without one. The
signal's fixed stop stays beside it while it is tighter than the trailing stop's level: the stop
in force never moves back. If the exchange refuses it, the fixed stop stays and the user is told
(sigcopy moves that one itself from then on); if its rate-limit window keeps it from going out,
it is placed after the window (rate_hold.py).
"""

from __future__ import annotations

import logging
from decimal import Decimal

from engine import events as ev
from engine.core.bus import EventBus
from engine.core.order_manager import OrderManager
from engine.core.rate_hold import RateHold
from engine.core.stop_swap import StopSwapper, Swap
from engine.core.trailer import Trailer
from engine.domain.orders import FateUnknown, HeldForWindow, Order, OrderRole, OrderType
from engine.domain.trade import Trade

log = logging.getLogger("sigcopy.engine")


def _better(t: Trade, a: Decimal | None, b: Decimal | None) -> Decimal | None:
    """The tighter of two stops (nearer the price on the profit side)."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b) if t.is_long else min(a, b)


def native_diff(t: Trade, sls: list[Order], qty: Decimal) -> tuple[list[Order], bool, bool]:
    """(stops to cancel, place a trailing stop?, place the fixed stop at t.sl?) for a trade the
    exchange trails.

    The trailing stop sized to the position is kept. The fixed stop at t.sl (the signal's, or
    break-even) stays beside it until the trailing stop's level, mirrored from the prices seen,
    is at least as tight: the stop in force never moves back. Without a trailing stop of the
    right size nothing is cancelled here: a new one is placed first (place_native)."""
    keep = next((o for o in sls if o.type == OrderType.TRAILING and o.remaining == qty), None)
    if keep is None:
        return [], True, False
    st = t.extra.get("trail") or {}
    est = Decimal(st["stop"]) if st.get("stop") else None
    superseded = t.sl is None or (est is not None and _better(t, est, t.sl) == est)
    fixed = None
    if not superseded:
        fixed = next(
            (
                o
                for o in sls
                if o.type == OrderType.STOP and o.trigger_price == t.sl and o.remaining == qty
            ),
            None,
        )
    cancel = [o for o in sls if o is not keep and o is not fixed]
    return cancel, False, not superseded and fixed is None


async def place_native(
    t: Trade,
    orders: OrderManager,
    swapper: StopSwapper,
    bus: EventBus,
    trailer: Trailer,
    price: Decimal | None,
    hold: RateHold | None = None,
) -> bool:
    """Place the exchange's trailing stop for this trade, new first (stop_swap.py): an older
    trailing stop it replaces is cancelled once it rests. True when it rests. Kept from going
    out by the exchange's rate-limit window, it is placed after the window (`hold`)."""
    sp = trailer.spec(t)
    st = t.extra.get("trail")
    if sp is None or not isinstance(st, dict) or not t.is_active or t.open_qty <= 0:
        return False
    olds = orders.live(t.trade_id, OrderRole.STOP_LOSS)
    if st.get("native") and st.get("stop"):
        # A re-placed trailing stop starts again from the price now: the level reached so far
        # is kept as the fixed stop beside it (native_diff), so nothing moves back.
        t.sl = _better(t, t.sl, Decimal(st["stop"]))
    side = "sell" if t.is_long else "buy"
    new = orders.new_order(t, OrderRole.STOP_LOSS, OrderType.TRAILING, side, t.open_qty)
    new.trail_rate = sp.pct
    (swap,) = await swapper.swap([Swap(new, [o for o in olds if o.type == OrderType.TRAILING])])
    if isinstance(swap.error, FateUnknown):  # may rest: looked up first (lost_answers.py)
        return False
    if isinstance(swap.error, HeldForWindow) and hold is not None:  # not refused: wait, then again
        hold.hold(t, new, swap.error, [o for o in olds if o.is_live])
        hold.native.add(t.trade_id)
        return False
    if swap.error is not None:
        st["native"] = False
        st["failed"] = swap.error
        bus.emit(
            ev.Event(
                ev.ERROR,
                f"{t.symbol}: the exchange's trailing stop could not be placed ({swap.error}); "
                "sigcopy moves the stop itself instead, step by step.",
                t.symbol,
                t.trade_id,
            )
        )
        return False
    st["native"] = True
    st.pop("failed", None)
    if hold is not None and hold.told:
        hold.placed(new)
    if price is not None:  # the exchange trails from the price at placement
        trailer.restart(t, price)
    orders.journal.put_trade(t)
    log.info("%s: trailing stop %s rests on the exchange", t.symbol, new.client_id)
    return True
