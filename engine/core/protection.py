"""The protective orders a trade needs: a pure desired-versus-live diff of its stop and TPs.

Idempotent (it survives restarts): what already rests and matches is kept; a stop that no longer
matches is replaced new-first (a Swap, stop_swap.py); TPs are re-sized to what is left. A trade
the exchange trails itself keeps its trailing stop, with the fixed stop beside it while tighter
(native_trailing.py).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from engine.core.native_trailing import native_diff
from engine.core.order_manager import OrderManager
from engine.core.position_cover import KEY, stop_cover
from engine.core.stop_swap import Protection, Swap, age
from engine.core.trailer import is_native
from engine.domain.market import Market
from engine.domain.orders import Order, OrderRole, OrderStatus, OrderType
from engine.domain.planning import split_take_profits
from engine.domain.trade import Trade

# Enum members read for every trade, bound once: in CPython 3.11 reading one from its class
# costs ~70 ns, a module global ~6 (a trade reads some fifty).
_SL, _TP = OrderRole.STOP_LOSS, OrderRole.TAKE_PROFIT
_STOP, _LIMIT, _OPEN = OrderType.STOP, OrderType.LIMIT, OrderStatus.OPEN


def protection_plan(
    t: Trade,
    qty: Decimal,
    orders: OrderManager,
    resolve: Callable[[str], Market | None],
    place_trailing: Callable[[Trade], None],
) -> Protection:
    """What makes the stop and TPs match `qty`: TPs to cancel and to place, and the stop
    swapped new-first (stop_swap.py) when it no longer matches. Orders to send are built (and
    queued for the store) with OrderManager.new_order."""
    plan = Protection([], [], [])
    if not t.is_active:
        return plan
    # The stop also covers what the exchange holds beyond the book while an entry whose answer
    # was lost is not found (position_cover.py); its take-profits only what is booked.
    stop_qty = qty + stop_cover(t, orders) if KEY in t.extra else qty
    if stop_qty <= 0:
        # Nothing held (its limit entries rest): no stop or take-profit of its own, which on a
        # position other trades hold would close their shares (opener._protect_while_reading).
        plan.cancel.extend(orders.live(t.trade_id, _SL))
        plan.cancel.extend(orders.live(t.trade_id, _TP))
        return plan
    market = resolve(t.symbol)
    if market is None:
        return plan
    # The live stops and take-profits, in one pass over the trade's orders (oldest first).
    sls: list[Order] = []
    live_tps: dict[int, Order] = {}
    for o in orders.live(t.trade_id):
        if o.role == _SL:
            sls.append(o)
        elif o.role == _TP:
            live_tps[o.leg] = o
    new = orders.new_order
    exit_side = "sell" if t.is_long else "buy"
    if is_native(t):
        stale, trailing, fixed = native_diff(t, sls, stop_qty)
        if trailing:
            place_trailing(t)  # the protector places it, new first
        if fixed:  # beside the resting trailing stop; the old fixed ones go once it rests
            stop = new(t, _SL, _STOP, exit_side, stop_qty, trigger=t.sl)
            plan.swaps.append(Swap(stop, [o for o in stale if o.type == _STOP]))
            stale = [o for o in stale if o.type != _STOP]
        plan.cancel.extend(stale)
    elif t.sl is not None:
        if len(sls) > 1:
            sls.sort(key=age)
        cur = sls[-1] if sls else None
        if cur is not None and cur.remaining == stop_qty and cur.trigger_price == t.sl:
            if cur.status == _OPEN:
                plan.cancel.extend(sls[:-1])  # left over from a swap whose cancel failed
        else:
            stop = new(t, _SL, _STOP, exit_side, stop_qty, trigger=t.sl)
            plan.swaps.append(Swap(stop, sls))
    levels: list[int] = []  # (loops: comprehensions here would close over t)
    fractions: list[Decimal] = []
    for i in range(len(t.take_profits) if qty > 0 else 0):
        if i not in t.tp_done:
            levels.append(i)
            fractions.append(t.tp_split[i])
    if levels:
        amounts = split_take_profits(qty, fractions, market)
        for i, amt in zip(levels, amounts, strict=True):
            cur = live_tps.pop(i, None)
            if cur is not None and cur.remaining == amt:
                continue
            if cur is not None:
                plan.cancel.append(cur)
            if amt > 0:
                plan.place.append(
                    new(
                        t,
                        _TP,
                        _LIMIT,
                        exit_side,
                        amt,
                        price=t.take_profits[i],
                        leg=i,
                    )
                )
    plan.cancel.extend(live_tps.values())
    return plan
