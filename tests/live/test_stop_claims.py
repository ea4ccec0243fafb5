"""A stop that never reached the exchange is not taken for another order after a restart.

MEXC's plan (stop) orders carry no client id: after a kill, a stop whose record is pending is
looked for among the symbol's stops by its fields (ccxt_lookup.scan). An order known to be
another record's must never be taken for it - also one of a record the restart did not load
(final: cancelled or filled), which the broker only knows from the store.

Found by the crash harness's claims invariant (tests/crash/claims.py; MEXC, seed 7, cycle 11:
a renewal killed before it was sent was matched to a cancelled renewal of the same trade). The
harmful form, built here: two trades share one position; the first's stop filled; the second's
stop is moved to that same level and sigcopy is killed once the move is written, before it is
sent. At the restart the move was matched to the first trade's filled stop: the second trade
was booked closed by a fill that never happened, and its stop - the position's last - was
cancelled. Through real ccxt against the fake MEXC and Binance USD-M (which finds stops by
client id); the kill is the store as it was when the request reached the exchange, which
refuses it.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from engine.adapters.sqlite_store import read_tables
from engine.domain.orders import OrderRole, OrderStatus
from engine.domain.trade import Trade, TradeStatus
from engine.engine import TradingEngine
from tests.crash.claims import claim_errors
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import Call, FakeExchangeServer
from tests.fakes.stop_guard import StopGuard
from tests.live.helpers import live_engine, live_signal, short_until_held

STOP_CREATE = {"mexc": "planorder/place", "binanceusdm": "/algoOrder"}


def _db_files(tmp: Path) -> list[Path]:
    (db,) = (tmp / "data" / "books").glob("*/sigcopy.db")
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def _engine(fake: FakeExchangeServer, name: str, tmp: Path) -> TradingEngine:
    return live_engine(
        fake,
        name,
        tmp,
        live={"WATCH_ORDERS": False},
        ALLOW_DUPLICATE_POSITIONS=True,
        MOVE_SL_TO_ENTRY_AFTER_TP1=False,
    )


def _keeps_its_stop(fake: FakeExchangeServer, sym: str, t: Trade) -> None:
    """The position is t's and keeps one stop for t's quantity on the exchange."""
    stops = fake.book.open_orders(sym, stops=True)
    cs = fake.book.markets[sym].contract_size
    assert [o.qty * cs for o in stops] == [t.open_qty]
    assert fake.book.positions[sym] * cs == t.open_qty


def _claims_hold(fake: FakeExchangeServer, tmp: Path) -> None:
    """Each order record names the order placed for it (tests/crash/claims.py)."""
    (db, *_rest) = _db_files(tmp)
    assert claim_errors(read_tables(db, ("orders",))["orders"], fake.book) == []


async def _a_stopped_out_b_open(
    fake: FakeExchangeServer, name: str, tmp: Path
) -> tuple[TradingEngine, Trade, Trade]:
    """Two longs on one symbol, the same size: A's stop at 59,000, B's at 58,900. The price
    touches 59,000: A's stop fills, B's rests; the position is B's."""
    sym = BTC_ID[name]
    eng = _engine(fake, name, tmp)
    await eng.start()
    assert (await eng.execute(live_signal(signal_id="a", sl=59000))).ok
    assert (await eng.execute(live_signal(signal_id="b", sl=58900))).ok
    a, b = sorted(eng.trades.values(), key=lambda t: t.sl or 0, reverse=True)
    assert a.open_qty == b.open_qty  # their stops differ by the trigger alone
    fake.set_price(sym, 59000)
    fake.set_price(sym, 59500)
    await eng.monitor_pass()
    assert a.status == TradeStatus.CLOSED and b.status == TradeStatus.OPEN
    return eng, a, b


async def test_restart_when_unsent_stop_matches_another_trades_filled_stop_then_not_taken_for_it(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    name, fake = fake_venue
    sym = BTC_ID[name]
    guard = StopGuard(fake)
    eng, a, b = await _a_stopped_out_b_open(fake, name, tmp_path)
    # B's stop is moved up to 59,000 (new first). sigcopy is killed once the new stop is
    # written and its request left: the store is kept as it was then, and the request is
    # refused (it never took effect; the old stop stays).
    kept = tmp_path / "at-kill"
    kept.mkdir()
    seen: list[Call] = []

    def kill_at_send(call: Call, phase: str) -> None:
        if phase == "received" and call.method == "POST" and call.path.endswith(STOP_CREATE[name]):
            if not seen:
                seen.append(call)
                for f in _db_files(tmp_path):
                    if f.exists():
                        shutil.copy2(f, kept / f.name)
                fake.reject_next("bad_request", 1, call.path, "POST")

    fake.hooks.append(kill_at_send)
    b.sl = Decimal(59000)
    eng.book.protector.want(b.trade_id)
    await eng.monitor_pass()
    fake.hooks.remove(kill_at_send)
    assert seen  # the move was sent once, and refused
    await eng.aclose()
    for f in _db_files(tmp_path):
        f.unlink(missing_ok=True)
        if (kept / f.name).exists():
            shutil.copy2(kept / f.name, f)
    eng = _engine(fake, name, tmp_path)
    await eng.start()
    try:
        await eng.monitor_pass()
        tb = eng.trades[b.trade_id]
        assert not guard.violations, guard.violations
        assert tb.status == TradeStatus.OPEN and tb.exit_qty == 0
        unsent = [
            o
            for o in eng.book.orders.of_trade(b.trade_id)
            if o.role == OrderRole.STOP_LOSS and o.trigger_price == Decimal(59000)
        ]
        assert unsent[0].status == OrderStatus.REJECTED and unsent[0].exchange_id is None
        assert not guard.violations
        _keeps_its_stop(fake, sym, tb)
    finally:
        await eng.aclose()
    _claims_hold(fake, tmp_path)


async def test_restart_when_a_stop_create_is_lost_soon_after_then_not_taken_for_an_ended_lookalike(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    """The same look-alike after a clean restart: a create lost on the way (it times out, so it
    is looked up by its fields) within the lookup's window of the restart. The restart read the
    ended orders' exchange ids only after a kill in mid-send; now it reads the recent ones at
    every start."""
    name, fake = fake_venue
    sym = BTC_ID[name]
    guard = StopGuard(fake)
    eng, _a, b = await _a_stopped_out_b_open(fake, name, tmp_path)
    await eng.aclose()  # sigcopy stops cleanly and starts again
    eng = _engine(fake, name, tmp_path)
    await eng.start()
    try:
        await eng.monitor_pass()
        # B's stop is moved up to 59,000 (new first); the request is lost on the way, so the
        # stop is looked up: A's filled stop (same level, same size) must not be taken for it.
        fake.lose_next(1, STOP_CREATE[name])
        short_until_held(fake, eng)
        tb = eng.trades[b.trade_id]
        tb.sl = Decimal(59000)
        eng.book.protector.want(tb.trade_id)
        await eng.monitor_pass()
        assert not guard.violations, guard.violations
        assert tb.status == TradeStatus.OPEN and tb.exit_qty == 0
        _keeps_its_stop(fake, sym, tb)
    finally:
        await eng.aclose()
    _claims_hold(fake, tmp_path)
