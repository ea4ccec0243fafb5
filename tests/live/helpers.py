"""Small builders shared by the live tests."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from config.settings import Settings
from config.trading_config import LiveConfig, RiskConfig
from engine.adapters.ccxt_broker import CcxtBroker
from engine.adapters.ccxt_retry import RetryPolicy
from engine.domain.orders import Order, OrderRole, OrderType
from engine.domain.signal import Signal
from engine.engine import TradingEngine
from tests.fakes.fixtures import live_settings
from tests.fakes.server import FakeExchangeServer

_n = itertools.count(1)

# The clients' HTTP timeout in tests: loopback answers in milliseconds, but a loaded CI machine
# (GC pauses, CPU contention) can stall an ordinary request past a second; none may time out.
CLIENT_TIMEOUT_MS = 15_000
# The timeout of a request a test means to time out (its answer is held by the fake until
# released, so this only bounds how long the test waits for it).
SHORT_TIMEOUT_MS = 1_000


async def no_sleep(_: float) -> None:
    return None


def fast_retry(attempts: int = 4) -> RetryPolicy:
    """Backoff without the waiting, seeded jitter."""
    return RetryPolicy(attempts=attempts, rng=random.Random(1), sleep=no_sleep)


async def make_broker(settings: Settings, *, timeout_ms: int = CLIENT_TIMEOUT_MS) -> CcxtBroker:
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


def live_engine(
    fake: FakeExchangeServer,
    name: str,
    tmp: Path,
    *,
    timeout_ms: int = CLIENT_TIMEOUT_MS,
    live: dict[str, Any] | None = None,
    settings: dict[str, Any] | None = None,
    **risk: Any,
) -> TradingEngine:
    """A live-mode engine on the fake exchange (orders sent unless live={"DRY_RUN_FIRST": True}),
    with reads retried without waiting and a generous HTTP timeout; `settings`: any other
    setting (the Telegram ones, for a front over it). Not started."""
    values = live_settings(
        fake,
        name,
        tmp,
        live=LiveConfig(_env_file=None, **{"DRY_RUN_FIRST": False, **(live or {})}),  # type: ignore[call-arg]
        risk=RiskConfig(_env_file=None, **risk),  # type: ignore[call-arg]
        **(settings or {}),
    )
    eng = TradingEngine(mode="live", settings=values)
    for part in (getattr(eng.broker, "inner", eng.broker), eng.market_data):
        if hasattr(part, "retry"):
            part.retry = fast_retry()
            part.exchange.timeout = timeout_ms
    return eng


def _exchanges(owners: tuple[Any, ...]) -> list[Any]:
    """The ccxt clients of brokers and engines (an engine's broker and market data)."""
    found: list[Any] = []
    for owner in owners:
        parts = [owner]
        if isinstance(owner, TradingEngine):
            parts = [getattr(owner.broker, "inner", owner.broker), owner.market_data]
        for part in parts:
            ex = getattr(part, "exchange", None)
            if ex is not None and all(ex is not seen for seen in found):
                found.append(ex)
    return found


def short_until_held(
    fake: FakeExchangeServer, *owners: Any, n: int = 1, ms: int = SHORT_TIMEOUT_MS
) -> None:
    """The owners' clients time out after `ms` until the fake holds its n-th answer (a fault
    armed just before); then they are back to their own timeout, so the lookups that follow
    are not cut short on a busy machine. The held request keeps the short timeout it was sent
    with (ccxt reads `timeout` when it sends)."""
    clients = _exchanges(owners)
    before = [ex.timeout for ex in clients]
    held = 0

    def on_held(_: Any) -> None:
        nonlocal held
        held += 1
        if held == n:
            for ex, timeout in zip(clients, before, strict=True):
                ex.timeout = timeout
            fake.held_listeners.remove(on_held)

    for ex in clients:
        ex.timeout = ms
    fake.held_listeners.append(on_held)


def time_out_next_creation(
    fake: FakeExchangeServer, *owners: Any, n: int = 1, ms: int = SHORT_TIMEOUT_MS
) -> None:
    """The next n order creations are accepted, and the owners' clients time out waiting for
    the answers (held by the fake); requests after those have the clients' own timeout."""
    fake.timeout_after_accept(n)
    short_until_held(fake, *owners, n=n, ms=ms)


@contextmanager
def outage(fake: FakeExchangeServer, *owners: Any, ms: int = SHORT_TIMEOUT_MS) -> Iterator[None]:
    """Within: every request takes effect but its answer is held past the owners' short
    timeout `ms`. After: the held answers go out (to nobody) and the timeouts are restored."""
    clients = _exchanges(owners)
    before = [ex.timeout for ex in clients]
    for ex in clients:
        ex.timeout = ms
    fake.hang(True)
    try:
        yield
    finally:
        fake.hang(False)
        for ex, timeout in zip(clients, before, strict=True):
            ex.timeout = timeout


def live_signal(**kw: Any) -> Signal:
    """The live tests' signal: BTCUSDT LONG at market, TPs 61,000 / 62,000, stop 59,000, 3x."""
    base: dict[str, Any] = {
        "symbol": "BTCUSDT",
        "side": "LONG",
        "tp": [61000, 62000],
        "sl": 59000,
        "leverage": 3,
    }
    base.update(kw)
    return Signal(**base)


def log_lines(tmp: Path) -> list[dict[str, Any]]:
    """The lines of the one book's trade log under a live_engine's data directory."""
    (path,) = (tmp / "data" / "books").glob("*/trades.jsonl")
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
