"""A trailing trade across an engine restart over the same data dir (paper): it keeps trailing
from where it was, never from the price at restart, and never moves back."""

from __future__ import annotations

from decimal import Decimal

from engine import Signal
from engine.domain.orders import OrderRole


async def test_restart_when_trailing_active_then_best_and_stop_restored_and_trailing_goes_on(
    make_engine,
) -> None:
    e1 = await make_engine(TRAILING_STOP_PCT=0.02, TRAILING_ACTIVATION="entry")
    r = await e1.execute(Signal("BTCUSDT", "LONG", sl=39000, tp=50000))
    tid = r.trade_id
    await e1.on_price("BTCUSDT", 44000)
    await e1.on_price("BTCUSDT", 45000)
    t1 = e1.trades[tid]
    assert t1.sl == Decimal("44100") and t1.extra["trail"]["best"] == "45000"
    await e1.aclose()

    e2 = await make_engine(TRAILING_STOP_PCT=0.02, TRAILING_ACTIVATION="entry")
    t2 = e2.trades[tid]
    assert t2.extra["trail"]["active"] is True
    assert Decimal(t2.extra["trail"]["best"]) == 45000 and t2.sl == Decimal("44100")
    (stop,) = e2.book.orders.live(tid, OrderRole.STOP_LOSS)
    assert stop.trigger_price == Decimal("44100")
    # A fresh trailing stop from 44,500 would sit at 43,610: the restored one stays at 44,100.
    await e2.on_price("BTCUSDT", 44500)
    assert t2.sl == Decimal("44100")
    await e2.on_price("BTCUSDT", 46000)  # a new best after the restart: it trails on
    assert t2.sl == Decimal("45080")
    (stop,) = e2.book.orders.live(tid, OrderRole.STOP_LOSS)
    assert stop.trigger_price == Decimal("45080")
    pos = next(p for p in e2.positions() if p["symbol"] == t2.symbol)
    assert pos["trailing"]["active"] and pos["trailing"]["stop"] == 45080.0
    await e2.on_price("BTCUSDT", 45000)  # falls through the trailed stop
    assert not t2.is_active and t2.avg_exit is not None and t2.avg_exit >= Decimal("44900")
