"""Reading orders back from a ccxt exchange: by client id or exchange id, by scanning open and
recent orders, a triggered stop's actual fill, and polling live orders for their changes.

Functions of the CcxtBroker (engine/adapters/ccxt_broker.py), which calls them; they read its
exchange, profile and the exchange ids it has learnt."""

from __future__ import annotations

import asyncio
import logging
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import ccxt.async_support as ccxt

from engine.adapters.ccxt_errors import is_not_found, map_ccxt_error
from engine.adapters.order_states import order_status, own_id, triggered_order_id
from engine.domain.orders import Order, OrderStatus, OrderType, OrderUpdate

if TYPE_CHECKING:
    from engine.adapters.ccxt_parts import BrokerParts

log = logging.getLogger("sigcopy.ccxt")
# An order found by its fields was created at the exchange at most this long before its record
# was written (clock skew between this machine and the exchange).
SCAN_WINDOW_MS = 60_000
PLAN_PAGE_SIZE = 100  # MEXC's largest page of plan orders
PLAN_PAGES = 20  # pages read at most (2,000 stops within the window)


def dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


async def find(broker: BrokerParts, order: Order) -> OrderUpdate | None:
    """One lookup by client id (raises ccxt errors; the caller retries)."""
    cid = broker.client_id(order)
    style = broker.profile.stop_lookup if broker._is_trigger(order) else broker.profile.lookup
    ex = broker.exchange
    raw: Any = None
    if style == "ccxt":
        params: dict[str, Any] = {"clientOrderId": cid}
        if broker._is_trigger(order):
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
            if not is_not_found(exc):
                raise
            resp = None
        data = (resp or {}).get("data")
        raw = ex.parse_order(data, ex.market(order.symbol)) if data else None
    else:
        raw = await scan(broker, order, cid)
    if raw is None:
        return None
    update = await update_of(broker, order, raw)
    if update.exchange_id:
        broker._exchange_ids[order.client_id] = update.exchange_id
    return update


async def update_of(broker: BrokerParts, order: Order, raw: dict[str, Any]) -> OrderUpdate:
    """The update for a fetched order; for a triggered stop, what its actual order filled
    (Binance: a trigger that found nothing to reduce is FINISHED with nothing filled; MEXC: the
    market order an executed plan order placed, at the market's price, not the trigger's).
    A new fill whose answer carries no fee gets the one the exchange's trade list reports."""
    trigger = broker._is_trigger(order)
    actual_id = triggered_order_id(raw, broker.profile.states, trigger)
    update: OrderUpdate | None = None
    if actual_id is not None:
        try:
            actual = await broker.exchange.fetch_order(actual_id, order.symbol)
        except ccxt.OrderNotFound:
            actual_id = None
        else:
            update = to_update(broker, order, actual, actual=True)
            update.exchange_id = own_id(raw, broker.profile.states, trigger)
    if update is None:
        update = to_update(broker, order, raw)
    if update.fee_estimated and update.filled > order.filled:
        fill_id = actual_id or update.exchange_id
        if fill_id is not None:
            await broker.fees.order_fee(order.symbol, fill_id, update)
    return update


async def plan_orders(
    broker: BrokerParts, symbol: str, since_ms: int | None, until_id: str | None = None
) -> list[Any]:
    """MEXC's plan (stop) orders of a symbol (created since `since_ms`), in every state, page
    by page (MEXC lists them newest first, 20 a page unless asked, at most 100:
    https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/get-plan-order-list),
    to the last page or the one with `until_id`, PLAN_PAGES pages at most."""
    out: list[Any] = []
    for page in range(1, PLAN_PAGES + 1):
        try:
            batch = await broker.exchange.fetch_orders(
                symbol,
                since_ms,
                PLAN_PAGE_SIZE,
                {"method": "contractPrivateGetPlanorderListOrders", "page_num": page},
            )
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            # ccxt choked on an answer that is not the API's JSON (a proxy's page): read again.
            raise ccxt.NetworkError(f"unreadable plan order list ({type(exc).__name__})") from exc
        for c in batch:  # an executed one carries `orderId` too, which ccxt reads first
            c["id"] = own_id(c, broker.profile.states, True)
        out += batch
        if len(batch) < PLAN_PAGE_SIZE or any(str(c.get("id")) == until_id for c in batch):
            break
    return out


