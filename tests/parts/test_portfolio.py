"""Portfolio alone: incremental aggregates always equal a full recompute, and a tick costs the
same whatever the number of open positions (counted in work, not timed)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.clock import SimulatedClock
from engine.core.portfolio import Portfolio
from engine.domain.trade import Trade, TradeStatus

SYMS = ["A", "B", "C"]


def _trade(i: int, sym: str, side: str, lev: int = 2) -> Trade:
    return Trade(
        trade_id=f"t{i}",
        symbol=sym,
        side=side,
        leverage=lev,
        requested_leverage=lev,
        planned_qty=Decimal(1),
        entries=[],
        take_profits=[],
        tp_split=[],
        sl=None,
    )


def _pf(reserved: dict[str, Decimal] | None = None) -> Portfolio:
    res = reserved if reserved is not None else {}
    return Portfolio(Decimal(10000), SimulatedClock(), lambda t: res.get(t.trade_id, Decimal(0)))


prices = st.decimals(min_value=1, max_value=1000, places=2).map(float)
qtys = st.decimals(min_value=Decimal("0.001"), max_value=5, places=3)
event = st.one_of(
    st.tuples(
        st.just("open"), st.sampled_from(SYMS), st.sampled_from(["LONG", "SHORT"]), qtys, prices
    ),
    st.tuples(st.just("tick"), st.sampled_from(SYMS), prices),
    st.tuples(st.just("exit"), st.integers(0, 30), st.integers(1, 4), prices),
    st.tuples(st.just("reserve"), st.integers(0, 30), qtys),
    st.tuples(st.just("end"), st.integers(0, 30)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(event, max_size=60))
def test_aggregates_when_fills_ticks_and_ends_then_equal_a_full_recompute(events: list) -> None:
    reserved: dict[str, Decimal] = {}
    pf = _pf(reserved)
    trades: list[Trade] = []
    for e in events:
        if e[0] == "open":
            _, sym, side, qty, price = e
            t = _trade(len(trades), sym, side)
            trades.append(t)
            pf.track(t)
            t.apply_entry_fill(qty, Decimal(repr(price)), Decimal(0), 0.0)
            pf.changed(t.trade_id)
        elif e[0] == "tick":
            pf.mark(e[1], e[2])
        elif e[0] == "exit" and trades:
            t = trades[e[1] % len(trades)]
            if t.is_active and t.open_qty > 0:
                t.apply_exit_fill(t.open_qty / e[2], Decimal(repr(e[3])), Decimal(0))
                pf.changed(t.trade_id)
        elif e[0] == "reserve" and trades:
            t = trades[e[1] % len(trades)]
            reserved[t.trade_id] = e[2]
            pf.changed(t.trade_id)
        elif e[0] == "end" and trades:
            t = trades[e[1] % len(trades)]
            if t.is_active:
                t.status = TradeStatus.CLOSED
                pf.untrack(t)
        fast, slow = pf.aggregates(), pf.recompute()
        assert fast.open_trades == slow.open_trades
        assert abs(fast.unrealized - slow.unrealized) < Decimal("1e-12")
        assert abs(fast.used_margin - slow.used_margin) < Decimal("1e-12")
    assert pf.equity() == pf.ledger.cash + pf.unrealized()


def test_unrealized_when_long_and_short_on_one_symbol_then_each_counted_at_the_last_price() -> None:
    pf = _pf()
    long, short = _trade(1, "A", "LONG"), _trade(2, "A", "SHORT")
    for t, px in ((long, "100"), (short, "110")):
        pf.track(t)
        t.apply_entry_fill(Decimal(2), Decimal(px), Decimal(0), 0.0)
        pf.changed(t.trade_id)
    assert pf.unrealized() == 0  # no price seen yet
    pf.mark("A", 105.0)
    # long: (105 - 100) * 2 = 10; short: (110 - 105) * 2 = 10
    assert pf.unrealized() == Decimal(20)
    assert pf.free_margin() == Decimal(10020) - (Decimal(200) + Decimal(220)) / 2


def test_tick_when_1000_positions_then_it_refreshes_one_symbol_only() -> None:
    pf = _pf()
    for i in range(1000):
        t = _trade(i, f"S{i % 50}", "LONG")
        pf.track(t)
        t.apply_entry_fill(Decimal(1), Decimal(100), Decimal(0), 0.0)
        pf.changed(t.trade_id)
    pf.aggregates()
    refreshed: list[str] = []
    original = pf._refresh_trade
    pf._refresh_trade = lambda tid: (refreshed.append(tid), original(tid))[1]  # type: ignore[method-assign]
    pf.mark("S7", 101.0)
    assert pf.unrealized() == Decimal(20)  # 20 positions of 1 on S7, up 1 each
    assert refreshed == []  # a tick walks no position
    assert pf._stale_syms == set()


def test_balance_when_the_exchange_reports_one_then_it_overrides_the_ledger() -> None:
    pf = _pf()
    pf.set_balance(Decimal(500), Decimal(300))
    assert pf.equity() == Decimal(500) and pf.free_margin() == Decimal(300)


def test_context_when_same_side_open_then_said_unless_duplicates_allowed() -> None:
    pf = _pf()
    t = _trade(1, "A", "LONG")
    pf.track(t)
    ctx = pf.context("A", "LONG", False, Decimal(1), False, None)
    assert ctx.same_side_open and ctx.open_trades == 1
    assert not pf.context("A", "LONG", True, Decimal(1), False, None).same_side_open
    assert not pf.context("A", "SHORT", False, Decimal(1), False, None).same_side_open


def test_last_when_ticks_arrive_then_each_read_sees_the_latest_and_pnl_follows() -> None:
    pf = _pf()
    t = _trade(1, "A", "LONG")
    pf.track(t)
    t.apply_entry_fill(Decimal(2), Decimal(100), Decimal(0), 0.0)
    pf.changed(t.trade_id)
    pf.mark("A", 101.0)
    pf.mark("B", 7.0)
    pf.mark("A", 102.5)  # a later tick of the same symbol wins
    assert pf.last == {"A": 102.5, "B": 7.0}
    assert pf.unrealized() == Decimal("5.0")  # 2 x (102.5 - 100)
    pf.mark("A", 99.0)  # after a read: the next read sees it, and so does the P&L
    assert pf.unrealized() == Decimal("-2.0")
    assert pf.last["A"] == 99.0
    assert pf.unrealized() == pf.recompute().unrealized
