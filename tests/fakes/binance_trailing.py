"""Binance USD-M TRAILING_STOP_MARKET in the fake: accepted with its limits, then trailed.

From the New-Order / New-Algo-Order pages (https://developers.binance.com/docs/derivatives/
usds-margined-futures/trade/rest-api and .../trade/rest-api/New-Algo-Order): `callbackRate` is a
percent in [0.1, 10] ("1 for 1%"); `activationPrice` (`activatePrice` on the algo endpoint)
defaults to the latest price at placement. A SELL's activation price must be above the latest
price and a BUY's below it, else -2021 "Order would immediately trigger". Once activated, a SELL
triggers when the price falls callbackRate below the highest price since activation, a BUY when
it rises callbackRate above the lowest; the triggered order is a market order. A callbackRate out
of range is -2007 "Invalid callBack rate." (the code and text Binance answers with, as seen in
users' reports, e.g. https://dev.binance.vision questions on TRAILING_STOP_MARKET).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from tests.fakes.orders import FakeOrder, FakeReject

MIN_RATE, MAX_RATE = Decimal("0.1"), Decimal(10)


def trailing_extra(p: dict[str, str], mark: Decimal | None) -> dict[str, Any]:
    """The trailing part of a new TRAILING_STOP_MARKET request, checked as Binance does."""
    try:
        rate = Decimal(p["callbackRate"])
    except (KeyError, InvalidOperation) as exc:
        raise FakeReject("callback_rate") from exc
    if not MIN_RATE <= rate <= MAX_RATE:
        raise FakeReject("callback_rate")
    raw = p.get("activatePrice") or p.get("activationPrice")
    activation = Decimal(raw) if raw else None
    if activation is not None and mark is not None:
        sell = p.get("side") == "SELL"
        if (sell and activation <= mark) or (not sell and activation >= mark):
            raise FakeReject("stop_rejected")
    return {"rate": rate, "activation": activation, "best": None}


def arm(o: FakeOrder, mark: Decimal) -> None:
    """At placement: without an activation price the order is active at once, from `mark`."""
    tr = o.extra["trail"]
    if tr["activation"] is None:
        tr["best"] = mark
        o.trigger = _trigger(o, mark)


def follow(o: FakeOrder, px: Decimal) -> bool:
    """A new price for a trailing order: activation, best price, trigger. True when it fires."""
    tr = o.extra["trail"]
    sell = o.side == "sell"
    best: Decimal | None = tr["best"]
    if best is None:
        act = tr["activation"]
        if not ((px >= act) if sell else (px <= act)):
            return False
        best = px
    best = max(best, px) if sell else min(best, px)
    tr["best"] = best
    o.trigger = _trigger(o, best)
    return px <= o.trigger if sell else px >= o.trigger


def _trigger(o: FakeOrder, best: Decimal) -> Decimal:
    rate = o.extra["trail"]["rate"] / 100
    return best * (1 - rate) if o.side == "sell" else best * (1 + rate)


def algo_fields(o: FakeOrder) -> dict[str, Any]:
    """What the algo order's JSON says of a trailing order."""
    tr = o.extra.get("trail")
    if tr is None:
        return {"orderType": "STOP_MARKET"}
    act = tr["activation"]
    return {
        "orderType": "TRAILING_STOP_MARKET",
        "callbackRate": str(tr["rate"]),
        "activatePrice": str(act) if act is not None else "",
        "triggerPrice": str(o.trigger) if o.trigger is not None else "0",
    }
