"""The book is there when the engine is: a new engine over an existing data dir shows the
restored positions, balance, resting entries and counters before start() has run."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine import Signal, TradingEngine
from engine.adapters.simulated_feed import SimulatedFeed
from tests.engine.conftest import EngineFactory, make_settings


async def _traded_then_killed(make_engine: EngineFactory) -> tuple[dict, list, str]:
    first = await make_engine()
    assert await first.execute_signal(Signal("BTCUSDT", "LONG", tp=45000, sl=40000, leverage=3))
    r = await first.execute(Signal("ETHUSDT", "LONG", entry=2200, tp=2600, sl=2100))
    assert r.ok and r.trade_id
    await first.on_price("BTCUSDT", 42500)
    stats, positions = first.get_stats(), first.positions()
    await first.book.journal.flush()  # committed; the process then dies without closing
    make_engine.engines.remove(first)
    await first.store.close()
    return stats, positions, r.trade_id


def _fresh(make_engine: EngineFactory) -> TradingEngine:
    s = make_settings(make_engine.tmp_path)
    feed = SimulatedFeed(seed=1, start_prices={"BTC": 42000.0, "ETH": 2300.0})
    engine = TradingEngine("paper", s, clock=make_engine.clock, market_data=feed)
    make_engine.engines.append(engine)
    return engine


async def test_get_stats_when_engine_constructed_over_a_data_dir_then_the_book_is_restored_before_start(
    make_engine: EngineFactory,
) -> None:
    before, positions, pending_id = await _traded_then_killed(make_engine)
    engine = _fresh(make_engine)
    assert not engine._started
    after = engine.get_stats()
    for k in (
        "signals_processed",
        "trades_executed",
        "open_positions",
        "pending_entries",
        "total_fees_paid",
        "realized_pnl",
    ):
        assert after[k] == before[k], k
    assert after["open_positions"] == 1 and after["pending_entries"] == 1
    assert [p["trade_id"] for p in engine.positions()] == [p["trade_id"] for p in positions]
    assert [t.trade_id for t in engine.pending_trades()] == [pending_id]
    # The resting entry holds margin in the restored book as it did before.
    assert after["free_margin"] < after["equity"]


async def test_on_price_when_called_before_start_then_it_acts_on_the_restored_book(
    make_engine: EngineFactory,
) -> None:
    await _traded_then_killed(make_engine)
    engine = _fresh(make_engine)
    await engine.on_price("BTCUSDT", 39000)  # below the restored stop at 40000
    stats = engine.get_stats()
    assert stats["open_positions"] == 0 and stats["losses"] == 1
    assert engine._started  # the first touch started it


async def test_execute_when_called_before_start_then_the_restored_book_counts(
    make_engine: EngineFactory,
) -> None:
    await _traded_then_killed(make_engine)
    engine = _fresh(make_engine)
    # Same symbol and side as the restored open position: refused as a duplicate.
    r = await engine.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000))
    assert not r.ok and any("already open" in x for x in r.reasons)
    assert engine.get_stats()["signals_processed"] == 3


def test_constructor_when_data_dir_is_new_then_nothing_is_created_or_restored(
    tmp_path: Path,
) -> None:
    s = make_settings(tmp_path)
    engine = TradingEngine("paper", s, market_data=SimulatedFeed(seed=1))
    assert engine.get_stats()["open_positions"] == 0 and engine.positions() == []
    assert not any(tmp_path.rglob("*.db"))


async def test_constructor_when_the_book_database_is_garbage_then_start_says_what_to_do(
    tmp_path: Path,
) -> None:
    from engine.errors import StoreError

    s = make_settings(tmp_path)
    db = s.DATA_DIR / "books" / "paper" / "sigcopy.db"
    db.parent.mkdir(parents=True)
    db.write_bytes(b"not a database at all" * 100)
    engine = TradingEngine("paper", s, market_data=SimulatedFeed(seed=1))  # no traceback here
    assert engine.get_stats()["open_positions"] == 0
    with pytest.raises(StoreError, match="cannot open the database"):
        await engine.start()
    engine.trade_log.close()


async def test_execute_when_many_positions_are_open_then_no_step_walks_them(
    make_engine: EngineFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from engine.core.portfolio import Portfolio
    from engine.domain.trade import Trade

    engine = await make_engine(ALLOW_DUPLICATE_POSITIONS=True, MAX_POSITION_SIZE_PCT=0.01)
    engine.risk.MAX_CONCURRENT_TRADES = 1000
    for i in range(60):
        sym = ("ETHUSDT", "SOLUSDT")[i % 2]
        r = await engine.execute(Signal(sym, "LONG", sl=50, signal_id=f"h{i}"))
        assert r.ok, r.reasons
    await engine.on_price("ETHUSDT", 2301.0)
    walks: list[str] = []
    for cls, name in (
        (Portfolio, "active_trades"),
        (Portfolio, "recompute"),
        (Trade, "unrealized"),
    ):
        original = getattr(cls, name)

        def spy(*a: object, _o: object = original, _n: str = name, **k: object) -> object:
            walks.append(_n)
            return _o(*a, **k)  # type: ignore[operator]

        monkeypatch.setattr(cls, name, spy)
    assert await engine.execute_signal(Signal("BTCUSDT", "LONG", tp=45000, sl=40000))
    await engine.on_price("ETHUSDT", 2302.0)
    await engine.on_price("BTCUSDT", 42010.0)
    assert walks == []
    assert engine.get_stats()["open_positions"] == 61  # (stats may walk: not the signal path)
