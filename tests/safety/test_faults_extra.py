"""Faults beyond the live matrix, against the fake exchanges with the real ccxt client.

An exchange that stops answering, garbage JSON, a CDN's HTML error page, an order id the exchange
later denies, a balance that disagrees with the store; a disk that is full or read-only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from engine.adapters.sqlite_store import read_tables
from engine.domain.signal import Signal
from engine.engine import TradingEngine
from tests.fakes.fixtures import BTC_ID, start_fake
from tests.fakes.orders import FakeOrder
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_engine, live_signal, outage

WRITES = ("POST", "DELETE")


@dataclass
class Bot:
    name: str
    fake: FakeExchangeServer
    engine: TradingEngine
    btc: str
    events: list[Any] = field(default_factory=list)

    def mine(self, kind: str | None = None, live: bool | None = None) -> list[FakeOrder]:
        return self.fake.book.placed(kind, live)

    def entries(self) -> list[FakeOrder]:
        return [o for o in self.mine() if o.kind != "stop" and not o.reduce_only]

    @property
    def position(self) -> Decimal:
        return self.fake.book.positions.get(self.btc, Decimal(0))

    def order_writes(self) -> int:
        return sum(1 for c in self.fake.calls if c.method in WRITES and "leverage" not in c.path)


async def _bot(name: str, tmp: Path) -> Bot:
    fake = await start_fake(name)
    eng = live_engine(fake, name, tmp)
    bot = Bot(name, fake, eng, BTC_ID[name])
    eng.subscribe(bot.events.append)
    await eng.start()
    await fake.wait_streams()  # the order stream's set-up requests are behind us
    return bot


@pytest.fixture(params=["mexc", "binanceusdm"])
async def bot(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Bot]:
    b = await _bot(request.param, tmp_path)
    yield b
    await b.engine.aclose()
    await b.fake.stop()


def _signal(sid: str = "f1", **kw: Any) -> Signal:
    return live_signal(signal_id=sid, **kw)


def _protected(b: Bot) -> None:
    """The exchange's position (if any) is the store's open trade, with exactly one stop."""
    stats = b.engine.get_stats()
    if b.position == 0:
        assert stats["open_positions"] == 0
        assert b.mine("stop", live=True) == []
        return
    assert stats["open_positions"] == 1
    (stop,) = b.mine("stop", live=True)
    assert stop.qty == abs(b.position) and stop.trigger == Decimal(59000)


# -- the exchange --------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["binanceusdm", "mexc"])
async def test_execute_when_exchange_stops_answering_for_a_while_then_one_entry_and_stop_after(
    tmp_path: Path, name: str
) -> None:
    """An outage: every request takes effect but its answer comes after the client gave up.

    A minute of it is compressed here: the client's timeout is 0.3 s, each answer held until it is over,
    and the bot keeps trying (monitor passes, a reconciliation) until the exchange is back.
    """
    b = await _bot(name, tmp_path / name)
    try:
        with outage(b.fake, b.engine, ms=300):
            r = await b.engine.execute(_signal())
            for _ in range(3):
                await b.engine.monitor_pass()  # must not raise during the outage
        await b.engine.reconcile()
        await b.engine.monitor_pass()
        assert len(b.entries()) <= 1, "the entry was sent twice"
        if b.entries():
            assert b.position != 0
        _protected(b)
        if not r.ok:
            assert r.reasons
    finally:
        await b.engine.aclose()
        await b.fake.stop()


@pytest.mark.parametrize("fault", ["bad_json", "html"])
async def test_execute_when_create_answered_with_garbage_then_nothing_doubled_and_reason_given(
    bot: Bot, fault: str
) -> None:
    path = "order/create" if bot.name == "mexc" else "/fapi/v1/order"
    if fault == "bad_json":
        bot.fake.bad_json_next(1, path_part=path)
    else:
        # The CDN answers the create with its HTML error page (the request never reached it).
        def html_once(call: Any, phase: str) -> None:
            if phase == "received" and path in call.path and call.method == "POST":
                bot.fake.hooks.clear()
                bot.fake.garbage_next(1)

        bot.fake.hooks.append(html_once)
    r = await bot.engine.execute(_signal())
    await bot.engine.reconcile()
    assert len(bot.entries()) <= 1
    if not r.ok:
        assert r.reasons and bot.entries() == []
        # A reason a trader can act on, not a Python exception's name.
        text = " ".join(r.reasons)
        assert "Error:" not in text and "object has no attribute" not in text, text
    _protected(bot)
    # The exchange is fine again: the next signal trades normally.
    await bot.engine.close_all()
    r2 = await bot.engine.execute(_signal("f2"))
    assert r2.ok, r2.reasons
    _protected(bot)


@pytest.mark.parametrize("fault", ["bad_json", "html"])
async def test_monitor_when_reads_answered_with_garbage_then_retried_and_state_unchanged(
    bot: Bot, fault: str
) -> None:
    assert (await bot.engine.execute(_signal())).ok
    before = bot.engine.get_stats()
    for _ in range(2):
        if fault == "bad_json":
            bot.fake.bad_json_next(2)
        else:
            bot.fake.garbage_next(2)
        await bot.engine.monitor_pass()
        await bot.engine.reconcile()
    after = bot.engine.get_stats()
    assert after["open_positions"] == before["open_positions"] == 1
    assert after["trades_failed"] == 0
    _protected(bot)


async def test_monitor_when_exchange_denies_a_stop_it_acknowledged_then_a_stop_is_placed_again(
    bot: Bot,
) -> None:
    assert (await bot.engine.execute(_signal())).ok
    (stop,) = bot.mine("stop", live=True)
    bot.fake.forget_order(stop.id)
    await bot.engine.monitor_pass()
    await bot.engine.reconcile()
    await bot.engine.monitor_pass()
    _protected(bot)


async def test_execute_when_exchange_balance_disagrees_with_store_then_exchange_balance_sizes(
    bot: Bot,
) -> None:
    bot.fake.book.wallet = Decimal(2000)  # the store's ledger still says 10,000
    await bot.engine.monitor_pass()
    assert bot.engine.get_stats()["equity"] == pytest.approx(2000)
    r = await bot.engine.execute(_signal())
    assert r.ok, r.reasons
    cs = bot.fake.book.markets[bot.btc].contract_size
    value = abs(bot.position) * cs * Decimal(60000)
    # 10 % of 2,000 at 3x is a 600 USDT position; sized on the ledger it would be 3,000.
    assert value <= Decimal(610)
    _protected(bot)


# -- the disk ------------------------------------------------------------------------------------
def _disk_full(eng: TradingEngine) -> sqlite3.Connection:
    """SQLite's own "database or disk is full": the file may not grow by a single page."""
    conn = eng.store._w  # type: ignore[attr-defined]
    assert conn is not None
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    return conn


