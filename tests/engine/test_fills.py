"""Fill rules of the simulated broker through the engine: prices, fees, slippage, TPs, stops."""

from __future__ import annotations

from decimal import Decimal

from engine import Signal, TradingEngine
from engine.domain.orders import OrderRole, OrderStatus, OrderType


def _orders(engine: TradingEngine, trade_id: str, role: OrderRole | None = None) -> list:
    return [o for o in engine.book.orders.of_trade(trade_id) if role is None or o.role == role]


async def test_calculate_position_size_when_spec_example_then_quantity_0_238(
    engine: TradingEngine,
) -> None:
    size = engine.calculate_position_size("BTCUSDT", 42000, 10)
    assert size == {"quantity": 0.238, "position_value": 10000.0, "margin_required": 1000.0}


async def test_execute_when_market_long_then_fills_at_price_plus_slippage_with_taker_fee(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000, leverage=3))
    assert r.ok, r.reasons
    t = engine.trades[r.trade_id]
    # 10 % of 10000 at 3x = 3000 of BTC at 42000 -> 0.0714 -> 0.071 (step 0.001)
    assert t.entry_qty == Decimal("0.071")
    assert t.avg_entry == Decimal("42021.0")  # 42000 + 5 bps, rounded up to the 0.1 tick
    assert t.fees == Decimal("42021.0") * Decimal("0.071") * Decimal("0.0006")
    sl = _orders(engine, t.trade_id, OrderRole.STOP_LOSS)
    tp = _orders(engine, t.trade_id, OrderRole.TAKE_PROFIT)
    assert [(o.type, o.side, o.amount, o.trigger_price, o.reduce_only) for o in sl] == [
        (OrderType.STOP, "sell", Decimal("0.071"), Decimal("40000.0"), True)
    ]
    assert [(o.type, o.side, o.amount, o.price, o.status) for o in tp] == [
        (OrderType.LIMIT, "sell", Decimal("0.071"), Decimal("45000.0"), OrderStatus.OPEN)
    ]


async def test_on_price_when_take_profit_reached_then_fills_at_limit_with_maker_fee(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000, leverage=3))
    await engine.on_price("BTCUSDT", 44999.9)
    assert engine.trades[r.trade_id].is_active
    await engine.on_price("BTCUSDT", 45100)
    t = engine.trades[r.trade_id]
    assert t.close_reason == "take_profit" and not t.is_active
    gross = (Decimal("45000") - Decimal("42021.0")) * Decimal("0.071")
    fees = Decimal("1.7900946") + Decimal("45000") * Decimal("0.071") * Decimal("0.0002")
    assert t.gross_pnl == gross and t.fees == fees
    assert engine.ledger.cash == Decimal("10000") + gross - fees
    assert round(engine.get_stats()["equity"], 2) == 10209.08
    assert _orders(engine, t.trade_id, OrderRole.STOP_LOSS) == [] or all(
        o.status == OrderStatus.CANCELED for o in _orders(engine, t.trade_id, OrderRole.STOP_LOSS)
    )


