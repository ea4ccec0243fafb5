"""Every order state the exchanges document, as ours. Unknown states keep an order live (polled).

MEXC contract orders, field `state` (https://www.mexc.com/api-docs/futures/account-and-trading-
endpoints/get-order-by-order-id): 1 uninformed (received, not yet matched), 2 uncompleted,
3 completed, 4 cancelled, 5 invalid. MEXC trigger (plan) orders, field `state`
(https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/get-trigger-order-list):
1 untriggered, 2 cancelled, 3 executed, 4 invalid (a lapsed executeCycle included),
5 execution failed. ccxt leaves MEXC's 5 unmapped, so these are read from the raw answer.

Binance USD-M orders, `status` (https://developers.binance.com/docs/derivatives/usds-margined-
futures/common-definition): NEW, PARTIALLY_FILLED, FILLED, CANCELED, REJECTED, EXPIRED,
EXPIRED_IN_MATCH (expired by self-trade prevention). Binance conditional (algo) orders,
`algoStatus` (https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/
New-Algo-Order): NEW, CANCELED, TRIGGERING, TRIGGERED (the actual order is placed: its own
state says what filled), FINISHED (the actual order is final), REJECTED, EXPIRED.
"""

from __future__ import annotations

import logging
from typing import Any

from engine.domain.orders import OrderStatus

log = logging.getLogger("sigcopy.ccxt")

OPEN, FILLED, CANCELED = OrderStatus.OPEN, OrderStatus.FILLED, OrderStatus.CANCELED
REJECTED, EXPIRED = OrderStatus.REJECTED, OrderStatus.EXPIRED

# ccxt's unified statuses (the fallback for exchanges without a table here).
UNIFIED = {
    "open": OPEN,
    "canceling": OPEN,  # a cancel under way: still able to fill until it is final
    "closed": FILLED,
    "canceled": CANCELED,
    "cancelled": CANCELED,
    "expired": EXPIRED,
    "rejected": REJECTED,
}
MEXC_ORDER = {"1": OPEN, "2": OPEN, "3": FILLED, "4": CANCELED, "5": REJECTED}
MEXC_PLAN = {"1": OPEN, "2": CANCELED, "3": FILLED, "4": EXPIRED, "5": REJECTED}
BINANCE_ORDER = {
    "NEW": OPEN,
    "PARTIALLY_FILLED": OPEN,
    "FILLED": FILLED,
    "CANCELED": CANCELED,
    "REJECTED": REJECTED,
    "EXPIRED": EXPIRED,
    "EXPIRED_IN_MATCH": EXPIRED,
}
BINANCE_ALGO = {
    "NEW": OPEN,
    "TRIGGERING": OPEN,
    "TRIGGERED": FILLED,  # provisional: the actual order's state is read (triggered_order_id)
    "FINISHED": FILLED,  # likewise
    "CANCELED": CANCELED,
    "REJECTED": REJECTED,
    "EXPIRED": EXPIRED,
}
# Algo states after which the actual order (actualOrderId) holds the outcome.
BINANCE_ALGO_TRIGGERED = ("TRIGGERED", "FINISHED")


def order_status(raw: dict[str, Any], table: str, trigger: bool) -> OrderStatus:
    """Our status for a ccxt order structure; `table` is the profile's ("mexc", "binance")."""
    info = _info(raw)
    found: OrderStatus | None = None
    if table == "mexc" and "state" in info:
        found = (MEXC_PLAN if trigger else MEXC_ORDER).get(str(info["state"]))
    elif table == "binance":
        if "algoStatus" in info:
            found = BINANCE_ALGO.get(str(info["algoStatus"]))
        elif "status" in info:
            found = BINANCE_ORDER.get(str(info["status"]))
        elif "X" in info:  # a user data stream update (ALGO_UPDATE ones carry the algo id)
            found = (BINANCE_ALGO if "aid" in info else BINANCE_ORDER).get(str(info["X"]))
    if found is not None:
        return found
    if raw.get("status") is None:
        return OPEN  # a create answer with the id only (MEXC): accepted, state not given
    unified = UNIFIED.get(str(raw.get("status")))
    if unified is None:
        log.warning("unknown order state %r (info %s): kept live", raw.get("status"), info)
        return OPEN
    return unified


def triggered_order_id(raw: dict[str, Any], table: str, trigger: bool) -> str | None:
    """The id of the order a triggered conditional order placed, when its fill is to be read
    (trigger: `raw` is a conditional order). MEXC: an executed plan order (state 3) names it
    `orderId` and reports no fill of its own (get-plan-order-list)."""
    info = _info(raw)
    actual: Any = None
    if table == "binance" and str(info.get("algoStatus")) in BINANCE_ALGO_TRIGGERED:
        actual = None if _has_fill(info) else info.get("actualOrderId")
    elif table == "mexc" and trigger and str(info.get("state")) == "3":
        actual = info.get("orderId")
    return None if actual in (None, "", "0", 0) else str(actual)


def own_id(raw: dict[str, Any], table: str, trigger: bool) -> str | None:
    """The order's own exchange id. ccxt reads MEXC's `orderId` before `id`, and an executed
    plan order carries both: `id` is the plan order's, `orderId` the order it placed."""
    info = _info(raw)
    if table == "mexc" and trigger and info.get("id") is not None:
        return str(info["id"])
    return str(raw["id"]) if raw.get("id") is not None else None


def _info(raw: dict[str, Any]) -> dict[str, Any]:
    info = raw.get("info")
    return info if isinstance(info, dict) else {}  # a garbled answer parsed to a string


def _has_fill(info: dict[str, Any]) -> bool:
    try:
        return float(info.get("aq") or 0) > 0 and float(info.get("ap") or 0) > 0
    except (TypeError, ValueError):
        return False
