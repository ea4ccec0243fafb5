"""CcxtBroker against fake MEXC and Binance USD-M servers, driven by the real ccxt client."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from engine import errors
from engine.domain.orders import OrderStatus
from tests.live.conftest import Venue, create_path
from tests.live.helpers import order

BTC = "BTC/USDT:USDT"


async def _open_long(v: Venue, amount: str = "0.01") -> None:
    m = v.broker.market(BTC)
    await v.broker.set_leverage(m, 5)
    u = await v.broker.place_order(order("market", "buy", amount))
    assert u.status == OrderStatus.FILLED


async def test_place_market_entry_when_sent_then_filled_in_base_units_with_exchange_amounts(
    venue: Venue,
) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    o = order("market", "buy", "0.0123")
    u = await venue.broker.place_order(o)
    assert u.status == OrderStatus.FILLED
    want = Decimal("0.0123") if venue.name == "mexc" else Decimal("0.012")  # lot 0.001
    assert u.filled == want
    assert u.avg_price == Decimal(60000)
    body = venue.sent(create_path(venue))[0]
    if venue.name == "mexc":  # contracts of 0.0001 BTC, side 1 = open long, isolated
        assert body["vol"] == 123 and body["side"] == 1 and body["openType"] == 1
        assert body["externalOid"] == o.client_id and body["leverage"] == 5
    else:
        assert body["quantity"] == "0.012" and body["type"] == "MARKET"
        assert body["side"] == "BUY" and body["newClientOrderId"] == o.client_id
    assert venue.fake.bad_signatures == 0


async def test_place_stop_and_take_profits_when_position_open_then_reduce_only_on_exchange(
    venue: Venue,
) -> None:
    await _open_long(venue)
    sl = order("stop", "sell", "0.01", trigger="58000.04", reduce_only=True)
    tp1 = order("limit", "sell", "0.005", price="61000.06", reduce_only=True)
    tp2 = order("limit", "sell", "0.005", price="62000", reduce_only=True)
    results = await asyncio.gather(*(venue.broker.place_order(o) for o in (sl, tp1, tp2)))
    assert all(r.status == OrderStatus.OPEN for r in results)
    stop = venue.sent(create_path(venue, stop=True))[0]
    tps = venue.sent(create_path(venue))[1:]
    if venue.name == "mexc":
        assert stop["side"] == 4 and stop["vol"] == 100 and stop["triggerType"] == 2
        assert stop["triggerPrice"] == "58000" and stop["orderType"] == 5
        assert [t["side"] for t in tps] == [4, 4] and [t["vol"] for t in tps] == [50, 50]
        assert sorted(t["price"] for t in tps) == [61000.1, 62000.0]  # ticks of 0.1
    else:
        assert stop["type"] == "STOP_MARKET" and stop["reduceOnly"] == "true"
        assert stop["triggerPrice"] == "58000" and stop["side"] == "SELL"
        assert all(t["reduceOnly"] == "true" and t["type"] == "LIMIT" for t in tps)
        assert sorted(t["price"] for t in tps) == ["61000.1", "62000"]
    assert len(venue.fake.book.open_orders()) == 3


async def test_poll_when_price_reaches_tp_then_tp_reported_filled(venue: Venue) -> None:
    await _open_long(venue)
    tp = order("limit", "sell", "0.005", price="61000", reduce_only=True)
    u = await venue.broker.place_order(tp)
    tp.exchange_id, tp.status = u.exchange_id, u.status
    assert await venue.broker.poll([tp]) == []
    venue.fake.set_price(venue.btc, "61000")
    (upd,) = await venue.broker.poll([tp])
    assert upd.status == OrderStatus.FILLED and upd.filled == Decimal("0.005")
    assert upd.avg_price == Decimal(61000)


async def test_poll_when_stop_triggers_then_stop_reported_filled(venue: Venue) -> None:
    await _open_long(venue)
    sl = order("stop", "sell", "0.01", trigger="59000", reduce_only=True)
    u = await venue.broker.place_order(sl)
    sl.exchange_id, sl.status = u.exchange_id, u.status
    venue.fake.set_price(venue.btc, "58900")
    (upd,) = await venue.broker.poll([sl])
    assert upd.status == OrderStatus.FILLED and upd.filled == Decimal("0.01")
    assert await venue.broker.fetch_positions() == []


async def test_cancel_when_stop_resting_then_canceled_and_gone(venue: Venue) -> None:
    await _open_long(venue)
    sl = order("stop", "sell", "0.01", trigger="59000", reduce_only=True)
    u = await venue.broker.place_order(sl)
    sl.exchange_id = u.exchange_id
    c = await venue.broker.cancel_order(sl)
    assert c.status == OrderStatus.CANCELED
    assert venue.fake.book.open_orders(stops=True) == []


async def test_fetch_order_when_client_id_unknown_then_none(venue: Venue) -> None:
    assert await venue.broker.fetch_order(order("limit", price="50000")) is None
    assert await venue.broker.fetch_order(order("stop", "sell", trigger="50000")) is None


async def test_place_limit_when_below_market_then_rests_and_fetch_by_client_id_finds_it(
    venue: Venue,
) -> None:
    await venue.broker.set_leverage(venue.broker.market(BTC), 5)
    o = order("limit", "buy", "0.01", price="59000")
    u = await venue.broker.place_order(o)
    assert u.status == OrderStatus.OPEN
    found = await venue.broker.fetch_order(o)
    assert found is not None and found.exchange_id == u.exchange_id
    assert found.status == OrderStatus.OPEN


async def test_set_leverage_when_repeated_then_sent_once_and_capped_at_market_max(
    venue: Venue,
) -> None:
    m = venue.broker.market(BTC)
    before = len(venue.fake.calls)
    await venue.broker.set_leverage(m, 500)
    sent = len(venue.fake.calls) - before
    await venue.broker.set_leverage(m, 500)
    assert len(venue.fake.calls) - before == sent
    assert venue.fake.book.leverage[venue.btc] == m.max_leverage
    if venue.name == "mexc":
        bodies = venue.sent("change_leverage")
        assert sorted(b["positionType"] for b in bodies) == [1, 2]
        assert all(b["openType"] == 1 for b in bodies)
    else:
        assert venue.fake.book.margin_mode[venue.btc] == "isolated"


async def test_fetch_balance_when_position_open_then_equity_includes_margin(venue: Venue) -> None:
    await _open_long(venue)
    bal = await venue.broker.fetch_balance()
    assert bal is not None
    assert bal.equity == pytest.approx(Decimal("9999.76"), abs=Decimal("0.01"))
    assert bal.free == pytest.approx(Decimal("9879.76"), abs=Decimal("0.01"))


async def test_fetch_positions_when_long_then_base_units(venue: Venue) -> None:
    await _open_long(venue, "0.02")
    (p,) = await venue.broker.fetch_positions() or []
    assert (p.symbol, p.side, p.amount) == (BTC, "LONG", Decimal("0.02"))


async def test_build_request_when_amount_below_minimum_then_invalid_order_and_nothing_sent(
    venue: Venue,
) -> None:
    n = len(venue.fake.calls)
    with pytest.raises(errors.InvalidOrder):
        await venue.broker.place_order(order("market", "buy", "0.00001"))
    assert len(venue.fake.calls) == n


async def test_place_order_when_symbol_unknown_then_bad_symbol_and_nothing_sent(
    venue: Venue,
) -> None:
    n = len(venue.fake.calls)
    with pytest.raises(errors.BadSymbol):
        await venue.broker.place_order(order("market", symbol="NOPE/USDT:USDT"))
    assert len(venue.fake.calls) == n
