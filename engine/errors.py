"""The project's own errors. Adapters map library exceptions (ccxt, sqlite) to these, once."""

from __future__ import annotations


class SigcopyError(Exception):
    """Base class; `hint` tells the user what to do next."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint

    def user_message(self) -> str:
        """Message plus what to do, for logs and Telegram."""
        return f"{self} {self.hint}".strip()


class ConfigError(SigcopyError):
    """A setting is missing or invalid."""


class BrokerError(SigcopyError):
    """The exchange refused or failed a request."""


class AuthenticationError(BrokerError):
    """Keys rejected or lacking a permission."""


class InsufficientFunds(BrokerError):
    """Not enough balance or margin."""


class InvalidOrder(BrokerError):
    """The exchange rejected the order's parameters."""


class BadSymbol(BrokerError):
    """The exchange does not list the market."""


class NetworkTrouble(BrokerError):
    """Timeouts, rate limits, maintenance: the request may or may not have arrived."""


class OrderNotFound(BrokerError):
    """The exchange does not know the order."""


class ExchangeUnavailable(NetworkTrouble):
    """Maintenance or outage."""


class NotProcessed(ExchangeUnavailable):
    """The exchange answered that it could not process the request and did not carry it out
    (Binance 503 -1001: "a failure API operation and you can resend your request"): nothing was
    done; an order may be made again, as a new order (engine/adapters/create_fate.py)."""


class StoreError(SigcopyError):
    """The database could not be written (disk full, read-only): no new trades."""


class ApiAccessDenied(AuthenticationError):
    """The exchange refuses this key or account the (futures) API itself: live trading halts."""


class ClockSkew(BrokerError):
    """The exchange refused the request's timestamp even after re-reading its clock."""


class PositionModeMismatch(InvalidOrder):
    """The order's position side does not match the account's position mode (Binance -4061)."""


class RateLimited(NetworkTrouble):
    """The exchange's rate-limit window (Retry-After) kept the request from being done: it was
    held back before sending, or the exchange refused it 429/418 (an order: and it is not on
    the exchange after). Nothing the request asked was done: it may be made again after `wait`,
    the seconds left of the window (a create then as a new order).

    Not AnswerLost: there the create went out and may have been done."""

    def __init__(self, message: str, hint: str = "", wait: float = 0.0) -> None:
        super().__init__(message, hint)
        self.wait = wait


class AnswerLost(NetworkTrouble):
    """An order's create went out, its answer was lost (a timeout, a dropped connection, a 5xx)
    or unreadable, and the look-up by client id that followed failed too: the order may or may
    not be on the exchange. Never a refusal: it is looked up again, never sent again before
    that. `wait`: the seconds left of the exchange's rate-limit window that keeps the look-up
    from running (0: none; looked up at the next check).

    `absent`: the look-up ran and did not find it, right after an answer that said nothing of
    its fate (Binance 503 -1007 "execution status unknown", a timeout): the exchange may still
    carry it out a moment later, so it is looked up again on a bounded schedule before it is
    called never placed (lost_answers.py).

    Not RateLimited: there nothing was done, and the request may simply be made again."""

    def __init__(
        self, message: str, hint: str = "", wait: float = 0.0, *, absent: bool = False
    ) -> None:
        super().__init__(message, hint)
        self.wait = wait
        self.absent = absent
