"""Small builders shared by the live tests."""

from __future__ import annotations

import itertools
import random
from decimal import Decimal

from config.settings import Settings
from engine.adapters.ccxt_broker import CcxtBroker
from engine.adapters.ccxt_retry import RetryPolicy
from engine.domain.orders import Order, OrderRole, OrderType

_n = itertools.count(1)


async def no_sleep(_: float) -> None:
    return None


def fast_retry(attempts: int = 4) -> RetryPolicy:
    """Backoff without the waiting, seeded jitter."""
    return RetryPolicy(attempts=attempts, rng=random.Random(1), sleep=no_sleep)


async def make_broker(settings: Settings, *, timeout_ms: int = 1000) -> CcxtBroker:
    broker = CcxtBroker(settings, retry=fast_retry())
    broker.exchange.timeout = timeout_ms
    await broker.load_markets()
    return broker


def order(
    kind: str,
    side: str = "buy",
    amount: str = "0.01",
    *,
    symbol: str = "BTC/USDT:USDT",
    price: str | None = None,
    trigger: str | None = None,
    reduce_only: bool = False,
) -> Order:
    """An Order as the engine builds it (base units, a client id from signal and leg)."""
    n = next(_n)
    otype = {"market": OrderType.MARKET, "limit": OrderType.LIMIT, "stop": OrderType.STOP}[kind]
    role = {"market": OrderRole.ENTRY, "limit": OrderRole.ENTRY, "stop": OrderRole.STOP_LOSS}[kind]
    if reduce_only and kind == "limit":
        role = OrderRole.TAKE_PROFIT
    return Order(
        client_id=f"sig{n}-{role.value}-0",
        trade_id=f"sig{n}",
        symbol=symbol,
        side=side,
        type=otype,
        role=role,
        amount=Decimal(amount),
        price=Decimal(price) if price else None,
        trigger_price=Decimal(trigger) if trigger else None,
        reduce_only=reduce_only,
    )
