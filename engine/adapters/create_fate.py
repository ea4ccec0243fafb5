"""What a failed create's answer says of the order's fate, as the exchange documents it.

ccxt turns an answer into an exception class by its own tables, which do not follow the
documented fate: on Binance USD-M, -1001 and -1006 both become OperationFailed, yet one says the
order was not carried out and the other that nobody knows. The exchange's words decide here:

- Binance USD-M, HTTP 503 "Internal error; unable to process your request. Please try again."
  (-1001 DISCONNECTED): "it means this is a failure API operation and you can resend your
  request if you need" (https://developers.binance.com/docs/derivatives/usds-margined-futures/
  general-info, "HTTP Return Codes"; the code from https://developers.binance.com/docs/
  derivatives/usds-margined-futures/error-code). Nothing was done: not looked up later, not
  unknown (errors.NotProcessed).
- -1006 UNEXPECTED_RESP "An unexpected response was received from the message bus. Execution
  status unknown." and -1007 TIMEOUT "Timeout waiting for response from backend server. Send
  status unknown; execution status unknown." (the error-code page above; a 503 "It is important
  to NOT treat this as a failure operation; the execution status is UNKNOWN and could have been
  a success", general-info): the order may have been placed, even after a look-up right after
  did not find it (engine/core/lost_answers.py).

The codes are Binance's (negative); MEXC's contract codes are positive and document no such
answer, so there a timeout or a 5xx is unknown by its ccxt class alone.
"""

from __future__ import annotations

import ccxt.async_support as ccxt

from engine import errors
from engine.adapters.ccxt_errors import RATE_LIMITED, error_code

FATE_UNKNOWN_CODES = ("-1006", "-1007")  # "execution status unknown"
NOT_PROCESSED_CODES = ("-1001",)  # "a failure API operation and you can resend"


def answer_lost(exc: BaseException) -> bool:
    """True when a create that failed with `exc` may have been carried out: no answer (a
    timeout, a dropped connection), a 5xx that says nothing of it, or an answer documented as
    "execution status unknown". Not for an answer that is a refusal: 429 / 418 (rate limit;
    Binance General Info: "4XX ... the issue is on the sender's side"), the exchange saying it
    is in maintenance, or Binance's -1001 (documented as a failure)."""
    code = error_code(exc)
    if code in FATE_UNKNOWN_CODES:
        return True
    if code in NOT_PROCESSED_CODES or isinstance(exc, (*RATE_LIMITED, ccxt.OnMaintenance)):
        return False
    return isinstance(exc, ccxt.NetworkError)


def lost_why(exc: BaseException | None, unreadable: bool = False) -> str:
    """Why a create's answer says nothing of the order, in the user's words."""
    if unreadable:
        return "it could not be read as an order"
    if exc is not None and error_code(exc) in FATE_UNKNOWN_CODES:
        return "it answered that the execution status is unknown"
    if isinstance(exc, ccxt.RequestTimeout):
        return "no answer came in time"
    if isinstance(exc, ccxt.ExchangeNotAvailable):
        return "it answered that it is unavailable (5xx)"
    return f"the connection failed ({type(exc).__name__})"


def not_processed(exc: BaseException, exchange_id: str, role: str) -> errors.NotProcessed | None:
    """The error for a create the exchange answered it did not carry out (Binance -1001), not
    found by the look-up after it either; None for any other failure."""
    if error_code(exc) not in NOT_PROCESSED_CODES:
        return None
    what = {"sl": "stop", "tp": "take-profit"}.get(role, role)
    return errors.NotProcessed(
        f"{exchange_id} could not process the {what} order (internal error -1001) and says it "
        "was not carried out: nothing was placed.",
        "Nothing was done on the exchange for it. An entry is not sent again: send the signal "
        "again if you still want it; a stop is sent once more at once, and its position closed "
        "only if that fails too.",
    )
