"""Breakout entries through the engine's execute and ticks: they wait for their level.

"Long above 43000" with BTC at 42000 means "buy once the price rises through 43000". A buy limit
at 43000 would fill at once at 42000, a trade the channel never posted; so nothing is sent: the
signal waits (paper engine, simulated feed at 42000, injected clock) and on the first price at
or through the level it is executed as a market entry, judged by the risk rules then. Once the
market is past the level when the signal arrives, the entry is at market at once.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

from bot.cards import render_card
from engine import Signal, TradingEngine
from engine import events as ev
from engine.adapters.simulated_feed import SimulatedFeed
from engine.domain.breakout import breakout
from engine.domain.orders import OrderRole, OrderType
from parsers.signal_parser import read_signal
from tests.engine.conftest import EngineFactory, make_settings

LEVEL_NOTE = "waiting for 43000 (above): nothing is sent until the price gets there"


def _signal(
    side: str, entry: float, trigger: str | None, tp: float, sl: float, **kw: Any
) -> Signal:
    return Signal(
        "BTCUSDT", side, entries=[entry], tp=tp, sl=sl, leverage=3, entry_trigger=trigger, **kw
    )


def _orders(engine: TradingEngine, trade_id: str, role: OrderRole) -> list[Any]:
    return [o for o in engine.book.orders.of_trade(trade_id) if o.role == role]


def _kinds(events: list[Any], kind: str) -> list[Any]:
    return [e for e in events if e.kind == kind]


STATUSES = (
    "waiting",
    "accepted",
    "cancelled",
    "expired",
    "stop_before_entry",
    "refused_at_trigger",
)


async def _status(engine: TradingEngine, signal_id: str, flush: bool = True) -> str | None:
    """The signal record's status as the database holds it (committed first, unless not)."""
    if flush:
        await engine.book.journal.flush()
    read: Any = engine.store.read_sync  # type: ignore[attr-defined]
    for st in STATUSES:
        if any(d.get("signal_id") == signal_id for d in read("signal", (st,))):
            return st
    return None


async def test_execute_when_plain_limit_above_market_then_it_fills_at_once(
    engine: TradingEngine,
) -> None:
    """The bug's mechanism: without its trigger, "above 43000" buys now at 42000."""
    r = await engine.execute(_signal("LONG", 43000, None, 45000, 41000))
    assert r.ok
    assert engine.trades[r.trade_id].avg_entry < Decimal(43000)


