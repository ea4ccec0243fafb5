"""What the ccxt helper modules (ccxt_account, ccxt_cancel, ccxt_lookup, ccxt_request,
ccxt_resting, ccxt_stream) use of the CcxtBroker that calls them: exactly these attributes and
methods. They take a BrokerParts, not the broker, so they need not import ccxt_broker (which
imports them): no import circle. CcxtBroker satisfies it (mypy checks each call)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from config.settings import Settings
from engine.adapters.ccxt_clock import ClockGuard
from engine.adapters.ccxt_exchange import ExchangeProfile
from engine.adapters.ccxt_fees import FeeReader
from engine.adapters.ccxt_retry import RetryAfter, RetryPolicy
from engine.domain.market import Market
from engine.domain.orders import Order, OrderUpdate

T = TypeVar("T")


class SentRequest(Protocol):
    """What ccxt_lookup.scan reads of a built create request (ccxt_request.OrderRequest)."""

    @property
    def amount(self) -> float: ...

    @property
    def params(self) -> dict[str, Any]: ...


class BrokerParts(Protocol):
    """The CcxtBroker's state and calls that its helper modules read."""

    settings: Settings
    exchange: Any
    exchange_id: str
    profile: ExchangeProfile
    retry: RetryPolicy
    retry_after: RetryAfter
    clock_guard: ClockGuard
    fees: FeeReader
    markets: dict[str, Market]
    hedged: bool
    trailing_limits: tuple[Decimal, Decimal] | None
    _leverage: dict[str, tuple[int, str]]
    _exchange_ids: dict[str, str]
    _last_price: dict[str, Decimal]

    async def _read(self, call: Callable[[], Awaitable[T]], what: str) -> T: ...

    def _is_trigger(self, order: Order) -> bool: ...

    def market(self, symbol: str) -> Market: ...

    def client_id(self, order: Order) -> str: ...

    def build_request(self, order: Order, *, check: bool = True) -> SentRequest: ...

    async def fetch_order(self, order: Order) -> OrderUpdate | None: ...
