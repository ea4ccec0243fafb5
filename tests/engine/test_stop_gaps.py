"""Paper stops fill as a stop-market order does: at the price that reached them, which after a
gap is beyond the stop, plus PAPER_SLIPPAGE_BPS against the trader; never at the stop's own
level when the price jumped past it (engine/adapters/simulated_broker.py, docs/paper.md)."""

from __future__ import annotations

from decimal import Decimal

from engine import Signal, TradingEngine


async def test_on_price_when_long_gaps_through_stop_then_fills_at_gap_price_less_slippage(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000, leverage=3))
    await engine.on_price("BTCUSDT", 40500)  # above the stop: nothing
    assert engine.trades[r.trade_id].is_active
    await engine.on_price("BTCUSDT", 38000)  # the next price is 2,000 under the stop
    t = engine.trades[r.trade_id]
    assert t.close_reason == "stop_loss"
    assert t.avg_exit == Decimal("37981.0")  # 38,000 less 5 bps, floored to the tick
    assert t.gross_pnl == (Decimal("37981.0") - t.avg_entry) * t.exit_qty  # type: ignore[operator]


async def test_on_price_when_short_gaps_through_stop_then_fills_at_gap_price_plus_slippage(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(Signal("BTCUSDT", "SHORT", tp=40000, sl=44000, leverage=3))
    await engine.on_price("BTCUSDT", 46000)
    t = engine.trades[r.trade_id]
    assert t.close_reason == "stop_loss"
    assert t.avg_exit == Decimal("46023.0")  # 46,000 plus 5 bps, rounded up to the tick


async def test_on_price_when_tick_lands_on_stop_then_fills_at_stop_less_slippage_only(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000, leverage=3))
    await engine.on_price("BTCUSDT", 40000)
    t = engine.trades[r.trade_id]
    assert t.close_reason == "stop_loss"
    assert t.avg_exit == Decimal("39980.0")  # no gap: the stop's level, less 5 bps
