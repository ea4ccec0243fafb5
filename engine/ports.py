"""The engine's ports: the only ways its services reach the outside world."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from engine.domain.market import Market
from engine.domain.orders import Balance, ExchangePosition, Order, OrderUpdate


class Clock(Protocol):
    """Time source: wall clock in paper/live, simulated in backtest."""

    def time(self) -> float:
        """Seconds since the epoch."""
        ...

    def now(self) -> datetime:
        """Timezone-aware UTC datetime."""
        ...


class MarketData(Protocol):
    """Prices and market definitions."""

    simulated: bool  # True when prices are generated, not real (cards say SIMULATED PRICES)

    async def load_markets(self) -> dict[str, Market]:
        """All tradable markets, keyed by exchange symbol."""
        ...

    async def get_price(self, symbol: str) -> float | None:
        """Last price of a market, or None when unknown."""
        ...

    async def close(self) -> None:
        """Release connections."""
        ...


@runtime_checkable
class Broker(Protocol):
    """Where orders go: SimulatedBroker (paper, backtest) or CcxtBroker (live)."""

    exchange: Any  # the ccxt exchange in use, or None
    manages_stops: bool  # True when stop orders rest at the broker; False: the engine watches

    async def load_markets(self) -> dict[str, Market]:
        """Markets as the broker trades them."""
        ...

    async def place_order(self, order: Order, *, read_fill: bool = True) -> OrderUpdate:
        """Send one order (already written to the store). Never retried blindly.

        read_fill=False: where the exchange's answer to a market order carries no fill (MEXC),
        answer at once with info["fill_unknown"] set, for the caller to read it (fetch_order)
        while it sends other orders. Brokers whose answers carry the fill ignore it."""
        ...

    async def cancel_order(self, order: Order) -> OrderUpdate:
        """Cancel an order; returns its final state (it may have filled meanwhile)."""
        ...

    async def fetch_order(self, order: Order) -> OrderUpdate | None:
        """Look an order up by its client id; None when the broker never received it."""
        ...

    async def set_leverage(self, market: Market, leverage: int) -> None:
        """Set leverage (and margin mode) for a market."""
        ...

    async def fetch_balance(self) -> Balance | None:
        """Equity and free margin; None when the engine keeps its own ledger (simulated)."""
        ...

    async def fetch_positions(self) -> list[ExchangePosition] | None:
        """Open positions at the broker; None when the broker has no separate view."""
        ...

    def on_price(self, symbol: str, price: float) -> Sequence[OrderUpdate]:
        """A price tick: a simulated broker matches resting orders; a real one returns []."""
        ...

    async def poll(self, orders: list[Order]) -> list[OrderUpdate]:
        """Current state of the given live orders (real broker); [] for a simulated one."""
        ...

    def restore(self, orders: list[Order]) -> None:
        """After a restart: hand back the orders the store says are resting (OPEN); after a
        kill in mid-send also its ended orders that the exchange knows (an exchange id), which
        a lookup must never take for a pending order."""
        ...

    async def close(self) -> None:
        """Release connections."""
        ...

    # Optional capabilities, looked up with getattr: order_stream() -> OrderStream | None;
    # requires_stop (bool): signals without a stop are refused or get DEFAULT_STOP_LOSS_PCT's;
    # stop_lifetime_s (float | None): stops lapse after this long at the exchange (MEXC),
    # renewed new-first before then (stop_keeper.py);
    # read_fees(asks: list[FeeAsk]) -> dict[client id, Decimal | None]: the fees of fills
    # booked with an estimate, from the exchange's trade list (fee_corrector.py).
    # A broker whose exchange pushes order updates returns a stream; the others have none.


@runtime_checkable
class AnswersAtOnce(Protocol):
    """A broker that answers in-process, without I/O (the simulator, paper and backtest): each
    call returns its completed answer, which the engine takes without awaiting. A broker that
    implements these is still a Broker; place_order and cancel_order answer the same."""

    def place_now(self, order: Order) -> OrderUpdate:
        """place_order(), answered at once."""
        ...

    def cancel_now(self, order: Order) -> OrderUpdate:
        """cancel_order(), answered at once."""
        ...


class OrderStream(Protocol):
    """Order updates pushed by the broker (a websocket), applied by the engine as they arrive.

    Polling stays on beside it: the stream is the fast path, polling the safety net.
    """

    def start(
        self,
        known: Callable[[], Iterable[Order]],
        on_updates: Callable[[list[OrderUpdate]], Awaitable[None]],
        on_gap: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        """Start watching; `known()` lists the engine's orders, `on_updates` applies a batch,
        `on_gap()` catches up (a poll) before the stream resumes after a break."""
        ...

    async def close(self) -> None:
        """Stop watching and release the connection."""
        ...


class Store(Protocol):
    """Durable state. put_* queue a record; flush() commits everything queued atomically."""

    async def open(self) -> None: ...

    async def close(self) -> None: ...

    def put(self, kind: str, key: str, status: str, data: Any) -> None:
        """Queue an upsert of one record (kinds: signal, trade, order, fill, state, pending).

        data is a dict, or a dataclass with to_dict() (stored in that form)."""
        ...

    async def flush(self) -> None:
        """Commit all queued records in one transaction; raises StoreError on failure."""
        ...

    async def load(
        self, kind: str, statuses: tuple[str, ...] | None = None
    ) -> list[dict[str, Any]]:
        """All records of a kind (optionally only those with the given statuses)."""
        ...

    async def get(self, kind: str, key: str) -> dict[str, Any] | None:
        """One record, or None."""
        ...


class TradeLog(Protocol):
    """Append-only JSONL record of every open, partial close and close."""

    def append(self, record: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


class KillSwitch(Protocol):
    """The EMERGENCY_STOP file: present means no new trades."""

    def is_set(self) -> bool: ...

    def set(self, reason: str) -> None: ...

    def clear(self) -> None: ...

    def reason(self) -> str | None: ...


EventHandler = Callable[[Any], Awaitable[None] | None]
