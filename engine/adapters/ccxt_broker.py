"""The live Broker: real orders through ccxt.async_support, on MEXC, Binance USD-M or any ccxt exchange."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, TypeVar

import ccxt.async_support as ccxt

from config.settings import Settings
from engine import errors
from engine.adapters.ccxt_clock import ClockGuard
from engine.adapters.ccxt_errors import (
    RETRYABLE,
    UNCERTAIN,
    error_code,
    is_timestamp_error,
    map_ccxt_error,
)
from engine.adapters.ccxt_exchange import (
    build_exchange,
    exchange_client_id,
    has_credentials,
    listed_max_leverage,
    load_markets_once,
    profile_for,
)
from engine.adapters.ccxt_retry import RetryPolicy, retry_read
from engine.adapters.ccxt_trailing import trailing_params
from engine.adapters.exchange_filters import Outgoing, check_filters
from engine.adapters.order_states import order_status, triggered_order_id
from engine.adapters.position_mode import (
    hedge_params,
    is_mismatch,
    mismatch_error,
    read_hedged,
    switch_to_one_way,
)
from engine.domain.market import Market
from engine.domain.orders import (
    Balance,
    ExchangePosition,
    Order,
    OrderStatus,
    OrderType,
    OrderUpdate,
)
from engine.ports import Clock

log = logging.getLogger("sigcopy.ccxt")
T = TypeVar("T")


@dataclass
class OrderRequest:
    """Exactly what goes to ccxt's create_order (amount in the exchange's units)."""

    symbol: str
    type: str
    side: str
    amount: float
    price: float | None
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "symbol": self.symbol,
            "type": self.type,
            "side": self.side,
            "amount": self.amount,
            "price": self.price,
            "params": dict(self.params),
        }


def _not_found(exc: Exception) -> bool:
    """The exchange does not know the order: Binance -2011 "Unknown order sent" and -2013
    "Order does not exist" (OrderNotFound, or ExchangeError/OperationRejected in ccxt's USD-M
    table), MEXC 2040 "Order does not exist" (a plain ExchangeError in ccxt)."""
    text = str(exc).lower()
    return (
        isinstance(exc, ccxt.OrderNotFound)
        or any(code in text for code in ("2040", "-2011", "-2013"))
        or "order does not exist" in text
        or "unknown order" in text
    )


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


class CcxtBroker:
    """Broker port over a ccxt exchange. Creates are never retried; reads retry with backoff."""

    manages_stops = True
    requires_stop = True  # real money: a position never opens without a stop (stop_policy.py)

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        retry: RetryPolicy | None = None,
        exchange: Any = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.exchange = exchange if exchange is not None else build_exchange(settings)
        self.exchange_id = settings.EXCHANGE.lower()
        self.profile = profile_for(self.exchange_id)
        self.retry = retry or RetryPolicy()
        self.markets: dict[str, Market] = {}
        self._leverage: dict[str, tuple[int, str]] = {}
        self._exchange_ids: dict[str, str] = {}
        self._last_price: dict[str, Decimal] = {}
        self.accepted_at: dict[str, float] = {}  # client id -> monotonic time of the create answer
        self.clock_guard = ClockGuard(self.exchange, self.exchange_id)
        self.hedged = False  # the account's position mode, read with the markets
        # The native trailing stop's callback rate limits (fractions), None: no native one.
        self.trailing_limits = self.profile.trailing_rate
        # Seconds a stop rests before the exchange lets it lapse (MEXC: 7 days); None: never.
        lifetime = self.profile.trigger_lifetime
        self.stop_lifetime_s: float | None = lifetime[2] if lifetime else None

    async def _read(self, call: Callable[[], Awaitable[T]], what: str) -> T:
        """A read: retried on network trouble, resynced once on a timestamp refusal."""
        return await retry_read(lambda: self.clock_guard.call(call), self.retry, what)

    # -- markets -------------------------------------------------------------------------
    async def startup_warnings(self) -> list[str]:
        """What the exchange reports that stops or limits live trading (said at start-up)."""
        from engine.adapters.exchange_check import check_exchange

        return await check_exchange(self)

    async def load_markets(self) -> dict[str, Market]:
        """Load the exchange's markets once (retried on network trouble)."""
        if not self.markets:
            self.markets = await load_markets_once(
                self.exchange, self.settings.MARKET_TYPE, self.retry, self.exchange_id
            )
            await self._leverage_from_tiers()
            await self._read_position_mode()
        return self.markets

    async def _read_position_mode(self) -> None:
        """Hedge or one-way, read once at start (swap accounts with keys, where supported)."""
        ex = self.exchange
        if self.settings.MARKET_TYPE != "swap" or not has_credentials(ex):
            return
        if not ex.has.get("fetchPositionMode"):
            return
        try:
            self.hedged = await self._read(lambda: read_hedged(ex, self.exchange_id), "mode")
        except errors.BrokerError as exc:
            log.warning("%s: position mode not read (%s); one-way assumed", self.exchange_id, exc)

    async def switch_to_one_way(self) -> str:
        """Put the account in one-way mode (refused while a position is open)."""
        return await switch_to_one_way(self)

    async def _leverage_from_tiers(self) -> None:
        """Markets whose listing carries no maximum leverage (Binance USD-M keeps it in its
        leverage brackets, a private endpoint) get it from the exchange's leverage tiers, read
        once at start-up. Without keys, or if the read fails, the cap stays at 125 and the
        exchange's own refusal still guards it."""
        ex = self.exchange
        raw = getattr(ex, "markets", None) or {}
        unknown = [s for s in self.markets if not listed_max_leverage(raw.get(s) or {})]
        if not unknown or not ex.has.get("fetchLeverageTiers") or not has_credentials(ex):
            return
        try:
            tiers = await retry_read(
                lambda: ex.fetch_leverage_tiers(unknown), self.retry, "leverage tiers"
            )
        except (ccxt.BaseError, TypeError, ValueError) as exc:
            log.warning(
                "%s: maximum leverage per market not read (%s); 125 is assumed and the "
                "exchange's own limit still applies",
                self.exchange_id,
                type(exc).__name__,
            )
            return
        for symbol, levels in (tiers or {}).items():
            caps = [int(float(t["maxLeverage"])) for t in levels or () if t.get("maxLeverage")]
            m = self.markets.get(symbol)
            if m is not None and caps:
                self.markets[symbol] = replace(m, max_leverage=max(caps))

    def market(self, symbol: str) -> Market:
        """The Market for an exchange symbol; BadSymbol when the exchange does not list it."""
        m = self.markets.get(symbol)
        if m is None:
            raise errors.BadSymbol(
                f"{self.exchange_id} has no {self.settings.MARKET_TYPE} market {symbol}.",
                "Check the signal's symbol; the bot only trades markets the exchange lists.",
            )
        return m

    def note_price(self, symbol: str, price: float | Decimal) -> None:
        """Remember a recent price (used for the minimum-cost check of market orders)."""
        self._last_price[symbol] = Decimal(str(price))

    # -- building orders -----------------------------------------------------------------
    def client_id(self, order: Order) -> str:
        """The order's client id as sent to this exchange."""
        return exchange_client_id(order.client_id, self.profile.client_id_max_len)

    def build_request(self, order: Order, *, check: bool = True) -> OrderRequest:
        """The exact create_order call for an order: contracts, precision, limits checked."""
        mk = self.market(order.symbol)
        if not mk.api_allowed:
            raise errors.InvalidOrder(
                f"{self.exchange_id} does not allow API trading on {order.symbol} for this account.",
                "Trade it by hand, or use EXCHANGE=binanceusdm (or bybit, okx, bitget).",
            )
        ex = self.exchange
        cm = ex.market(order.symbol)
        contracts = order.amount / mk.contract_size
        try:
            amount_s = ex.amount_to_precision(order.symbol, float(contracts))
            price_s = (
                ex.price_to_precision(order.symbol, float(order.price))
                if order.price is not None
                else None
            )
            trigger_s = (
                ex.price_to_precision(order.symbol, float(order.trigger_price))
                if order.trigger_price is not None
                else None
            )
        except ccxt.BaseError as exc:
            raise map_ccxt_error(
                exc, exchange_id=self.exchange_id, action="order precision"
            ) from exc
        amount = Decimal(amount_s)
        if check:
            check_filters(
                cm,
                Outgoing(
                    symbol=order.symbol,
                    kind=order.type.value,
                    side=order.side,
                    amount=amount,
                    price=_dec(price_s) if order.type == OrderType.LIMIT else None,
                    reduce_only=order.reduce_only,
                    contract_size=mk.contract_size,
                    ref=self._last_price.get(order.symbol) or _dec(trigger_s),
                ),
            )
        params: dict[str, Any] = dict(self.profile.order_extra)
        params[self.profile.client_id_param] = self.client_id(order)
        if order.reduce_only and self.settings.MARKET_TYPE == "swap":
            params["reduceOnly"] = True
        if self.hedged and self.settings.MARKET_TYPE == "swap":
            hedge_params(self.profile.states, order.side, order.reduce_only, params)
        if self.profile.leverage_in_order and self.settings.MARKET_TYPE == "swap":
            params["marginMode"] = self.settings.MARGIN_MODE
            params["leverage"] = self._leverage.get(order.symbol, (1, ""))[0]
        otype = "limit" if order.type == OrderType.LIMIT else "market"
        if order.type == OrderType.TRAILING:
            params |= trailing_params(
                order.trail_rate, trigger_s, self.trailing_limits, self.exchange_id
            )
        elif order.type == OrderType.STOP:
            if trigger_s is None:
                raise errors.InvalidOrder(f"stop order {order.client_id} has no trigger price.")
            params[self.profile.trigger_param] = float(trigger_s)
            if self.profile.trigger_lifetime is not None:
                name, value, _ = self.profile.trigger_lifetime
                params[name] = value
            if self.profile.mexc_trigger_type:
                # 1: fire when price >= trigger (buy stop), 2: when price <= trigger (sell stop)
                params["triggerType"] = 1 if order.side == "buy" else 2
        return OrderRequest(
            symbol=order.symbol,
            type=otype,
            side=order.side,
            amount=float(amount_s),
            price=float(price_s) if (price_s is not None and otype == "limit") else None,
            params=params,
        )

    # -- orders --------------------------------------------------------------------------
    async def place_order(self, order: Order, *, read_fill: bool = True) -> OrderUpdate:
        """Send one order. On a timeout it is looked up by client id, never sent again."""
        return await self._place(order, read_fill, clock_retry=True)

    async def _place(self, order: Order, read_fill: bool, clock_retry: bool) -> OrderUpdate:
        req = self.build_request(order)
        if self._is_trigger(order) and self.profile.trigger_lifetime is not None:
            # The exchange's lifetime starts when it receives the order, after now: the expiry
            # recorded is never later than the real one.
            order.expires_at = self._now() + self.profile.trigger_lifetime[2]
        try:
            raw = await self.exchange.create_order(
                req.symbol, req.type, req.side, req.amount, req.price, req.params
            )
        except ccxt.InvalidNonce as exc:  # a NetworkError in ccxt, yet certainly refused
            return await self._after_clock_refusal(order, read_fill, clock_retry, exc)
        except UNCERTAIN as exc:
            log.warning(
                "create %s %s: %s; looking it up before anything else",
                order.client_id,
                order.symbol,
                type(exc).__name__,
            )
            found = await self._lookup_quietly(order)
            if found is not None:
                return found
            raise map_ccxt_error(exc, exchange_id=self.exchange_id, action="create order") from exc
        except ccxt.BaseError as exc:
            if is_timestamp_error(exc):
                return await self._after_clock_refusal(order, read_fill, clock_retry, exc)
            if is_mismatch(exc, self.exchange_id):
                raise mismatch_error(exc, self.exchange_id, self.hedged) from exc
            raise map_ccxt_error(exc, exchange_id=self.exchange_id, action="create order") from exc
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            # ccxt choked on an answer that is not the API's JSON (a proxy's page, say): the
            # order may or may not exist, so it is looked up, like after a timeout.
            log.warning("create %s: unreadable answer (%s)", order.client_id, type(exc).__name__)
            found = await self._lookup_quietly(order)
            if found is not None:
                return found
            raise errors.NetworkTrouble(
                f"{self.exchange_id} answered the order with something that is not its API's "
                "JSON, and the order is not on the exchange afterwards: nothing was placed.",
                "Check the exchange status page (or your EXCHANGE_API_BASE_URL proxy) and retry.",
            ) from exc
        self.accepted_at[order.client_id] = time.perf_counter()
        update = self._to_update(order, raw)
        if update.exchange_id:
            self._exchange_ids[order.client_id] = update.exchange_id
        if (
            update.status == OrderStatus.OPEN
            and update.filled == 0
            and not self.profile.fill_in_create_response
            and self._fills_on_arrival(order)
        ):
            # The create answer carries no fill (MEXC): read the order once for its fill,
            # unless the caller reads it itself, alongside other orders.
            if not read_fill:
                update.info["fill_unknown"] = True
                return update
            fetched = await self._lookup_quietly(order)
            if fetched is not None:
                return fetched
        return update

    async def _after_clock_refusal(
        self, order: Order, read_fill: bool, clock_retry: bool, exc: ccxt.BaseError
    ) -> OrderUpdate:
        """A create refused for its timestamp: resync; sent once more only if a lookup by
        client id shows it is not on the exchange."""
        offset = await self.clock_guard.resync()
        if not clock_retry:
            raise self.clock_guard.skew_error(offset) from exc
        found = await self._lookup_quietly(order)
        if found is not None:
            return found
        return await self._place(order, read_fill, clock_retry=False)

    def _now(self) -> float:
        return self.clock.time() if self.clock is not None else time.time()

    def _fills_on_arrival(self, order: Order) -> bool:
        """True when an order may have filled as it arrived: a market order, or a limit order at
        or through the last known price (a take-profit placed after the price passed it, say a
        restart's late entry fills). Unknown price: assume it may have."""
        if order.type == OrderType.MARKET:
            return True
        if order.type != OrderType.LIMIT:
            return False
        last = self._last_price.get(order.symbol)
        if order.price is None or last is None:
            return True
        return order.price >= last if order.side == "buy" else order.price <= last

    async def cancel_order(self, order: Order) -> OrderUpdate:
        """Cancel; returns the final state (it may have filled meanwhile)."""
        eid = order.exchange_id or self._exchange_ids.get(order.client_id)
        if eid is None:
            found = await self.fetch_order(order)
            if found is None:
                return OrderUpdate(order.client_id, OrderStatus.CANCELED, error="never reached")
            if found.status.is_final:
                return found
            eid = found.exchange_id
        params = {"trigger": True} if self._is_trigger(order) else {}
        uncertain: ccxt.BaseError | None = None  # the cancel may or may not have arrived
        unknown: ccxt.BaseError | None = None  # the exchange said it does not know the order
        try:
            await self.clock_guard.call(
                lambda: self.exchange.cancel_order(eid, order.symbol, params)
            )
        except ccxt.BaseError as exc:
            if _not_found(exc):
                unknown = exc  # Binance -2011/-2013, MEXC 2040: looked up before taken for gone
            elif isinstance(exc, ccxt.InvalidOrder) or error_code(exc) == "2041":
                pass  # already final (MEXC 2041 "Order state cannot be cancelled"): read it below
            elif isinstance(exc, RETRYABLE):
                uncertain = exc  # unknown: read its state below
            else:
                raise map_ccxt_error(
                    exc, exchange_id=self.exchange_id, action="cancel order"
                ) from exc
        try:
            state = await self._read(lambda: self._fetch_state(order, eid), "cancel")
        except ccxt.BaseError as exc:
            raise map_ccxt_error(exc, exchange_id=self.exchange_id, action="cancel order") from exc
        if state is None:
            return OrderUpdate(order.client_id, OrderStatus.CANCELED, exchange_id=eid)
        if state.status == OrderStatus.OPEN:
            doubt = uncertain or unknown
            if doubt is not None:
                # The cancel may not have arrived, or the exchange denied an order that its own
                # lookup still shows resting: it stays live, to be cancelled again.
                raise map_ccxt_error(
                    doubt, exchange_id=self.exchange_id, action="cancel order"
                ) from doubt
            state.status = OrderStatus.CANCELED  # cancel accepted, history not yet updated
        return state

    async def fetch_order(self, order: Order) -> OrderUpdate | None:
        """Look an order up by its client id; None when the exchange never received it."""
        try:
            return await self._read(lambda: self._find(order), "fetch_order")
        except ccxt.BaseError as exc:
            raise map_ccxt_error(exc, exchange_id=self.exchange_id, action="look up order") from exc

    async def poll(self, orders: list[Order]) -> list[OrderUpdate]:
        """Current state of live orders, read in parallel; only those that changed."""
        live = [o for o in orders if o.is_live]

        async def one(o: Order) -> OrderUpdate | None:
            eid = o.exchange_id or self._exchange_ids.get(o.client_id)
            try:
                upd = await self._read(lambda: self._fetch_state(o, eid), "poll")
            except ccxt.BaseError as exc:
                log.warning("poll %s failed: %s", o.client_id, map_ccxt_error(exc))
                return None
            if upd is None and o.status == OrderStatus.OPEN:
                # Acknowledged once, denied now: the exchange no longer has it.
                return OrderUpdate(
                    o.client_id,
                    OrderStatus.CANCELED,
                    filled=o.filled,
                    avg_price=o.avg_price,
                    fee=o.fee,
                    exchange_id=eid,
                    error="the exchange no longer knows this order",
                )
            return upd

        results = await asyncio.gather(*(one(o) for o in live))
        out: list[OrderUpdate] = []
        for o, upd in zip(live, results, strict=True):
            if upd is None:
                continue
            if upd.status != o.status or upd.filled != o.filled or _learns_expiry(o, upd):
                out.append(upd)
        return out

    def _is_trigger(self, order: Order) -> bool:
        return order.type in (OrderType.STOP, OrderType.TRAILING)

    async def _lookup_quietly(self, order: Order) -> OrderUpdate | None:
        try:
            return await self.fetch_order(order)
        except errors.BrokerError as exc:
            log.warning("lookup of %s failed: %s", order.client_id, exc)
            return None

    async def _find(self, order: Order) -> OrderUpdate | None:
        """One lookup by client id (raises ccxt errors; the caller retries)."""
        cid = self.client_id(order)
        style = self.profile.stop_lookup if self._is_trigger(order) else self.profile.lookup
        ex = self.exchange
        raw: Any = None
        if style == "ccxt":
            params: dict[str, Any] = {"clientOrderId": cid}
            if self._is_trigger(order):
                params["trigger"] = True
            try:
                raw = await ex.fetch_order(None, order.symbol, params)
            except ccxt.OrderNotFound:
                raw = None
        elif style == "mexc_external":
            mid = ex.market(order.symbol)["id"]
            try:
                resp = await ex.contractPrivateGetOrderExternalSymbolExternalOid(
                    {"symbol": mid, "external_oid": cid}
                )
            except ccxt.ExchangeError as exc:
                if not _not_found(exc):
                    raise
                resp = None
            data = (resp or {}).get("data")
            raw = ex.parse_order(data, ex.market(order.symbol)) if data else None
        else:
            raw = await self._scan(order, cid)
        if raw is None:
            return None
        update = await self._update_of(order, raw)
        if update.exchange_id:
            self._exchange_ids[order.client_id] = update.exchange_id
        return update

    async def _update_of(self, order: Order, raw: dict[str, Any]) -> OrderUpdate:
        """The update for a fetched order; for a triggered stop, what its actual order filled
        (Binance: a trigger that found nothing to reduce is FINISHED with nothing filled)."""
        actual_id = triggered_order_id(raw, self.profile.states)
        if actual_id is None:
            return self._to_update(order, raw)
        try:
            actual = await self.exchange.fetch_order(actual_id, order.symbol)
        except ccxt.OrderNotFound:
            return self._to_update(order, raw)
        update = self._to_update(order, actual, actual=True)
        update.exchange_id = str(raw["id"]) if raw.get("id") is not None else update.exchange_id
        return update

    async def _scan(self, order: Order, cid: str) -> dict[str, Any] | None:
        """Find an order in open and recent orders: by client id, else by its exact fields."""
        ex = self.exchange
        trig = self._is_trigger(order)
        open_params: dict[str, Any] = {"trigger": True} if trig else {}
        hist_params: dict[str, Any] = (
            {"method": "contractPrivateGetPlanorderListOrders"}
            if (trig and self.profile.mexc_trigger_type)
            else {}
        )
        candidates = list(await ex.fetch_open_orders(order.symbol, None, None, open_params))
        try:
            candidates += await ex.fetch_orders(order.symbol, None, None, hist_params)
        except ccxt.NotSupported:
            pass
        eid = order.exchange_id or self._exchange_ids.get(order.client_id)
        if eid is not None:
            # Known by its id (MEXC trigger orders carry no client id): that one, or gone.
            return next((c for c in candidates if str(c.get("id")) == eid), None)
        req = self.build_request(order, check=False)
        for c in candidates:
            info = c.get("info") or {}
            if c.get("clientOrderId") == cid or info.get("externalOid") == cid:
                return c
        # Two identical stops (two trades on one symbol, or a stop and its renewal) look alike:
        # an order already known to be another client id's is never taken for this one, and
        # the newest is taken first (a renewal is always newer than the stop it replaces).
        claimed = {e for k, e in self._exchange_ids.items() if k != order.client_id}
        candidates.sort(key=lambda c: c.get("timestamp") or 0, reverse=True)
        for c in candidates:
            if str(c.get("id")) in claimed:
                continue
            info = c.get("info") or {}
            trig_price = c.get("triggerPrice") or info.get("triggerPrice")
            same = (
                float(c.get("amount") or 0) == req.amount
                and (
                    not trig or float(trig_price or 0) == req.params.get(self.profile.trigger_param)
                )
                and (trig or c.get("side") == order.side)
                and (c.get("timestamp") or 0) >= order.created_at * 1000 - 60_000
            )
            if same:
                return c
        return None

    async def _fetch_state(self, order: Order, eid: str | None) -> OrderUpdate | None:
        """The order's state by exchange id (or by client id when the id is unknown)."""
        if eid is None:
            return await self._find(order)
        ex = self.exchange
        if self._is_trigger(order) and self.profile.stop_lookup == "scan":
            return await self._find(order)
        params = {"trigger": True} if self._is_trigger(order) else {}
        try:
            raw = await ex.fetch_order(eid, order.symbol, params)
        except ccxt.ExchangeError as exc:
            if not _not_found(exc):
                raise
            # Binance -2013 "Order does not exist" (and MEXC's 2040) also answer an order not yet
            # visible by id: it is looked up by client id before it is taken for gone.
            return await self._find(order)
        return await self._update_of(order, raw)

    def _to_update(self, order: Order, raw: dict[str, Any], actual: bool = False) -> OrderUpdate:
        """A ccxt order structure as an OrderUpdate in base units (actual: the order a triggered
        stop placed, read for its fill)."""
        mk = self.markets.get(order.symbol)
        csize = mk.contract_size if mk else Decimal(1)
        info = raw.get("info") or {}
        status = order_status(raw, self.profile.states, self._is_trigger(order) and not actual)
        filled = (_dec(raw.get("filled")) or Decimal(0)) * csize
        avg = _dec(raw.get("average"))
        if self._is_trigger(order) and status == OrderStatus.FILLED and not (filled and avg):
            # Triggered stop: the exchange reports the trigger, not always the market fill behind
            # it (Binance's algo update carries it as aq/ap; MEXC's plan order not at all).
            filled = filled or (_dec(info.get("aq")) or Decimal(0)) * csize or order.amount
            avg = avg or _dec(info.get("actualPrice")) or order.trigger_price
        fee_cost = Decimal(0)
        fee = raw.get("fee")
        if isinstance(fee, dict) and fee.get("cost") is not None:
            fee_cost = Decimal(str(fee["cost"]))
        elif filled > 0 and avg and mk is not None:
            # The answer carries no fee (Binance futures orders): book the market's own rate
            # rather than nothing, so PnL is not flattered.
            rate = mk.maker_fee if order.type == OrderType.LIMIT else mk.taker_fee
            fee_cost = filled * avg * (rate or Decimal(0))
        if status == OrderStatus.OPEN and filled >= order.amount > 0:
            status = OrderStatus.FILLED
        ts = raw.get("lastUpdateTimestamp") or raw.get("timestamp")
        expires = None
        lifetime = self.profile.trigger_lifetime
        if lifetime is not None and self._is_trigger(order) and not actual and raw.get("timestamp"):
            # Its lifetime runs from its creation at the exchange (MEXC: executeCycle), which
            # the exchange reports: a stop read back gets the expiry it really has.
            expires = raw["timestamp"] / 1000 + lifetime[2]
        return OrderUpdate(
            client_id=order.client_id,
            status=status,
            filled=filled,
            avg_price=avg if filled > 0 else None,
            fee=abs(fee_cost),
            exchange_id=str(raw["id"]) if raw.get("id") is not None else None,
            timestamp=ts / 1000 if ts else None,
            is_maker=order.type == OrderType.LIMIT,
            info={"status": raw.get("status")},
            expires_at=expires,
        )

    # -- account -------------------------------------------------------------------------
    def note_leverage(self, market: Market, leverage: int) -> int:
        """Remember the leverage orders carry without sending it (dry run); returns it capped."""
        lev = max(1, min(int(leverage), market.max_leverage))
        self._leverage[market.symbol] = (lev, self.settings.MARGIN_MODE)
        return lev

    async def set_leverage(self, market: Market, leverage: int) -> None:
        """Leverage and margin mode for a market, capped at its maximum; cached per symbol."""
        if self.settings.MARKET_TYPE != "swap":
            return
        lev = max(1, min(int(leverage), market.max_leverage))
        mode = self.settings.MARGIN_MODE
        if self._leverage.get(market.symbol) == (lev, mode):
            return
        ex, sym = self.exchange, market.symbol
        calls: list[Any]
        if self.profile.leverage_style == "mexc":
            open_type = 1 if mode == "isolated" else 2
            calls = [
                ex.set_leverage(lev, sym, {"openType": open_type, "positionType": pt})
                for pt in (1, 2)
            ]
        elif self.profile.leverage_style == "binance":
            calls = [self._set_margin_mode(mode, sym), ex.set_leverage(lev, sym)]
        else:
            calls = [ex.set_leverage(lev, sym, {"marginMode": mode})]
            if ex.has.get("setMarginMode"):
                calls.insert(0, self._set_margin_mode(mode, sym))
        try:
            await asyncio.gather(*calls)
        except ccxt.BaseError as exc:
            raise map_ccxt_error(exc, exchange_id=self.exchange_id, action="set leverage") from exc
        self._leverage[sym] = (lev, mode)

    async def _set_margin_mode(self, mode: str, symbol: str) -> None:
        try:
            await self.exchange.set_margin_mode(mode, symbol)
        except (ccxt.MarginModeAlreadySet, ccxt.NoChange):
            pass

    async def fetch_balance(self) -> Balance | None:
        """Equity and free margin of the quote currency (USDT), from the exchange."""
        if not has_credentials(self.exchange):
            raise errors.AuthenticationError(
                f"No API key configured for {self.exchange_id}.",
                "Set the exchange API key and secret in .env (trade permission, no withdrawal).",
            )
        try:
            bal = await self._read(self._balance_once, "balance")
        except ccxt.BaseError as exc:
            raise map_ccxt_error(exc, exchange_id=self.exchange_id, action="fetch balance") from exc
        usdt = bal.get("USDT") or {}
        total = _dec(usdt.get("total")) or Decimal(0)
        if self.profile.equity_key:
            # ccxt's total leaves out position margin on some exchanges (MEXC contract)
            for entry in (bal.get("info") or {}).get("data") or []:
                if isinstance(entry, dict) and entry.get("currency") == "USDT":
                    total = _dec(entry.get(self.profile.equity_key)) or total
        free = _dec(usdt.get("free")) or Decimal(0)
        return Balance(equity=total, free=free)

    async def _balance_once(self) -> dict[str, Any]:
        bal: dict[str, Any] = await self.exchange.fetch_balance()
        if not isinstance(bal.get("info"), dict | list):
            # A proxy's error page parsed as an empty balance: treat it as network trouble.
            raise ccxt.NetworkError(f"{self.exchange_id} answered the balance request with garbage")
        return bal

    async def fetch_positions(self) -> list[ExchangePosition] | None:
        """Open positions in base units (None for spot, which has no positions)."""
        if self.settings.MARKET_TYPE != "swap":
            return None
        try:
            raw = await self._read(lambda: self.exchange.fetch_positions(), "positions")
        except ccxt.BaseError as exc:
            raise map_ccxt_error(
                exc, exchange_id=self.exchange_id, action="fetch positions"
            ) from exc
        out: list[ExchangePosition] = []
        for p in raw:
            contracts = _dec(p.get("contracts")) or Decimal(0)
            if contracts == 0:
                continue
            sym = str(p.get("symbol"))
            mk = self.markets.get(sym)
            csize = mk.contract_size if mk else _dec(p.get("contractSize")) or Decimal(1)
            side = "LONG" if str(p.get("side")).lower() == "long" else "SHORT"
            out.append(
                ExchangePosition(sym, side, abs(contracts) * csize, _dec(p.get("entryPrice")))
            )
        return out

    async def fetch_price(self, symbol: str) -> Decimal | None:
        """Last traded price (retried read)."""
        try:
            t = await self._read(lambda: self.exchange.fetch_ticker(symbol), "ticker")
        except ccxt.BaseError as exc:
            raise map_ccxt_error(exc, exchange_id=self.exchange_id, action="fetch price") from exc
        price = _dec(t.get("last") or t.get("close"))
        if price is not None:
            self._last_price[symbol] = price
        return price

    def on_price(self, symbol: str, price: float) -> list[OrderUpdate]:
        """Real exchanges match orders themselves; the price only feeds the min-cost check."""
        self._last_price[symbol] = Decimal(str(price))
        return []

    def order_stream(self) -> Any:
        """The websocket order stream (ccxt.pro watch_orders), or None where updates are polled."""
        from engine.adapters.ccxt_stream import open_order_stream

        return open_order_stream(self)

    def restore(self, orders: list[Order]) -> None:
        """After a restart: remember the exchange ids of resting orders."""
        for o in orders:
            if o.exchange_id:
                self._exchange_ids[o.client_id] = o.exchange_id

    async def close(self) -> None:
        """Close the HTTP session."""
        await self.exchange.close()


def _learns_expiry(o: Order, upd: OrderUpdate) -> bool:
    """True when a read tells a stop's expiry that was never recorded."""
    return o.expires_at is None and upd.expires_at is not None
