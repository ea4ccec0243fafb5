"""Trailing stops: settings, the pure state machine (never back), and the engine on ticks."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from bot.positions_view import render_position
from config.trading_config import RiskConfig
from engine import Signal
from engine.domain.orders import OrderRole
from engine.domain.trailing import Activation, parse_activation, trail


def _cent(p: Decimal) -> Decimal:
    return p.quantize(Decimal("0.01"))


def test_parse_activation_when_entry_tp_or_percent_then_read_and_else_clear_error() -> None:
    assert parse_activation("entry") == Activation()
    assert parse_activation(" TP2 ") == Activation(tp=2)
    assert parse_activation("1.5%") == Activation(profit=Decimal("0.015"))
    for bad in ("tp0", "soon", "1.5", "-2%"):
        with pytest.raises(ValueError, match="entry, tp1, tp2"):
            parse_activation(bad)


def test_settings_when_trailing_values_bad_then_refused_with_what_to_write() -> None:
    with pytest.raises(ValidationError, match="TRAILING_ACTIVATION"):
        RiskConfig(TRAILING_ACTIVATION="later")
    with pytest.raises(ValidationError):
        RiskConfig(TRAILING_STOP_PCT=2)  # a fraction: 0.02 means 2 %
    ok = RiskConfig(TRAILING_STOP_PCT=0.02, TRAILING_ACTIVATION="TP1")
    assert ok.TRAILING_ACTIVATION == "tp1"


@given(
    st.booleans(),
    st.lists(st.decimals(min_value=1, max_value=100000, places=2), min_size=1, max_size=40),
    st.decimals(min_value=Decimal("0.001"), max_value=Decimal("0.5"), places=3),
)
def test_trail_when_any_price_path_then_stop_never_moves_back(
    is_long: bool, prices: list[Decimal], pct: Decimal
) -> None:
    sl: Decimal | None = None
    best = prices[0]
    for p in prices:
        new_sl, best = trail(is_long, sl, best, p, pct, _cent)
        if sl is not None:
            assert new_sl is not None
            assert (new_sl >= sl) if is_long else (new_sl <= sl)
        sl = new_sl
    extreme = max(prices) if is_long else min(prices)
    assert best == extreme
    assert sl == _cent(extreme * (1 - pct) if is_long else extreme * (1 + pct))


def _stops(engine, tid: str) -> list:
    return [o for o in engine.book.orders.live(tid, OrderRole.STOP_LOSS)]


async def test_on_price_when_trailing_from_entry_then_stop_follows_up_never_down_and_fills(
    make_engine,
) -> None:
    engine = await make_engine(TRAILING_STOP_PCT=0.02, TRAILING_ACTIVATION="entry")
    r = await engine.execute(Signal("BTCUSDT", "LONG", sl=39000, tp=50000))
    t = engine.trades[r.trade_id]
    assert t.extra["trail"]["active"]
    await engine.on_price("BTCUSDT", 44000)
    assert t.sl == Decimal("43120")  # 44000 * 0.98
    assert [o.trigger_price for o in _stops(engine, t.trade_id)] == [t.sl]
    await engine.on_price("BTCUSDT", 43500)  # a pull-back: the stop stays
    assert t.sl == Decimal("43120")
    assert Decimal(t.extra["trail"]["best"]) == 44000
    await engine.on_price("BTCUSDT", 45000)
    assert t.sl == Decimal("44100")
    (pos,) = engine.positions()
    assert pos["trailing"] == {
        "state": "active",
        "active": True,
        "stop": 44100.0,
        "best": 45000.0,
        "pct": 2.0,
    }
    assert "trailing stop 44,100 (best 45,000)" in render_position(pos).replace(".00", "")
    await engine.on_price("BTCUSDT", 44000)  # through the trailed stop
    assert not t.is_active and t.close_reason == "stop_loss"
    assert t.avg_exit is not None and t.avg_exit > t.avg_entry
    log = engine.settings.DATA_DIR / "books" / "paper" / "trades.jsonl"
    last = json.loads(log.read_text().splitlines()[-1])
    assert last["action"] == "CLOSE" and Decimal(last["sl"]) == 44100
    assert last["trailing"]["active"] and Decimal(last["trailing"]["best"]) == 45000


async def test_on_price_when_activation_is_profit_percent_then_trails_only_after_it(
    make_engine,
) -> None:
    engine = await make_engine(TRAILING_STOP_PCT=0.01, TRAILING_ACTIVATION="5%")
    r = await engine.execute(Signal("ETHUSDT", "SHORT", sl=2500, tp=1500))
    t = engine.trades[r.trade_id]
    entry = t.avg_entry
    await engine.on_price("ETHUSDT", float(entry) * 0.97)  # 3 % in profit: not yet
    assert t.sl == Decimal("2500") and "trail" not in t.extra
    await engine.on_price("ETHUSDT", 2100)
    assert t.extra["trail"]["active"] and t.sl == Decimal("2121")
    await engine.on_price("ETHUSDT", 2110)
    assert t.sl == Decimal("2121")


async def test_on_price_when_activation_tp1_then_trails_after_tp1_fills(make_engine) -> None:
    engine = await make_engine(TRAILING_STOP_PCT=0.02, TRAILING_ACTIVATION="tp1")
    r = await engine.execute(Signal("BTCUSDT", "LONG", sl=39000, take_profits=[43000, 48000]))
    t = engine.trades[r.trade_id]
    await engine.on_price("BTCUSDT", 42900)
    assert "trail" not in t.extra
    await engine.on_price("BTCUSDT", 43000)
    await engine.on_price("BTCUSDT", 45000)
    assert t.tps_hit == 1 and t.extra["trail"]["active"]
    assert t.sl == Decimal("44100")
    assert [o.trigger_price for o in _stops(engine, t.trade_id)] == [t.sl]


def test_book_settings_when_book_overrides_trailing_then_its_own_and_checked(tmp_path) -> None:
    from config.settings import BookConfig
    from engine.books import book_settings
    from tests.engine.conftest import make_settings

    main = make_settings(tmp_path)
    own = book_settings(
        main, BookConfig(risk={"TRAILING_STOP_PCT": 0.03, "TRAILING_ACTIVATION": "2%"})
    )
    assert (own.risk.TRAILING_STOP_PCT, own.risk.TRAILING_ACTIVATION) == (0.03, "2%")
    assert main.risk.TRAILING_STOP_PCT is None
    with pytest.raises(ValidationError, match="TRAILING_ACTIVATION"):
        book_settings(main, BookConfig(risk={"TRAILING_ACTIVATION": "whenever"}))
