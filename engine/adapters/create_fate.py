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
- -1000 UNKNOWN "An unknown error occured while processing the request." (the error-code page
  above; clients see it as HTTP 500, sonvister/Binance issue 85) says nothing of the order
  either: the page names no fate, and general-info puts every 5xx on "Binance's side" (the
  spot API's "HTTP Return Codes" page, https://developers.binance.com/docs/binance-spot-api-
  docs/rest-api/http-return-codes: "It is important to NOT treat this as a failure operation;
  the execution status is UNKNOWN and could have been a success"). ccxt
  reads it as OperationFailed, so it used to be a refusal once the look-up right after did not
  find the order: an entry carried out a moment later was left with its trade failed and no
  stop. It is unknown now, as -1006/-1007: looked up by client id again, never sent again.

- Binance's other two 503 answers carry no code, only a message (a client saw `503 {"timestamp":
  ..., "path": ..., "msg": "Unknown error, please check your request or try again later."}`,
  daisy613/LHPControl issue 16), told apart by it (general-info, "HTTP Return Codes"):
  "Unknown error, please check your request or try again later." is the execution status
  UNKNOWN ("It is important to NOT treat this as a failure operation"); "Service Unavailable."
  is "a failure API operation and the service might be unavailable at the moment, you need to
  retry later": nothing was done, as -1001 (errors.NotProcessed). Before, every 5xx was read as
  unknown: a stop answered "Service Unavailable." and not found by the look-up closed its
  position, where the page says to send it again (stop_failure.py: once).
- Any other 5xx (500, 502, 504, a gateway's page, a 503 with another text) says nothing of the
  order: unknown. "HTTP 5XX return codes are used for internal errors; the issue is on Binance's
  side" (general-info) names no fate; MEXC's says of every 5xx "It is important to NOT treat
  this as a failure operation; the execution status is UNKNOWN and could have been a success"
  (https://www.mexc.com/api-docs/spot-v3/general-info, "HTTP Return Codes"; its futures pages
  say nothing of HTTP statuses, and their error table's codes are positive and name no such
  answer), so there a timeout or a 5xx is unknown by its ccxt class alone.
"""

from __future__ import annotations

import re

import ccxt.async_support as ccxt

from engine import errors
from engine.adapters.ccxt_errors import RATE_LIMITED, error_code

FATE_UNKNOWN_CODES = ("-1006", "-1007")  # "execution status unknown"
UNKNOWN_ERROR_CODES = ("-1000",)  # "An unknown error occured": its fate unknown too
NOT_PROCESSED_CODES = ("-1001",)  # "a failure API operation and you can resend"
# Binance 503 messages with no code (general-info, "HTTP Return Codes"), by their exact text.
FATE_UNKNOWN_TEXTS = ("Unknown error, please check your request or try again later.",)
NOT_PROCESSED_TEXTS = ("Service Unavailable.",)  # "a failure API operation ... retry later"
_MSG_RE = re.compile(r'"msg"\s*:\s*"([^"]*)"')


def _msg(exc: BaseException) -> str | None:
    """The `msg` of the error body a ccxt exception quotes, if any."""
    found = _MSG_RE.search(str(exc))
    return found.group(1) if found else None


def _not_processed(exc: BaseException) -> bool:
    return error_code(exc) in NOT_PROCESSED_CODES or _msg(exc) in NOT_PROCESSED_TEXTS


def answer_lost(exc: BaseException) -> bool:
    """True when a create that failed with `exc` may have been carried out: no answer (a
    timeout, a dropped connection), a 5xx that says nothing of it, or an answer documented as
    "execution status unknown". Not for an answer that is a refusal: 429 / 418 (rate limit;
    Binance General Info: "4XX ... the issue is on the sender's side"), the exchange saying it
    is in maintenance, or Binance's -1001 and 503 "Service Unavailable." (documented as
    failures)."""
    if error_code(exc) in (*FATE_UNKNOWN_CODES, *UNKNOWN_ERROR_CODES):
        return True
    if _msg(exc) in FATE_UNKNOWN_TEXTS:
        return True
    if _not_processed(exc) or isinstance(exc, (*RATE_LIMITED, ccxt.OnMaintenance)):
        return False
    return isinstance(exc, ccxt.NetworkError)


def lost_why(exc: BaseException | None, unreadable: bool = False) -> str:
    """Why a create's answer says nothing of the order, in the user's words."""
    if unreadable:
        return "it could not be read as an order"
    if exc is not None and (
        error_code(exc) in FATE_UNKNOWN_CODES or _msg(exc) in FATE_UNKNOWN_TEXTS
    ):
        return "it answered that the execution status is unknown"
    if exc is not None and error_code(exc) in UNKNOWN_ERROR_CODES:
        return "it answered with an unknown error (-1000), which says nothing of the order"
    if isinstance(exc, ccxt.RequestTimeout):
        return "no answer came in time"
    if isinstance(exc, ccxt.ExchangeNotAvailable):
        return "it answered that it is unavailable (5xx)"
    return f"the connection failed ({type(exc).__name__})"


def not_processed(exc: BaseException, exchange_id: str, role: str) -> errors.NotProcessed | None:
    """The error for a create the exchange answered it did not carry out (Binance -1001, or 503
    "Service Unavailable."), not found by the look-up after it either; None for any other
    failure."""
    if not _not_processed(exc):
        return None
    what = {"sl": "stop", "tp": "take-profit"}.get(role, role)
    said = (
        "internal error -1001" if error_code(exc) in NOT_PROCESSED_CODES else f'503 "{_msg(exc)}"'
    )
    return errors.NotProcessed(
        f"{exchange_id} could not process the {what} order ({said}) and says it "
        "was not carried out: nothing was placed.",
        "Nothing was done on the exchange for it. An entry is not sent again: send the signal "
        "again if you still want it; a stop is sent once more at once, and its position closed "
        "only if that fails too.",
    )
