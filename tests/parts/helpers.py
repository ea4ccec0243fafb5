"""Fakes of a book's neighbours: a scripted broker that records what the store held at each
send, and a memory store that can fail on a given commit."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from config.trading_config import RiskConfig
from engine.adapters.kill_switch import FileKillSwitch
from engine.adapters.memory_store import MemoryStore
from engine.adapters.trade_log import MemoryTradeLog
from engine.clock import SimulatedClock
from engine.core.book import Book, build_book
from engine.domain.market import BUILTIN_MARKETS, MarketCatalog
from engine.domain.orders import Order, OrderStatus, OrderUpdate
from engine.errors import StoreError


class FlakyStore(MemoryStore):
    """A memory store whose commit number `fail_at` (1-based) fails."""

    def __init__(self, fail_at: int | None = None) -> None:
        super().__init__()
        self.fail_at = fail_at
        self.commits = 0

    async def flush(self) -> None:
        self.commits += 1
        if self.commits == self.fail_at:
            raise StoreError("disk full", "free some space")
        await super().flush()


class ScriptedBroker:
    """Answers each order with the next scripted status (default: filled at 100); notes the
    order's stored status at the moment it was sent."""

    exchange = None
    manages_stops = True
    instant = False

    def __init__(self, store: MemoryStore) -> None:
        self.store = store
        self.sent: list[tuple[str, str | None]] = []  # (client id, status in the store)
        self.script: list[Any] = []
        self.cancelled: list[str] = []
        self.calls: list[tuple[str, str]] = []  # ("place" | "cancel", client id), in order

    async def load_markets(self) -> dict[str, Any]:
        return {}

    async def place_order(self, order: Order, *, read_fill: bool = True) -> OrderUpdate:
        row = self.store.tables["order"].get(order.client_id)
        self.sent.append((order.client_id, row[0] if row else None))
        self.calls.append(("place", order.client_id))
        step = self.script.pop(0) if self.script else "fill"
        if isinstance(step, Exception):
            raise step
        if step == "fill" and order.type.value == "market":
            return OrderUpdate(
                order.client_id, OrderStatus.FILLED, order.amount, Decimal(100), Decimal(0)
            )
        return OrderUpdate(order.client_id, OrderStatus.OPEN, exchange_id=f"x{len(self.sent)}")

    async def cancel_order(self, order: Order) -> OrderUpdate:
        self.cancelled.append(order.client_id)
        self.calls.append(("cancel", order.client_id))
        return OrderUpdate(order.client_id, OrderStatus.CANCELED, order.filled, order.avg_price)

    async def fetch_order(self, order: Order) -> OrderUpdate | None:
        return None

    async def set_leverage(self, market: Any, leverage: int) -> None:
        return None

    async def fetch_balance(self) -> None:
        return None

    async def fetch_positions(self) -> None:
        return None

    def on_price(self, symbol: str, price: float) -> list[OrderUpdate]:
        return []

    async def poll(self, orders: list[Order]) -> list[OrderUpdate]:
        return []

    def restore(self, orders: list[Order]) -> None:
        return None

    async def close(self) -> None:
        return None


def make_book(
    tmp_path: Any, store: MemoryStore | None = None, **risk: Any
) -> tuple[Book, ScriptedBroker]:
    """One book over a scripted broker and a memory store, prices fixed at 100."""
    store = store or MemoryStore()
    broker = ScriptedBroker(store)
    catalog = MarketCatalog(BUILTIN_MARKETS)
    cfg = RiskConfig(**risk)

    async def price(_s: str) -> float:
        return 100.0

    book = build_book(
        "test",
        store=store,
        trade_log=MemoryTradeLog(),
        broker=broker,  # type: ignore[arg-type]
        kill_switch=FileKillSwitch(tmp_path / "STOP"),
        clock=SimulatedClock(),
        risk=cfg,
        resolve=catalog.resolve,
        price_of=price,
        venue="test",
        log_mode="paper",
    )
    return book, broker