def _read_only(eng: TradingEngine) -> sqlite3.Connection:
    """The writer opened as SQLite opens a read-only file (chmod does not stop root)."""
    store: Any = eng.store
    old = store._w
    store._w = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    return old  # type: ignore[no-any-return]


def _rows(eng: TradingEngine, table: str) -> int:
    """Records on disk (the tables and the journal rows they have not caught up with)."""
    return len(read_tables(eng.store.path, (table,))[table])  # type: ignore[attr-defined]


@pytest.mark.parametrize("fault", ["disk_full", "read_only"])
async def test_execute_when_database_cannot_be_written_then_trade_refused_and_nothing_sent(
    tmp_path: Path, fault: str
) -> None:
    b = await _bot("binanceusdm", tmp_path)
    try:
        # Fill the trade tables a little so a new trade needs new pages.
        assert (await b.engine.execute(_signal("warm"))).ok
        await b.engine.close_all()
        await b.engine.monitor_pass()
        trades, orders = _rows(b.engine, "trades"), _rows(b.engine, "orders")
        writes = b.order_writes()
        if fault == "disk_full":
            conn = _disk_full(b.engine)
            blob = "x" * 200_000  # one more big record, so the next write needs new pages
            b.engine.store.put("state", "filler", "ok", {"x": blob})
        else:
            conn = _read_only(b.engine)
        r = await b.engine.execute(_signal("f3"))
        assert not r.ok
        why = " ".join(r.reasons)
        assert "database could not be written" in why and "No new trades" in why
        assert b.order_writes() == writes, "an order left without its record"
        assert (_rows(b.engine, "trades"), _rows(b.engine, "orders")) == (trades, orders)
        assert b.engine.get_stats()["open_positions"] == 0
        # Space freed / permissions fixed: trading resumes, nothing stale is sent.
        if fault == "disk_full":
            conn.execute("PRAGMA max_page_count = 1073741823")
        else:
            b.engine.store._w.close()  # type: ignore[attr-defined]
            b.engine.store._w = conn  # type: ignore[attr-defined]
        r2 = await b.engine.execute(_signal("f4"))
        assert r2.ok, r2.reasons
        # ("_f3": the client id is sc<book tag>_<trade><role><n>; a random tag may hold "f3")
        assert len([o for o in b.entries() if o.client_id and "_f3" in o.client_id]) == 0
        _protected(b)
    finally:
        await b.engine.aclose()
        await b.fake.stop()
