"""The one place ccxt exceptions become the project's own errors, each with what to do next."""

from __future__ import annotations

import re
import socket
from urllib.parse import urlsplit

import ccxt.async_support as ccxt

from engine import errors
from engine.redact import REDACTOR

# Reads are retried on these (never order creation): the request may simply not have arrived.
RETRYABLE: tuple[type[Exception], ...] = (
    ccxt.NetworkError,  # includes RequestTimeout, DDoSProtection, RateLimitExceeded
    ccxt.ExchangeNotAvailable,  # includes OnMaintenance
)

# After a create fails with these, the order may still exist: look it up by client id first.
UNCERTAIN: tuple[type[Exception], ...] = (ccxt.OperationFailed,)  # NetworkError's base too


# A rate-limit answer (429, 418, or a body's code such as MEXC 510). ccxt's RateLimitExceeded is
# not a DDoSProtection in every version (4.5: a NetworkError of its own), so both are named.
RATE_LIMITED: tuple[type[Exception], ...] = (ccxt.DDoSProtection, ccxt.RateLimitExceeded)


# Exchange error codes ccxt leaves as a plain ExchangeError when the API URL is not the exchange's
# own host (binance picks its USD-M error table by URL). Keyed by the code in the response body.
_CODES: dict[str, type[errors.BrokerError]] = {
    "-2019": errors.InsufficientFunds,  # binance: Margin is insufficient
    "-2018": errors.InsufficientFunds,  # binance: Balance is insufficient
    "-4014": errors.InvalidOrder,  # binance: Price not increased by tick size
    "-4164": errors.InvalidOrder,  # binance: notional too small (MIN_NOTIONAL)
    "-4005": errors.InvalidOrder,  # binance: quantity greater than max (MARKET_LOT_SIZE)
    "-4016": errors.InvalidOrder,  # binance: price above mark x multiplierUp (PERCENT_PRICE)
    "-4024": errors.InvalidOrder,  # binance: price below mark x multiplierDown (PERCENT_PRICE)
    "-4131": errors.InvalidOrder,  # binance: counterparty's best price outside PERCENT_PRICE
    "-2022": errors.InvalidOrder,  # binance: ReduceOnly order rejected
    "-1111": errors.InvalidOrder,  # binance: precision over the maximum
    "-1121": errors.BadSymbol,  # binance: Invalid symbol
    "-1003": errors.NetworkTrouble,  # binance: too many requests
    "2005": errors.InsufficientFunds,  # mexc contract: balance insufficient
    "2015": errors.InvalidOrder,  # mexc contract: price or quantity accuracy error
}
# MEXC contract API (https://mexcdevelop.github.io/apidocs/contract_v1_en/#error-code):
# 701 account read permission is required, 702 account modify permission, 703 trade
# information read permission, 704 trade information modify permission, 1002 contract not
# activated (answered for accounts whose futures API may not place orders).
API_ACCESS_CODES = ("701", "702", "703", "704", "1002")
# A request whose timestamp is outside the exchange's window: Binance -1021 ("Timestamp for this
# request is outside of the recvWindow", https://developers.binance.com/docs/derivatives/
# usds-margined-futures/error-code), MEXC contract 513 ("Invalid request (for open api serves
# time more or less than 10 seconds)"), MEXC spot 700003.
TIMESTAMP_CODES = ("-1021", "513", "700003")
# A reduce-only order (a close, a take-profit) with no position to reduce: Binance -2022
# "ReduceOnly Order is rejected." (the error-code page above), MEXC contract 2009 "Position is
# not exists or closed." (https://mexcdevelop.github.io/apidocs/contract_v1_en/#error-code).
NO_POSITION_CODES = ("-2022", "2009")
_CODE_RE = re.compile(r'"code"\s*:\s*"?(-?\d+)')


def _clean(text: str, limit: int = 300) -> str:
    """Shorten an exchange message after the redactor masked keys, signatures and queries."""
    text = REDACTOR.text(text)
    return text if len(text) <= limit else text[:limit] + "..."


def _key_names(exchange_id: str) -> str:
    if exchange_id.lower() == "mexc":
        return "MEXC_API_KEY and MEXC_API_SECRET"
    return "EXCHANGE_API_KEY and EXCHANGE_API_SECRET"


def error_code(exc: BaseException) -> str | None:
    """The exchange's error code quoted in a ccxt exception's text, if any."""
    found = _CODE_RE.search(str(exc))
    return found.group(1) if found else None


def is_timestamp_error(exc: BaseException) -> bool:
    """True when the exchange refused the request's timestamp (nothing was done)."""
    return isinstance(exc, ccxt.InvalidNonce) or error_code(exc) in TIMESTAMP_CODES


def is_api_access_error(exc: BaseException, exchange_id: str) -> bool:
    """True when the exchange refuses this key/account its futures API (MEXC 1002, 701-704)."""
    return exchange_id.lower() == "mexc" and error_code(exc) in API_ACCESS_CODES


_URL_RE = re.compile(r"(?:https?|wss?)://[^\s\"']+")


