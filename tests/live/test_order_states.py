"""Order states as the exchanges document them, read through real ccxt from the fakes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from engine.adapters.order_states import order_status
from engine.domain.orders import Order, OrderStatus
from tests.live.conftest import Venue
from tests.live.helpers import order

BTC = "BTC/USDT:USDT"
OP, F, C, R, E = (
    OrderStatus.OPEN,
    OrderStatus.FILLED,
    OrderStatus.CANCELED,
    OrderStatus.REJECTED,
    OrderStatus.EXPIRED,
)


@pytest.mark.parametrize(
    ("table", "trigger", "info", "want"),
    [
        ("mexc", False, {"state": 1}, OP),  # uninformed: received, not matched yet
        ("mexc", False, {"state": 2}, OP),  # uncompleted
        ("mexc", False, {"state": 3}, F),  # completed
        ("mexc", False, {"state": 4}, C),  # cancelled
        ("mexc", False, {"state": 5}, R),  # invalid (ccxt leaves "5" as it is)
        ("mexc", True, {"state": 1}, OP),  # untriggered
        ("mexc", True, {"state": 2}, C),  # cancelled
        ("mexc", True, {"state": 3}, F),  # executed
        ("mexc", True, {"state": 4}, E),  # invalid: a lapsed executeCycle
        ("mexc", True, {"state": 5}, R),  # execution failed
        ("binance", False, {"status": "NEW"}, OP),
        ("binance", False, {"status": "PARTIALLY_FILLED"}, OP),
        ("binance", False, {"status": "FILLED"}, F),
        ("binance", False, {"status": "CANCELED"}, C),
        ("binance", False, {"status": "REJECTED"}, R),
        ("binance", False, {"status": "EXPIRED"}, E),
        ("binance", False, {"status": "EXPIRED_IN_MATCH"}, E),
        ("binance", True, {"algoStatus": "NEW"}, OP),
        ("binance", True, {"algoStatus": "TRIGGERING"}, OP),
        ("binance", True, {"algoStatus": "CANCELED"}, C),
        ("binance", True, {"algoStatus": "REJECTED"}, R),
        ("binance", True, {"algoStatus": "EXPIRED"}, E),
        ("binance", True, {"algoStatus": "FINISHED"}, F),
        ("binance", True, {"aid": 1, "X": "EXPIRED"}, E),  # a pushed ALGO_UPDATE
        ("ccxt", False, {}, OP),  # unknown: kept live and polled, never taken for final
    ],
)
def test_order_status_when_documented_state_then_mapped(
    table: str, trigger: bool, info: dict[str, Any], want: OrderStatus
) -> None:
    # ccxt's own reading is deliberately wrong here: the raw documented state decides.
    raw = {"status": "weird" if table != "ccxt" else "unheard-of", "info": info}
    assert order_status(raw, table, trigger) == want


async def _placed(v: Venue, o: Order) -> Order:
    u = await v.broker.place_order(o)
    o.exchange_id, o.status = u.exchange_id, u.status
    return o


async def test_poll_when_lookup_by_id_says_not_found_then_found_by_client_id_and_kept(
    venue: Venue,
) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    o = await _placed(venue, order("limit", "buy", "0.01", price="59000"))
    path = "order/get" if venue.name == "mexc" else "/fapi/v1/order"
    venue.fake.reject_next("order_not_found", 1, path, "GET")  # -2013 / 2040 once
    assert await venue.broker.poll([o]) == []  # still open: not "gone"
    assert venue.fake.count(path, "GET") >= 1
    venue.fake.forget_order(o.exchange_id or "")
    (upd,) = await venue.broker.poll([o])  # gone by id and by client id: now it is gone
    assert upd.status == OrderStatus.CANCELED and upd.filled == 0


async def test_poll_when_stop_triggers_with_nothing_to_reduce_then_expired_not_a_fill(
    venue: Venue,
) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    assert (await venue.broker.place_order(order("market", "buy", "0.01"))).filled > 0
    sl = await _placed(venue, order("stop", "sell", "0.01", trigger="59000", reduce_only=True))
    venue.fake.book.positions[venue.btc] = Decimal(0)  # liquidated, say: the stop stays
    venue.fake.set_price(venue.btc, "58000")
    (upd,) = await venue.broker.poll([sl])
    if venue.name == "binanceusdm":  # algo FINISHED; its actual order EXPIRED, 0 filled
        assert upd.status == OrderStatus.EXPIRED
    else:  # MEXC's trigger: executed (3), the fill unknown to its plan record
        assert upd.status in (OrderStatus.EXPIRED, OrderStatus.FILLED)
    if upd.status != OrderStatus.FILLED:
        assert upd.filled == 0 and upd.avg_price is None


async def test_poll_when_binance_stop_triggers_and_fills_then_fill_read_from_actual_order(
    fake_binance: Any, binance_settings: Any
) -> None:
    from tests.live.helpers import make_broker

    broker = await make_broker(binance_settings)
    v = Venue("binanceusdm", fake_binance, broker, "BTCUSDT")
    await broker.set_leverage(broker.market(BTC), 5)
    await broker.place_order(order("market", "buy", "0.01"))
    sl = await _placed(v, order("stop", "sell", "0.01", trigger="59000", reduce_only=True))
    fake_binance.set_price("BTCUSDT", "58900")
    (upd,) = await broker.poll([sl])
    await broker.close()
    assert upd.status == OrderStatus.FILLED and upd.filled == Decimal("0.01")
    # The actual order's fill (beyond the 58,900 that triggered it), not the trigger.
    assert upd.avg_price == fake_binance.book.orders[str(sl.exchange_id)].avg < Decimal(58900)
    assert upd.exchange_id == sl.exchange_id
