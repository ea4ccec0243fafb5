"""A stop move is checked by the engine, for every caller (the bot, a direct API caller, a
backtest's replay): never past the price now, never past an entry not filled yet, never past
the liquidation, never a typo's distance away; valid moves (break-even, to a target passed)
still move it. Paper engine on the simulated feed at 42,000."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from engine import Signal, TradingEngine
from engine.books import BookSet
from engine.domain.orders import OrderRole
from tests.engine.conftest import paper_books


async def _long(engine: TradingEngine, leverage: int, **kw: object) -> str:
    r = await engine.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000, leverage=leverage, **kw))
    assert r.ok and r.trade_id is not None, r.reasons
    return r.trade_id


async def test_move_stop_when_far_below_a_filled_long_then_refused_by_the_engine(
    engine: TradingEngine,
) -> None:
    tid = await _long(engine, leverage=2)
    t = engine.trades[tid]
    r = await engine.apply_update("MOVE_SL", trade_id=tid, price=1)  # below the market: was taken
    assert not r.ok
    assert "stop 1 is beyond the liquidation price of the long" in r.reasons[0], r.reasons
    assert t.sl == Decimal(40000)
    stops = [o for o in engine.book.orders.of_trade(tid) if o.role == OrderRole.STOP_LOSS]
    assert [o.trigger_price for o in stops if o.is_live] == [Decimal(40000)]


async def test_move_stop_when_far_at_1x_then_refused_as_a_typo(engine: TradingEngine) -> None:
    tid = await _long(engine, leverage=1)  # at 1x nothing is liquidated: the distance decides
    r = await engine.apply_update("MOVE_SL", symbol="BTCUSDT", price=1)
    assert not r.ok and "more than 50% away from the entry" in r.reasons[0], r.reasons
    assert r.reasons[0].endswith("of the long: it looks like a typo")
    assert engine.trades[tid].sl == Decimal(40000)


async def test_move_stop_when_short_and_far_above_then_refused(engine: TradingEngine) -> None:
    r = await engine.execute(Signal("BTCUSDT", "SHORT", tp=40000, sl=44000, leverage=1))
    assert r.ok and r.trade_id
    bad = await engine.apply_update("MOVE_SL", trade_id=r.trade_id, price=100000)
    assert not bad.ok and "it looks like a typo" in bad.reasons[0], bad.reasons
    below = await engine.apply_update("MOVE_SL", trade_id=r.trade_id, price=30000)
    assert not below.ok and "past the market price" in below.reasons[0]
    assert engine.trades[r.trade_id].sl == Decimal(44000)


async def test_move_stop_when_nothing_filled_then_below_the_entry_only(
    engine: TradingEngine,
) -> None:
    tid = await _long(engine, leverage=2, entry=41000)  # a limit entry resting under 42,000
    t = engine.trades[tid]
    assert t.entry_qty == 0
    above = await engine.apply_update("MOVE_SL", trade_id=tid, price=41500)  # under the market
    assert not above.ok
    assert (
        "stop 41500 is not below the entry 41000 of the long, which has not filled yet"
        in (above.reasons[0])
    )
    typo = await engine.apply_update("MOVE_SL", trade_id=tid, price=1)
    assert not typo.ok and "liquidation" in typo.reasons[0]
    assert t.sl == Decimal(40000)
    ok = await engine.apply_update("MOVE_SL", trade_id=tid, price=40500)
    assert ok.ok, ok.reasons
    assert t.sl == Decimal(40500)


async def test_move_stop_when_valid_then_moved_to_a_target_passed_and_to_entry(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(
        Signal("BTCUSDT", "LONG", take_profits=[43000, 46000], sl=40000, leverage=3)
    )
    assert r.ok and r.trade_id
    t = engine.trades[r.trade_id]
    await engine.on_price("BTCUSDT", 43500)  # TP1 passed
    assert (await engine.apply_update("MOVE_SL", trade_id=t.trade_id, price=43000)).ok
    assert t.sl == Decimal(43000)
    assert (await engine.apply_update("MOVE_SL", trade_id=t.trade_id, to_entry=True)).ok
    assert t.sl == t.avg_entry and t.sl_at_entry


async def test_close_then_move_when_stop_absurd_then_nothing_closed(
    engine: TradingEngine,
) -> None:
    tid = await _long(engine, leverage=2)
    t = engine.trades[tid]
    qty = t.open_qty
    r = await engine.apply_update(
        "CLOSE_PARTIAL", trade_id=tid, fraction=0.5, then="MOVE_SL", price=1
    )
    assert not r.ok and r.reasons[0].endswith("nothing was closed"), r.reasons
    assert "liquidation" in r.reasons[0]
    assert t.open_qty == qty and t.sl == Decimal(40000)


async def test_move_stop_when_nothing_filled_then_the_moved_stop_is_placed_on_the_fill(
    engine: TradingEngine,
) -> None:
    tid = await _long(engine, leverage=2, entry=41000)  # rests under 42,000: no stop yet
    t = engine.trades[tid]
    live = engine.book.orders.live
    assert live(tid, OrderRole.STOP_LOSS) == []
    assert (await engine.apply_update("MOVE_SL", trade_id=tid, price=40500)).ok
    assert live(tid, OrderRole.STOP_LOSS) == []  # still nothing held: nothing to protect
    await engine.on_price("BTCUSDT", 40900)  # through the entry, above the stop: it fills
    assert t.entry_qty > 0
    assert [o.trigger_price for o in live(tid, OrderRole.STOP_LOSS)] == [Decimal(40500)]


async def test_move_stop_when_several_entries_rest_then_checked_against_their_average(
    engine: TradingEngine,
) -> None:
    # Nothing filled: the entry a stop move is measured from is the average of the entries
    # still resting, weighted by their sizes; the engine computes it once and shows it
    # (resting_trades, which the bot's card check reads) and its own rule uses that figure.
    tid = await _long(engine, leverage=1, entries=[41800, 41000])  # both rest under 42,000
    (r,) = engine.resting_trades()
    assert r.trade_id == tid and len(r.entries) == 2
    weighted = sum(p * q for p, q in r.entries) / sum(q for _, q in r.entries)
    assert r.entry_average is not None and abs(r.entry_average - weighted) < 1e-6
    assert min(p for p, _ in r.entries) < r.entry_average < max(p for p, _ in r.entries)
    far = await engine.apply_update("MOVE_SL", trade_id=tid, price=20000)  # > 50 % below it
    assert not far.ok
    assert f"away from the entry {r.entry_average:g} of the long" in far.reasons[0], far.reasons
    assert engine.trades[tid].sl == Decimal(40000)


async def test_stop_move_problem_when_asked_then_the_decision_apply_update_takes_on_the_tick(
    tmp_path: Path,
) -> None:
    # One signal in two books: asking (the bot's card check) and moving decide alike, on the
    # market's tick (0.1): 40,999.96 is 41,000 there, on the entry not filled yet.
    books = BookSet(paper_books(tmp_path))
    try:
        await books.start()
        r = await books.execute(
            Signal("BTCUSDT", "LONG", entries=[41800, 41000], tp=45000, sl=40000)
        )
        tid = r.trade_id
        assert tid is not None
        why = books.stop_move_problem(tid, 40999.96)
        assert why == (
            "stop 41000 is not below the entry 41000 of the long, which has not filled yet: "
            "the position would close as soon as it opened"
        )
        moved = await books.apply_update("MOVE_SL", trade_id=tid, price=40999.96)
        assert not moved.ok and moved.reasons == [f"{n}: {why}" for n in books.books]
        assert books.stop_move_problem(tid, 40999.94) is None  # 40,999.9 on the tick
        assert books.stop_move_problem("nope", 40500) == "no open trade for nope"
        assert (await books.apply_update("MOVE_SL", trade_id=tid, price=40999.94)).ok
        assert {e.trades[tid].sl for e in books.engines} == {Decimal("40999.9")}
    finally:
        await books.aclose()
