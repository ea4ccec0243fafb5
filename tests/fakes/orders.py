"""What a fake exchange's state is made of: its markets, its orders and their executions, and
the refusal it answers with; shared by every fake (tests/fakes/core.py's Book matches them).

Quantities are in the exchange's own units (contracts on MEXC futures, base units on Binance).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


class FakeReject(Exception):
    """The exchange refuses a request; `kind` lets each fake render its own error envelope."""

    def __init__(self, kind: str, msg: str = "") -> None:
        super().__init__(msg or kind)
        self.kind = kind


@dataclass
class FakeMarket:
    id: str  # the exchange's id, e.g. BTC_USDT or BTCUSDT
    base: str
    quote: str = "USDT"
    contract_size: Decimal = Decimal(1)
    price_step: Decimal = Decimal("0.1")
    qty_step: Decimal = Decimal("0.001")
    min_qty: Decimal = Decimal("0.001")
    max_qty: Decimal = Decimal(1_000_000)
    market_max_qty: Decimal = Decimal(1_000_000)  # Binance MARKET_LOT_SIZE maxQty
    # Binance PERCENT_PRICE: a limit BUY at most mark x up, a SELL at least mark x down
    # (filters: https://developers.binance.com/docs/derivatives/usds-margined-futures/common-definition).
    percent_up: Decimal = Decimal("1.05")
    percent_down: Decimal = Decimal("0.95")
    min_notional: Decimal = Decimal(5)
    max_leverage: int = 125
    api_allowed: bool = True
    spot: bool = False


@dataclass
class FakeOrder:
    id: str
    client_id: str | None
    symbol: str
    side: str  # buy | sell
    kind: str  # market | limit | stop
    qty: Decimal
    price: Decimal | None = None
    trigger: Decimal | None = None
    reduce_only: bool = False
    status: str = "NEW"  # NEW PARTIALLY_FILLED FILLED CANCELED EXPIRED REJECTED TRIGGERED
    filled: Decimal = Decimal(0)
    cost: Decimal = Decimal(0)
    fee: Decimal = Decimal(0)
    leverage: int = 1
    created: int = 0
    updated: int = 0
    by_hand: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def avg(self) -> Decimal:
        return self.cost / self.filled if self.filled else Decimal(0)

    @property
    def live(self) -> bool:
        return self.status in ("NEW", "PARTIALLY_FILLED")


def now_ms() -> int:
    return int(time.time() * 1000)


@dataclass(frozen=True)
class Fill:
    """One execution: what a user data stream reports with a TRADE event."""

    qty: Decimal
    price: Decimal
    fee: Decimal
    trade_id: int
    time_ms: int = 0  # when it executed, on the book's clock
    maker: bool = False  # a resting limit order's execution (charged maker_fee_rate)


# listener(order, event, fill): event is NEW, TRADE (with its fill), CANCELED or EXPIRED. It runs
# synchronously inside the change, so it sees the order exactly as the change left it.
OrderListener = Callable[[FakeOrder, str, Fill | None], None]
