"""Building an order for ccxt: the exact create_order call (contracts, precision, the
exchange's filters, client id, trigger, hedge and leverage parameters).

A function of the CcxtBroker (engine/adapters/ccxt_broker.py), which calls it; it reads the
broker's markets, profile, leverage and last prices."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import ccxt.async_support as ccxt

from engine import errors
from engine.adapters.ccxt_errors import map_ccxt_error
from engine.adapters.ccxt_lookup import dec
from engine.adapters.ccxt_trailing import trailing_params
from engine.adapters.exchange_filters import Outgoing, check_filters
from engine.adapters.position_mode import hedge_params
from engine.domain.orders import Order, OrderType

if TYPE_CHECKING:
    from engine.adapters.ccxt_parts import BrokerParts


@dataclass
class OrderRequest:
    """Exactly what goes to ccxt's create_order (amount in the exchange's units)."""

    symbol: str
    type: str
    side: str
    amount: float
    price: float | None
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "symbol": self.symbol,
            "type": self.type,
            "side": self.side,
            "amount": self.amount,
            "price": self.price,
            "params": dict(self.params),
        }


def build_request(broker: BrokerParts, order: Order, *, check: bool = True) -> OrderRequest:
    """The exact create_order call for an order: contracts, precision, limits checked."""
    mk = broker.market(order.symbol)
    if not mk.api_allowed:
        raise errors.InvalidOrder(
            f"{broker.exchange_id} does not allow API trading on {order.symbol} for this account.",
            "Trade it by hand, or use EXCHANGE=binanceusdm (or bybit, okx, bitget).",
        )
    ex = broker.exchange
    cm = ex.market(order.symbol)
    contracts = order.amount / mk.contract_size
    try:
        amount_s = ex.amount_to_precision(order.symbol, float(contracts))
        price_s = (
            ex.price_to_precision(order.symbol, float(order.price))
            if order.price is not None
            else None
        )
        trigger_s = (
            ex.price_to_precision(order.symbol, float(order.trigger_price))
            if order.trigger_price is not None
            else None
        )
    except ccxt.BaseError as exc:
        raise map_ccxt_error(exc, exchange_id=broker.exchange_id, action="order precision") from exc
    amount = Decimal(amount_s)
    if check:
        check_filters(
            cm,
            Outgoing(
                symbol=order.symbol,
                kind=order.type.value,
                side=order.side,
                amount=amount,
                price=dec(price_s) if order.type == OrderType.LIMIT else None,
                reduce_only=order.reduce_only,
                contract_size=mk.contract_size,
                ref=broker._last_price.get(order.symbol) or dec(trigger_s),
            ),
        )
    params: dict[str, Any] = dict(broker.profile.order_extra)
    params[broker.profile.client_id_param] = broker.client_id(order)
    if order.reduce_only and broker.settings.MARKET_TYPE == "swap":
        params["reduceOnly"] = True
    if broker.hedged and broker.settings.MARKET_TYPE == "swap":
        hedge_params(broker.profile.states, order.side, order.reduce_only, params)
    if broker.profile.leverage_in_order and broker.settings.MARKET_TYPE == "swap":
        params["marginMode"] = broker.settings.MARGIN_MODE
        params["leverage"] = broker._leverage.get(order.symbol, (1, ""))[0]
    otype = "limit" if order.type == OrderType.LIMIT else "market"
    if order.type == OrderType.TRAILING:
        params |= trailing_params(
            order.trail_rate, trigger_s, broker.trailing_limits, broker.exchange_id
        )
    elif order.type == OrderType.STOP:
        if trigger_s is None:
            raise errors.InvalidOrder(f"stop order {order.client_id} has no trigger price.")
        params[broker.profile.trigger_param] = float(trigger_s)
        if broker.profile.trigger_lifetime is not None:
            name, value, _ = broker.profile.trigger_lifetime
            params[name] = value
        if broker.profile.mexc_trigger_type:
            # 1: fire when price >= trigger (buy stop), 2: when price <= trigger (sell stop)
            params["triggerType"] = 1 if order.side == "buy" else 2
    return OrderRequest(
        symbol=order.symbol,
        type=otype,
        side=order.side,
        amount=float(amount_s),
        price=float(price_s) if (price_s is not None and otype == "limit") else None,
        params=params,
    )
