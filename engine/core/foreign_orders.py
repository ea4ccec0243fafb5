"""Foreign orders: the orders resting on a market that sigcopy's book did not place, read before
a cover stop goes on a position the book cannot explain (position_cover.py).

The amount the exchange holds beyond the book may be the late fill of an entry whose answer was
lost, or a trade the user opened by hand. A trade by hand usually carries its own stop (or a
take-profit); one found on the market says so. The cover stop is placed either way (a position
is never without a stop; two reduce-only stops cannot open anything: the first to fire closes
the position, the other then finds nothing to reduce), but the user is told precisely what else
rests there, so they can tell whose position it is. Read where the broker can list a market's
orders (`resting_orders`: ccxt_resting.py); a read that fails is said as such."""

from __future__ import annotations

import logging
from decimal import Decimal

from engine.core.order_manager import OrderManager
from engine.domain.orders import RestingOrder
from engine.errors import SigcopyError
from engine.ports import Broker

log = logging.getLogger("sigcopy.engine")
SHOWN = 4  # orders spelled out in a message; more are counted


async def foreign(broker: Broker, orders: OrderManager, symbol: str) -> list[RestingOrder] | None:
    """The orders resting on `symbol` that this book did not place (its orders' exchange ids
    and its client ids' form, "sc" and the book's tag, are its own); None: not read (the broker
    cannot list them, or the read failed)."""
    read = getattr(broker, "resting_orders", None)
    if read is None:
        return None
    try:
        resting: list[RestingOrder] = await read(symbol)
    except SigcopyError as exc:
        log.warning("%s: resting orders not read: %s", symbol, exc.user_message())
        return None
    known = {o.exchange_id for o in orders.orders.values() if o.exchange_id}
    own = "sc" + orders.tag
    return [
        r for r in resting if r.exchange_id not in known and not (r.client_id or "").startswith(own)
    ]


def note_of(symbol: str, found: list[RestingOrder] | None) -> str:
    """What the user is told of them ("" when none rests)."""
    if found is None:
        return f" Whether other orders (a stop set by hand) rest on {symbol} could not be read."
    if not found:
        return ""
    parts = [_one(r) for r in found[:SHOWN]]
    if len(found) > SHOWN:
        parts.append(f"{len(found) - SHOWN} more")
    return (
        f" The exchange also holds orders on {symbol} that sigcopy did not place: "
        f"{'; '.join(parts)}. That position may be a trade of yours by hand, with its own "
        "orders; sigcopy's stop rests beside them (both reduce-only: the first to fire closes "
        "it, the other then closes nothing)."
    )


def _one(r: RestingOrder) -> str:
    kind = "a stop" if r.stop else ("a limit order" if r.price is not None else "an order")
    if r.take_profit:
        kind = "a take-profit"
    at = f" at {_num(r.price)}" if r.price is not None else ""
    size = "the whole position" if r.amount is None else _num(r.amount)
    return f"{kind} ({r.side}){at} for {size}{', reduce-only' if r.reduce_only else ''}"


def _num(d: Decimal) -> str:
    """58500, 0.05: as the user would write it (no trailing zeros, no exponent)."""
    return format(d.normalize(), "f")
