"""Order updates pushed over the exchange's websocket, end to end: the real engine and the real
ccxt.pro client against the fake exchanges' user data streams (tests/fakes/*_ws.py).

No test here runs a monitor pass after the market moves: whatever the engine learns, it learns
from the stream (the bot's polling is the safety net; here it is simply not running).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from engine import events as ev
from engine.adapters.ccxt_exchange import rewrite_urls
from engine.adapters.ccxt_stream import CcxtOrderStream
from engine.domain.trade import TradeStatus
from engine.engine import TradingEngine
from tests.fakes.fixtures import BTC_ID, start_fake
from tests.fakes.orders import FakeOrder
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_engine, live_signal

WAIT = 20.0  # generous: these are event waits, not timing budgets


@dataclass
class Streamed:
    name: str
    fake: FakeExchangeServer
    engine: TradingEngine
    btc: str
    events: list[ev.Event] = field(default_factory=list)
    _arrived: asyncio.Condition = field(default_factory=asyncio.Condition)

    async def on_event(self, e: ev.Event) -> None:
        async with self._arrived:
            self.events.append(e)
            self._arrived.notify_all()

    async def wait_event(self, kind: str, n: int = 1) -> ev.Event:
        """The n-th event of a kind, once the engine has published it."""

        def seen() -> list[ev.Event]:
            return [e for e in self.events if e.kind == kind]

        async with self._arrived:
            await asyncio.wait_for(self._arrived.wait_for(lambda: len(seen()) >= n), WAIT)
        return seen()[n - 1]

    @property
    def stream(self) -> CcxtOrderStream:
        s = self.engine.monitor.stream
        assert isinstance(s, CcxtOrderStream)
        return s

    def mine(self, kind: str | None = None, live: bool | None = None) -> list[FakeOrder]:
        # Orders another API user of the account placed are not sigcopy's either.
        return [
            o
            for o in self.fake.book.placed(kind, live)
            if not (o.client_id or "").startswith("someone")
        ]

    def btc_qty(self, o: FakeOrder) -> Decimal:
        return o.qty * self.fake.book.markets[self.btc].contract_size


async def _start(name: str, tmp: Path, **live: Any) -> Streamed:
    fake = await start_fake(name)
    eng = live_engine(fake, name, tmp, live=live)
    s = Streamed(name, fake, eng, BTC_ID[name])
    eng.subscribe(s.on_event)
    await eng.start()
    return s


@pytest.fixture(params=["binanceusdm", "mexc"])
async def streamed(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Streamed]:
    s = await _start(request.param, tmp_path)
    await s.fake.wait_streams()
    s.stream.base_delay = 0.05  # reconnect quickly in these tests
    yield s
    await s.engine.aclose()
    await s.fake.stop()


@pytest.fixture
async def binance(tmp_path: Path) -> AsyncIterator[Streamed]:
    s = await _start("binanceusdm", tmp_path)
    await s.fake.wait_streams()
    yield s
    await s.engine.aclose()
    await s.fake.stop()


_signal = live_signal


async def test_tp1_fill_when_pushed_then_stop_resized_and_moved_to_entry_without_a_poll(
    streamed: Streamed,
) -> None:
    s = streamed
    assert (await s.engine.execute(_signal())).ok
    (entry,) = s.mine("market")
    delivered = s.stream.delivered
    s.fake.set_price(s.btc, "61000")
    hit = await s.wait_event(ev.TAKE_PROFIT_HIT)
    assert hit.data["price"] == 61000.0
    (stop,) = s.mine("stop", live=True)
    (tp2,) = s.mine("limit", live=True)
    assert stop.trigger == Decimal(60000)  # break-even after TP1
    assert s.btc_qty(stop) == s.btc_qty(tp2) == s.btc_qty(entry) / 2
    assert s.stream.delivered > delivered
    (trade,) = s.engine.trades.values()
    assert trade.tps_hit == 1 and trade.sl_at_entry
    if s.name == "binanceusdm":  # no order-status read at all (the stop's cancel reads algoOrder)
        assert s.fake.count("/fapi/v1/order", "GET") == 0


async def test_limit_entry_fill_when_pushed_then_protected_with_the_exchange_fee(
    streamed: Streamed,
) -> None:
    s = streamed
    assert (await s.engine.execute(_signal(entries=[59800], sl=59000))).ok
    assert s.mine("stop") == []
    s.fake.set_price(s.btc, "59800")
    await s.wait_event(ev.ENTRY_FILLED)
    (entry,) = [o for o in s.mine("limit") if not o.reduce_only]
    (stop,) = s.mine("stop", live=True)
    assert s.btc_qty(stop) == s.btc_qty(entry)
    (trade,) = s.engine.trades.values()
    # The fee the exchange charged, as pushed (not the market's published rate).
    assert trade.fees == entry.fee
    assert s.engine.ledger.total_fees == entry.fee


async def test_stop_fill_when_pushed_then_take_profits_cancelled_and_trade_closed(
    binance: Streamed,
) -> None:
    s = binance
    assert (await s.engine.execute(_signal())).ok
    s.fake.set_price(s.btc, "58900")
    hit = await s.wait_event(ev.STOP_HIT)
    await s.wait_event(ev.POSITION_CLOSED)
    assert hit.data["reason"] == "stop_loss"
    assert s.mine("limit", live=True) == []
    assert s.fake.book.positions[s.btc] == 0
    (trade,) = s.engine.trades.values()
    assert trade.status == TradeStatus.CLOSED
    (stop,) = s.mine("stop")
    assert trade.exit_qty == s.btc_qty(stop)


async def test_partial_fills_when_pushed_one_by_one_then_exact_cumulative_fee(
    binance: Streamed,
) -> None:
    s = binance
    assert (await s.engine.execute(_signal(entries=[59800], sl=59000))).ok
    s.fake.partial_fill(0.5)
    s.fake.set_price(s.btc, "59800")
    await s.wait_event(ev.ENTRY_FILLED)
    s.fake.set_price(s.btc, "59700")
    await s.wait_event(ev.ENTRY_FILLED, 2)
    (entry,) = [o for o in s.mine("limit") if not o.reduce_only]
    assert entry.status == "FILLED"
    (trade,) = s.engine.trades.values()
    assert trade.entry_qty == entry.qty and trade.fees == entry.fee


async def test_stream_when_socket_dropped_then_reconnects_and_updates_flow_again(
    streamed: Streamed, caplog: pytest.LogCaptureFixture
) -> None:
    s = streamed
    caplog.set_level(logging.INFO, logger="sigcopy.stream")
    await s.fake.drop_streams()
    await s.fake.wait_streams(2)
    assert (await s.engine.execute(_signal())).ok
    s.fake.set_price(s.btc, "61000")
    await s.wait_event(ev.TAKE_PROFIT_HIT)
    (stop,) = s.mine("stop", live=True)
    assert stop.trigger == Decimal(60000)
    assert "reconnecting" in caplog.text
    secrets = [s.fake.api_key, s.fake.secret]
    if s.name == "binanceusdm":
        secrets.append(str(s.fake.user_data.listen_key))  # type: ignore[attr-defined]
    assert not any(x in caplog.text for x in secrets)


async def test_stream_when_fill_happens_while_socket_down_then_caught_up_by_a_poll_on_return(
    streamed: Streamed,
) -> None:
    """A fill while the socket is down is never pushed (exchanges do not replay): the stream
    polls the live orders before it resumes, so the engine learns of it without waiting for
    the monitor pass (which never runs in these tests)."""
    s = streamed
    assert (await s.engine.execute(_signal())).ok
    await s.fake.drop_streams()
    s.fake.set_price(s.btc, "61000")  # TP1 fills now, with no socket to push it on
    await s.wait_event(ev.TAKE_PROFIT_HIT)
    assert s.stream.gap_polls >= 1
    (stop,) = s.mine("stop", live=True)
    assert stop.trigger == Decimal(60000)  # resized and moved to the entry, as when pushed


async def test_update_when_order_is_not_sigcopys_then_ignored(streamed: Streamed) -> None:
    s = streamed
    assert (await s.engine.execute(_signal())).ok
    known = set(s.engine.orders)
    n_events = len(s.events)
    # Someone trades by hand on the same account: a limit order on another market, which fills.
    book = s.fake.book
    eth = "ETH_USDT" if s.name == "mexc" else "ETHUSDT"
    qty = Decimal(1) if s.name == "mexc" else Decimal("0.01")
    foreign = FakeOrder(book.next_id(), "someone-else-1", eth, "buy", "limit", qty)
    foreign.price = Decimal("2990")
    foreign.extra = {"side": 1, "type": 1, "openType": 1}
    book.submit(foreign)
    book.set_price(eth, "2990")
    assert foreign.status == "FILLED"
    # Then a fill of ours: on the same socket it arrives after the foreign updates.
    s.fake.set_price(s.btc, "61000")
    await s.wait_event(ev.TAKE_PROFIT_HIT)
    assert all(e.symbol != "ETH/USDT:USDT" for e in s.events)
    assert not any(e.kind == ev.ERROR for e in s.events[n_events:])
    new = set(s.engine.orders) - known
    assert all(s.engine.orders[c].role.value == "sl" for c in new)  # only the moved stop
    assert s.stream.running


@pytest.mark.parametrize("name", ["binanceusdm", "mexc"])
async def test_start_when_dry_run_then_no_stream_opened(name: str, tmp_path: Path) -> None:
    s = await _start(name, tmp_path, DRY_RUN_FIRST=True)
    try:
        assert (await s.engine.execute(_signal())).ok
        await asyncio.sleep(0)
        assert s.engine.monitor.stream is None
        assert s.fake.ws_calls == [] and s.fake.count("listenKey") == 0
    finally:
        await s.engine.aclose()
        await s.fake.stop()


async def test_start_when_watch_orders_off_then_no_stream_opened(tmp_path: Path) -> None:
    s = await _start("binanceusdm", tmp_path, WATCH_ORDERS=False)
    try:
        assert s.engine.monitor.stream is None
        assert (await s.engine.execute(_signal())).ok
        assert s.fake.ws_calls == [] and s.fake.count("listenKey") == 0
    finally:
        await s.engine.aclose()
        await s.fake.stop()


async def test_aclose_when_streaming_then_socket_closed_and_stream_stopped(tmp_path: Path) -> None:
    s = await _start("mexc", tmp_path)
    try:
        await s.fake.wait_streams()
        stream = s.stream
        assert stream.running
    finally:
        await s.engine.aclose()
    try:
        assert not stream.running and s.engine.monitor.stream is None
        for _ in range(200):  # the server sees the close frame a moment later
            if not s.fake.hub.streams:
                break
            await asyncio.sleep(0.05)
        assert s.fake.hub.streams == []
    finally:
        await s.fake.stop()


# -- conversion, straight through the stream (ccxt order structures as ccxt.pro parses them) ------
def _raw(cid: str, **kw: Any) -> dict[str, Any]:
    info = {"c": cid, "x": "TRADE", "X": "FILLED", "l": "0.010", "z": "0.010", "n": "0.00042"}
    raw: dict[str, Any] = {
        "id": "9001",
        "clientOrderId": cid,
        "symbol": "BTC/USDT:USDT",
        "status": "closed",
        "filled": 0.01,
        "average": 60000.0,
        "fee": {"cost": 0.00042, "currency": "BNB"},
        "info": {**info, **kw.pop("info", {})},
    }
    raw.update(kw)
    return raw


async def test_convert_when_fee_paid_in_bnb_then_market_rate_booked(binance: Streamed) -> None:
    s = binance
    assert (await s.engine.execute(_signal(entries=[59000], sl=58000))).ok
    (entry,) = s.engine.orders.values()
    cid = s.stream.broker.client_id(entry)
    (u,) = s.stream.convert([_raw(cid, info={"N": "BNB"})], [entry])
    rate = s.stream.broker.markets[entry.symbol].maker_fee or Decimal(0)
    assert u.filled == Decimal("0.010") and u.fee == Decimal("0.010") * 60000 * rate
    (u,) = s.stream.convert([_raw(cid, id="9002", info={"N": "USDT"})], [entry])
    assert u.fee == Decimal("0.00042")  # the fee the exchange reports, when it is in USDT


async def test_convert_when_update_malformed_or_foreign_then_skipped(binance: Streamed) -> None:
    s = binance
    assert (await s.engine.execute(_signal(entries=[59000], sl=58000))).ok
    (entry,) = s.engine.orders.values()
    cid = s.stream.broker.client_id(entry)
    raws = [
        _raw("someone-else", id="1"),  # not ours
        {"id": None, "info": None},  # nothing to match
        _raw(cid, filled="not a number"),  # unreadable
        _raw(cid, id="9003", info={"N": "USDT"}),
    ]
    (u,) = s.stream.convert(raws, [entry])
    assert u.client_id == entry.client_id and u.exchange_id == "9003"


def test_rewrite_urls_when_websocket_urls_then_same_host_with_ws_scheme() -> None:
    urls = {
        "rest": "https://fapi.binance.com/fapi/v1",
        "ws": {"linear": "wss://fstream.binance.com/ws", "swap": "wss://contract.mexc.com/edge"},
    }
    assert rewrite_urls(urls, "http://127.0.0.1:8080/") == {
        "rest": "http://127.0.0.1:8080/fapi/v1",
        "ws": {"linear": "ws://127.0.0.1:8080/ws", "swap": "ws://127.0.0.1:8080/edge"},
    }
    assert rewrite_urls(urls["ws"], "https://proxy.example")["linear"] == "wss://proxy.example/ws"
