"""Position mode: read at start, hedge-mode orders, switching to one-way, clear refusals."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from engine import errors
from engine.adapters.ccxt_broker import CcxtBroker
from engine.adapters.exchange_check import check_exchange
from engine.domain.orders import OrderStatus
from engine.one_way import main as one_way_main
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.fake_mexc import FakeMexc
from tests.fakes.fixtures import live_settings
from tests.live.conftest import Venue
from tests.live.helpers import make_broker, order

BTC = "BTC/USDT:USDT"


@pytest.fixture
async def hedged_binance(fake_binance: FakeBinance, tmp_path: Path) -> AsyncIterator[Venue]:
    fake_binance.dual_side = True
    broker = await make_broker(live_settings(fake_binance, "binanceusdm", tmp_path))
    await broker.set_leverage(broker.market(BTC), 5)
    yield Venue("binanceusdm", fake_binance, broker, "BTCUSDT")
    await broker.close()


async def test_binance_when_hedge_mode_then_orders_carry_position_side_and_no_reduce_only(
    hedged_binance: Venue,
) -> None:
    v = hedged_binance
    assert v.broker.hedged
    assert (await v.broker.place_order(order("market", "buy", "0.01"))).status == OrderStatus.FILLED
    sl = order("stop", "sell", "0.01", trigger="59000", reduce_only=True)
    tp = order("limit", "sell", "0.01", price="61000", reduce_only=True)
    for o in (sl, tp):
        u = await v.broker.place_order(o)
        o.exchange_id, o.status = u.exchange_id, u.status
        assert u.status == OrderStatus.OPEN
    entry, tp_body = v.sent("/fapi/v1/order")
    (stop_body,) = v.sent("algoOrder")
    assert entry["positionSide"] == "LONG" and entry["side"] == "BUY"
    assert stop_body["positionSide"] == "LONG" and stop_body["side"] == "SELL"
    assert tp_body["positionSide"] == "LONG" and "reduceOnly" not in tp_body
    assert "reduceOnly" not in stop_body
    v.fake.set_price(v.btc, "58900")
    (upd,) = await v.broker.poll([sl])
    assert upd.status == OrderStatus.FILLED and v.fake.book.positions[v.btc] == 0


async def test_binance_short_in_hedge_mode_then_short_position_side(hedged_binance: Venue) -> None:
    v = hedged_binance
    await v.broker.place_order(order("market", "sell", "0.01"))
    await v.broker.place_order(order("stop", "buy", "0.01", trigger="61000", reduce_only=True))
    assert v.sent("/fapi/v1/order")[0]["positionSide"] == "SHORT"
    assert v.sent("algoOrder")[0]["positionSide"] == "SHORT"


async def test_binance_when_mode_changed_after_start_then_refusal_says_what_to_change(
    binance_settings: object, fake_binance: FakeBinance
) -> None:
    broker = await make_broker(binance_settings)  # type: ignore[arg-type]
    fake_binance.dual_side = True  # switched on the website while sigcopy runs
    try:
        with pytest.raises(errors.PositionModeMismatch) as info:
            await broker.place_order(order("limit", "buy", "0.01", price="59000"))
    finally:
        await broker.close()
    text = info.value.user_message()
    assert "one-way" in text and "Restart sigcopy" in text and "sigcopy one-way" in text


async def test_switch_to_one_way_when_position_open_then_refused_and_mode_kept(
    hedged_binance: Venue,
) -> None:
    v = hedged_binance
    await v.broker.place_order(order("market", "buy", "0.01"))
    with pytest.raises(errors.InvalidOrder, match="positions are open"):
        await v.broker.switch_to_one_way()
    assert v.fake.dual_side and v.broker.hedged  # type: ignore[attr-defined]


async def test_switch_to_one_way_when_nothing_open_then_switched_and_orders_one_way(
    hedged_binance: Venue,
) -> None:
    v = hedged_binance
    assert "now in one-way mode" in await v.broker.switch_to_one_way()
    assert not v.fake.dual_side and not v.broker.hedged  # type: ignore[attr-defined]
    assert "already in one-way mode" in await v.broker.switch_to_one_way()
    await v.broker.place_order(order("market", "buy", "0.01"))
    assert "positionSide" not in v.sent("/fapi/v1/order")[0]


async def test_one_way_command_when_hedged_then_switched(
    fake_binance: FakeBinance, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_binance.dual_side = True
    settings = live_settings(fake_binance, "binanceusdm", tmp_path)
    import asyncio

    # The command runs its own event loop: run it in a thread beside the fake's loop.
    rc = await asyncio.to_thread(one_way_main, [], settings)
    assert rc == 0 and "now in one-way mode" in capsys.readouterr().out
    assert not fake_binance.dual_side


async def test_check_exchange_when_hedge_mode_then_says_so_and_how_to_switch(
    hedged_binance: Venue,
) -> None:
    warnings = await check_exchange(hedged_binance.broker)
    assert any("hedge mode" in w and "sigcopy one-way" in w for w in warnings)


async def test_mexc_when_hedge_mode_then_orders_carry_position_mode_and_switch_works(
    fake_mexc: FakeMexc, tmp_path: Path
) -> None:
    fake_mexc.position_mode = 1
    broker: CcxtBroker = await make_broker(live_settings(fake_mexc, "mexc", tmp_path))
    try:
        assert broker.hedged
        await broker.set_leverage(broker.market(BTC), 5)
        await broker.place_order(order("market", "buy", "0.01"))
        await broker.place_order(order("stop", "sell", "0.01", trigger="59000", reduce_only=True))
        v = Venue("mexc", fake_mexc, broker, "BTC_USDT")
        (entry,) = v.sent("order/create")
        (stop,) = v.sent("planorder/place")
        assert (entry["side"], entry["positionMode"]) == (1, 1)  # open long
        assert (stop["side"], stop["positionMode"]) == (4, 1)  # close long
        with pytest.raises(errors.InvalidOrder, match="positions are open"):
            await broker.switch_to_one_way()
        fake_mexc.book.close_position_by_hand("BTC_USDT")
        assert "now in one-way mode" in await broker.switch_to_one_way()
        assert fake_mexc.position_mode == 2
    finally:
        await broker.close()


async def test_mexc_when_mode_changed_after_start_then_refusal_says_what_to_change(
    fake_mexc: FakeMexc, tmp_path: Path
) -> None:
    fake_mexc.position_mode = 1  # hedge when sigcopy starts
    broker: CcxtBroker = await make_broker(live_settings(fake_mexc, "mexc", tmp_path))
    try:
        assert broker.hedged
        await broker.set_leverage(broker.market(BTC), 5)
        fake_mexc.position_mode = 2  # switched to one-way on the website while sigcopy runs
        with pytest.raises(errors.PositionModeMismatch) as info:
            await broker.place_order(order("limit", "buy", "0.01", price="59000"))
    finally:
        await broker.close()
    text = info.value.user_message()
    assert "sigcopy read hedge mode" in text and "Restart sigcopy" in text
    assert "sigcopy one-way" in text and "MEXC's futures page" in text
    assert fake_mexc.book.placed() == []  # refused, nothing placed


async def test_mexc_switch_to_one_way_when_an_order_rests_then_says_to_cancel_it(
    fake_mexc: FakeMexc, tmp_path: Path
) -> None:
    fake_mexc.position_mode = 1
    broker: CcxtBroker = await make_broker(live_settings(fake_mexc, "mexc", tmp_path))
    try:
        await broker.set_leverage(broker.market(BTC), 5)
        await broker.place_order(order("limit", "buy", "0.01", price="59000"))  # no position
        with pytest.raises(errors.InvalidOrder) as info:
            await broker.switch_to_one_way()  # MEXC answers 2019
    finally:
        await broker.close()
    text = info.value.user_message()
    assert "an order or position is open" in text and "Cancel open orders" in text
    assert fake_mexc.position_mode == 1 and broker.hedged
