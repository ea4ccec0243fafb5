"""Native trailing stops through ccxt: Binance USD-M's TRAILING_STOP_MARKET.

ccxt's binanceusdm turns `trailingPercent` into the order's `callbackRate` (a percent, "1 for 1%")
and `trailingTriggerPrice` into its activation price, and sends it to the conditional (algo)
order endpoint, where Binance moved stop orders in late 2025; it is cancelled and read there
like any stop. The exchange follows the best price since activation itself, so the stop keeps
trailing while sigcopy is offline. Limits: callbackRate in [0.1, 10]
(https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from engine import errors
from engine.domain.trailing import Limits, percent_text, rate_problem


def trailing_params(
    order_rate: Decimal | None,
    activation: str | None,
    limits: Limits | None,
    exchange_id: str,
) -> dict[str, Any]:
    """The create_order params of a native trailing stop (activation already at precision)."""
    if limits is None:
        raise errors.InvalidOrder(
            f"{exchange_id} has no native trailing stop in sigcopy.",
            "Unset TRAILING_STOP_PCT for this exchange.",
        )
    if order_rate is None:
        raise errors.InvalidOrder("a trailing stop order has no trailing distance.")
    problem = rate_problem(order_rate, limits, exchange_id)
    if problem is not None:
        raise errors.InvalidOrder(f"{problem}.", "Use a trailing distance within those limits.")
    params: dict[str, Any] = {"trailingPercent": percent_text(order_rate)}
    if activation is not None:
        params["trailingTriggerPrice"] = float(activation)
    return params
