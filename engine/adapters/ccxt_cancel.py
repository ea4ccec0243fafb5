"""Cancelling an order through ccxt: the cancel, then its final state read back (it may have
filled meanwhile, or the cancel may not have arrived).

A function of the CcxtBroker (engine/adapters/ccxt_broker.py), which calls it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import ccxt.async_support as ccxt

from engine.adapters import ccxt_lookup
from engine.adapters.ccxt_errors import RETRYABLE, error_code, is_not_found, map_ccxt_error
from engine.domain.orders import Order, OrderStatus, OrderUpdate

if TYPE_CHECKING:
    from engine.adapters.ccxt_parts import BrokerParts


async def cancel_order(broker: BrokerParts, order: Order) -> OrderUpdate:
    """Cancel; returns the final state (it may have filled meanwhile)."""
    eid = order.exchange_id or broker._exchange_ids.get(order.client_id)
    if eid is None:
        found = await broker.fetch_order(order)
        if found is None:
            return OrderUpdate(order.client_id, OrderStatus.CANCELED, error="never reached")
        if found.status.is_final:
            return found
        eid = found.exchange_id
    params = {"trigger": True} if broker._is_trigger(order) else {}
    uncertain: ccxt.BaseError | None = None  # the cancel may or may not have arrived
    unknown: ccxt.BaseError | None = None  # the exchange said it does not know the order
    try:
        await broker.clock_guard.call(
            lambda: broker.exchange.cancel_order(eid, order.symbol, params)
        )
    except ccxt.BaseError as exc:
        if is_not_found(exc):
            unknown = exc  # Binance -2011/-2013, MEXC 2040: looked up before taken for gone
        elif isinstance(exc, ccxt.InvalidOrder) or error_code(exc) == "2041":
            pass  # already final (MEXC 2041 "Order state cannot be cancelled"): read it below
        elif isinstance(exc, RETRYABLE):
            uncertain = exc  # unknown: read its state below
        else:
            raise map_ccxt_error(
                exc, exchange_id=broker.exchange_id, action="cancel order"
            ) from exc
    try:
        state = await broker._read(lambda: ccxt_lookup.fetch_state(broker, order, eid), "cancel")
    except ccxt.BaseError as exc:
        raise map_ccxt_error(exc, exchange_id=broker.exchange_id, action="cancel order") from exc
    if state is None:
        return OrderUpdate(order.client_id, OrderStatus.CANCELED, exchange_id=eid)
    if state.status == OrderStatus.OPEN:
        doubt = uncertain or unknown
        if doubt is not None:
            # The cancel may not have arrived, or the exchange denied an order that its own
            # lookup still shows resting: it stays live, to be cancelled again.
            raise map_ccxt_error(
                doubt, exchange_id=broker.exchange_id, action="cancel order"
            ) from doubt
        state.status = OrderStatus.CANCELED  # cancel accepted, history not yet updated
    return state
