"""The orders resting on one market, regular and trigger (stop) orders, read through ccxt: what a
position sigcopy cannot explain may already be protected by (core/foreign_orders.py).

Binance USD-M: GET /fapi/v1/openOrders and, for conditional orders, GET /fapi/v1/openAlgoOrders
(ccxt `fetch_open_orders` with `trigger`: https://developers.binance.com/docs/derivatives/
usds-margined-futures/trade/rest-api/Current-All-Algo-Open-Orders). MEXC futures: GET
/api/v1/private/order/list/open_orders/{symbol} and the plan orders in state 1, untriggered
(https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/get-plan-order-list), and
its position take-profit/stop-loss: a stop set on a position in MEXC's web page is no plan order
but a "TP/SL order", in neither list, read by GET /api/v1/private/stoporder/open_orders?symbol=
("Get Current Take-Profit/Stop-Loss Order List", https://www.mexc.com/api-docs/futures/account-
and-trading-endpoints/get-current-take-profitstop-loss-order-list). ccxt has no unified call for
it (fetch_open_orders reads the plan orders for `trigger`), so it is read through ccxt's implicit
contractPrivateGetStoporderOpenOrders. It used to be left unread: a position opened by hand on
MEXC with its TP/SL set there was told to have no other orders. A function of the CcxtBroker
(engine/adapters/ccxt_broker.py), which calls it."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

import ccxt.async_support as ccxt

from engine.adapters.ccxt_errors import map_ccxt_error
from engine.adapters.ccxt_exchange import MEXC_SIDES  # ccxt leaves a plan order's side a number
from engine.adapters.ccxt_lookup import dec
from engine.domain.orders import RestingOrder

if TYPE_CHECKING:
    from engine.adapters.ccxt_parts import BrokerParts


async def resting_orders(broker: BrokerParts, symbol: str) -> list[RestingOrder]:
    """Every order resting on `symbol` (regular ones, then stops), amounts in base units."""
    ex = broker.exchange
    mk = broker.markets.get(symbol)
    csize = mk.contract_size if mk else Decimal(1)
    out: list[RestingOrder] = []
    for trigger in (False, True):
        try:
            raw = await broker._read(partial(_open, ex, symbol, trigger), "open orders")
        except ccxt.BaseError as exc:
            raise map_ccxt_error(
                exc, exchange_id=broker.exchange_id, action="read open orders"
            ) from exc
        out += [_resting(c, trigger, csize) for c in raw]
    if broker.exchange_id == "mexc" and ":" in symbol:  # (a contract market: it has TP/SL)
        try:
            raw = await broker._read(partial(_tpsl, ex, symbol), "TP/SL orders")
        except ccxt.BaseError as exc:
            raise map_ccxt_error(
                exc, exchange_id=broker.exchange_id, action="read TP/SL orders"
            ) from exc
        out += [r for rec in raw for r in _tpsl_resting(rec, csize)]
    return out


async def _tpsl(ex: Any, symbol: str) -> list[dict[str, Any]]:
    """MEXC's TP/SL orders on `symbol` not in a final state (the answer's `data`)."""
    answer = await ex.contractPrivateGetStoporderOpenOrders({"symbol": ex.market_id(symbol)})
    data = answer.get("data") if isinstance(answer, dict) else None
    return [d for d in data or () if isinstance(d, dict)]


def _tpsl_resting(rec: dict[str, Any], csize: Decimal) -> list[RestingOrder]:
    """One MEXC TP/SL record as the orders it may place: its stop-loss and its take-profit
    (a price 0: none), each closing its position (positionType 1 long: a sell), for `vol`
    contracts; only while untriggered (state 1)."""
    if str(rec.get("state")) != "1":
        return []
    side = "sell" if str(rec.get("positionType")) == "1" else "buy"
    vol = dec(rec.get("vol"))
    amount = vol * csize if vol else None
    out = []
    for key, tp in (("stopLossPrice", False), ("takeProfitPrice", True)):
        price = dec(rec.get(key))
        if price:
            out.append(
                RestingOrder(
                    exchange_id=f"tpsl:{rec.get('id')}:{'tp' if tp else 'sl'}",
                    client_id=None,
                    side=side,
                    stop=True,
                    amount=amount,
                    price=price,
                    reduce_only=True,
                    take_profit=tp,
                )
            )
    return out


async def _open(ex: Any, symbol: str, trigger: bool) -> list[dict[str, Any]]:
    params: dict[str, Any] = {"trigger": True} if trigger else {}
    return list(await ex.fetch_open_orders(symbol, None, None, params))


def _resting(c: dict[str, Any], trigger: bool, csize: Decimal) -> RestingOrder:
    info = c.get("info") or {}
    side = str(c.get("side") or "").lower()
    mexc_side, closes = MEXC_SIDES.get(str(info.get("side")), (side, False))
    if side not in ("buy", "sell"):
        side = mexc_side
    amount = dec(c.get("amount"))
    whole = bool(info.get("closePosition")) and str(info.get("closePosition")).lower() == "true"
    price = dec(c.get("triggerPrice") or c.get("stopPrice")) if trigger else dec(c.get("price"))
    return RestingOrder(
        exchange_id=str(c.get("id")),
        client_id=c.get("clientOrderId") or info.get("externalOid") or None,
        side=side,
        stop=trigger,
        amount=None if whole or not amount else amount * csize,
        price=price or None,
        reduce_only=bool(c.get("reduceOnly")) or whole or closes,
    )
