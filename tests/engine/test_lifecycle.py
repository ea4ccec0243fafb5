"""Daily loss limit across UTC midnight, expiry, follow-ups, stats, the trade log, restarts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from engine import Signal, TradingEngine
from engine.domain.orders import OrderRole


async def test_execute_when_daily_loss_limit_reached_then_refused_until_next_utc_day(
    make_engine,
) -> None:
    engine = await make_engine(MAX_LEVERAGE=10)
    assert await engine.execute_signal(Signal("BTCUSDT", "LONG", sl=39900, leverage=10))
    await engine.on_price("BTCUSDT", 39880)  # about -510 on a day that started at 10000
    assert engine.get_stats()["daily_pnl"] < -500
    r = await engine.execute(Signal("ETHUSDT", "LONG", sl=2200))
    assert not r.ok and "daily loss limit reached" in r.reasons[0]
    assert "00:00 UTC" in r.reasons[0]
    assert any(e.kind == "daily_limit_reached" for e in make_engine.events)
    make_engine.clock.advance_to(datetime(2024, 3, 1, 23, 59, 59, tzinfo=UTC))
    assert not await engine.execute_signal(Signal("ETHUSDT", "LONG", sl=2200))
    make_engine.clock.advance_to(datetime(2024, 3, 2, 0, 0, 1, tzinfo=UTC))
    assert await engine.execute_signal(Signal("ETHUSDT", "LONG", sl=2200))
    assert engine.get_stats()["daily_pnl"] > -100


async def test_monitor_when_limit_entry_older_than_ttl_then_expired(make_engine) -> None:
    engine = await make_engine(LIMIT_ORDER_TTL_HOURS=24)
    r = await engine.execute(Signal("BTCUSDT", "LONG", entry=41000, tp=45000, sl=39000))
    make_engine.clock.advance(23 * 3600)
    await engine.monitor_pass()
    assert engine.trades[r.trade_id].is_active
    make_engine.clock.advance(2 * 3600)
    await engine.on_price("BTCUSDT", 42100)
    t = engine.trades[r.trade_id]
    assert t.close_reason == "expired" and not t.is_active
    assert all(not o.is_live for o in engine.book.orders.of_trade(t.trade_id))


async def test_on_price_when_tp1_reached_before_entry_then_entries_cancelled(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(Signal("BTCUSDT", "LONG", entry=41000, tp=43000, sl=39000))
    await engine.on_price("BTCUSDT", 43050)
    t = engine.trades[r.trade_id]
    assert t.close_reason == "tp1_before_entry" and t.entry_qty == 0


async def test_apply_update_when_close_partial_move_sl_then_position_follows(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(
        Signal("BTCUSDT", "LONG", take_profits=[44000, 45000], sl=40000, leverage=3)
    )
    t = engine.trades[r.trade_id]
    assert (await engine.apply_update("CLOSE_PARTIAL", symbol="BTCUSDT", fraction=0.5)).ok
    assert t.open_qty == Decimal("0.036")
    live = [o for o in engine.book.orders.of_trade(t.trade_id) if o.is_live]
    assert sum(o.amount for o in live if o.role == OrderRole.TAKE_PROFIT) == t.open_qty
    assert [o.amount for o in live if o.role == OrderRole.STOP_LOSS] == [t.open_qty]
    early = await engine.apply_update("MOVE_SL", symbol="BTCUSDT", to_entry=True)
    assert not early.ok  # 42021 is above the market (42000): it would fire at once
    await engine.on_price("BTCUSDT", 42500)
    assert (await engine.apply_update("MOVE_SL", symbol="BTCUSDT", to_entry=True)).ok
    assert t.sl == t.avg_entry
    bad = await engine.apply_update("MOVE_SL", symbol="BTCUSDT", price=50000)
    assert not bad.ok and "past the market price" in bad.reasons[0]
    assert (await engine.apply_update("CLOSE", trade_id=t.trade_id)).ok
    assert t.close_reason == "closed_by_update" and t.open_qty == 0


async def test_apply_update_when_cancel_unfilled_then_trade_cancelled(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(Signal("BTCUSDT", "LONG", entry=41000, tp=45000, sl=39000))
    assert (await engine.apply_update("CANCEL", symbol="BTC/USDT")).ok
    assert engine.trades[r.trade_id].close_reason == "cancelled_by_update"
    assert not (await engine.apply_update("CLOSE", symbol="ETHUSDT")).ok


async def test_trade_log_when_open_partial_and_close_then_lines_have_all_fields(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(
        Signal("BTCUSDT", "LONG", take_profits=[43000, 45000], sl=40000, source="@chan")
    )
    await engine.on_price("BTCUSDT", 43100)
    await engine.on_price("BTCUSDT", 45100)
    lines = [
        json.loads(x)
        for x in (engine.settings.DATA_DIR / "books" / "paper" / "trades.jsonl").open()
    ]
    assert [x["action"] for x in lines] == ["OPEN", "PARTIAL_CLOSE", "CLOSE"]
    for x in lines:
        for k in (
            "mode",
            "action",
            "symbol",
            "side",
            "entry_price",
            "quantity",
            "leverage",
            "order_id",
            "tp",
            "sl",
            "fees",
            "timestamp",
        ):
            assert k in x, k
        assert x["mode"] == "paper" and x["trade_id"] == r.trade_id and x["source"] == "@chan"
        assert datetime.fromisoformat(x["timestamp"].replace("Z", "+00:00")).tzinfo is not None
    for x in lines[1:]:
        assert {"exit_price", "pnl", "reason"} <= set(x) and x["reason"] == "take_profit"
    assert sum(Decimal(x["quantity"]) for x in lines[1:]) == Decimal(lines[0]["quantity"])


async def test_get_stats_when_one_win_one_loss_then_figures_add_up(engine: TradingEngine) -> None:
    await engine.execute(Signal("BTCUSDT", "LONG", tp=43000, sl=41000, leverage=3))
    await engine.on_price("BTCUSDT", 43100)
    await engine.execute(Signal("ETHUSDT", "LONG", tp=2400, sl=2250, leverage=3))
    await engine.on_price("ETHUSDT", 2240)
    s = engine.get_stats()
    keys = {
        "signals_processed",
        "trades_executed",
        "trades_failed",
        "total_fees_paid",
        "equity",
        "open_positions",
        "realized_pnl",
        "unrealized_pnl",
        "win_rate",
        "max_drawdown_pct",
        "daily_pnl",
        "halted",
    }
    assert keys <= set(s)
    assert (s["signals_processed"], s["trades_executed"], s["open_positions"]) == (2, 2, 0)
    assert s["win_rate"] == 0.5 and s["wins"] == 1 and s["losses"] == 1
    trades = list(engine.trades.values())
    assert s["realized_pnl"] == float(sum(t.net_pnl for t in trades))
    assert s["equity"] == 10000 + s["realized_pnl"]
    assert s["total_fees_paid"] == float(sum(t.fees for t in trades))
    assert s["max_drawdown_pct"] > 0
    assert len(engine.equity_curve()) == 3


async def test_restart_when_engine_reopened_then_positions_orders_and_equity_restored(
    make_engine,
) -> None:
    e1 = await make_engine()
    await e1.execute(Signal("BTCUSDT", "LONG", take_profits=[43000, 45000], sl=40000))
    await e1.execute(Signal("ETHUSDT", "SHORT", entry=2350, tp=2200, sl=2450))
    await e1.on_price("BTCUSDT", 43100)
    before = (
        e1.get_stats(),
        e1.positions(),
        sorted(o.client_id for o in e1.orders.values() if o.is_live),
    )
    await e1.aclose()
    e2 = await make_engine()
    await e2.on_price("BTCUSDT", 43100)
    after = (
        e2.get_stats(),
        e2.positions(),
        sorted(o.client_id for o in e2.orders.values() if o.is_live),
    )
    assert after == before
    await e2.on_price("ETHUSDT", 2351)  # the restored resting short entry still fills
    assert e2.get_stats()["open_positions"] == 2


CHILD = r"""
import asyncio, json, os, signal, sys
from config import load_settings
from engine import TradingEngine, Signal
from engine.adapters.simulated_feed import SimulatedFeed
async def main():
    s = load_settings(DATA_DIR=sys.argv[1], LOG_DIR=sys.argv[1], PAPER_PRICE_SOURCE="simulated")
    e = TradingEngine("paper", s, market_data=SimulatedFeed(seed=1))
    await e.execute(Signal("BTCUSDT", "LONG", take_profits=[43000, 45000], sl=40000, signal_id="k1"))
    await e.execute(Signal("ETHUSDT", "SHORT", entry=2350, tp=2200, sl=2450, signal_id="k2"))
    await e.on_price("BTCUSDT", 43100)
    live = sorted([o.role.value, o.side, str(o.amount), str(o.price), str(o.trigger_price)]
                  for o in e.orders.values() if o.is_live)
    print(json.dumps({"cash": str(e.ledger.cash), "positions": e.positions(), "live": live}))
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)
asyncio.run(main())
"""


async def test_restart_when_process_killed_with_sigkill_then_state_restored(tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert proc.returncode == -9, proc.stderr
    before = json.loads(proc.stdout.strip().splitlines()[-1])
    from config import load_settings
    from engine.adapters.simulated_feed import SimulatedFeed

    s = load_settings(DATA_DIR=data, LOG_DIR=data, PAPER_PRICE_SOURCE="simulated")
    e = TradingEngine("paper", s, market_data=SimulatedFeed(seed=1))
    await e.start()
    await e.on_price("BTCUSDT", 43100)
    try:
        assert str(e.ledger.cash) == before["cash"]
        assert e.positions() == before["positions"]
        # Acknowledgements are written lazily: an order the kill caught unacknowledged is looked
        # up, found missing (a paper broker keeps no state of its own) and placed again.
        live = sorted(
            [o.role.value, o.side, str(o.amount), str(o.price), str(o.trigger_price)]
            for o in e.orders.values()
            if o.is_live
        )
        assert live == before["live"]
        lines = [json.loads(x) for x in (data / "books" / "paper" / "trades.jsonl").open()]
        assert [x["action"] for x in lines] == ["OPEN", "PARTIAL_CLOSE"]
    finally:
        await e.aclose()


async def test_check_all_when_nothing_due_then_zero_and_when_ttl_passed_then_expired(
    make_engine,
) -> None:
    engine = await make_engine(LIMIT_ORDER_TTL_HOURS=1)
    r = await engine.execute(Signal("BTCUSDT", "LONG", entry=41000, tp=45000, sl=39000))
    await engine.execute(Signal("ETHUSDT", "LONG", tp=2400, sl=2200))
    assert await engine.check_all() == 0
    assert engine.trades[r.trade_id].is_active
    make_engine.clock.advance(3601)
    await engine.check_all()
    assert engine.trades[r.trade_id].close_reason == "expired"
    assert engine.get_stats()["open_positions"] == 1


async def test_expiry_when_entry_fills_during_its_cancel_then_trade_reopened_with_a_stop(
    make_engine,
) -> None:
    from engine.domain.orders import OrderStatus, OrderUpdate

    engine = await make_engine(LIMIT_ORDER_TTL_HOURS=1)
    # (The simulator answers at once: the engine takes its cancel_now answer, unawaited.)
    real_cancel = engine.broker.cancel_now

    def cancel_loses_the_race(order):  # the exchange filled it just before the cancel
        if order.role == OrderRole.ENTRY:
            fee = order.price * order.amount * Decimal("0.0002")
            return OrderUpdate(order.client_id, OrderStatus.FILLED, order.amount, order.price, fee)
        return real_cancel(order)

    engine.broker.cancel_now = cancel_loses_the_race
    r = await engine.execute(Signal("BTCUSDT", "LONG", entry=41000, tp=45000, sl=39000))
    make_engine.clock.advance(3601)
    await engine.check_all()
    t = engine.trades[r.trade_id]
    assert t.is_active and t.open_qty == t.planned_qty
    stops = [
        o
        for o in engine.book.orders.of_trade(t.trade_id)
        if o.role == OrderRole.STOP_LOSS and o.is_live
    ]
    assert [o.amount for o in stops] == [t.open_qty]


async def test_apply_update_when_numbers_are_bad_then_refused_and_nothing_changes(
    engine: TradingEngine,
) -> None:
    import math

    await engine.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000))
    before = engine.positions()
    for kind, kw in (
        ("CLOSE_PARTIAL", {"fraction": 1.5}),
        ("CLOSE_PARTIAL", {"fraction": math.nan}),
        ("MOVE_SL", {"price": -5.0}),
        ("MOVE_SL", {"price": math.inf}),
    ):
        r = await engine.apply_update(kind, symbol="BTCUSDT", **kw)
        assert not r.ok and r.reasons, (kind, kw)
    assert engine.positions() == before and before[0]["sl"] == 40000.0


def test_next_client_id_when_trade_id_is_long_then_ids_stay_unique() -> None:
    from engine.domain.trade import Trade

    t = Trade(
        "tg-1001234567890_1234567", "BTC/USDT:USDT", "LONG", 3, 3, Decimal(1), [], [], [], None
    )
    ids = {t.next_client_id("close") for _ in range(50)}
    assert len(ids) == 50
