"""Follow-ups never trade a guess: a partial close without its share closes nothing, and a
channel's cancel ends only the unfilled limit entries of its signal (engine API, paper)."""

from __future__ import annotations

from engine import Signal, TradingEngine
from engine.domain.orders import OrderRole
from engine.domain.trade import TradeStatus


async def test_apply_update_when_partial_close_has_no_share_then_refused_and_nothing_closed(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000))
    t = engine.trades[r.trade_id]
    qty = t.open_qty
    refused = await engine.apply_update("CLOSE_PARTIAL", symbol="BTCUSDT")
    assert not refused.ok
    assert refused.reasons == [
        "a partial close needs the share to close (fraction above 0, at most 1) and none was "
        "given: nothing was closed"
    ]
    assert t.open_qty == qty and t.is_active  # not 50% (the guess it used to be)
    done = await engine.apply_update("CLOSE_PARTIAL", trade_id=t.trade_id, fraction=0.25)
    # 0.023 less a quarter rounded to the 0.001 step: 0.018 left (half would leave 0.012)
    assert done.ok and qty * 3 / 4 <= t.open_qty < qty


async def test_apply_update_when_cancel_after_a_fill_then_unfilled_entries_end_and_position_stays(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(
        Signal("BTCUSDT", "LONG", entries=[41800, 41000], tp=45000, sl=40000, source="chan")
    )
    t = engine.trades[r.trade_id]
    await engine.on_price("BTCUSDT", 41700)  # the first entry fills, the second rests
    resting = engine.book.orders.live(t.trade_id, OrderRole.ENTRY)
    assert t.status == TradeStatus.OPEN and len(resting) == 1
    filled = t.open_qty
    done = await engine.apply_update("CANCEL", symbol="BTCUSDT", source="chan")
    assert done.ok, done.reasons
    assert done.reasons == [
        f"BTC/USDT:USDT: the unfilled entries were cancelled; the position ({filled} filled) "
        "stays open with its stop at 40000"
    ]
    assert engine.book.orders.live(t.trade_id, OrderRole.ENTRY) == []
    assert t.status == TradeStatus.OPEN and t.open_qty == filled
    (stop,) = engine.book.orders.live(t.trade_id, OrderRole.STOP_LOSS)
    assert stop.amount == filled
    await engine.on_price("BTCUSDT", 40900)  # past the cancelled entry: it never fills
    assert t.open_qty == filled and t.status == TradeStatus.OPEN  # above its stop at 40,000
    again = await engine.apply_update("CANCEL", trade_id=t.trade_id)
    assert not again.ok and "nothing to cancel" in again.reasons[0]