def unresolved_host(exc: BaseException) -> str | None:
    """The host name whose DNS lookup failed somewhere in the exception's chain, else None.

    ccxt reports a failed lookup as ExchangeNotAvailable ("down or in maintenance"), raised from
    aiohttp's ClientConnectorDNSError or a socket.gaierror: the cause tells them apart.
    """
    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        if isinstance(link, socket.gaierror) or type(link).__name__ == "ClientConnectorDNSError":
            host = getattr(link, "host", None)
            if not host:
                found = _URL_RE.search(str(exc))
                host = urlsplit(found.group(0)).hostname if found else None
            return str(host or "the exchange's address")
        link = link.__cause__ or link.__context__
    return None


def map_ccxt_error(
    exc: BaseException,
    *,
    exchange_id: str = "",
    action: str = "request",
    balance: object = None,
    needed: object = None,
) -> errors.BrokerError:
    """Translate a ccxt exception into a BrokerError whose hint says what to do."""
    if isinstance(exc, errors.BrokerError):
        return exc
    REDACTOR.scrub(exc)  # the original stays chained as __cause__: no secret in its text either
    ex = exchange_id or "the exchange"
    host = unresolved_host(exc)
    if host is not None:
        return errors.NetworkTrouble(
            f"cannot resolve {host}:", "check your connection or proxy (or EXCHANGE_API_BASE_URL)."
        )
    msg = _clean(str(exc))
    prefix = f"{ex} {action} failed: "
    if is_api_access_error(exc, ex):
        return errors.ApiAccessDenied(
            f"{ex}: futures API not enabled for this key/account ({prefix}{msg})",
            "Live trading is halted. In MEXC's API management give the key futures (contract) "
            "read and trade permission; if it has them, MEXC has not opened futures API "
            "trading to this account: ask MEXC support, or use EXCHANGE=binanceusdm.",
        )
    cls: type[errors.BrokerError] | None = None
    if isinstance(exc, ccxt.ExchangeError) and not isinstance(
        exc, ccxt.AuthenticationError | ccxt.InsufficientFunds | ccxt.BadSymbol
    ):
        found = _CODE_RE.search(str(exc))
        if found:
            cls = _CODES.get(found.group(1))
    if isinstance(exc, ccxt.AuthenticationError):
        return errors.AuthenticationError(
            prefix + msg,
            f"Check {_key_names(ex)}, and that the key may trade futures "
            "(trade permission on, withdrawal off, IP whitelist includes this machine).",
        )
    if cls is errors.InsufficientFunds or isinstance(exc, ccxt.InsufficientFunds):
        have = f"balance {balance}, needed {needed}: " if balance is not None else ""
        return errors.InsufficientFunds(
            prefix + msg, f"{have}lower MAX_POSITION_SIZE_PCT or leverage, or add funds."
        )
    if cls is errors.BadSymbol or isinstance(exc, ccxt.BadSymbol):
        return errors.BadSymbol(
            prefix + msg, f"{ex} does not list this market; check the signal's symbol."
        )
    if isinstance(exc, ccxt.OrderNotFound):
        return errors.OrderNotFound(prefix + msg, "It may have been cancelled by hand.")
    if error_code(exc) in NO_POSITION_CODES:
        return errors.InvalidOrder(
            prefix + msg,
            "The exchange holds no position this order could reduce: it may have been closed "
            "already (by its stop, a take-profit or by hand); sigcopy reads its orders back.",
        )
    if cls is errors.InvalidOrder or isinstance(exc, ccxt.InvalidOrder):
        return errors.InvalidOrder(
            prefix + msg,
            "The exchange rejected the order's price or amount; check the market's tick size, "
            "minimum amount and minimum cost.",
        )
    if isinstance(exc, ccxt.OnMaintenance | ccxt.ExchangeNotAvailable) or (
        isinstance(exc, ccxt.OperationFailed) and not isinstance(exc, ccxt.NetworkError)
    ):
        return errors.ExchangeUnavailable(
            prefix + msg, f"{ex} is down or in maintenance; try again later."
        )
    if cls is errors.NetworkTrouble or isinstance(exc, ccxt.NetworkError):
        return errors.NetworkTrouble(
            prefix + msg,
            "Network trouble or rate limit; the bot checks the order's state before retrying.",
        )
    if isinstance(exc, ccxt.NotSupported):
        return errors.BrokerError(
            prefix + msg, f"{ex} does not support this through ccxt; see docs/live.md."
        )
    return errors.BrokerError(
        prefix + msg, "See the log; if it repeats, check the exchange status."
    )


def is_not_found(exc: Exception) -> bool:
    """The exchange does not know the order: Binance -2011 "Unknown order sent" and -2013
    "Order does not exist" (OrderNotFound, or ExchangeError/OperationRejected in ccxt's USD-M
    table), MEXC 2040 "Order does not exist" (a plain ExchangeError in ccxt)."""
    text = str(exc).lower()
    return (
        isinstance(exc, ccxt.OrderNotFound)
        or any(code in text for code in ("2040", "-2011", "-2013"))
        or "order does not exist" in text
        or "unknown order" in text
    )
