"""The live Broker: real orders through ccxt.async_support, on MEXC, Binance USD-M or any ccxt exchange."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any, TypeVar

import ccxt.async_support as ccxt

from config.settings import Settings
from engine import errors
from engine.adapters import ccxt_account, ccxt_lookup, ccxt_resting
from engine.adapters.backoff_file import BackoffFile
from engine.adapters.ccxt_cancel import cancel_order
from engine.adapters.ccxt_clock import ClockGuard
from engine.adapters.ccxt_errors import UNCERTAIN, is_timestamp_error, map_ccxt_error
from engine.adapters.ccxt_exchange import (
    build_exchange,
    exchange_client_id,
    load_markets_once,
    profile_for,
)
from engine.adapters.ccxt_fees import FeeReader
from engine.adapters.ccxt_request import OrderRequest, build_request
from engine.adapters.ccxt_retry import (
    RetryAfter,
    RetryPolicy,
    lost_answer,
    rate_refusal,
    retry_read,
)
from engine.adapters.create_fate import answer_lost, not_processed
from engine.adapters.position_mode import (
    is_mismatch,
    mismatch_error,
    switch_to_one_way,
)
from engine.domain.market import Market
from engine.domain.orders import (
    Balance,
    ExchangePosition,
    FeeAsk,
    Order,
    OrderRole,
    OrderStatus,
    OrderType,
    OrderUpdate,
    RestingOrder,
)
from engine.ports import Clock

log = logging.getLogger("sigcopy.ccxt")
T = TypeVar("T")
# Roles whose create, not found right after an answer that said nothing of its fate, stays
# unknown (looked up again, never sent again). Not a stop: a live position is never left
# without one, so one not found counts as failed at once (the previous stop kept, or the
# position closed: protector.stop_failed); a late one is reduce-only. Not a close (its own
# path: a failed close is said and the position's stop stays).
_LATE_ROLES = (OrderRole.ENTRY, OrderRole.TAKE_PROFIT)


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
        # 429/418 back-off, kept on disk too (a restart inside the window waits it out)
        self.retry_after = RetryAfter(
            self.exchange, lambda: self.retry, BackoffFile.for_settings(settings)
        )
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
        # Fees from the exchange's trade list (an order's answer may carry none: Binance).
        self.fees = FeeReader(self.exchange, self._contract_size, self._read, self._now)
        self.fees.by_time = self.profile.fees_by_time
        self.fees.page, self.fees.page_param = (
            self.profile.trade_page,
            self.profile.trade_page_param,
        )
        self.fees.side_codes = self.profile.side_codes

    async def _read(self, call: Callable[[], Awaitable[T]], what: str) -> T:
        """A read: retried on network trouble, resynced once on a timestamp refusal."""
        return await retry_read(
            lambda: self.clock_guard.call(call), self.retry, what, self.retry_after
        )

    def _contract_size(self, symbol: str) -> Decimal:
        mk = self.markets.get(symbol)
        return mk.contract_size if mk else Decimal(1)

    # -- markets -------------------------------------------------------------------------
    async def startup_warnings(self) -> list[str]:
        """What the exchange reports that stops or limits live trading (said at start-up)."""
        from engine.adapters.exchange_check import check_exchange

        return await check_exchange(self)

    async def load_markets(self) -> dict[str, Market]:
        """Load the exchange's markets once (retried on network trouble)."""
        if not self.markets:
            self.markets = await load_markets_once(
                self.exchange,
                self.settings.MARKET_TYPE,
                self.retry,
                self.exchange_id,
                after=self.retry_after,
            )
            await ccxt_account.leverage_from_tiers(self)
            await ccxt_account.read_position_mode(self)
        return self.markets

    async def switch_to_one_way(self) -> str:
        """Put the account in one-way mode (refused while a position is open)."""
        return await switch_to_one_way(self)

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
        return build_request(self, order, check=check)

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
        # Sent only after the exchange's back-off window (RetryAfter); a 429 is a refusal (Binance
        # General Info: "4XX ... the issue is on the sender's side"): looked up, never resent.
        try:
            raw = await self.exchange.create_order(
                req.symbol, req.type, req.side, req.amount, req.price, req.params
            )
        except ccxt.InvalidNonce as exc:  # a NetworkError in ccxt, yet certainly refused
            return await self._after_clock_refusal(order, read_fill, clock_retry, exc)
        except UNCERTAIN as exc:
            asked = self.retry_after.take(exc)  # (before the lookup's answer replaces it)
            log.warning(
                "create %s %s: %s; looking it up before anything else",
                order.client_id,
                order.symbol,
                type(exc).__name__,
            )
            found, failed = await self._look_up(order)
            if found is not None:
                return found
            blocked = self.retry_after.rest() if failed else 0.0
            if blocked > 0 and order.role == OrderRole.CLOSE:
                # Its answer lost, and the rate-limit window keeps the look-up from running: a
                # close is looked up after the window, and sent again only if not found there
                # (engine/core/close_hold.py).
                raise errors.RateLimited(
                    f"{self.exchange_id} did not answer the close order, and it asks to wait "
                    f"{blocked:.0f}s (rate limit) before the order can be looked up.",
                    "It is looked up after that wait and sent again only if it is not there.",
                    wait=blocked,
                ) from exc
            if failed and answer_lost(exc):
                # Its answer lost (a 429, a 418 or "maintenance" on the create itself is a
                # refusal: below), and the look-up failed too: it may be on the exchange.
                # Unknown, never rejected: looked up again after the window, never sent again
                # before that (engine/core/lost_answers.py).
                # Binance, General Info: a 503 "is NOT a failure operation; the execution status
                # is UNKNOWN and could have been a success" (https://developers.binance.com/docs/
                # derivatives/usds-margined-futures/general-info).
                raise lost_answer(exc, self.exchange_id, order.role.value, blocked) from exc
            if answer_lost(exc) and order.role in _LATE_ROLES:
                # Not found right after an answer that said nothing of its fate: unknown, not
                # "never placed": looked up again later, never sent again (lost_answers.py).
                raise lost_answer(
                    exc, self.exchange_id, order.role.value, 0.0, absent=True
                ) from exc
            limited = rate_refusal(exc, asked, self.exchange_id, order.role.value)
            mapped = map_ccxt_error(exc, exchange_id=self.exchange_id, action="create order")
            undone = not_processed(exc, self.exchange_id, order.role.value)  # Binance -1001
            raise limited or undone or mapped from exc
        except ccxt.BaseError as exc:
            if is_timestamp_error(exc):
                return await self._after_clock_refusal(order, read_fill, clock_retry, exc)
            if is_mismatch(exc, self.exchange_id):
                raise mismatch_error(exc, self.exchange_id, self.hedged) from exc
            raise map_ccxt_error(exc, exchange_id=self.exchange_id, action="create order") from exc
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            # ccxt choked on an answer that is not the API's JSON: unreadable (below).
            return await self._unreadable(order, type(exc).__name__, exc)
        if not isinstance(raw, dict) or raw.get("id") in (None, ""):
            # A 200 whose body is not the API's JSON (cut off, a proxy's page): ccxt reads it
            # as an order with no id and no state. Every create answer names its order (Binance
            # `orderId`/`algoId`, MEXC `data`), so this one says nothing of it.
            return await self._unreadable(order, "no order in it", None)
        self.accepted_at[order.client_id] = time.perf_counter()
        update = ccxt_lookup.to_update(self, order, raw)
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

    async def _unreadable(self, order: Order, why: str, exc: BaseException | None) -> OrderUpdate:
        """A create answered with something ccxt could not read as an order: the request may
        have been carried out, so the order is looked up by its client id. Found: that. Not
        there: nothing was placed. The look-up failed too: unknown (errors.AnswerLost), never
        rejected: looked up again later, never sent again before that (lost_answers.py, or
        close_hold.py for a close)."""
        log.warning("create %s: unreadable answer (%s); looking it up", order.client_id, why)
        found, failed = await self._look_up(order)
        if found is not None:
            return found
        if failed:
            wait = self.retry_after.rest()
            raise lost_answer(exc, self.exchange_id, order.role.value, wait, unreadable=True)
        raise errors.NetworkTrouble(
            f"{self.exchange_id} answered the order with something that is not its API's "
            "JSON, and the order is not on the exchange afterwards: nothing was placed.",
            "Check the exchange status page (or your EXCHANGE_API_BASE_URL proxy) and retry.",
        ) from exc

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
        return await cancel_order(self, order)

    async def fetch_order(self, order: Order) -> OrderUpdate | None:
        """Look an order up by its client id; None when the exchange never received it."""
        try:
            return await self._read(lambda: ccxt_lookup.find(self, order), "fetch_order")
        except ccxt.BaseError as exc:
            raise map_ccxt_error(exc, exchange_id=self.exchange_id, action="look up order") from exc

    async def poll(self, orders: list[Order]) -> list[OrderUpdate]:
        """Current state of live orders, read in parallel; only those that changed."""
        return await ccxt_lookup.poll(self, orders)

    async def read_fees(self, asks: list[FeeAsk]) -> dict[str, Decimal | None]:
        """The fees of fills booked with an estimate, from the exchange's trade list (one read
        per symbol): by client id a Decimal, None when final as estimated, absent: not yet."""
        return await self.fees.fees(asks)

    def _is_trigger(self, order: Order) -> bool:
        return order.type in (OrderType.STOP, OrderType.TRAILING)

    async def _lookup_quietly(self, order: Order) -> OrderUpdate | None:
        return (await self._look_up(order))[0]

    async def _look_up(self, order: Order) -> tuple[OrderUpdate | None, bool]:
        """(the order's state or None, whether the look-up itself failed)."""
        try:
            return await self.fetch_order(order), False
        except errors.BrokerError as exc:
            log.warning("lookup of %s failed: %s", order.client_id, exc)
            return None, True

    # -- account -------------------------------------------------------------------------
    def note_leverage(self, market: Market, leverage: int) -> int:
        """Remember the leverage orders carry without sending it (dry run); returns it capped."""
        lev = max(1, min(int(leverage), market.max_leverage))
        self._leverage[market.symbol] = (lev, self.settings.MARGIN_MODE)
        return lev

    async def set_leverage(self, market: Market, leverage: int) -> None:
        """Leverage and margin mode for a market, capped at its maximum; cached per symbol."""
        await ccxt_account.set_leverage(self, market, leverage)

    async def fetch_balance(self) -> Balance | None:
        """Equity and free margin of the quote currency (USDT), from the exchange."""
        return await ccxt_account.fetch_balance(self)

    async def fetch_positions(self) -> list[ExchangePosition] | None:
        """Open positions in base units (None for spot, which has no positions)."""
        return await ccxt_account.fetch_positions(self)

    async def resting_orders(self, symbol: str) -> list[RestingOrder]:
        """Every order resting on a market, whoever placed it (ccxt_resting.py)."""
        return await ccxt_resting.resting_orders(self, symbol)

    async def fetch_price(self, symbol: str) -> Decimal | None:
        """Last traded price (retried read)."""
        return await ccxt_account.fetch_price(self, symbol)

    def on_price(self, symbol: str, price: float) -> list[OrderUpdate]:
        """Real exchanges match orders themselves; the price only feeds the min-cost check."""
        self._last_price[symbol] = Decimal(str(price))
        return []

    def order_stream(self) -> Any:
        """The websocket order stream (ccxt.pro watch_orders), or None where updates are polled."""
        from engine.adapters.ccxt_stream import open_order_stream

        return open_order_stream(self)

    def restore(self, orders: list[Order]) -> None:
        """After a restart: remember the exchange ids of our orders (resting or ended): a scan
        by fields (ccxt_lookup.scan) takes none of them for another order."""
        for o in orders:
            if o.exchange_id:
                self._exchange_ids[o.client_id] = o.exchange_id

    async def close(self) -> None:
        """Close the HTTP session."""
        await self.exchange.close()
