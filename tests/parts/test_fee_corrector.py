"""The fee corrector with the order manager and bookkeeper over a memory store: an estimated
fee replaced once whichever way the exchange's fee arrives (a pushed report of the same fill,
or a later fill whose update carries the order's whole fee), never counted twice."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from engine.adapters.memory_store import MemoryStore
from engine.domain.orders import OrderRole, OrderStatus, OrderType, OrderUpdate
from engine.domain.trade import Trade
from tests.parts.helpers import make_book

EST, REAL = Decimal("0.05"), Decimal("0.04")


def _trade_and_order(tmp_path: Path, store: MemoryStore | None = None):  # type: ignore[no-untyped-def]
    book, _broker = make_book(tmp_path, store)
    t = Trade("t1", "BTC/USDT:USDT", "LONG", 2, 2, Decimal(1), [Decimal(99)], [], [], None)
    book.books.track(t)
    o = book.orders.new_order(
        t, OrderRole.ENTRY, OrderType.LIMIT, "buy", Decimal(1), price=Decimal(99)
    )
    return book, t, o


async def test_apply_when_same_fill_reported_again_with_exchange_fee_then_corrected_once(
    tmp_path: Path,
) -> None:
    book, t, o = _trade_and_order(tmp_path)
    est = OrderUpdate(o.client_id, OrderStatus.FILLED, Decimal(1), Decimal(99), EST, "x1")
    est.fee_estimated = True
    book.orders.apply(est)
    assert t.fees == EST and book.fees.waiting and t.extra["fee_estimated"] is True
    real = OrderUpdate(o.client_id, OrderStatus.FILLED, Decimal(1), Decimal(99), REAL, "x1")
    assert book.orders.is_news(real)  # a pushed report of a known fill, news for its fee
    book.orders.apply(real)
    book.orders.apply(real)  # the poll and the stream both report it
    assert not book.orders.is_news(real)
    assert t.fees == REAL and book.portfolio.ledger.total_fees == REAL
    assert o.fee == REAL and not o.fee_estimated and "fee_estimated" not in t.extra
    assert not book.fees.waiting
    await book.settle()
    store = book.journal.store.tables  # type: ignore[attr-defined]
    assert [s for s, _ in store["fill"].values()] == ["ok", "ok"]  # the fill, the FEE record
    (line,) = [r for r in book.journal.trade_log.records if r["action"] == "FEE"]  # type: ignore[attr-defined]
    assert Decimal(line["fees"]) == REAL - EST


async def test_apply_when_a_later_fill_carries_the_orders_whole_fee_then_estimate_absorbed(
    tmp_path: Path,
) -> None:
    book, t, o = _trade_and_order(tmp_path)
    part = OrderUpdate(o.client_id, OrderStatus.OPEN, Decimal("0.4"), Decimal(99), EST, "x1")
    part.fee_estimated = True
    book.orders.apply(part)
    assert book.fees.waiting
    whole = OrderUpdate(o.client_id, OrderStatus.FILLED, Decimal(1), Decimal(99), REAL, "x1")
    book.orders.apply(whole)  # its fee is the order's total, as charged
    assert t.fees == REAL and book.portfolio.ledger.total_fees == REAL
    assert not book.fees.waiting and "fee_estimated" not in t.extra
    await book.fees.run()  # the scripted broker reads no fees: nothing else happens
    assert t.fees == REAL
    await book.settle()
    store = book.journal.store.tables  # type: ignore[attr-defined]
    assert all(s == "ok" for s, _ in store["fill"].values())


async def test_restart_when_pushed_fee_report_comes_before_the_first_read_then_booked_once(
    tmp_path: Path,
) -> None:
    from engine.domain.orders import FeeAsk, Order
    from tests.parts.helpers import ScriptedBroker

    class FeeBroker(ScriptedBroker):
        asked: list[list[FeeAsk]] = []

        async def read_fees(self, asks: list[FeeAsk]) -> dict[str, Decimal | None]:
            self.asked.append(asks)
            return {a.client_id: REAL for a in asks}

    store = MemoryStore()
    book, t, o = _trade_and_order(tmp_path, store)
    part = OrderUpdate(o.client_id, OrderStatus.OPEN, Decimal("0.4"), Decimal(99), EST, "x1")
    part.fee_estimated = True
    book.orders.apply(part)
    await book.settle()
    assert [s for s, _ in store.tables["fill"].values()] == ["estimated"]

    # A restart: the resting order is restored as the store has it, estimated fee and all.
    import engine.core.book as book_mod

    broker = FeeBroker(store)
    again = book_mod.build_book(
        "test",
        store=store,
        trade_log=book.journal.trade_log,
        broker=broker,  # type: ignore[arg-type]
        kill_switch=book.opener.kill_switch,
        clock=book.clock,
        risk=book.books.risk,
        resolve=book.opener.resolve,
        price_of=book.opener.price_of,
        venue="test",
        log_mode="paper",
    )
    t2 = Trade.from_dict(store.tables["trade"][t.trade_id][1])
    again.portfolio.track(t2)
    o2 = Order.from_dict(store.tables["order"][o.client_id][1])
    assert o2.fee_estimated and o2.fee == EST
    again.orders.index(o2)
    # The order stream reports the same 0.4 with the fee charged, before any monitor pass.
    pushed = OrderUpdate(o.client_id, OrderStatus.OPEN, Decimal("0.4"), Decimal(99), REAL, "x1")
    book_fees_before = again.portfolio.ledger.total_fees
    again.orders.apply(pushed)
    await again.fees.run()  # the first read after the restart: nothing left to ask
    assert broker.asked == []
    assert t2.fees == REAL and o2.fee == REAL
    assert again.portfolio.ledger.total_fees - book_fees_before == REAL - EST
    await again.settle()
    assert all(s == "ok" for s, _ in store.tables["fill"].values())


async def test_correction_when_it_turns_a_closed_win_into_a_loss_then_ledger_counts_follow(
    tmp_path: Path,
) -> None:
    book, t, o = _trade_and_order(tmp_path)
    est = OrderUpdate(o.client_id, OrderStatus.FILLED, Decimal(1), Decimal(99), EST, "x1")
    est.fee_estimated = True
    book.orders.apply(est)
    tp = book.orders.new_order(
        t, OrderRole.TAKE_PROFIT, OrderType.LIMIT, "sell", Decimal(1), price=Decimal("99.09")
    )
    book.orders.apply(OrderUpdate(tp.client_id, OrderStatus.FILLED, Decimal(1), Decimal("99.09")))
    lg = book.portfolio.ledger
    assert not t.is_active and t.net_pnl == Decimal("0.04")  # 0.09 gross, 0.05 estimated fee
    assert (lg.wins, lg.losses) == (1, 0)
    real = OrderUpdate(
        o.client_id, OrderStatus.FILLED, Decimal(1), Decimal(99), Decimal("0.14"), "x1"
    )
    book.orders.apply(real)  # the exchange charged 0.14: the trade lost 0.05
    assert t.net_pnl == Decimal("-0.05")
    assert (lg.wins, lg.losses) == (0, 1)
    book.orders.apply(real)  # reported again: nothing moves twice
    assert (lg.wins, lg.losses) == (0, 1)
