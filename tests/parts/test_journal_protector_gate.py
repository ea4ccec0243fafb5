"""Journal, protector and risk gate, each alone."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

import pytest

from config.trading_config import RiskConfig
from engine.adapters.trade_log import MemoryTradeLog
from engine.core.journal import Journal
from engine.core.risk_gate import RiskGate
from engine.domain.market import BUILTIN_MARKETS, MarketCatalog
from engine.domain.orders import OrderRole, OrderStatus, OrderUpdate
from engine.domain.risk import RiskContext
from engine.domain.signal import Signal
from engine.errors import StoreError
from tests.parts.helpers import FlakyStore, make_book


async def test_commit_when_the_store_fails_then_no_line_is_logged_and_the_next_commit_writes_both() -> (
    None
):
    store, log = FlakyStore(fail_at=1), MemoryTradeLog()
    j = Journal(store, log, lambda: {"cash": "1"}, asyncio.Lock())
    j.put("fill", "f1", "ok", {"qty": "1"})
    j.line({"fill_id": "f1"})
    with pytest.raises(StoreError):
        await j.commit()
    assert j.failed and log.records == []  # the line waits for the commit holding its fill
    j.put_state()
    await j.commit()
    assert not j.failed
    assert log.records == [{"fill_id": "f1"}]
    assert store.tables["fill"]["f1"][1] == {"qty": "1"} and "ledger" in store.tables["state"]


async def test_commit_when_only_acknowledgements_changed_then_written_later_not_now() -> None:
    store = FlakyStore()
    j = Journal(store, MemoryTradeLog(), lambda: {}, asyncio.Lock())

    j.put_state(lazy=True)
    await j.commit()
    assert store.commits == 0  # deferred off the hot path
    await asyncio.sleep(0.01)
    assert store.commits == 1


async def test_protective_orders_when_position_partly_closed_then_resized_and_idempotent(
    tmp_path: Path,
) -> None:
    book, _ = make_book(tmp_path, MAX_ENTRY_DISTANCE_PCT=0.5)
    sig = Signal("BTCUSDT", "LONG", take_profits=[110, 120], sl=90, leverage=2, signal_id="p1")
    r = await book.opener.open(sig)
    await book.settle()
    t = book.portfolio.trades[r.trade_id or ""]
    assert book.protector.protective_orders(t) == ([], [], [])  # all matches: nothing to do
    (old,) = book.orders.live(t.trade_id, OrderRole.STOP_LOSS)
    tp1 = next(o for o in book.orders.live(t.trade_id, OrderRole.TAKE_PROFIT) if o.leg == 0)
    book.orders.apply(OrderUpdate(tp1.client_id, OrderStatus.FILLED, tp1.amount, Decimal(110)))
    cancel, place, (swap,) = book.protector.protective_orders(t)
    # The stop moves to the entry (MOVE_SL_TO_ENTRY_AFTER_TP1) and covers what is left: a new
    # stop replaces the old one (new first), nothing is cancelled before it rests.
    assert cancel == [] and place == []
    assert (swap.new.role, swap.new.amount, swap.new.trigger_price) == (
        OrderRole.STOP_LOSS,
        t.open_qty,
        t.avg_entry,
    )
    assert swap.old == [old]


async def test_watch_when_tp1_is_reached_before_a_limit_entry_fills_then_entries_cancelled(
    tmp_path: Path,
) -> None:
    book, broker = make_book(tmp_path, MAX_ENTRY_DISTANCE_PCT=0.5)
    sig = Signal("BTCUSDT", "LONG", entry=95, tp=110, sl=90, leverage=2, signal_id="w1")
    r = await book.opener.open(sig)
    assert r.ok and book.portfolio.trades["w1"].status == "pending"
    assert book.protector.band("BTC/USDT:USDT") == (float("-inf"), 110.0)
    book.protector.check_watched("BTC/USDT:USDT", 110.0)
    await book.settle()
    assert book.portfolio.trades["w1"].close_reason == "tp1_before_entry"
    assert broker.cancelled  # the resting entry was cancelled at the broker


def _ctx(**kw: object) -> RiskContext:
    base: dict[str, object] = {
        "equity": Decimal(10000),
        "free_margin": Decimal(10000),
        "open_trades": 0,
        "same_side_open": False,
        "daily_pnl": Decimal(0),
        "day_start_equity": Decimal(10000),
        "current_price": Decimal(100),
    }
    base.update(kw)
    return RiskContext(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("ctx", "reason"),
    [
        (_ctx(), None),
        (_ctx(halted=True), "halted"),
        (_ctx(daily_pnl=Decimal(-500)), "daily loss limit"),
        (_ctx(open_trades=5), "MAX_CONCURRENT_TRADES"),
        (_ctx(same_side_open=True), "already open"),
        (_ctx(free_margin=Decimal(10)), "exceeds free equity"),
        (_ctx(current_price=None), "no current price"),
    ],
)
def test_gate_when_the_account_is_in_a_given_state_then_the_decision_says_why(
    ctx: RiskContext, reason: str | None
) -> None:
    gate = RiskGate(RiskConfig())
    market = MarketCatalog(BUILTIN_MARKETS).resolve("BTCUSDT")
    assert market is not None
    d = gate.check(
        Signal("BTCUSDT", "LONG", tp=110, sl=90), market, [], [Decimal(110)], Decimal(90), ctx
    )
    if reason is None:
        assert d.approved and d.quantity > 0
    else:
        assert not d.approved and any(reason in r for r in d.reasons), d.reasons
    assert gate.daily_limit_hit(ctx) == (ctx.daily_pnl <= -500)


async def test_protector_when_trailing_set_on_a_non_instant_broker_then_moves_gated(
    tmp_path: Path,
) -> None:
    book, broker = make_book(tmp_path, TRAILING_STOP_PCT=0.02, MAX_ENTRY_DISTANCE_PCT=0.5)
    assert book.protector.mover is not None  # stops trail, step by step (stop_mover.py)
    sig = Signal("BTCUSDT", "LONG", take_profits=[130], sl=90, leverage=2, signal_id="t1")
    r = await book.opener.open(sig)
    await book.settle()
    t = book.portfolio.trades[r.trade_id or ""]
    book.protector.trail_stops(t.symbol, 110.0)  # 107.8: a move, made new-first
    await book.settle()
    assert t.sl == Decimal("107.8")
    placed = len(broker.sent)
    book.protector.trail_stops(t.symbol, 110.1)  # 107.898: under the 0.2 % minimum step
    await book.settle()
    assert t.sl == Decimal("107.8") and len(broker.sent) == placed
