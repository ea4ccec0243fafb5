"""The fake Binance USD-M's error answers: kind -> (HTTP status, code, message), each as
Binance documents it (fake_binance.py renders them)."""

from __future__ import annotations

# kind -> (http status, code or None, msg), codes and texts as listed in
# https://developers.binance.com/docs/derivatives/usds-margined-futures/error-code
ERRORS = {
    "bad_symbol": (400, -1121, "Invalid symbol."),
    "insufficient": (400, -2019, "Margin is insufficient."),
    "bad_price": (400, -4014, "Price not increased by tick size."),
    "bad_qty": (400, -1111, "Precision is over the maximum defined for this asset."),
    "min_notional": (
        400,
        -4164,
        "Order's notional must be no smaller than 5 (unless you choose reduce only).",
    ),
    "reduce_only": (400, -2022, "ReduceOnly Order is rejected."),
    "stop_rejected": (400, -2021, "Order would immediately trigger."),
    # A query (GET /fapi/v1/order) of an order the exchange does not know: -2013 NO_SUCH_ORDER
    # (Query Order: "These orders will not be found: ... CANCELED or EXPIRED AND ... NO filled
    # trade AND created time + 3 days < current time; order create time + 90 days < current
    # time"). A cancel (DELETE /fapi/v1/order) of an order the matching engine does not hold,
    # unknown or already final: -2011 CANCEL_REJECTED "Unknown order sent." (the error-code
    # page; Binance's Cancel Order page for margin, the same matching engine, words it: "occurs
    # when the order (by either orderId, clientOrderId, origClientOrderId) could not be found in
    # the matching engine. It often results from your attempt to cancel an order that has
    # already been processed", https://developers.binance.com/docs/margin_trading/trade/Margin-
    # Account-Cancel-Order; USD-M's own cancel answers it for an unknown id: binance/binance-
    # futures-connector-python issue 8). Never -2013 for a cancel.
    "order_not_found": (400, -2013, "Order does not exist."),
    "order_final": (400, -2011, "Unknown order sent."),
    # An order the book cannot price (the fake holds no mark price for its symbol): -2020
    # UNABLE_TO_FILL "Unable to fill." (the error-code page above, its 20xx list, anchor
    # #-2020-unable_to_fill: read in a stored copy of the page in session 18; ccxt's binance.py
    # quotes the answer as {"code":-2020,"msg":"Unable to fill."}), a refusal. It was -1000
    # "No mark price.", a text of the fake's own with the code the engine reads as "execution
    # status unknown" (engine/adapters/create_fate.py): a refused order kept pending.
    "no_price": (400, -2020, "Unable to fill."),
    "auth": (401, -1022, "Signature for this request is not valid."),
    "api_key": (401, -2015, "Invalid API-key, IP, or permissions for action."),
    "bad_request": (400, -1102, "Mandatory parameter was not sent, was empty/null, or malformed."),
    "client_id_duplicated": (400, -4116, "ClientOrderId is duplicated."),
    "client_id_invalid": (400, -4015, "Client order id is not valid."),
    "margin_same": (400, -4046, "No need to change margin type."),
    "leverage": (400, -4028, "Leverage is not valid"),
    "rate": (429, -1003, "Too many requests; current limit is 2400 requests per minute."),
    "listen_key": (400, -1125, "This listenKey does not exist."),
    "market_lot_size": (400, -4005, "Quantity greater than max quantity."),
    "percent_price_up": (400, -4016, "Price is higher than mark price multiplier cap."),
    "percent_price_down": (400, -4024, "Price is lower than mark price multiplier floor."),
    "timestamp": (400, -1021, "Timestamp for this request is outside of the recvWindow."),
    "position_side": (400, -4061, "Order's position side does not match user's setting."),
    "no_need_position_side": (400, -4059, "No need to change position side."),
    "position_side_orders": (
        400,
        -4067,
        "Position side cannot be changed if there exists open orders.",
    ),
    "position_side_position": (
        400,
        -4068,
        "Position side cannot be changed if there exists position.",
    ),
    "reduce_only_param": (400, -1106, "Parameter 'reduceOnly' sent when not required."),
    "callback_rate": (400, -2007, "Invalid callBack rate."),  # binance_trailing.py
    "interval_too_big": (
        400,
        -1127,
        "More than 168 hours between startTime and endTime.",
    ),
    "bad_combo": (400, -1128, "Combination of optional parameters invalid."),
    # An outage answering a request, a cancel (DELETE /fapi/v1/order, https://developers.binance.
    # com/docs/derivatives/usds-margined-futures/trade/rest-api/Cancel-Order) among them: HTTP
    # 503 with -1001 "is a failure API operation and you can resend your request"
    # (https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info,
    # "HTTP Return Codes"); the code and text from the error-code page above.
    "internal": (503, -1001, "Internal error; unable to process your request. Please try again."),
    # A request the backend may have carried out, answered before it said so: HTTP 503 "the API
    # successfully sent the message but not get a response within the timeout period. It is
    # important to NOT treat this as a failure operation; the execution status is UNKNOWN and
    # could have been a success" (general-info above, "HTTP Return Codes"); -1007 TIMEOUT from
    # the error-code page. (Faults.error_after_accept: the order is placed all the same.)
    "backend_timeout": (
        503,
        -1007,
        "Timeout waiting for response from backend server. Send status unknown; execution "
        "status unknown.",
    ),
    # -1006 UNEXPECTED_RESP "An unexpected response was received from the message bus.
    # Execution status unknown." (the error-code page above): the order may have been carried
    # out. Its HTTP status is not given; general-info: "HTTP 5XX return codes are used for
    # internal errors; the issue is on Binance's side".
    "unexpected_resp": (
        500,
        -1006,
        "An unexpected response was received from the message bus. Execution status unknown.",
    ),
    # The two other 503 answers of general-info's "HTTP Return Codes" (above), each told by its
    # message alone, in a body with no code, as a client saw one: `503 Service Unavailable
    # {"timestamp":1609300986882,"path":"/fapi/v1/positionRisk","msg":"Unknown error, please
    # check your request or try again later."}` (daisy613/LHPControl issue 16):
    # - "Unknown error, please check your request or try again later.": "the API successfully
    #   sent the request but not get a response within the timeout period. It is important to
    #   NOT treat this as a failure operation; the execution status is UNKNOWN";
    # - "Service Unavailable.": "a failure API operation and the service might be unavailable
    #   at the moment, you need to retry later" (nothing was done).
    # -1000 UNKNOWN "An unknown error occured while processing the request." (the error-code
    # page above, its spelling): nothing of the request's fate is said, and general-info says of
    # every 5xx "the issue is on Binance's side". Clients saw it as HTTP 500: `[InternalServer
    # Error]: 'Server Error' - An unknown error occured while processing the request. (-1000)`
    # (sonvister/Binance issue 85, on an order query), and `500 ... {"code": -1000, "msg": "An
    # unknown error occured while processing the request."}` (ccxt/binance-api-node issue 20).
    # An order answered so may have been carried out: Binance's spot "HTTP Return Codes" page
    # (https://developers.binance.com/docs/binance-spot-api-docs/rest-api/http-return-codes)
    # says of every 5xx "It is important to NOT treat this as a failure operation; the execution
    # status is UNKNOWN and could have been a success" (engine/adapters/create_fate.py).
    "unknown": (500, -1000, "An unknown error occured while processing the request."),
    "unknown_error": (503, None, "Unknown error, please check your request or try again later."),
    "service_unavailable": (503, None, "Service Unavailable."),
}
# The kinds whose text says the request may have been carried out (execution status unknown):
# the only ones the fake answers a create it did carry out with (error_after_accept,
# accept_later). "internal" (-1001) is documented as a failure, so it is only ever a refusal
# before anything was done (reject_next).
FATE_UNKNOWN = frozenset({"backend_timeout", "unexpected_resp", "unknown_error", "unknown"})
