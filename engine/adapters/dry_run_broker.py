"""Dry run: every step up to the request is real (markets, sizing, precision); nothing is sent."""

from __future__ import annotations

import json
import logging
from typing import Any

from engine import errors
from engine.adapters.ccxt_broker import CcxtBroker
from engine.domain.market import Market
from engine.domain.orders import Balance, ExchangePosition, Order, OrderStatus, OrderUpdate

log = logging.getLogger("sigcopy.dry_run")


class DryRunBroker:
    """Wraps a CcxtBroker: reads go to the exchange, writes are built exactly and only logged."""

    def __init__(self, inner: CcxtBroker) -> None:
        self.inner = inner
        self.exchange: Any = inner.exchange
        self.manages_stops = inner.manages_stops
        self.requires_stop = inner.requires_stop  # a dry run refuses what live would refuse
        self.trailing_limits = inner.trailing_limits
        self.requests: list[dict[str, Any]] = []  # what would have been sent, in order

    async def startup_warnings(self) -> list[str]:
        """The inner broker's start-up check (reads only)."""
        return await self.inner.startup_warnings()

    async def load_markets(self) -> dict[str, Market]:
        """The exchange's real markets (a public read)."""
        return await self.inner.load_markets()

    async def place_order(self, order: Order, *, read_fill: bool = True) -> OrderUpdate:
        """Build the exact ccxt request (precision, limits) and log it instead of sending it."""
        req = self.inner.build_request(order).to_dict()
        self.requests.append(req)
        log.info("DRY RUN, not sent: create_order %s", json.dumps(req, default=str))
        return OrderUpdate(
            client_id=order.client_id,
            status=OrderStatus.DRY_RUN,
            info={"request": req, "exchange": self.inner.exchange_id},
        )

    async def cancel_order(self, order: Order) -> OrderUpdate:
        """Nothing rests at the exchange in a dry run."""
        log.info("DRY RUN, not sent: cancel_order %s", order.client_id)
        return OrderUpdate(order.client_id, OrderStatus.CANCELED)

    async def fetch_order(self, order: Order) -> OrderUpdate | None:
        """Dry-run orders never reached the exchange."""
        return None

    async def set_leverage(self, market: Market, leverage: int) -> None:
        """Remember the leverage the orders would carry; send nothing."""
        lev = self.inner.note_leverage(market, leverage)
        log.info(
            "DRY RUN, not sent: set_leverage %s x%d %s",
            market.symbol,
            lev,
            self.inner.settings.MARGIN_MODE,
        )

    async def fetch_balance(self) -> Balance | None:
        """The real balance when keys are configured (a read), else the engine's own ledger."""
        try:
            return await self.inner.fetch_balance()
        except errors.BrokerError as exc:
            log.info("dry run without exchange balance: %s", exc)
            return None

    async def fetch_positions(self) -> list[ExchangePosition] | None:
        """A dry run opens no positions, so there is nothing to reconcile."""
        return None

    def on_price(self, symbol: str, price: float) -> list[OrderUpdate]:
        return self.inner.on_price(symbol, price)

    async def poll(self, orders: list[Order]) -> list[OrderUpdate]:
        return []

    def order_stream(self) -> None:
        """A dry run places nothing, so there is nothing to watch."""
        return None

    def restore(self, orders: list[Order]) -> None:
        return None

    async def close(self) -> None:
        await self.inner.close()
