"""A follow-up says everything it did (engine API, paper, simulated feed at 42,000): the unfilled
entry orders a close ends with it, a close that only ended entries not filled, what became of a
waiting breakout entry of the same symbol, and a cancel by symbol that ended something beside a
position with nothing to cancel. Copied to several books, a follow-up can be sent to some."""

from __future__ import annotations

from pathlib import Path

from engine import Signal, TradingEngine
from engine.books import BookSet
from engine.domain.orders import OrderRole
from engine.domain.trade import TradeStatus
from tests.engine.conftest import paper_books

# Three limit entries below 42,000: a tick at 41,700 fills the first, the other two rest.
THREE = [41800, 41400, 41000]
BREAKOUT = Signal("BTCUSDT", "LONG", entries=[43000], tp=45000, sl=41000, entry_trigger="above")


async def test_partial_close_when_entries_still_rest_then_says_they_were_cancelled(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(Signal("BTCUSDT", "LONG", entries=THREE, tp=45000, sl=40000))
    t = engine.trades[r.trade_id]
    await engine.on_price("BTCUSDT", 41700)
    assert t.status == TradeStatus.OPEN
    assert len(engine.book.orders.live(t.trade_id, OrderRole.ENTRY)) == 2
    filled = t.open_qty
    done = await engine.apply_update("CLOSE_PARTIAL", symbol="BTCUSDT", fraction=0.5)
    assert done.ok, done.reasons
    # Kept as Cornix does when a trade sells (docs/bot.md), and now said.
    assert done.reasons == ["BTC/USDT:USDT: the 2 entry orders not yet filled were cancelled"]
    assert engine.book.orders.live(t.trade_id, OrderRole.ENTRY) == []
    assert 0 < t.open_qty < filled


async def test_close_when_nothing_filled_then_says_only_the_entries_were_cancelled(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(Signal("BTCUSDT", "LONG", entries=[41800, 41000], tp=45000, sl=40000))
    done = await engine.apply_update("CLOSE", symbol="BTCUSDT")
    assert done.ok
    assert done.reasons == [
        "BTC/USDT:USDT: nothing of the long had filled: its 2 entry orders not yet filled "
        "were cancelled"
    ]
    assert engine.trades[r.trade_id].status == TradeStatus.CANCELED


async def test_update_when_a_breakout_waits_beside_a_position_then_its_reason_is_passed_on(
    engine: TradingEngine,
) -> None:
    opened = await engine.execute(Signal("BTCUSDT", "SHORT", tp=40000, sl=44000))
    assert (await engine.execute(BREAKOUT)).ok
    moved = await engine.apply_update("MOVE_SL", symbol="BTCUSDT", price=43500)
    assert moved.ok and engine.trades[opened.trade_id].sl == 43500
    assert moved.reasons == [
        "LONG BTC/USDT:USDT is still waiting for 43000 (above): nothing is entered yet, so the "
        "MOVE_SL update does not apply"
    ]
    closed = await engine.apply_update("CLOSE", symbol="BTCUSDT")
    assert closed.ok and engine.positions() == [] and engine.waiting_entries() == []
    assert closed.reasons == [
        "BTC/USDT:USDT: its waiting entry (LONG, waiting for 43000 (above)) was cancelled, "
        "nothing was entered"
    ]


async def test_cancel_by_symbol_when_a_position_and_resting_entries_then_done_and_both_said(
    engine: TradingEngine,
) -> None:
    long = await engine.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000))
    short = await engine.execute(
        Signal("BTCUSDT", "SHORT", entries=[42600], tp=41000, sl=43500, leverage=2)
    )
    done = await engine.apply_update("CANCEL", symbol="BTCUSDT")
    assert done.ok, done.reasons  # the short's entry ended: not failed for the long's
    assert engine.trades[short.trade_id].status == TradeStatus.CANCELED
    assert engine.trades[long.trade_id].status == TradeStatus.OPEN
    assert sorted(done.reasons) == [
        "BTC/USDT:USDT: every entry has filled, so there is nothing to cancel; the position "
        "stays open with its stop at 40000",
        "BTC/USDT:USDT: nothing of the short had filled: its 1 entry order was cancelled and "
        "the trade ended",
    ]


async def test_bookset_update_when_books_named_then_only_those_act(tmp_path: Path) -> None:
    engines = paper_books(tmp_path)
    books = BookSet(engines)
    try:
        await books.start()
        signal = Signal("BTCUSDT", "LONG", entries=[41800, 41000], tp=45000, sl=40000)
        r = await books.execute(signal)
        done = await books.apply_update("CANCEL", symbol="BTCUSDT", books=["copy"])
        assert done.ok and list(done.books) == ["copy"]
        assert engines[0].trades[r.trade_id].status == TradeStatus.PENDING
        assert engines[1].trades[r.trade_id].status == TradeStatus.CANCELED
        none = await books.apply_update("CANCEL", symbol="BTCUSDT", books=["nope"])
        assert not none.ok and none.reasons == ["no book nope: the books are paper, copy"]
    finally:
        await books.aclose()
