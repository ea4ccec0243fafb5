"""A stop and its replacement both fire (sigcopy killed between "new placed" and "old
cancelled"): on a position several trades share, the second closes the other trades' share.
Through real ccxt against the fake MEXC and Binance USD-M (engine/core/overclose.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from engine.domain.orders import OrderRole
from engine.domain.trade import Trade
from engine.engine import TradingEngine
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_engine, live_signal

STOP_CANCEL = {"mexc": ("POST", "planorder/cancel"), "binanceusdm": ("DELETE", "/algoOrder")}


def _engine(fake: FakeExchangeServer, name: str, tmp: Path) -> TradingEngine:
    return live_engine(
        fake, name, tmp, live={"WATCH_ORDERS": False}, ALLOW_DUPLICATE_POSITIONS=True
    )


def _held(eng: TradingEngine) -> Decimal:
    return sum((t.open_qty for t in eng.trades.values() if t.is_active), Decimal(0))


def _position(fake: FakeExchangeServer, name: str) -> Decimal:
    m = fake.book.markets[BTC_ID[name]]
    return fake.book.positions.get(BTC_ID[name], Decimal(0)) * m.contract_size


async def test_restart_when_a_stop_and_its_replacement_both_fired_then_store_matches_position(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    name, fake = fake_venue
    eng = _engine(fake, name, tmp_path)
    await eng.start()
    # Two longs on one symbol: one position at the exchange, two trades in the store.
    assert (await eng.execute(live_signal(signal_id="a", sl=59000))).ok
    assert (await eng.execute(live_signal(signal_id="b", sl=58000, tp=[63000, 64000]))).ok
    a, b = sorted(eng.trades.values(), key=lambda t: t.sl or 0, reverse=True)
    # A's first take-profit fills: A holds less than B (its stop re-sized, new first).
    fake.set_price(BTC_ID[name], 61000)
    await eng.monitor_pass()
    assert a.tp_done == [0] and b.tp_done == [] and a.open_qty < b.open_qty
    assert _position(fake, name) == a.open_qty + b.open_qty
    # A's stop is moved (new first); the old one's cancel does not get through before sigcopy
    # stops (as when it is killed in between): both of A's stops rest.
    method, path = STOP_CANCEL[name]
    fake.reject_next("rate" if name == "binanceusdm" else "bad_request", 1, path, method)
    a.sl = Decimal(59100)
    eng.book.protector.want(a.trade_id)
    await eng.monitor_pass()
    a_stops = [o for o in eng.orders.values() if o.trade_id == a.trade_id and o.is_live]
    assert len([o for o in a_stops if o.role == OrderRole.STOP_LOSS]) == 2
    await eng.aclose()
    # While sigcopy is down the price falls through both: each closes A's quantity.
    fake.set_price(BTC_ID[name], 58900)
    left = _position(fake, name)
    assert left == b.open_qty - a.open_qty
    eng = _engine(fake, name, tmp_path)
    await eng.start()
    try:
        await eng.monitor_pass()
        assert _held(eng) == _position(fake, name)  # B lost the part A's second stop closed
        trades: dict[str, Trade] = {t.trade_id: t for t in eng.trades.values()}
        assert not trades[a.trade_id].is_active
        assert trades[a.trade_id].exit_qty == trades[a.trade_id].entry_qty  # not over-closed
        bt = trades[b.trade_id]
        assert bt.exit_qty == min(a.open_qty, b.open_qty)
        if bt.is_active:  # its stop re-sized to what is left of it
            m = fake.book.markets[BTC_ID[name]]
            (stop,) = fake.book.open_orders(BTC_ID[name], stops=True)
            assert stop.qty * m.contract_size == bt.open_qty
    finally:
        await eng.aclose()


async def test_restart_when_both_stops_fired_while_an_entry_leg_rests_then_excess_is_shared_out(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    """Seed 127 (MEXC, cycle 8): the trade whose two stops fired still had an entry leg
    resting, so the second stop's excess was not shared out (an exit may be learned before its
    entry's fill); the leg was then cancelled with the ended trade, which stayed over-closed
    while B kept quantity the exchange no longer held."""
    name, fake = fake_venue
    sym = BTC_ID[name]
    eng = _engine(fake, name, tmp_path)
    await eng.start()
    # B: a long at market. A: a long zone 60,000 / 59,500 above the market; the price comes
    # down to the first leg, which fills; the second rests.
    assert (await eng.execute(live_signal(signal_id="b", sl=58000, tp=[63000, 64000]))).ok
    fake.set_price(sym, 60300)
    await eng.on_price("BTC/USDT:USDT", 60300)
    zone = live_signal(signal_id="a", entries=[60000, 59500], sl=59000)
    assert (await eng.execute(zone)).ok
    a, b = eng.trades["a"], eng.trades["b"]
    fake.set_price(sym, 60000)
    await eng.monitor_pass()
    assert a.open_qty > 0 and len(eng.book.orders.live("a", OrderRole.ENTRY)) == 1
    # A's first take-profit fills: its stop goes to break-even (60,000), above the resting leg.
    fake.set_price(sym, 61000)
    await eng.monitor_pass()
    assert a.tp_done == [0] and a.sl == Decimal(60000) and a.open_qty < b.open_qty
    # A's stop is moved to 59,900 (new first); the old one's cancel does not get through
    # before sigcopy stops: both of A's stops rest, both above the resting leg.
    method, path = STOP_CANCEL[name]
    fake.reject_next("rate" if name == "binanceusdm" else "bad_request", 1, path, method)
    a.sl = Decimal(59900)
    eng.book.protector.want(a.trade_id)
    await eng.monitor_pass()
    a_stops = [o for o in eng.orders.values() if o.trade_id == "a" and o.is_live]
    assert len([o for o in a_stops if o.role == OrderRole.STOP_LOSS]) == 2
    a_qty = a.open_qty
    await eng.aclose()
    # While sigcopy is down the price falls to 59,800: both stops fire (each closes A's
    # quantity, the second out of B's share); the leg at 59,500 is not reached.
    fake.set_price(sym, 59800)
    assert _position(fake, name) == b.open_qty - a_qty
    assert len(fake.book.open_orders(sym, stops=False)) >= 1  # A's leg still rests
    eng = _engine(fake, name, tmp_path)
    await eng.start()
    try:
        await eng.monitor_pass()
        trades: dict[str, Trade] = {t.trade_id: t for t in eng.trades.values()}
        at, bt = trades["a"], trades["b"]
        assert not at.is_active
        assert at.exit_qty == at.entry_qty  # not over-closed
        assert bt.exit_qty == a_qty  # B lost what A's second stop closed
        assert _held(eng) == _position(fake, name)
        entries = [o for o in fake.book.orders.values() if o.kind == "limit" and not o.reduce_only]
        assert all(not o.live for o in entries)  # A's leg went with A
        m = fake.book.markets[sym]
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.qty * m.contract_size == bt.open_qty  # B's stop re-sized to what it holds
    finally:
        await eng.aclose()
