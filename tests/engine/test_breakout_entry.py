"""Breakout entries through the engine's execute: never a limit that fills now.

"Long above 43000" with BTC at 42000 meant "buy once the price rises through 43000"; a buy limit
at 43000 fills at once at 42000, a trade the channel never posted. The engine refuses it with
the reason (it places no waiting breakout orders yet); once the market is past the level, the
entry is at market, which is what the channel meant.
"""

from __future__ import annotations

from decimal import Decimal

from bot.cards import render_card
from engine import Signal, TradingEngine
from engine.domain.breakout import breakout
from engine.domain.orders import OrderRole, OrderType
from parsers.signal_parser import read_signal


def _signal(side: str, entry: float, trigger: str | None, tp: float, sl: float) -> Signal:
    return Signal("BTCUSDT", side, entries=[entry], tp=tp, sl=sl, leverage=3, entry_trigger=trigger)


async def test_execute_when_plain_limit_above_market_then_it_fills_at_once(
    engine: TradingEngine,
) -> None:
    """The bug's mechanism: without its trigger, "above 43000" buys now at 42000."""
    r = await engine.execute(_signal("LONG", 43000, None, 45000, 41000))
    assert r.ok
    assert engine.trades[r.trade_id].avg_entry < Decimal(43000)


async def test_execute_when_long_breakout_above_not_reached_then_refused_and_nothing_sent(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(_signal("LONG", 43000, "above", 45000, 41000))
    assert not r.ok
    assert any(
        "entry is a breakout above 43000" in x
        and "the price is 42000" in x
        and "sigcopy would buy now, below the channel's level" in x
        and "it does not place breakout entries yet" in x
        for x in r.reasons
    ), r.reasons
    assert engine.trades == {}
    # A tick later across the level: nothing was left waiting, nothing fills.
    await engine.on_price("BTCUSDT", 43100)
    assert not any(t.is_active for t in engine.trades.values())


async def test_execute_when_short_breakout_below_not_reached_then_refused(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(_signal("SHORT", 41000, "below", 39000, 43000))
    assert not r.ok
    assert any(
        "entry is a breakout below 41000" in x and "sigcopy would sell now, above" in x
        for x in r.reasons
    ), r.reasons


async def test_execute_when_long_breakout_already_passed_then_market_entry_once(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(_signal("LONG", 41000, "above", 45000, 39000))
    assert r.ok, r.reasons
    t = engine.trades[r.trade_id]
    entries = [o for o in engine.book.orders.of_trade(t.trade_id) if o.role == OrderRole.ENTRY]
    assert [(o.type, o.side) for o in entries] == [(OrderType.MARKET, "buy")]
    assert t.avg_entry == Decimal("42021.0")  # the market (42000 + 5 bps), not a limit at 41000
    stops = [o for o in engine.book.orders.of_trade(t.trade_id) if o.role == OrderRole.STOP_LOSS]
    assert [o.trigger_price for o in stops] == [Decimal("39000.0")]


async def test_execute_when_short_breakdown_already_passed_then_market_entry(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(_signal("SHORT", 43000, "below", 40000, 44000))
    assert r.ok, r.reasons
    assert engine.trades[r.trade_id].avg_entry == Decimal("41979.0")  # 42000 - 5 bps


async def test_execute_when_long_below_then_plain_limit_rests(engine: TradingEngine) -> None:
    """ "Long below 41000": a buy limit under the market rests until the price comes to it."""
    r = await engine.execute(_signal("LONG", 41000, "below", 45000, 39000))
    assert r.ok, r.reasons
    t = engine.trades[r.trade_id]
    assert t.entry_qty == 0
    await engine.on_price("BTCUSDT", 40990)
    assert engine.trades[r.trade_id].entry_qty > 0


async def test_card_when_breakout_not_reached_then_refusal_shown(engine: TradingEngine) -> None:
    parsed = read_signal("BTC/USDT LONG\nEnter above 43000\nTP 45000\nSL 41000")
    assert parsed is not None and parsed.entry_trigger == "above"
    card = render_card(await engine.preview(parsed.to_signal()))
    assert "⛔ Refused by the risk rules:" in card
    assert "entry is a breakout above 43000 and the price is 42000" in card


async def test_card_when_breakout_passed_then_market_and_note_shown(
    engine: TradingEngine,
) -> None:
    parsed = read_signal("BTC/USDT LONG\nEnter above 41000\nTP 45000\nSL 39000")
    assert parsed is not None
    card = render_card(await engine.preview(parsed.to_signal()))
    assert "Entry: market" in card and "⛔" not in card
    assert "the entry is a breakout above 41000, already passed (price 42000)" in card


async def test_refusal_when_shown_then_troubleshooting_explains_it(engine: TradingEngine) -> None:
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "troubleshooting.md").read_text()
    r = await engine.execute(_signal("LONG", 43000, "above", 45000, 41000))
    (reason,) = [x for x in r.reasons if "breakout" in x]
    assert reason.split(": ", 1)[1] in docs  # "sigcopy would buy now, below the channel's ..."


def test_breakout_when_no_current_price_then_not_reached_and_refused_with_reason() -> None:
    """No price to judge by: never a plain limit that could fill at once on the wrong side."""
    for side, trigger, entry in (("LONG", "above", "15.30"), ("SHORT", "below", "15.30")):
        for price in (None, Decimal(0)):
            bo = breakout(side, trigger, [Decimal(entry)], price)
            assert bo is not None and not bo.crossed
            why = str(bo.refusal())
            assert "breakout" in why and "no current price is known" in why, why
    # A plain entry, or a limit resting on its own side, stays no breakout.
    assert breakout("LONG", None, [Decimal(1)], None) is None
    assert breakout("LONG", "below", [Decimal(1)], None) is None
