"""Every risk refusal: a reason, and no trade or order left behind."""

from __future__ import annotations

import math
from typing import Any

import pytest

from engine import Signal, TradingEngine


async def _refused(engine: TradingEngine, signal: Signal, words: str) -> None:
    before = (len(engine.trades), len(engine.orders))
    r = await engine.execute(signal)
    assert not r.ok
    text = " ".join(r.reasons).lower()
    assert words.lower() in text, text
    assert (len(engine.trades), len(engine.orders)) == before
    assert await engine.store.get("trade", str(signal.signal_id)) is None
    assert not [o for o in await engine.store.load("order") if o["trade_id"] == signal.signal_id]


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"side": "UP"}, "unknown side"),
        ({"side": None}, "unknown side"),
        ({"entry": -5.0}, "entry price -5.0 is not a positive"),
        ({"entry": math.nan}, "not a positive finite"),
        ({"sl": math.inf}, "stop-loss inf"),
        ({"tp": 0.0}, "take-profit price 0.0"),
        ({"leverage": 0}, "leverage 0 is outside"),
        ({"leverage": 500}, "leverage 500 is outside"),
        ({"symbol": "NOSUCHCOINUSDT"}, "unknown symbol"),
        ({"tp": 41000.0}, "TP1 41000.0 is on the wrong side"),
        ({"sl": 43000.0}, "stop 43000.0 is on the wrong side"),
        ({"entry": 30000.0, "tp": 31000.0, "sl": 29000.0}, "from the market price"),
    ],
)
async def test_execute_when_signal_is_bad_then_refused_with_reason(
    engine: TradingEngine, kwargs: dict[str, Any], words: str
) -> None:
    base: dict[str, Any] = {"symbol": "BTCUSDT", "side": "LONG", "tp": 45000.0, "sl": 40000.0}
    base.update(kwargs)
    await _refused(engine, Signal(**base), words)
    assert engine.get_stats()["trades_executed"] == 0


async def test_execute_when_short_with_wrong_sides_then_refused(engine: TradingEngine) -> None:
    await _refused(engine, Signal("BTCUSDT", "SHORT", tp=45000, sl=40000), "wrong side")


async def test_execute_when_halted_by_call_then_refused_and_resume_allows(
    engine: TradingEngine,
) -> None:
    engine.halt("market turned")
    assert (engine.settings.DATA_DIR / "EMERGENCY_STOP").exists()
    await _refused(engine, Signal("BTCUSDT", "LONG", sl=40000), "halted (market turned)")
    engine.resume()
    assert not (engine.settings.DATA_DIR / "EMERGENCY_STOP").exists()
    assert await engine.execute_signal(Signal("BTCUSDT", "LONG", sl=40000))


async def test_execute_when_emergency_stop_file_appears_then_refused(engine: TradingEngine) -> None:
    (engine.settings.DATA_DIR / "EMERGENCY_STOP").write_text("ops said stop\n")
    await _refused(engine, Signal("BTCUSDT", "LONG", sl=40000), "ops said stop")
    assert engine.get_stats()["halted"] is True


async def test_halt_when_position_open_then_position_stays_open(engine: TradingEngine) -> None:
    assert await engine.execute_signal(Signal("BTCUSDT", "LONG", sl=40000))
    engine.halt("pause")
    assert engine.get_stats()["open_positions"] == 1
    assert await engine.close_all() == 1
    assert engine.get_stats()["open_positions"] == 0


async def test_execute_when_max_concurrent_reached_then_refused(make_engine) -> None:
    engine = await make_engine(MAX_CONCURRENT_TRADES=2)
    assert await engine.execute_signal(Signal("BTCUSDT", "LONG", sl=40000))
    assert await engine.execute_signal(Signal("ETHUSDT", "LONG", sl=2200))
    await _refused(engine, Signal("SOLUSDT", "LONG", sl=90), "MAX_CONCURRENT_TRADES reached")


async def test_execute_when_same_symbol_and_side_open_then_refused(engine: TradingEngine) -> None:
    assert await engine.execute_signal(Signal("BTCUSDT", "LONG", sl=40000))
    await _refused(engine, Signal("BTC/USDT", "LONG", sl=40000), "already open")
    assert await engine.execute_signal(Signal("BTC/USDT:USDT", "SHORT", sl=44000))


async def test_execute_when_leverage_above_cap_then_clamped_and_recorded(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(Signal("BTCUSDT", "LONG", sl=40000, leverage=20))
    t = engine.trades[r.trade_id]
    assert (t.leverage, t.requested_leverage) == (3, 20)
    p = await engine.preview(Signal("ETHUSDT", "LONG", sl=2200, leverage=20))
    assert p.leverage_clamped and p.leverage == 3


async def test_execute_when_quantity_below_market_minimum_then_refused(make_engine) -> None:
    engine = await make_engine(MAX_POSITION_SIZE_PCT=0.0001)
    await _refused(engine, Signal("BTCUSDT", "LONG", sl=40000), "below the market's minimum")


async def test_execute_when_margin_exceeds_free_equity_then_refused(make_engine) -> None:
    engine = await make_engine(MAX_POSITION_SIZE_PCT=0.6, MAX_CONCURRENT_TRADES=5)
    assert await engine.execute_signal(Signal("BTCUSDT", "LONG", sl=40000))
    await _refused(engine, Signal("ETHUSDT", "LONG", sl=2200), "exceeds free equity")


async def test_execute_when_same_signal_id_twice_then_second_refused(engine: TradingEngine) -> None:
    assert await engine.execute_signal(Signal("BTCUSDT", "LONG", sl=40000, signal_id="x1"))
    await engine.close_position("BTCUSDT")
    r = await engine.execute(Signal("BTCUSDT", "LONG", sl=40000, signal_id="x1"))
    assert not r.ok and "already executed" in r.reasons[0]


async def test_execute_parsed_signal_when_invalid_then_refused(engine: TradingEngine) -> None:
    from parsers import EnhancedParser

    parser = EnhancedParser(enable_ai=False)
    bad = parser.parse_sync("BTCUSDT LONG\nEntry: 42000\nTP: 41000\nSL: 40000")
    assert bad is not None and not bad.is_valid()
    assert await engine.execute_parsed_signal(bad) is False
    good = parser.parse_sync("BTCUSDT LONG\nEntry: 42000\nTP: 45000\nSL: 40000\nLeverage 3x")
    assert await engine.execute_parsed_signal(good) is True
    assert engine.get_stats()["signals_refused"] == 1