async def scan(broker: BrokerParts, order: Order, cid: str) -> dict[str, Any] | None:
    """Find an order in open and recent orders: by client id, else by its exact fields."""
    ex = broker.exchange
    trig = broker._is_trigger(order)
    eid = order.exchange_id or broker._exchange_ids.get(order.client_id)
    candidates: list[Any]
    if trig and broker.profile.mexc_trigger_type:
        # Page by page: a stop beyond the first page (more than 20 placed after it) is found.
        # Known by its id: the pages up to it. Else every stop since its record was written
        # (the window below, as the field match requires).
        since = int(order.created_at * 1000) - SCAN_WINDOW_MS if order.created_at else None
        if eid is not None:
            candidates = await plan_orders(broker, order.symbol, None, until_id=eid)
        else:
            candidates = await plan_orders(broker, order.symbol, since)
    else:
        open_params: dict[str, Any] = {"trigger": True} if trig else {}
        candidates = list(await ex.fetch_open_orders(order.symbol, None, None, open_params))
        try:
            candidates += await ex.fetch_orders(order.symbol, None, None, {})
        except ccxt.NotSupported:
            pass
    if eid is not None:
        # Known by its id (MEXC trigger orders carry no client id): that one, or gone.
        return next((c for c in candidates if str(c.get("id")) == eid), None)
    req = broker.build_request(order, check=False)
    for c in candidates:
        info = c.get("info") or {}
        if c.get("clientOrderId") == cid or info.get("externalOid") == cid:
            return c
    # Two identical stops (two trades on one symbol, or a stop and its renewal) look alike:
    # an order already known to be another client id's is never taken for this one, and
    # the newest is taken first (a renewal is always newer than the stop it replaces).
    claimed = {e for k, e in broker._exchange_ids.items() if k != order.client_id}
    candidates.sort(key=lambda c: c.get("timestamp") or 0, reverse=True)
    for c in candidates:
        if str(c.get("id")) in claimed:
            continue
        info = c.get("info") or {}
        if c.get("clientOrderId") or info.get("externalOid"):
            continue  # it carries a client id, not ours: another book's, or an older database's
        trig_price = c.get("triggerPrice") or info.get("triggerPrice")
        same = (
            float(c.get("amount") or 0) == req.amount
            and (not trig or float(trig_price or 0) == req.params.get(broker.profile.trigger_param))
            and (trig or c.get("side") == order.side)
            and (c.get("timestamp") or 0) >= order.created_at * 1000 - SCAN_WINDOW_MS
        )
        if same:
            return c
    return None


async def fetch_state(broker: BrokerParts, order: Order, eid: str | None) -> OrderUpdate | None:
    """The order's state by exchange id (or by client id when the id is unknown)."""
    if eid is None:
        return await find(broker, order)
    ex = broker.exchange
    if broker._is_trigger(order) and broker.profile.stop_lookup == "scan":
        return await find(broker, order)
    params = {"trigger": True} if broker._is_trigger(order) else {}
    try:
        raw = await ex.fetch_order(eid, order.symbol, params)
    except ccxt.ExchangeError as exc:
        if not is_not_found(exc):
            raise
        # Binance -2013 "Order does not exist" (and MEXC's 2040) also answer an order not yet
        # visible by id: it is looked up by client id before it is taken for gone.
        return await find(broker, order)
    return await update_of(broker, order, raw)


def to_update(
    broker: BrokerParts, order: Order, raw: dict[str, Any], actual: bool = False
) -> OrderUpdate:
    """A ccxt order structure as an OrderUpdate in base units (actual: the order a triggered
    stop placed, read for its fill)."""
    mk = broker.markets.get(order.symbol)
    csize = mk.contract_size if mk else Decimal(1)
    info = raw.get("info") or {}
    status = order_status(raw, broker.profile.states, broker._is_trigger(order) and not actual)
    filled = (dec(raw.get("filled")) or Decimal(0)) * csize
    avg = dec(raw.get("average"))
    if broker._is_trigger(order) and status == OrderStatus.FILLED and not (filled and avg):
        # Triggered stop: the exchange reports the trigger, not always the market fill behind
        # it (Binance's algo update carries it as aq/ap; MEXC's plan order not at all).
        filled = filled or (dec(info.get("aq")) or Decimal(0)) * csize or order.amount
        avg = avg or dec(info.get("actualPrice")) or order.trigger_price
    fee_cost = Decimal(0)
    fee = raw.get("fee")
    estimated = False
    if isinstance(fee, dict) and fee.get("cost") is not None:
        fee_cost = Decimal(str(fee["cost"]))
    elif filled > 0:
        # The answer carries no fee (Binance futures orders): book the market's own rate
        # rather than nothing, so PnL is not flattered; update_of asks the trade list.
        estimated = True
        rate = (mk.maker_fee if order.type == OrderType.LIMIT else mk.taker_fee) if mk else None
        fee_cost = filled * (avg or Decimal(0)) * (rate or Decimal(0))
    if status == OrderStatus.OPEN and filled >= order.amount > 0:
        status = OrderStatus.FILLED
    ts = raw.get("lastUpdateTimestamp") or raw.get("timestamp")
    expires = None
    lifetime = broker.profile.trigger_lifetime
    if lifetime is not None and broker._is_trigger(order) and not actual and raw.get("timestamp"):
        # Its lifetime runs from its creation at the exchange (MEXC: executeCycle), which the
        # exchange reports: a stop read back gets the expiry it really has.
        expires = raw["timestamp"] / 1000 + lifetime[2]
    return OrderUpdate(
        client_id=order.client_id,
        status=status,
        filled=filled,
        avg_price=avg if filled > 0 else None,
        fee=abs(fee_cost),
        fee_estimated=estimated,
        exchange_id=own_id(raw, broker.profile.states, broker._is_trigger(order) and not actual),
        timestamp=ts / 1000 if ts else None,
        is_maker=order.type == OrderType.LIMIT,
        info={"status": raw.get("status")},
        expires_at=expires,
    )


async def poll(broker: BrokerParts, orders: list[Order]) -> list[OrderUpdate]:
    """Current state of live orders, read in parallel; only those that changed."""
    live = [o for o in orders if o.is_live]

    async def one(o: Order) -> OrderUpdate | None:
        eid = o.exchange_id or broker._exchange_ids.get(o.client_id)
        try:
            upd = await broker._read(lambda: fetch_state(broker, o, eid), "poll")
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
        learns_expiry = o.expires_at is None and upd.expires_at is not None
        if upd.status != o.status or upd.filled != o.filled or learns_expiry:
            out.append(upd)
    return out
