"""The fake MEXC's conventions, shared by its parts (fake_mexc.py, mexc_public.py,
mexc_account.py, mexc_plans.py, mexc_spot.py): its API's paths, order sides and error codes."""

from __future__ import annotations

from decimal import Decimal

CONTRACT = "/api/v1/contract"
PRIVATE = "/api/v1/private"
SPOT = "/api/v3"

# side: 1 open long, 2 close short, 3 open short, 4 close long
SIDES = {1: ("buy", False), 2: ("buy", True), 3: ("sell", False), 4: ("sell", True)}
# Codes from https://mexcdevelop.github.io/apidocs/contract_v1_en/#error-code-example
ERRORS = {  # kind -> (code, message); ccxt maps these codes/messages
    "bad_symbol": (1001, "Contract does not exist"),
    "api_not_allowed": (1002, "Contract not allow place order!"),
    "insufficient": (2005, "Insufficient balance!"),
    "bad_price": (2015, "Price or quantity accuracy error"),
    "bad_qty": (2011, "Order quantity error, please try to modify."),
    "min_notional": (30002, "The minimum transaction volume cannot be less than 5USDT"),
    "reduce_only": (2009, "Position is not exists or closed."),
    "stop_rejected": (2003, "Bid price is great than max allow price"),
    "order_not_found": (2040, "Order does not exist"),
    "order_final": (2041, "Order state cannot be cancelled"),
    "no_price": (30010, "no valid trade price"),
    "auth": (602, "Signature verification failed!"),
    "bad_request": (600, "Param error!"),
    "echo": (600, "Param error!"),
    "position_open": (2019, "There is an active open position"),
    # An order whose positionMode is not the account's (the table names no code of its own:
    # 2022 is the documented one that says so; see engine/adapters/position_mode.py).
    "position_mode": (2022, "Wrong position type"),
    "timestamp": (513, "Invalid request(for open api serves time more or less than 10 seconds)"),
    "access_read": (701, "Account read permission is required"),
    "access_trade": (704, "Transaction information modify permission is required"),
    "not_activated": (1002, "Contract not activated"),
    # The exchange busy, answering a request - a cancel (POST private/order/cancel,
    # https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/cancel-order) among
    # them - with nothing done: {"success": false, "code": 501, "message": ...} (the table above).
    "busy": (501, "System busy"),
    # Over the rate limit: code 510 "Excessive frequency of requests" (the table above), with
    # nothing done. Its HTTP status is not documented: answered as every refusal here, HTTP 200
    # {"success": false, ...}; nor a Retry-After (none is sent).
    "too_frequent": (510, "Excessive frequency of requests"),
    # A plan order's trend (the price it watches: 1 latest, 2 fair, 3 index) or triggerType
    # (1: more than or equal, 2: less than or equal) out of range (the table above).
    "trigger_price_type": (3001, "Trigger price type error"),
    "trigger_type": (3002, "Trigger type error"),
    "oid_too_long": (2030, "External order ID is too long (Max. 32 bits )"),
}


def f(v: Decimal | None) -> float | None:
    """A number as MEXC's contract API writes it (a JSON number)."""
    return None if v is None else float(v)
