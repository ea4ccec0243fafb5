"""The fee an order paid, from the exchange's trade list when the order's answer reports none.

Binance USD-M order answers carry no commission; its Account Trade List does, per execution
(GET /fapi/v1/userTrades with orderId: https://developers.binance.com/docs/derivatives/
usds-margined-futures/trade/rest-api/Account-Trade-List). MEXC contract orders report theirs
(takerFee, makerFee); its trades by order id are order/deal_details/{order_id}. ccxt reads the
first through fetch_my_trades, the second through fetch_order_trades.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import ccxt.async_support as ccxt

from engine.domain.orders import OrderUpdate

if TYPE_CHECKING:
    from engine.adapters.ccxt_broker import CcxtBroker

log = logging.getLogger("sigcopy.ccxt")


async def read_fee(broker: CcxtBroker, symbol: str, order_id: str, update: OrderUpdate) -> None:
    """Replace the update's estimated fee by the one the exchange reports for the order's
    executions, when they cover its whole fill in the settle currency (else it stays estimated:
    a fee paid in BNB, say, is not a USDT amount)."""
    ex = broker.exchange

    async def trades() -> list[dict[str, Any]]:
        try:
            return list(await ex.fetch_order_trades(order_id, symbol))
        except ccxt.NotSupported:  # Binance futures: the account's trades, by order id
            return list(await ex.fetch_my_trades(symbol, None, None, {"orderId": order_id}))

    try:
        found = await broker._read(trades, "order trades")
    except ccxt.BaseError as exc:
        log.warning("fee of %s not read (%s): estimated", order_id, type(exc).__name__)
        return
    mk = broker.markets.get(symbol)
    csize = mk.contract_size if mk else Decimal(1)
    market = ex.market(symbol)
    settle = market.get("settle") or market.get("quote")
    try:
        fee = _total(found, order_id, settle)
    except (ArithmeticError, TypeError, ValueError):  # a garbled list: estimated, not fatal
        fee = None
    if fee is None or fee[0] * csize != update.filled:
        log.info("fee of %s: the trade list does not cover its fill; estimated", order_id)
        return
    update.fee = fee[1]
    update.fee_estimated = False


def _total(
    trades: list[dict[str, Any]], order_id: str, settle: str | None
) -> tuple[Decimal, Decimal] | None:
    """(quantity, fee) of an order's executions; None when a fee is missing or not in `settle`."""
    qty = fee = Decimal(0)
    for t in trades:
        if str(t.get("order")) != order_id:
            continue  # a trade list by symbol may hold other orders' executions
        f = t.get("fee")
        if not isinstance(f, dict) or f.get("cost") is None or f.get("currency") != settle:
            return None
        qty += Decimal(str(t.get("amount") or 0))
        fee += abs(Decimal(str(f["cost"])))
    return qty, fee