async def test_execute_when_long_breakout_not_reached_then_waits_with_nothing_sent(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(_signal("LONG", 43000, "above", 45000, 41000))
    assert r.ok and r.waiting == "waiting for 43000 (above)", r
    assert r.orders == [] and engine.trades == {} and engine.orders == {}
    (w,) = engine.waiting_entries()
    assert (w["symbol"], w["side"], w["waiting"], w["sl"]) == (
        "BTC/USDT:USDT",
        "LONG",
        "waiting for 43000 (above)",
        41000.0,
    )
    stats = engine.get_stats()
    assert stats["waiting_entries"] == 1 and stats["signals_refused"] == 0
    await engine.on_price("BTCUSDT", 42990)  # below the level: still nothing
    assert engine.trades == {} and len(engine.waiting_entries()) == 1


async def test_tick_when_price_reaches_level_then_market_entry_once_with_stop_and_target(
    make_engine: EngineFactory,
) -> None:
    engine = await make_engine()
    r = await engine.execute(_signal("LONG", 43000, "above", 45000, 41000))
    await engine.on_price("BTCUSDT", 43000)
    t = engine.trades[r.trade_id]
    (entry,) = _orders(engine, t.trade_id, OrderRole.ENTRY)
    assert (entry.type, entry.side) == (OrderType.MARKET, "buy")
    assert t.avg_entry == Decimal("43021.5")  # the market at 43000 + 5 bps, as a market entry
    # Sized as an ordinary market entry at that moment: 10 % of 10,000 equity at 3x.
    assert float(t.entry_qty) == engine.calculate_position_size("BTCUSDT", 43000, 3)["quantity"]
    assert [o.trigger_price for o in _orders(engine, t.trade_id, OrderRole.STOP_LOSS)] == [
        Decimal("41000.0")
    ]
    assert [o.price for o in _orders(engine, t.trade_id, OrderRole.TAKE_PROFIT)] == [
        Decimal("45000.0")
    ]
    (entered,) = _kinds(make_engine.events, ev.WAITING_ENTERED)
    assert "the price reached 43000 (above) at 43000: entered at market" in entered.text
    assert engine.waiting_entries() == []
    assert await _status(engine, r.trade_id) == "accepted"  # with the entry's write-ahead
    await engine.on_price("BTCUSDT", 43500)
    await engine.on_price("BTCUSDT", 43000)
    assert len(engine.trades) == 1 and len(_orders(engine, t.trade_id, OrderRole.ENTRY)) == 1
    assert engine.get_stats()["trades_executed"] == 1


async def test_tick_when_price_gaps_past_level_then_entry_at_that_market_price(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(_signal("LONG", 43000, "above", 45000, 41000))
    await engine.on_price("BTCUSDT", 43800)
    assert engine.trades[r.trade_id].avg_entry == Decimal("43821.9")  # 43800 + 5 bps


async def test_tick_when_short_breakdown_reached_then_sell_at_market(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(_signal("SHORT", 41000, "below", 39000, 43000))
    assert r.waiting == "waiting for 41000 (below)"
    await engine.on_price("BTCUSDT", 41500)
    assert engine.trades == {}
    await engine.on_price("BTCUSDT", 40990)
    t = engine.trades[r.trade_id]
    assert t.side == "SHORT" and t.avg_entry == Decimal("40969.5")  # 40990 - 5 bps, on the tick


async def test_tick_when_stop_reached_before_level_then_cancelled_and_told(
    make_engine: EngineFactory,
) -> None:
    engine = await make_engine()
    await engine.execute(_signal("LONG", 43000, "above", 45000, 41000))
    await engine.on_price("BTCUSDT", 41000)
    (ended,) = _kinds(make_engine.events, ev.WAITING_ENDED)
    assert "the price 41000 reached the stop 41000 before the entry level" in ended.text
    assert engine.waiting_entries() == []
    await engine.on_price("BTCUSDT", 43100)  # the level later: nothing is entered
    assert engine.trades == {}


async def test_tick_when_risk_refuses_at_the_level_then_ended_with_the_reason(
    make_engine: EngineFactory,
) -> None:
    """The risk rules judge the entry when it triggers (here: the trade slots are full)."""
    engine = await make_engine(MAX_CONCURRENT_TRADES=1)
    r = await engine.execute(_signal("LONG", 43000, "above", 45000, 41000))
    other = await engine.execute(Signal("ETHUSDT", "LONG", tp=2500, sl=2200, leverage=2))
    assert other.ok
    await engine.on_price("BTCUSDT", 43050)
    assert r.trade_id not in engine.trades
    (ended,) = _kinds(make_engine.events, ev.WAITING_ENDED)
    assert "the price reached it (43050) but" in ended.text and "MAX_CONCURRENT" in ended.text
    assert await _status(engine, r.trade_id) == "refused_at_trigger"


async def test_halt_when_entries_wait_then_cancelled_and_never_entered(
    make_engine: EngineFactory,
) -> None:
    engine = await make_engine()
    r = await engine.execute(_signal("LONG", 43000, "above", 45000, 41000))
    engine.halt("test")
    assert engine.waiting_entries() == []
    for _ in range(5):  # the halt's commit and its events run as soon as the loop is free
        await asyncio.sleep(0)
    (ended,) = _kinds(make_engine.events, ev.WAITING_ENDED)
    assert "trading was halted: cancelled, nothing entered" in ended.text
    await engine.book.journal.drain()  # the write the halt asked for, nothing else
    assert await _status(engine, r.trade_id, flush=False) == "cancelled"
    engine.resume()
    await engine.on_price("BTCUSDT", 43100)
    assert engine.trades == {}


async def test_expiry_when_level_not_reached_in_time_then_cancelled_and_told(
    make_engine: EngineFactory,
) -> None:
    engine = await make_engine()  # WAITING_ENTRY_TTL_HOURS: 24 by default
    await engine.execute(_signal("LONG", 43000, "above", 45000, 41000))
    make_engine.clock.advance(24 * 3600 - 60)
    await engine.on_price("BTCUSDT", 42100)
    assert len(engine.waiting_entries()) == 1
    make_engine.clock.advance(60)
    await engine.on_price("BTCUSDT", 42100)
    assert engine.waiting_entries() == []
    (ended,) = _kinds(make_engine.events, ev.WAITING_ENDED)
    assert "not reached within 24 h: cancelled" in ended.text
    await engine.on_price("BTCUSDT", 43100)
    assert engine.trades == {}


async def test_expiry_when_set_and_no_tick_then_monitor_pass_cancels(
    make_engine: EngineFactory,
) -> None:
    engine = await make_engine(WAITING_ENTRY_TTL_HOURS=2)
    await engine.execute(_signal("LONG", 43000, "above", 45000, 41000))
    make_engine.clock.advance(2 * 3600)
    await engine.monitor_pass()
    assert engine.waiting_entries() == []
    assert "not reached within 2 h" in _kinds(make_engine.events, ev.WAITING_ENDED)[0].text


async def test_update_when_channel_cancels_then_waiting_entry_cancelled(
    make_engine: EngineFactory,
) -> None:
    engine = await make_engine()
    mine = await engine.execute(_signal("LONG", 43000, "above", 45000, 41000, source="chan A"))
    theirs = await engine.execute(_signal("LONG", 43200, "above", 45000, 41000, source="chan B"))
    moved = await engine.apply_update("MOVE_SL", symbol="BTCUSDT", price=41500, source="chan A")
    assert not moved.ok and "still waiting for 43000 (above)" in moved.reasons[0], moved
    r = await engine.apply_update("CANCEL", symbol="BTCUSDT", source="chan A")
    assert r.ok, r
    assert [w["trade_id"] for w in engine.waiting_entries()] == [theirs.trade_id]
    (ended,) = _kinds(make_engine.events, ev.WAITING_ENDED)
    assert "cancelled by the channel's update" in ended.text
    closed = await engine.apply_update("CLOSE", trade_id=theirs.trade_id)
    assert closed.ok and engine.waiting_entries() == []
    await engine.on_price("BTCUSDT", 43300)
    assert mine.trade_id not in engine.trades and engine.trades == {}


async def test_execute_when_same_signal_twice_while_waiting_then_second_refused(
    engine: TradingEngine,
) -> None:
    s = _signal("LONG", 43000, "above", 45000, 41000)
    assert (await engine.execute(s)).ok
    again = await engine.execute(s)
    assert not again.ok and "is already waiting for 43000 (above)" in again.reasons[0]
    await engine.on_price("BTCUSDT", 43000)
    assert len(engine.trades) == 1


async def test_execute_when_price_already_past_the_stop_then_refused(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(_signal("LONG", 43000, "above", 45000, 42500))
    assert not r.ok and engine.waiting_entries() == []
    assert any(
        "entry is a breakout above 43000 and the price 42000 is already at or past the stop "
        "42500" in x
        for x in r.reasons
    ), r.reasons


async def _unstarted(tmp_path: Path, clock: Any) -> TradingEngine:
    feed = SimulatedFeed(seed=1, start_prices={"BTC": 42000.0, "ETH": 2300.0})
    return TradingEngine("paper", make_settings(tmp_path), clock=clock, market_data=feed)


async def test_restart_when_entry_waits_then_restored_before_start_and_entered_once(
    tmp_path: Path, make_engine: EngineFactory
) -> None:
    first = await make_engine()
    r = await first.execute(_signal("LONG", 43000, "above", 45000, 41000))
    await first.aclose()
    second = await _unstarted(tmp_path, make_engine.clock)
    try:
        # Restored while constructed: there before any call, start() not run.
        assert [w["waiting"] for w in second.waiting_entries()] == ["waiting for 43000 (above)"]
        assert second.get_stats()["waiting_entries"] == 1
        await second.on_price("BTCUSDT", 43000)  # starts the engine, then the level is reached
        qty = second.trades[r.trade_id].entry_qty
        assert qty > 0
    finally:
        await second.aclose()
    third = await _unstarted(tmp_path, make_engine.clock)
    try:
        assert third.waiting_entries() == []
        await third.on_price("BTCUSDT", 43100)
        assert len(third.trades) == 1 and third.trades[r.trade_id].entry_qty == qty
        assert third.get_stats()["trades_executed"] == 1
    finally:
        await third.aclose()


async def test_restart_when_waiting_record_outlived_its_entry_then_never_entered_twice(
    tmp_path: Path, make_engine: EngineFactory
) -> None:
    """A kill between the entry and its record's change (the record still "waiting", the trade
    written): the restart sees the trade and does not wait again."""
    first = await make_engine()
    s = _signal("LONG", 43000, "above", 45000, 41000)
    await first.execute(s)
    (w,) = first.book.waiter.entries.values()
    await first.on_price("BTCUSDT", 43000)
    qty = first.trades[w.signal_id].entry_qty
    first.store.put("signal", w.signal_id, "waiting", w.to_dict())  # as if the change was lost
    await first.aclose()
    second = await _unstarted(tmp_path, make_engine.clock)
    try:
        assert second.waiting_entries() == []
        await second.on_price("BTCUSDT", 43000)
        assert len(second.trades) == 1 and second.trades[w.signal_id].entry_qty == qty
        assert second.get_stats()["trades_executed"] == 1
    finally:
        await second.aclose()


async def test_card_when_breakout_not_reached_then_waiting_shown(engine: TradingEngine) -> None:
    parsed = read_signal("BTC/USDT LONG\nEnter above 43000\nTP 45000\nSL 41000")
    assert parsed is not None and parsed.entry_trigger == "above"
    card = render_card(await engine.preview(parsed.to_signal()))
    assert "⛔" not in card
    assert "Entry: waiting for 43000 (above), then market" in card
    assert LEVEL_NOTE in card


async def test_card_when_breakout_passed_then_market_and_note_shown(
    engine: TradingEngine,
) -> None:
    parsed = read_signal("BTC/USDT LONG\nEnter above 41000\nTP 45000\nSL 39000")
    assert parsed is not None
    card = render_card(await engine.preview(parsed.to_signal()))
    assert "Entry: market" in card and "⛔" not in card
    assert "the entry is a breakout above 41000, already passed (price 42000)" in card


async def test_execute_when_long_breakout_already_passed_then_market_entry_once(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(_signal("LONG", 41000, "above", 45000, 39000))
    assert r.ok and r.waiting is None, r.reasons
    t = engine.trades[r.trade_id]
    entries = _orders(engine, t.trade_id, OrderRole.ENTRY)
    assert [(o.type, o.side) for o in entries] == [(OrderType.MARKET, "buy")]
    assert t.avg_entry == Decimal("42021.0")  # the market (42000 + 5 bps), not a limit at 41000


async def test_execute_when_long_below_then_plain_limit_rests(engine: TradingEngine) -> None:
    """ "Long below 41000": a buy limit under the market rests until the price comes to it."""
    r = await engine.execute(_signal("LONG", 41000, "below", 45000, 39000))
    assert r.ok and r.waiting is None, r.reasons
    t = engine.trades[r.trade_id]
    assert t.entry_qty == 0
    await engine.on_price("BTCUSDT", 40990)
    assert engine.trades[r.trade_id].entry_qty > 0


async def test_refusal_when_shown_then_troubleshooting_explains_it(engine: TradingEngine) -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "troubleshooting.md").read_text()
    r = await engine.execute(_signal("LONG", 43000, "above", 45000, 42500))
    (reason,) = [x for x in r.reasons if "breakout" in x]
    assert reason.split(": ", 1)[1] in docs  # "the trade the channel posted is over ..."


def test_breakout_when_no_current_price_then_not_reached_and_refused_with_reason() -> None:
    """No price to judge by: never a plain limit that could fill at once on the wrong side, and
    no wait for a level whose side is unknown."""
    for side, trigger, entry in (("LONG", "above", "15.30"), ("SHORT", "below", "15.30")):
        for price in (None, Decimal(0)):
            bo = breakout(side, trigger, [Decimal(entry)], price)
            assert bo is not None and not bo.crossed
            why = str(bo.refusal(None))
            assert "breakout" in why and "no current price is known" in why, why
    # A plain entry, or a limit resting on its own side, stays no breakout.
    assert breakout("LONG", None, [Decimal(1)], None) is None
    assert breakout("LONG", "below", [Decimal(1)], None) is None


async def test_monitor_when_halt_file_appears_then_waiting_entries_cancelled(
    make_engine: EngineFactory,
) -> None:
    """The EMERGENCY_STOP file created by hand (not /halt): the next monitor pass cancels."""
    engine = await make_engine()
    await engine.execute(_signal("LONG", 43000, "above", 45000, 41000))
    engine.kill_switch.set("file created by hand")
    await engine.monitor_pass()
    assert engine.waiting_entries() == []
    (ended,) = _kinds(make_engine.events, ev.WAITING_ENDED)
    assert "trading was halted" in ended.text
    engine.kill_switch.clear()
    await engine.on_price("BTCUSDT", 43100)
    assert engine.trades == {}