async def test_on_price_when_stop_reached_then_fills_at_tick_minus_slippage_and_cancels_tps(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(
        Signal("BTCUSDT", "LONG", take_profits=[44000, 45000], sl=40000, leverage=3)
    )
    tps = _orders(engine, r.trade_id, OrderRole.TAKE_PROFIT)
    await engine.on_price("BTCUSDT", 39990)
    t = engine.trades[r.trade_id]
    assert t.close_reason == "stop_loss"
    assert t.avg_exit == Decimal("39970.0")  # 39990 - 5 bps = 39970.005, floored to the tick
    assert t.gross_pnl == (Decimal("39970.0") - Decimal("42021.0")) * Decimal("0.071")
    assert all(o.status == OrderStatus.CANCELED for o in tps)
    assert engine.broker.band("BTC/USDT:USDT") == (float("-inf"), float("inf"))


async def test_execute_when_short_market_then_sells_below_price(engine: TradingEngine) -> None:
    r = await engine.execute(Signal("ETHUSDT", "SHORT", tp=2200, sl=2400, leverage=2))
    t = engine.trades[r.trade_id]
    assert t.avg_entry == Decimal("2298.85")  # 2300 - 5 bps
    await engine.on_price("ETHUSDT", 2199)
    assert t.close_reason == "take_profit"
    assert t.gross_pnl == (Decimal("2298.85") - Decimal("2200")) * t.entry_qty


async def test_execute_when_limit_entry_below_market_then_rests_and_fills_as_maker(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(Signal("BTCUSDT", "LONG", entry=41000, tp=45000, sl=39000, leverage=3))
    assert r.ok and r.filled_qty == 0
    t = engine.trades[r.trade_id]
    assert t.status.value == "pending"
    await engine.on_price("BTCUSDT", 41200)
    assert t.entry_qty == 0
    await engine.on_price("BTCUSDT", 40990)
    assert t.avg_entry == Decimal("41000.0")
    assert t.fees == Decimal("41000.0") * t.entry_qty * Decimal("0.0002")
    assert len(_orders(engine, t.trade_id, OrderRole.STOP_LOSS)) == 1


async def test_execute_when_limit_already_crossed_then_fills_at_once_capped_at_limit(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(Signal("BTCUSDT", "LONG", entry=42010, tp=45000, sl=40000))
    t = engine.trades[r.trade_id]
    # Marketable: taker at 42000 + 5 bps = 42021.0, but never above the limit 42010.
    assert t.avg_entry == Decimal("42010.0")
    assert t.fees == Decimal("42010.0") * t.entry_qty * Decimal("0.0006")


async def test_execute_when_zone_below_market_then_two_limits_split_evenly(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(
        Signal("BTCUSDT", "LONG", entries=[41500, 41000], tp=45000, sl=39000, leverage=3)
    )
    entries = _orders(engine, r.trade_id, OrderRole.ENTRY)
    assert [(o.type, o.price, o.amount) for o in entries] == [
        (OrderType.LIMIT, Decimal("41500.0"), Decimal("0.036")),
        (OrderType.LIMIT, Decimal("41000.0"), Decimal("0.036")),
    ]
    await engine.on_price("BTCUSDT", 41400)
    t = engine.trades[r.trade_id]
    assert t.entry_qty == Decimal("0.036")
    sl = [o for o in _orders(engine, t.trade_id, OrderRole.STOP_LOSS) if o.is_live]
    assert [o.amount for o in sl] == [Decimal("0.036")]
    await engine.on_price("BTCUSDT", 40999)
    assert t.entry_qty == Decimal("0.072") and t.avg_entry == Decimal("41250")
    sl = [o for o in _orders(engine, t.trade_id, OrderRole.STOP_LOSS) if o.is_live]
    assert [o.amount for o in sl] == [Decimal("0.072")]  # resized by cancel-and-replace


async def test_execute_when_price_inside_zone_then_one_market_entry(engine: TradingEngine) -> None:
    r = await engine.execute(Signal("BTCUSDT", "LONG", entries=[41800, 42200], tp=45000, sl=40000))
    entries = _orders(engine, r.trade_id, OrderRole.ENTRY)
    assert [(o.type, o.status) for o in entries] == [(OrderType.MARKET, OrderStatus.FILLED)]


async def test_execute_when_dca_levels_then_one_limit_per_level(engine: TradingEngine) -> None:
    r = await engine.execute(
        Signal("SOLUSDT", "LONG", entries=[99, 97, 95], tp=110, sl=90, leverage=3)
    )
    entries = _orders(engine, r.trade_id, OrderRole.ENTRY)
    assert [o.price for o in entries] == [Decimal("99.000"), Decimal("97.000"), Decimal("95.000")]
    assert sum(o.amount for o in entries) == engine.trades[r.trade_id].planned_qty


async def test_on_price_when_tp1_fills_then_stop_moves_to_entry_and_is_resized(
    engine: TradingEngine,
) -> None:
    r = await engine.execute(
        Signal("BTCUSDT", "LONG", take_profits=[43000, 44000, 45000], sl=40000, leverage=3)
    )
    t = engine.trades[r.trade_id]
    tps = _orders(engine, t.trade_id, OrderRole.TAKE_PROFIT)
    assert [o.amount for o in tps] == [Decimal("0.023"), Decimal("0.023"), Decimal("0.025")]
    await engine.on_price("BTCUSDT", 43001)
    assert t.tps_hit == 1 and t.open_qty == Decimal("0.048")
    live_sl = [o for o in _orders(engine, t.trade_id, OrderRole.STOP_LOSS) if o.is_live]
    assert [(o.trigger_price, o.amount) for o in live_sl] == [
        (Decimal("42021.0"), Decimal("0.048"))
    ]
    await engine.on_price("BTCUSDT", 42000)
    assert t.close_reason == "break_even" and t.open_qty == 0
    assert all(not o.is_live for o in _orders(engine, t.trade_id))


async def test_on_price_when_break_even_move_disabled_then_stop_stays(make_engine) -> None:
    engine = await make_engine(MOVE_SL_TO_ENTRY_AFTER_TP1=False)
    r = await engine.execute(
        Signal("BTCUSDT", "LONG", take_profits=[43000, 45000], sl=40000, leverage=3)
    )
    await engine.on_price("BTCUSDT", 43001)
    t = engine.trades[r.trade_id]
    live_sl = [o for o in _orders(engine, t.trade_id, OrderRole.STOP_LOSS) if o.is_live]
    assert [o.trigger_price for o in live_sl] == [Decimal("40000.0")]
    assert live_sl[0].amount == t.open_qty


async def test_execute_when_tp_split_configured_then_amounts_follow_it(make_engine) -> None:
    engine = await make_engine(TP_SPLIT=[0.5, 0.3, 0.2], MAX_LEVERAGE=10)
    r = await engine.execute(
        Signal("BTCUSDT", "LONG", take_profits=[43000, 44000, 45000], sl=40000, leverage=10)
    )
    tps = _orders(engine, r.trade_id, OrderRole.TAKE_PROFIT)
    assert engine.trades[r.trade_id].entry_qty == Decimal("0.238")
    assert [o.amount for o in tps] == [Decimal("0.119"), Decimal("0.071"), Decimal("0.048")]


async def test_levels_when_stop_and_tp_rest_then_the_band_between_them_by_any_spelling(
    engine: TradingEngine,
) -> None:
    inf = float("inf")
    protector = engine.book.protector
    assert protector.market_levels("BTC/USDT:USDT") == (-inf, inf)  # nothing rests yet
    r = await engine.execute(Signal("BTCUSDT", "LONG", tp=45000, sl=40000, leverage=3))
    assert r.ok, r.reasons
    # The resting stop and take-profit bound it; the engine's levels() resolves any spelling.
    assert protector.market_levels("BTC/USDT:USDT") == (40000.0, 45000.0)
    assert engine.levels("BTCUSDT") == engine.levels("BTC/USDT:USDT") == (40000.0, 45000.0)
    assert engine.levels("NOSUCHCOIN") == (-inf, inf)
    await engine.on_price("BTCUSDT", 45100)  # the TP fills, the stop is cancelled
    assert protector.market_levels("BTC/USDT:USDT") == (-inf, inf)
