"""Simulated broker for paper and backtest: fills with fees and slippage at real or replayed prices."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from engine.domain.market import D, Market
from engine.domain.orders import (
    NO_UPDATES,
    Balance,
    ExchangePosition,
    Order,
    OrderStatus,
    OrderType,
    OrderUpdate,
)

INF = math.inf
# Enum members read on every order, bound once (an enum class's attribute costs ~70 ns).
_MARKET, _STOP = OrderType.MARKET, OrderType.STOP
_OPEN, _FILLED = OrderStatus.OPEN, OrderStatus.FILLED


class SimulatedBroker:
    """Market orders fill at the last price plus slippage against the trader (taker fee).

    Limit orders that cross the market on arrival fill at once as taker, capped at the limit;
    otherwise they rest and fill at their limit price (maker fee) when a tick crosses them.
    Stop orders trigger when a tick reaches the trigger and fill at that tick plus slippage.
    """

    exchange = None
    manages_stops = True
    instant = True  # answers without I/O: nothing to gain from sending orders concurrently

    def __init__(
        self,
        markets: dict[str, Market] | None = None,
        *,
        taker_fee: float | None = None,
        maker_fee: float | None = None,
        slippage_bps: float = 5.0,
        clock: object = None,
    ) -> None:
        self._markets: dict[str, Market] = dict(markets or {})
        self._taker = D(taker_fee) if taker_fee is not None else None
        self._maker = D(maker_fee) if maker_fee is not None else None
        slip = D(slippage_bps) / Decimal(10000)
        self._up, self._down = 1 + slip, 1 - slip  # a buy's and a sell's price factor
        self._clock = clock
        self.last: dict[str, float] = {}
        # Per symbol, per client id: the resting order with its level as a float and whether it
        # fires at or below it (worked out once, when it starts resting: ticks compare floats).
        self._resting: dict[str, dict[str, tuple[Order, float, bool]]] = {}
        # Per symbol: a tick strictly between lo and hi can trigger nothing (the hot path's exit).
        # Changed in place, never replaced: the protector reads it for its levels.
        self.bands: dict[str, tuple[float, float]] = {}

    # -- fees and prices -------------------------------------------------------------------------
    def fee_rate(self, market: Market, taker: bool) -> Decimal:
        """Configured rate, else the market's own, else 0.06 % taker / 0.02 % maker."""
        if taker:
            if self._taker is not None:
                return self._taker
            return market.taker_fee if market.taker_fee is not None else Decimal("0.0006")
        if self._maker is not None:
            return self._maker
        return market.maker_fee if market.maker_fee is not None else Decimal("0.0002")

    def _slipped(self, market: Market, side: str, price: Decimal) -> Decimal:
        if side == "buy":
            p = price * self._up
            step = market.price_step
            return (p / step).to_integral_value(rounding=ROUND_CEILING) * step
        p = price * self._down
        step = market.price_step
        return (p / step).to_integral_value(rounding=ROUND_FLOOR) * step

    def _market(self, symbol: str) -> Market:
        return self._markets[symbol]

    def set_markets(self, markets: dict[str, Market]) -> None:
        """The markets orders may name (the engine hands over what it loaded)."""
        self._markets = dict(markets)

    def _filled(
        self, order: Order, price: Decimal, taker: bool, market: Market | None = None
    ) -> OrderUpdate:
        if market is None:
            market = self._markets[order.symbol]
        fee = price * order.amount * self.fee_rate(market, taker)
        clock = self._clock
        return OrderUpdate(
            client_id=order.client_id,
            status=_FILLED,
            filled=order.amount,
            avg_price=price,
            fee=fee,
            exchange_id=order.exchange_id or f"sim-{order.client_id}",
            timestamp=clock.time() if clock is not None else None,  # type: ignore[attr-defined]
            is_maker=not taker,
        )

    # -- Broker port -----------------------------------------------------------------------------
    async def load_markets(self) -> dict[str, Market]:
        """The markets given at construction."""
        return self._markets

    async def place_order(self, order: Order, *, read_fill: bool = True) -> OrderUpdate:
        """Fill or rest the order."""
        return self.place_now(order)

    async def cancel_order(self, order: Order) -> OrderUpdate:
        """Remove a resting order."""
        return self.cancel_now(order)

    def place_now(self, order: Order) -> OrderUpdate:
        """Fill or rest the order: the answer at once (AnswersAtOnce)."""
        order.exchange_id = order.exchange_id or f"sim-{order.client_id}"
        last = self.last.get(order.symbol)
        if order.type == _MARKET:
            if last is None:
                return OrderUpdate(order.client_id, OrderStatus.REJECTED, error="no price yet")
            market = self._markets[order.symbol]
            return self._filled(order, self._slipped(market, order.side, D(last)), True, market)
        level, below = self._level(order)
        if last is not None and (last <= level if below else last >= level):
            return self._execute(order, last)
        self._rest(order, level, below)
        return OrderUpdate(order.client_id, _OPEN, exchange_id=order.exchange_id)

    def cancel_now(self, order: Order) -> OrderUpdate:
        """Remove a resting order: the answer at once (AnswersAtOnce)."""
        book = self._resting.get(order.symbol, {})
        if book.pop(order.client_id, None) is not None:
            self._rebuild_band(order.symbol)
        return OrderUpdate(
            order.client_id,
            OrderStatus.CANCELED,
            filled=order.filled,
            avg_price=order.avg_price,
            fee=order.fee,
            exchange_id=order.exchange_id,
        )

    async def fetch_order(self, order: Order) -> OrderUpdate | None:
        """Only orders this process has seen exist; the store restores the rest."""
        if order.client_id in self._resting.get(order.symbol, {}):
            return OrderUpdate(order.client_id, OrderStatus.OPEN, exchange_id=order.exchange_id)
        return None

    async def set_leverage(self, market: Market, leverage: int) -> None:
        """Nothing to do in simulation."""

    async def fetch_balance(self) -> Balance | None:
        """The engine keeps the ledger."""
        return None

    async def fetch_positions(self) -> list[ExchangePosition] | None:
        """No separate view of positions."""
        return None

    async def poll(self, orders: list[Order]) -> list[OrderUpdate]:
        """Fills arrive through on_price."""
        return []

    def restore(self, orders: list[Order]) -> None:
        """Put resting orders back after a restart."""
        for o in orders:
            if o.status == OrderStatus.OPEN and o.type != OrderType.MARKET:
                self._rest(o)

    async def close(self) -> None:
        """Nothing to release."""

    # -- matching --------------------------------------------------------------------------------
    def _rest(self, order: Order, level: float | None = None, below: bool = False) -> None:
        if level is None:
            level, below = self._level(order)
        self._resting.setdefault(order.symbol, {})[order.client_id] = (order, level, below)
        # One more level narrows the band (no need to look at the others again).
        lo, hi = self.bands.get(order.symbol, (-INF, INF))
        self.bands[order.symbol] = (max(lo, level), hi) if below else (lo, min(hi, level))

    def _level(self, order: Order) -> tuple[float, bool]:
        """(price, fires_when_price_at_or_below)."""
        if order.type == _STOP:
            return float(order.trigger_price or 0), order.side == "sell"
        return float(order.price or 0), order.side == "buy"

    def _rebuild_band(self, symbol: str) -> None:
        lo, hi = -INF, INF
        for _, level, below in self._resting.get(symbol, {}).values():
            if below:
                lo = max(lo, level)
            else:
                hi = min(hi, level)
        self.bands[symbol] = (lo, hi)

    def _execute(self, order: Order, price: float) -> OrderUpdate:
        market = self._market(order.symbol)
        p = D(price)
        if order.type == OrderType.STOP:
            return self._filled(order, self._slipped(market, order.side, p), True)
        limit = order.price or p
        if order.client_id in self._resting.get(order.symbol, {}):
            return self._filled(order, limit, False)  # resting: fills at its own price, maker
        fill = (
            min(limit, self._slipped(market, "buy", p))
            if order.side == "buy"
            else max(limit, self._slipped(market, "sell", p))
        )
        return self._filled(order, fill, True)

    def band(self, symbol: str) -> tuple[float, float]:
        """(lo, hi): a tick strictly between them fills nothing."""
        return self.bands.get(symbol, (-INF, INF))

    def on_price(self, symbol: str, price: float) -> Sequence[OrderUpdate]:
        """Record the tick and fill every resting order it reaches."""
        self.last[symbol] = price
        band = self.bands.get(symbol)
        if band is None or band[0] < price < band[1]:
            return NO_UPDATES  # (shared: a quiet tick, a backtest's every bar, builds nothing)
        return self._fill_reached(symbol, price)

    def _fill_reached(self, symbol: str, price: float) -> list[OrderUpdate]:
        # (Apart from on_price: its comprehensions' closures would make on_price build two
        # cells on every tick, quiet ones included.)
        book = self._resting[symbol]
        hits = [
            o for o, level, below in book.values() if (price <= level if below else price >= level)
        ]
        # Stops first: when one tick reaches both, the pessimistic outcome is the stop.
        hits.sort(key=lambda o: o.type != OrderType.STOP)
        updates = [self._execute(o, price) for o in hits]
        for o in hits:
            del book[o.client_id]
        self._rebuild_band(symbol)
        return updates
