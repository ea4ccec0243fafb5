"""Orders, order updates and balances: the engine's view of what it asked the broker to do."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any


class OrderRole(StrEnum):
    ENTRY = "entry"
    TAKE_PROFIT = "tp"
    STOP_LOSS = "sl"
    CLOSE = "close"


class OrderType(StrEnum):
    MARKET = "market"
    LIMIT = "limit"
    STOP = "stop"  # stop-market: triggers at trigger_price, fills at market
    # The exchange's own trailing stop-market (Binance TRAILING_STOP_MARKET): it follows the
    # best price since trigger_price (its activation; None: at once) at trail_rate behind it.
    TRAILING = "trailing"


class OrderStatus(StrEnum):
    PENDING = "pending"  # written to the store, not yet acknowledged by the broker
    OPEN = "open"
    FILLED = "filled"
    CANCELED = "canceled"
    REJECTED = "rejected"
    EXPIRED = "expired"
    DRY_RUN = "dry_run"  # built exactly, logged, never sent

    @property
    def is_final(self) -> bool:
        """True once the order can no longer fill."""
        return self not in LIVE_STATUSES


# The statuses of an order that may still fill (hot loops test `o.status in LIVE_STATUSES`).
LIVE_STATUSES = frozenset((OrderStatus.PENDING, OrderStatus.OPEN))


@dataclass(slots=True)
class Order:
    """One order the engine sends; client_id is derived from the signal and the leg."""

    client_id: str
    trade_id: str
    symbol: str  # the market's exchange symbol
    side: str  # "buy" | "sell"
    type: OrderType
    role: OrderRole
    amount: Decimal  # base units
    price: Decimal | None = None  # limit price
    trigger_price: Decimal | None = None  # stop trigger
    reduce_only: bool = False
    leg: int = 0
    status: OrderStatus = OrderStatus.PENDING
    filled: Decimal = Decimal(0)
    avg_price: Decimal | None = None
    fee: Decimal = Decimal(0)
    exchange_id: str | None = None
    created_at: float = 0.0
    updated_at: float = 0.0
    error: str | None = None
    # When the exchange lets it lapse (MEXC trigger orders live 7 days at most); None: never.
    expires_at: float | None = None
    trail_rate: Decimal | None = None  # TRAILING: distance behind the best price (0.02 = 2 %)
    fee_estimated: bool = False  # the exchange reported no fee: `fee` is the market's rate

    @property
    def remaining(self) -> Decimal:
        """Amount still to fill."""
        return self.amount - self.filled

    @property
    def is_live(self) -> bool:
        """True while the order may still fill."""
        return self.status in LIVE_STATUSES

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (Decimals as strings) for the store.

        Spelled out field by field (tests/engine/test_records.py checks it names every field):
        a Decimal left to the serializer costs it a failed look for a dataclass first, and a
        loop over the fields checking each one's type cost three times this."""
        price, trigger, avg, rate = self.price, self.trigger_price, self.avg_price, self.trail_rate
        return {
            "client_id": self.client_id,
            "trade_id": self.trade_id,
            "symbol": self.symbol,
            "side": self.side,
            "type": self.type._value_,  # (an enum's .value is a Python-level property)
            "role": self.role._value_,
            "amount": str(self.amount),
            "price": None if price is None else str(price),
            "trigger_price": None if trigger is None else str(trigger),
            "reduce_only": self.reduce_only,
            "leg": self.leg,
            "status": self.status._value_,
            "filled": str(self.filled),
            "avg_price": None if avg is None else str(avg),
            "fee": str(self.fee),
            "exchange_id": self.exchange_id,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "error": self.error,
            "expires_at": self.expires_at,
            "trail_rate": None if rate is None else str(rate),
            "fee_estimated": self.fee_estimated,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Order:
        """Inverse of to_dict."""
        dec = ("amount", "price", "trigger_price", "filled", "avg_price", "fee", "trail_rate")
        kw = dict(d)
        for k in dec:
            if kw.get(k) is not None:
                kw[k] = Decimal(kw[k])
        kw["type"] = OrderType(kw["type"])
        kw["role"] = OrderRole(kw["role"])
        kw["status"] = OrderStatus(kw["status"])
        return cls(**kw)


def resting_average(entries: list[Order]) -> Decimal | None:
    """The average limit price of entry orders still resting, weighted by what each has left to
    fill: the entry a stop move is checked against while nothing has filled (stop_move.py).
    None when no priced entry rests."""
    priced = [o for o in entries if o.price is not None and o.remaining > 0]
    size = sum((o.remaining for o in priced), Decimal(0))
    if not size:
        return None
    return sum((o.price * o.remaining for o in priced if o.price is not None), Decimal(0)) / size


class HeldForWindow(str):
    """A send's answer: the order is to be made after the exchange's rate-limit window (`wait`,
    the seconds left of it); not a refusal. For an entry, a stop or a take-profit nothing
    reached the exchange (errors.RateLimited: held back, or refused 429/418 and not on it
    after): its order is marked rejected, and what is sent after the window is a new order
    (new client id; rate_hold.py). A close is held this way also when its create's answer was
    lost (errors.AnswerLost): HeldCloses (close_hold.py) looks every attempt up by client id
    before it sends what is still open.

    Not FateUnknown: that order may rest on the exchange, and is never sent again."""

    wait: float

    def __new__(cls, text: str, wait: float) -> HeldForWindow:
        self = super().__new__(cls, text)
        self.wait = wait
        return self


@dataclass(slots=True)
class OrderUpdate:
    """What the broker reports of an order: cumulative filled amount, average price and fee."""

    client_id: str
    status: OrderStatus
    filled: Decimal = Decimal(0)
    avg_price: Decimal | None = None
    fee: Decimal = Decimal(0)
    exchange_id: str | None = None
    timestamp: float | None = None
    is_maker: bool = False
    error: str | None = None
    info: dict[str, Any] = field(default_factory=dict)
    # A stop that lapses (MEXC): when, from the creation time the exchange reports (read back).
    expires_at: float | None = None
    # The exchange reported no fee: `fee` is the market's rate applied to the fill.
    fee_estimated: bool = False


@dataclass(frozen=True, slots=True)
class FeeAsk:
    """A fill booked with an estimated fee, asked of the broker for the fee it really cost."""

    client_id: str
    symbol: str
    exchange_id: str  # the order whose executions paid it (a triggered stop's placed order)
    filled: Decimal  # base units the estimate covers: all of the order's fills booked so far
    since: float  # when the first of them was booked (epoch seconds, the exchange's time)
    # An order whose exchange id is not known (exchange_id ""): an entry whose answer was lost,
    # its fill taken from the position (cover_adopt.py): found in the trade list by its side.
    side: str = ""


NO_UPDATES: tuple[OrderUpdate, ...] = ()  # a tick that reached nothing (shared, immutable)


@dataclass(frozen=True, slots=True)
class RestingOrder:
    """An order resting on the exchange on one market, as its open-order lists show it (whoever
    placed it): what a position sigcopy cannot explain may already be protected by."""

    exchange_id: str
    client_id: str | None
    side: str  # buy | sell
    stop: bool  # a trigger (stop) order
    amount: Decimal | None  # base units; None: the whole position (Binance closePosition)
    price: Decimal | None  # the trigger of a stop, else the limit price (None: at market)
    reduce_only: bool
    take_profit: bool = False  # a trigger that takes profit (MEXC's position TP), not a stop


@dataclass(slots=True)
class Balance:
    """Account equity and free margin in the quote currency."""

    equity: Decimal
    free: Decimal


@dataclass
class ExchangePosition:
    """A position as the exchange reports it (reconciliation)."""

    symbol: str
    side: str  # "LONG" | "SHORT"
    amount: Decimal  # base units
    entry_price: Decimal | None = None


class Resend(str):
    """A send's answer: refused, and the exchange says it did not carry the order out and that
    it may be sent again (errors.NotProcessed: Binance 503 -1001). The order is marked rejected;
    a stop is sent once more at once, as a new order (core/stop_failure.py), before its
    position would be closed."""


class FateUnknown(str):
    """A send's answer: the order's create went out (an entry, a stop, a take-profit) but its
    answer was lost or unreadable and the look-up by client id failed too (errors.AnswerLost):
    it may rest on the exchange. The order stays pending (never marked rejected), is looked up
    by its client id after `wait` seconds (the exchange's rate-limit window; 0: at the next
    check), and is never sent again before that (core/lost_answers.py).

    Not HeldForWindow: that order is known not to be there (or, a close, is looked up by the
    part that holds it), and is made again after the window."""

    wait: float

    def __new__(cls, text: str, wait: float) -> FateUnknown:
        self = super().__new__(cls, text)
        self.wait = wait
        return self
