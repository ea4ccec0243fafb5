"""Every live stop change goes new-first (engine/core/stop_swap.py), through real ccxt against the
fake MEXC and the fake Binance USD-M: the position is never without a stop on the exchange."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from engine import events as ev
from engine.adapters.sqlite_store import read_tables
from engine.domain.orders import OrderRole, OrderStatus
from engine.engine import TradingEngine
from tests.fakes.fixtures import BTC_ID, start_fake
from tests.fakes.server import Call, FakeExchangeServer
from tests.fakes.stop_guard import StopGuard
from tests.live.helpers import live_engine, live_signal

# (method, path ending) of a stop's creation and of its cancel, per exchange
STOP_CREATE = {"mexc": ("POST", "planorder/place"), "binanceusdm": ("POST", "/algoOrder")}
STOP_CANCEL = {"mexc": ("POST", "planorder/cancel"), "binanceusdm": ("DELETE", "/algoOrder")}


@dataclass
class Live:
    name: str
    fake: FakeExchangeServer
    engine: TradingEngine
    guard: StopGuard
    btc: str
    events: list[ev.Event] = field(default_factory=list)

    def stops(self) -> list[Any]:
        """The stops resting on the exchange."""
        return self.fake.book.open_orders(self.btc, stops=True)

    def live_stops(self) -> list[Any]:
        """The stops the engine holds as live."""
        return [
            o for o in self.engine.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live
        ]

    def calls(self, what: tuple[str, str], since: int = 0) -> list[int]:
        """Indexes of the requests of one kind (method, path ending) from `since` on."""
        method, end = what
        return [
            i
            for i, c in enumerate(self.fake.calls)
            if i >= since and c.method == method and c.path.endswith(end)
        ]

    async def tp1_fills(self) -> None:
        """The price reaches TP1 (61,000): the TP fills on the exchange; the engine polls it."""
        self.fake.set_price(self.btc, 61000)
        await self.engine.monitor_pass()


@pytest.fixture(params=["mexc", "binanceusdm"])
async def live(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Live]:
    fake = await start_fake(request.param)
    eng = live_engine(fake, request.param, tmp_path, live={"WATCH_ORDERS": False})
    lv = Live(request.param, fake, eng, StopGuard(fake), BTC_ID[request.param])
    eng.subscribe(lv.events.append)
    await eng.start()
    res = await eng.execute(live_signal())
    assert res.ok, res.reasons
    yield lv
    await eng.aclose()
    await fake.stop()


async def test_resize_when_tp1_fills_then_new_stop_rests_before_old_is_cancelled(
    live: Live,
) -> None:
    (old,) = live.stops()
    mark = len(live.fake.calls)
    await live.tp1_fills()
    (new,) = live.stops()
    t = next(iter(live.engine.trades.values()))
    cs = live.fake.book.markets[live.btc].contract_size
    assert new.id != old.id and old.status == "CANCELED"
    assert new.qty * cs == t.open_qty < old.qty * cs and new.trigger == t.sl
    created = live.calls(STOP_CREATE[live.name], mark)
    cancelled = live.calls(STOP_CANCEL[live.name], mark)
    assert len(created) == 1 and len(cancelled) == 1 and created[0] < cancelled[0]
    assert live.guard.violations == [] and live.guard.checks > 0
    (rec,) = live.live_stops()
    assert rec.exchange_id == new.id and rec.amount == t.open_qty


async def test_resize_when_new_stop_refused_then_old_level_kept_and_user_told(live: Live) -> None:
    (old,) = live.stops()
    live.fake.reject_stops(1)
    await live.tp1_fills()
    # The move to break-even refused: the old stop's level still protects it, re-sized to what
    # is held (new first: test_stop_move_refused.py), never closed.
    (kept,) = live.stops()
    t = next(iter(live.engine.trades.values()))
    cs = live.fake.book.markets[live.btc].contract_size
    assert kept.trigger == old.trigger == t.sl and kept.qty * cs == t.open_qty
    assert t.is_active and live.fake.book.positions[live.btc] != 0  # not closed
    said = [e.text for e in live.events if e.kind == ev.ERROR]
    assert any("could not be moved" in m and "stays" in m for m in said), said
    refused = [o for o in live.engine.orders.values() if o.status == OrderStatus.REJECTED]
    assert [o.role for o in refused] == [OrderRole.STOP_LOSS]
    assert live.guard.violations == []


async def test_resize_when_old_stop_cancel_fails_then_both_kept_and_cancel_retried(
    live: Live,
) -> None:
    (old,) = live.stops()
    method, path = STOP_CANCEL[live.name]
    # The exchange refuses the cancel (busy, rate limit) before it takes effect.
    live.fake.reject_next("rate" if live.name == "binanceusdm" else "bad_request", 1, path, method)
    await live.tp1_fills()
    assert len(live.stops()) == 2 and old.live  # both rest; the record keeps both
    assert len(live.live_stops()) == 2
    await live.engine.monitor_pass()  # the next pass cancels the old one again
    (new,) = live.stops()
    assert new.id != old.id and old.status == "CANCELED"
    (rec,) = live.live_stops()
    assert rec.exchange_id == new.id
    assert live.guard.violations == []


async def test_cancel_when_exchange_denies_a_resting_old_stop_then_looked_up_and_kept(
    live: Live,
) -> None:
    (old,) = live.stops()
    method, path = STOP_CANCEL[live.name]
    # "Not found" (Binance -2013, MEXC 2040) though the stop still rests: the lookup shows it,
    # so it is not taken for gone.
    live.fake.reject_next("order_not_found", 1, path, method)
    await live.tp1_fills()
    assert old.live and len(live.live_stops()) == 2
    await live.engine.monitor_pass()
    assert not old.live and len(live.stops()) == 1 == len(live.live_stops())


async def test_cancel_when_old_stop_really_gone_then_looked_up_and_recorded_gone(
    live: Live,
) -> None:
    (old,) = live.stops()
    method, path = STOP_CANCEL[live.name]

    def lose(call: Call, phase: str) -> None:
        # The exchange lost the old stop just before the cancel arrived: it answers "not found".
        if phase == "received" and call.method == method and call.path.endswith(path):
            live.fake.forget_order(old.id)

    live.fake.hooks.append(lose)
    mark = len(live.fake.calls)
    await live.tp1_fills()
    (new,) = live.stops()
    assert new.id != old.id
    (rec,) = live.live_stops()
    assert rec.exchange_id == new.id
    cancel = live.calls(STOP_CANCEL[live.name], mark)[-1]
    looked_up = [c for c in live.fake.calls[cancel + 1 :] if c.method == "GET"]
    assert looked_up  # read back before it was recorded gone
    gone = next(o for o in live.engine.orders.values() if o.exchange_id == old.id)
    assert gone.status == OrderStatus.CANCELED and gone.filled == 0


async def test_move_stop_when_follow_up_asks_then_swapped_new_first(live: Live) -> None:
    t = next(iter(live.engine.trades.values()))
    (old,) = live.stops()
    mark = len(live.fake.calls)
    t.sl = Decimal(59500)  # as a "move SL to 59500" follow-up sets it
    live.engine.book.protector.want(t.trade_id)
    await live.engine.monitor_pass()
    (new,) = live.stops()
    assert new.trigger == Decimal(59500) and old.status == "CANCELED"
    created = live.calls(STOP_CREATE[live.name], mark)
    cancelled = live.calls(STOP_CANCEL[live.name], mark)
    assert created[0] < cancelled[0]
    assert live.guard.violations == []


async def test_close_when_asked_then_stop_kept_until_the_close_fills(live: Live) -> None:
    (stop,) = live.stops()
    mark = len(live.fake.calls)
    assert await live.engine.close_position("BTCUSDT")
    await live.engine.monitor_pass()  # MEXC fills the close after its answer: read here
    assert live.fake.book.positions[live.btc] == 0 and not stop.live
    close = next(
        i
        for i, c in enumerate(live.fake.calls)
        if i >= mark and c.method == "POST" and c.path.endswith(("order/create", "/fapi/v1/order"))
    )
    cancelled = live.calls(STOP_CANCEL[live.name], mark)
    assert all(i > close for i in cancelled)  # never cancelled before the close went out
    assert live.guard.violations == []
    assert not [t for t in live.engine.trades.values() if t.is_active]


# A stop move refused after a take-profit filled (the crash harness's "stops on the exchange
# 0.301, open trades need 0.151"): TP1 fills, so one new stop is both re-sized to what is left
# and moved to the entry (MOVE_SL_TO_ENTRY_AFTER_TP1). If the price is back through the entry
# when it is sent, Binance refuses it, -2021 "Order would immediately trigger."
# (https://developers.binance.com/docs/derivatives/usds-margined-futures/error-code; the fake:
# fake_binance._not_triggered_yet). The previous stop stays, but sized for the whole position:
# kept as it was, it closes more than the trade holds when it fires (another trade's share of a
# shared position), and the crash harness found it so. It is re-sized at its own level.


async def test_move_when_refused_after_tp1_then_the_kept_stop_is_resized_at_its_level(
    live: Live,
) -> None:
    t = next(iter(live.engine.trades.values()))
    (old,) = live.stops()
    cs = live.fake.book.markets[live.btc].contract_size
    old_level = old.trigger
    mark = len(live.fake.calls)
    live.fake.set_price(live.btc, 61000)  # TP1 fills on the exchange
    if live.name == "binanceusdm":
        # Back below the entry (60,000) before the engine sees the fill: the stop at the entry
        # would trigger at once (-2021). Above the old stop (59,000): that one does not fire.
        live.fake.set_price(live.btc, 59500)
    else:
        live.fake.reject_stops(1)  # MEXC: the move refused for a reason of its own
    await live.engine.monitor_pass()
    assert t.is_active and t.tps_hit == 1 and 0 < t.open_qty < t.entry_qty
    said = [e.text for e in live.events if e.kind == ev.ERROR]
    assert any("could not be moved" in m and "stays" in m for m in said), said
    (stop,) = live.stops()  # one stop: at the previous level, for what the trade holds
    assert stop.trigger == old_level and t.sl == old_level
    assert (stop.qty - stop.filled) * cs == t.open_qty
    assert old.status == "CANCELED"
    created = live.calls(STOP_CREATE[live.name], mark)
    assert len(created) == 2  # the refused move, then the re-size at the kept level
    (rec,) = [o for o in live.engine.orders.values() if o.role == OrderRole.STOP_LOSS and o.is_live]
    assert rec.exchange_id == stop.id and rec.amount == t.open_qty
    assert live.guard.violations == []


async def test_move_when_refused_after_tp1_then_a_later_stop_hit_closes_only_the_trade(
    live: Live, tmp_path: Path
) -> None:
    t = next(iter(live.engine.trades.values()))
    live.fake.set_price(live.btc, 61000)
    if live.name == "binanceusdm":
        live.fake.set_price(live.btc, 59500)
    else:
        live.fake.reject_stops(1)
    await live.engine.monitor_pass()
    held = t.open_qty
    live.fake.set_price(live.btc, 58900)  # through the kept stop's level: it fires
    await live.engine.monitor_pass()
    assert live.fake.book.positions.get(live.btc, Decimal(0)) == 0
    assert not t.is_active and t.exit_qty == t.entry_qty
    (db,) = (tmp_path / "data" / "books").glob("*/sigcopy.db")
    orders = read_tables(db, ("orders",))["orders"]
    (stop,) = [r for r in orders.values() if r["role"] == "sl" and Decimal(r["filled"])]
    # The store books what the exchange filled: the trade's rest, no more.
    (placed,) = [o for o in live.fake.book.orders.values() if o.id == stop["exchange_id"]]
    cs = live.fake.book.markets[live.btc].contract_size
    assert Decimal(stop["filled"]) == placed.filled * cs == held
