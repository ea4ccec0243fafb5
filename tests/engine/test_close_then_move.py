""" "Close 50% and move SL to entry": the engine closes the share, then moves the stop, each
recorded; a stop that cannot move closes nothing (paper engine, simulated feed at 42000)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from engine import Signal, TradingEngine
from engine.domain.orders import OrderRole, OrderStatus


def _orders(engine: TradingEngine, trade_id: str, role: OrderRole) -> list[Any]:
    return [o for o in engine.book.orders.of_trade(trade_id) if o.role == role]


async def _open(engine: TradingEngine) -> str:
    r = await engine.execute(Signal("BTCUSDT", "LONG", tp=[46000], sl=41000, leverage=3))
    assert r.ok and r.trade_id is not None
    return r.trade_id


async def test_update_when_close_half_then_stop_to_entry_then_both_done_in_order(
    engine: TradingEngine,
) -> None:
    tid = await _open(engine)
    t = engine.trades[tid]
    qty, entry = t.open_qty, t.avg_entry
    await engine.on_price("BTCUSDT", 43000)  # in profit: the entry is below the market
    r = await engine.apply_update(
        "CLOSE_PARTIAL", trade_id=tid, fraction=0.5, then="MOVE_SL", to_entry=True
    )
    assert r.ok, r.reasons
    market = engine.resolve("BTCUSDT")
    assert market is not None
    half = market.round_amount(qty / 2)  # on the market's amount step
    (close,) = _orders(engine, tid, OrderRole.CLOSE)
    assert close.amount == half and close.status == OrderStatus.FILLED
    assert t.open_qty == qty - half
    assert t.sl == entry and t.sl_at_entry
    live = [o for o in _orders(engine, tid, OrderRole.STOP_LOSS) if o.is_live]
    assert [(o.trigger_price, o.amount) for o in live] == [(entry, qty - half)]
    # Recorded: the close order and the trade's new stop are in the database.
    await engine.book.journal.flush()
    record = await engine.store.get("trade", tid)
    assert record is not None and Decimal(record["sl"]) == entry
    assert await engine.store.get("order", close.client_id) is not None


async def test_update_when_stop_cannot_move_then_nothing_closed(engine: TradingEngine) -> None:
    tid = await _open(engine)
    t = engine.trades[tid]
    qty, sl = t.open_qty, t.sl
    await engine.on_price("BTCUSDT", 41500)  # in loss: a stop at the entry is past the market
    r = await engine.apply_update(
        "CLOSE_PARTIAL", trade_id=tid, fraction=0.5, then="MOVE_SL", to_entry=True
    )
    assert not r.ok
    assert "would be past the market price 41500" in r.reasons[0]
    assert r.reasons[0].endswith("nothing was closed")
    assert _orders(engine, tid, OrderRole.CLOSE) == []
    assert (t.open_qty, t.sl) == (qty, sl)


async def test_update_when_share_missing_then_refused_and_nothing_done(
    engine: TradingEngine,
) -> None:
    tid = await _open(engine)
    r = await engine.apply_update("CLOSE_PARTIAL", trade_id=tid, then="MOVE_SL", to_entry=True)
    assert not r.ok and r.reasons == ["a partial close then a stop move needs the share to close"]
    assert _orders(engine, tid, OrderRole.CLOSE) == []
