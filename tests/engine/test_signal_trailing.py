"""A signal's own trailing stop and break-even, applied by the protector for its trade in
preference to the settings (paper engine)."""

from __future__ import annotations

from decimal import Decimal

from engine import Signal
from parsers import EnhancedParser


async def test_execute_when_signal_carries_trailing_and_settings_none_then_its_trade_trails(
    make_engine,
) -> None:
    engine = await make_engine(ALLOW_DUPLICATE_POSITIONS=True)  # TRAILING_STOP_PCT unset
    text = "#BTC/USDT LONG\nTP1: 43000\nTP2: 48000\nSL: 39000\nTrailing stop 2% after TP1"
    parsed = EnhancedParser().parse_sync(text)
    assert parsed is not None
    r = await engine.execute(parsed.to_signal())
    other = await engine.execute(Signal("BTCUSDT", "LONG", sl=39000, tp=48000))
    t, plain = engine.trades[r.trade_id], engine.trades[other.trade_id]
    await engine.on_price("BTCUSDT", 42900)
    assert "trail" not in t.extra  # waits for TP1
    await engine.on_price("BTCUSDT", 43000)
    await engine.on_price("BTCUSDT", 45000)
    assert t.tps_hit == 1 and t.extra["trail"]["active"]
    assert t.sl == Decimal("44100")  # 2 % under 45,000, above break-even (entry)
    assert plain.sl == Decimal("39000") and "trail" not in plain.extra  # no trailing of its own


async def test_execute_when_signal_trailing_differs_from_settings_then_signal_wins(
    make_engine,
) -> None:
    engine = await make_engine(
        TRAILING_STOP_PCT=0.05, TRAILING_ACTIVATION="entry", ALLOW_DUPLICATE_POSITIONS=True
    )
    r = await engine.execute(Signal("BTCUSDT", "LONG", sl=39000, tp=50000, trailing_stop_pct=0.01))
    other = await engine.execute(Signal("BTCUSDT", "LONG", sl=39000, tp=50000))
    await engine.on_price("BTCUSDT", 45000)
    assert engine.trades[r.trade_id].sl == Decimal("44550")  # its own 1 %, from entry (book's)
    assert engine.trades[other.trade_id].sl == Decimal("42750")  # the settings' 5 %


async def test_execute_when_signal_says_break_even_after_tp2_then_not_after_tp1(
    make_engine,
) -> None:
    engine = await make_engine(MOVE_SL_TO_ENTRY_AFTER_TP1=True)
    r = await engine.execute(
        Signal(
            "BTCUSDT",
            "LONG",
            sl=39000,
            take_profits=[43000, 44000, 46000],
            break_even_after_tp=2,
        )
    )
    t = engine.trades[r.trade_id]
    await engine.on_price("BTCUSDT", 43000)
    assert t.tps_hit == 1 and t.sl == Decimal("39000") and not t.sl_at_entry
    await engine.on_price("BTCUSDT", 44000)
    assert t.tps_hit == 2 and t.sl == t.avg_entry and t.sl_at_entry


async def test_execute_when_signal_trailing_is_nonsense_then_refused_with_reason(
    make_engine,
) -> None:
    engine = await make_engine()
    r = await engine.execute(Signal("BTCUSDT", "LONG", sl=39000, tp=50000, trailing_stop_pct=2.0))
    assert not r.ok and "trailing stop 2.0 is not a fraction" in r.reasons[0]
    r = await engine.execute(
        Signal("BTCUSDT", "LONG", sl=39000, tp=50000, trailing_activation="soon")
    )
    assert not r.ok and "trailing activation 'soon' is not understood" in r.reasons[0]
    assert engine.get_stats()["open_positions"] == 0
