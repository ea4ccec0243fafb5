"""The exchange's order filters, checked before an order leaves; a refusal names the filter.

Binance USD-M (exchangeInfo `filters`, kept by ccxt in market["info"]["filters"]; https://
developers.binance.com/docs/derivatives/usds-margined-futures/common-definition#filters):
LOT_SIZE and MARKET_LOT_SIZE (minQty, maxQty, stepSize; the latter for market orders),
MIN_NOTIONAL (notional; reduce-only orders exempt), PERCENT_PRICE (a BUY's price at most
markPrice x multiplierUp, a SELL's at least markPrice x multiplierDown). Binance spot's
PERCENT_PRICE_BY_SIDE bounds each side (bid/askMultiplierUp/Down). MEXC contract
(contract/detail): minVol, maxVol (contracts), volUnit and priceUnit steps (amounts and prices
are rounded to them where the order is built). The reference price is the last one known;
without one the price band is left to the exchange.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from engine import errors

HINT_SIZE = "Raise MAX_POSITION_SIZE_PCT or leverage, or skip this market."


@dataclass(frozen=True)
class Outgoing:
    """What the filters look at: exchange units (contracts on MEXC), prices in quote."""

    symbol: str
    kind: str  # market | limit | stop
    side: str  # buy | sell
    amount: Decimal
    price: Decimal | None  # limit price
    reduce_only: bool
    contract_size: Decimal
    ref: Decimal | None  # last known price (market orders, price bands)


def _d(v: Any) -> Decimal | None:
    if v in (None, ""):
        return None
    return Decimal(str(v))


def _filters(cm: dict[str, Any]) -> dict[str, dict[str, Any]]:
    info = cm.get("info") or {}
    found = info.get("filters") if isinstance(info, dict) else None
    return {str(f.get("filterType")): f for f in found or () if isinstance(f, dict)}


def _refuse(o: Outgoing, text: str, hint: str = HINT_SIZE) -> errors.InvalidOrder:
    return errors.InvalidOrder(f"{o.symbol}: refused before sending: {text}.", hint)


def check_filters(cm: dict[str, Any], o: Outgoing) -> None:
    """Raise InvalidOrder naming the first filter the order breaks; nothing is sent then."""
    f = _filters(cm)
    _check_quantity(cm, f, o)
    _check_notional(cm, f, o)
    _check_price_band(f, o)


def _check_quantity(cm: dict[str, Any], f: dict[str, dict[str, Any]], o: Outgoing) -> None:
    limits = (cm.get("limits") or {}).get("amount") or {}
    lot = f.get("MARKET_LOT_SIZE") if o.kind == "market" else None
    if lot is not None:
        name = "MARKET_LOT_SIZE"
        lo, hi, step = _d(lot.get("minQty")), _d(lot.get("maxQty")), _d(lot.get("stepSize"))
    elif "LOT_SIZE" in f:
        name, step = "LOT_SIZE", None  # its step is ccxt's amount precision, rounded to already
        lo, hi = _d(f["LOT_SIZE"].get("minQty")), _d(f["LOT_SIZE"].get("maxQty"))
    else:
        info = cm.get("info") if isinstance(cm.get("info"), dict) else {}
        mexc = isinstance(info, dict) and "minVol" in info
        name, step = ("minVol/maxVol" if mexc else "amount limits"), None
        lo, hi = _d(limits.get("min")), _d(limits.get("max"))
    base = o.contract_size
    if o.amount <= 0 or (lo is not None and o.amount < lo):
        raise _refuse(
            o, f"{name}: amount {o.amount * base} is below the minimum {(lo or 0) * base}"
        )
    if hi and o.amount > hi:
        raise _refuse(
            o,
            f"{name}: amount {o.amount * base} is above the maximum {hi * base}",
            "Lower MAX_POSITION_SIZE_PCT or leverage.",
        )
    if step and step > 0 and o.amount % step != 0:
        raise _refuse(o, f"{name}: amount {o.amount * base} is not a multiple of {step * base}")


def _check_notional(cm: dict[str, Any], f: dict[str, dict[str, Any]], o: Outgoing) -> None:
    if o.reduce_only:
        return  # Binance: "unless you choose reduce only"
    ref = o.price or o.ref
    notional = f.get("MIN_NOTIONAL") or f.get("NOTIONAL")
    if notional is not None:
        name, least = "MIN_NOTIONAL", _d(notional.get("notional") or notional.get("minNotional"))
    else:
        name, least = (
            "minimum order value",
            _d(((cm.get("limits") or {}).get("cost") or {}).get("min")),
        )
    if least and ref is not None:
        value = o.amount * o.contract_size * ref
        if value < least:
            raise _refuse(o, f"{name}: order worth {value:.4f} is below the minimum {least}")


def _check_price_band(f: dict[str, dict[str, Any]], o: Outgoing) -> None:
    if o.kind != "limit" or o.price is None or o.ref is None:
        return
    hint = "The price is too far from the market for the exchange; check the signal's price."
    if "PERCENT_PRICE" in f:
        band = f["PERCENT_PRICE"]
        up, down = _d(band.get("multiplierUp")), _d(band.get("multiplierDown"))
        if o.side == "buy" and up and o.price > o.ref * up:
            raise _refuse(o, f"PERCENT_PRICE: buy at {o.price} is above {o.ref * up}", hint)
        if o.side == "sell" and down and o.price < o.ref * down:
            raise _refuse(o, f"PERCENT_PRICE: sell at {o.price} is below {o.ref * down}", hint)
    if "PERCENT_PRICE_BY_SIDE" in f:
        band = f["PERCENT_PRICE_BY_SIDE"]
        key = "bid" if o.side == "buy" else "ask"
        up, down = _d(band.get(f"{key}MultiplierUp")), _d(band.get(f"{key}MultiplierDown"))
        if (up and o.price > o.ref * up) or (down and o.price < o.ref * down):
            raise _refuse(
                o, f"PERCENT_PRICE_BY_SIDE: {o.side} at {o.price} is outside the band", hint
            )
