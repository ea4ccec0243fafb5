"""TradingEngine in live mode against the fake exchanges: same engine, ccxt broker plugged in."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from engine.adapters.dry_run_broker import DryRunBroker
from engine.engine import TradingEngine
from tests.fakes.fixtures import BTC_ID, start_fake
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_engine, live_signal, time_out_next_creation


@dataclass
class Live:
    name: str
    fake: FakeExchangeServer
    engine: TradingEngine
    btc: str
    events: list[Any] = field(default_factory=list)

    def orders(self, kind: str | None = None, live: bool | None = None) -> list[Any]:
        return self.fake.book.placed(kind, live)


async def _engine(name: str, tmp: Path, dry_run: bool = False, **risk: Any) -> Live:
    fake = await start_fake(name)
    eng = live_engine(fake, name, tmp, live={"DRY_RUN_FIRST": dry_run}, **risk)
    live = Live(name, fake, eng, BTC_ID[name])
    eng.subscribe(live.events.append)
    await eng.start()
    if not dry_run:
        await fake.wait_streams()  # the order stream's set-up requests are behind us
    return live


@pytest.fixture(params=["mexc", "binanceusdm"])
async def live(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Live]:
    lv = await _engine(request.param, tmp_path)
    yield lv
    await lv.engine.aclose()
    await lv.fake.stop()


_signal = live_signal


def _qty(lv: Live, o: Any) -> Decimal:
    """A fake order's amount in BTC."""
    return Decimal(o.qty) * lv.fake.book.markets[lv.btc].contract_size


async def test_execute_when_market_signal_then_entry_stop_and_tps_on_exchange(live: Live) -> None:
    r = await live.engine.execute(_signal())
    assert r.ok, r.reasons
    (entry,) = live.orders("market")
    (stop,) = live.orders("stop", live=True)
    tps = sorted(live.orders("limit", live=True), key=lambda o: o.price)
    assert entry.side == "buy" and not entry.reduce_only and entry.status == "FILLED"
    assert stop.side == "sell" and stop.reduce_only and stop.trigger == Decimal(59000)
    assert _qty(live, stop) == _qty(live, entry)
    assert [o.price for o in tps] == [Decimal(61000), Decimal(62000)]
    assert all(o.side == "sell" and o.reduce_only for o in tps)
    assert sum(_qty(live, o) for o in tps) == _qty(live, entry)
    assert live.fake.book.leverage[live.btc] == 3
    assert live.fake.bad_signatures == 0


async def test_execute_when_zone_signal_then_limit_entries_rest_and_protection_follows_fill(
    live: Live,
) -> None:
    r = await live.engine.execute(_signal(entries=[59800, 59600], sl=59000))
    assert r.ok, r.reasons
    entries = live.orders("limit", live=True)
    assert sorted(o.price for o in entries) == [Decimal(59600), Decimal(59800)]
    assert live.orders("stop") == []
    live.fake.set_price(live.btc, "59800")
    await live.engine.monitor_pass()
    (stop,) = live.orders("stop", live=True)
    filled = [o for o in live.orders("limit") if o.status == "FILLED" and not o.reduce_only]
    assert len(filled) == 1 and _qty(live, stop) == _qty(live, filled[0])


async def test_monitor_when_tp1_fills_then_stop_resized_and_moved_to_entry(live: Live) -> None:
    assert (await live.engine.execute(_signal())).ok
    (entry,) = live.orders("market")
    live.fake.set_price(live.btc, "61000")
    await live.engine.monitor_pass()
    (stop,) = live.orders("stop", live=True)
    (tp2,) = live.orders("limit", live=True)
    assert stop.trigger == Decimal(60000)  # break-even after TP1
    assert _qty(live, stop) == _qty(live, tp2) == _qty(live, entry) / 2
    assert [o.status for o in live.orders("stop")] == ["CANCELED", "NEW"]


async def test_monitor_when_stop_fills_then_take_profits_cancelled_and_trade_closed(
    live: Live,
) -> None:
    assert (await live.engine.execute(_signal())).ok
    live.fake.set_price(live.btc, "58900")
    await live.engine.monitor_pass()
    assert live.orders("limit", live=True) == []
    assert live.fake.book.positions[live.btc] == 0
    assert live.engine.get_stats()["open_positions"] == 0
    assert any(e.kind == "stop_hit" for e in live.events)


async def test_execute_when_stop_rejected_then_position_closed_and_user_told(live: Live) -> None:
    live.fake.reject_stops(1)
    await live.engine.execute(_signal())
    assert live.fake.book.positions.get(live.btc, 0) == 0
    assert live.orders("stop", live=True) == []
    assert any("stop could not be placed" in e.text for e in live.events)


async def test_execute_when_balance_insufficient_then_trade_failed_and_nothing_open(
    live: Live,
) -> None:
    live.fake.book.wallet = Decimal(10)
    # a stale balance: the exchange says no
    live.engine.book.portfolio.set_balance(Decimal(100000), Decimal(100000))
    r = await live.engine.execute(_signal())
    assert not r.ok
    assert live.engine.get_stats()["trades_failed"] == 1
    assert live.fake.book.positions.get(live.btc, 0) == 0
    assert any("MAX_POSITION_SIZE_PCT" in reason for reason in r.reasons)


async def test_execute_when_entry_times_out_after_accept_then_exactly_one_entry(live: Live) -> None:
    time_out_next_creation(live.fake, live.engine)
    r = await live.engine.execute(_signal())
    assert r.ok, r.reasons
    assert len(live.orders("market")) == 1
    assert len(live.orders("stop", live=True)) == 1


async def test_reconcile_when_position_closed_by_hand_then_recorded_and_no_stop_replaced(
    live: Live,
) -> None:
    assert (await live.engine.execute(_signal())).ok
    live.fake.book.close_position_by_hand(live.btc)
    await live.engine.reconcile()
    await live.engine.monitor_pass()
    assert live.orders("stop", live=True) == []
    assert live.orders("limit", live=True) == []
    assert live.engine.get_stats()["open_positions"] == 0
    assert any(e.kind == "reconciled" for e in live.events)


async def test_execute_when_unknown_symbol_then_refused_and_nothing_sent(live: Live) -> None:
    n = len(live.fake.calls)
    r = await live.engine.execute(_signal(symbol="NOPEUSDT"))
    assert not r.ok
    assert all(c.method == "GET" for c in live.fake.calls[n:])


@pytest.mark.parametrize("name", ["mexc", "binanceusdm"])
async def test_execute_when_dry_run_then_exact_request_logged_and_nothing_sent(
    name: str, tmp_path: Path
) -> None:
    lv = await _engine(name, tmp_path, dry_run=True)
    try:
        r = await lv.engine.execute(_signal())
        assert r.ok, r.reasons
        posts = [c for c in lv.fake.calls if c.method in ("POST", "DELETE")]
        assert posts == [] and lv.fake.book.orders == {}
        broker = lv.engine.broker
        assert isinstance(broker, DryRunBroker)
        req = broker.requests[0]
        assert req["symbol"] == "BTC/USDT:USDT" and req["side"] == "buy"
        assert req["type"] == "market" and req["amount"] > 0
        # The stop and take-profits the planned size would get are built and logged too.
        assert [r["side"] for r in broker.requests[1:]] == ["sell"] * (len(broker.requests) - 1)
        log_file = tmp_path / "data" / "books" / "dry-run" / "trades.jsonl"
        lines = [json.loads(x) for x in log_file.read_text().splitlines()]
        assert {x["action"] for x in lines} == {"DRY_RUN"}
        assert [x["role"] for x in lines][:2] == ["entry", "sl"]
        assert lines[0]["request"] == req
        assert lv.engine.get_stats()["open_positions"] == 0
    finally:
        await lv.engine.aclose()
        await lv.fake.stop()


async def test_start_when_mexc_blocks_api_orders_on_a_market_then_warned_and_refused(
    tmp_path: Path,
) -> None:
    lv = await _engine("mexc", tmp_path)
    try:
        assert any(
            "SOL/USDT:USDT" in w and "apiAllowed=false" in w for w in lv.engine.startup_warnings
        )
        assert any(e.kind == "error" and "apiAllowed" in e.text for e in lv.events)
        n = len(lv.fake.calls)
        r = await lv.engine.execute(_signal(symbol="SOLUSDT", tp=[30], sl=10))
        assert not r.ok and "apiAllowed=false" in " ".join(r.reasons)
        assert all(c.method == "GET" for c in lv.fake.calls[n:])
    finally:
        await lv.engine.aclose()
        await lv.fake.stop()


async def test_monitor_pass_when_position_closed_by_hand_then_detected_without_new_stop(
    live: Live,
) -> None:
    assert (await live.engine.execute(_signal())).ok
    live.fake.book.close_position_by_hand(live.btc)
    await live.engine.monitor_pass()  # the periodic reconciliation, no explicit call
    assert live.engine.get_stats()["open_positions"] == 0
    assert live.orders("stop", live=True) == []
    assert any(e.kind == "reconciled" for e in live.events)


async def test_monitor_pass_when_stop_cancelled_by_hand_then_reported_and_placed_again(
    live: Live,
) -> None:
    assert (await live.engine.execute(_signal())).ok
    (stop,) = live.orders("stop", live=True)
    stop.status = "CANCELED"  # the user cancels the stop in the exchange's web page
    await live.engine.monitor_pass()
    (again,) = live.orders("stop", live=True)
    assert again.id != stop.id and again.qty == stop.qty and again.trigger == stop.trigger
    assert live.engine.get_stats()["open_positions"] == 1
    assert any(e.kind == "reconciled" and "outside sigcopy" in e.text for e in live.events)


async def test_cancel_when_exchange_answers_503_then_engine_and_exchange_still_agree(
    live: Live,
) -> None:
    r = await live.engine.execute(_signal(entry=59500, tp=[61000], sl=58000))
    assert r.ok and r.filled_qty == 0
    path = "order/cancel" if live.name == "mexc" else "/fapi/v1/order"
    live.fake.fail_next(1, 503, path_part=path)
    await live.engine.apply_update("CANCEL", symbol="BTCUSDT")
    await live.engine.monitor_pass()
    # A cancel that may not have arrived is never taken for done: what rests at the exchange
    # is exactly what the engine still tracks as live.
    at_exchange = {o.client_id for o in live.orders(live=True)}
    tracked = {live.engine.broker.client_id(o) for o in live.engine.orders.values() if o.is_live}
    assert at_exchange == tracked
    assert live.engine.get_stats()["pending_entries"] == (1 if at_exchange else 0)


async def test_execute_when_entry_fills_then_a_fee_is_booked(live: Live) -> None:
    r = await live.engine.execute(_signal())
    assert r.ok
    t = live.engine.trades[r.trade_id]
    # Reported by the exchange, or (Binance futures answers carry none) the market's own rate.
    assert t.fees > 0 and live.engine.get_stats()["total_fees_paid"] > 0


async def test_execute_when_entry_partially_filled_then_stop_and_tps_cover_the_fill_only(
    live: Live,
) -> None:
    live.fake.partial_fill(0.5)
    r = await live.engine.execute(_signal())
    assert r.ok, r.reasons
    (entry,) = live.orders("market")
    assert entry.filled == entry.qty / 2
    position = abs(live.fake.book.positions[live.btc])
    assert position == entry.filled
    # MEXC: the stop and TPs went out for the ordered amount together with the read of the
    # fill, then were resized; either way only orders matching the position are left.
    (stop,) = live.orders("stop", live=True)
    assert stop.qty == position
    tps = live.orders("limit", live=True)
    assert sum(o.qty for o in tps) == position
    assert len(tps) == 2


async def test_execute_when_market_entry_accepted_but_nothing_filled_then_failed_and_no_orders_left(
    live: Live,
) -> None:
    live.fake.unfilled_next(1)
    r = await live.engine.execute(_signal())
    assert not r.ok
    assert any("entry" in why for why in r.reasons), r.reasons
    assert live.engine.get_stats()["trades_failed"] == 1
    assert live.engine.get_stats()["open_positions"] == 0
    assert live.fake.book.positions.get(live.btc, 0) == 0
    assert live.orders("stop", live=True) == [] and live.orders("limit", live=True) == []


async def test_execute_when_mexc_answer_has_no_fill_then_protection_goes_with_the_read(
    tmp_path: Path,
) -> None:
    """MEXC answers an order with its id only. The read of the fill and the stop and TPs are
    sent together: when the read is processed (after the fake's latency), the stop and both
    TPs have already arrived. Sent one after the other, none would have."""
    lv = await _engine("mexc", tmp_path)
    try:
        await lv.engine.on_price("BTC/USDT:USDT", 60000.0)
        await lv.engine.set_leverage("BTC/USDT:USDT", 3)
        seen: list[tuple[int, int]] = []

        def at_read(call: Any, phase: str) -> None:
            if phase == "processed" and call.method == "GET" and "/order/external/" in call.path:
                plans = lv.fake.count("/planorder/place", "POST")
                limits = lv.fake.count("/order/create", "POST") - 1  # less the entry
                seen.append((plans, limits))

        lv.fake.hooks.append(at_read)
        lv.fake.set_latency(0.3)
        r = await lv.engine.execute(_signal())
        lv.fake.set_latency(0)
        assert r.ok, r.reasons
        assert seen[0] == (1, 2), seen  # the first read of the entry: stop and 2 TPs were in
        assert lv.fake.count("/order/external/", "GET") == 1  # one read, nothing re-sent
        (stop,) = lv.orders("stop", live=True)
        assert stop.qty == abs(lv.fake.book.positions[lv.btc])
    finally:
        await lv.engine.aclose()
        await lv.fake.stop()


async def test_start_when_binance_lists_no_max_leverage_then_read_from_its_brackets(
    tmp_path: Path,
) -> None:
    """Binance USD-M keeps each market's maximum leverage in its leverage brackets (a signed
    endpoint), not in the market listing: it is read once at start-up and respected."""
    lv = await _engine("binanceusdm", tmp_path)
    try:
        caps = {s: m.max_leverage for s, m in lv.engine.broker.markets.items()}  # type: ignore[attr-defined]
        assert caps["BTC/USDT:USDT"] == 125
        assert caps["ETH/USDT:USDT"] == 100
        assert caps["1000PEPE/USDT:USDT"] == 50
        # 75x asked on a 50x market: clamped to the market's own cap, which the exchange takes.
        assert await lv.engine.set_leverage("1000PEPE/USDT:USDT", 75)
        assert lv.fake.book.leverage["1000PEPEUSDT"] == 50
    finally:
        await lv.engine.aclose()
        await lv.fake.stop()


async def test_execute_when_halted_while_orders_are_written_then_nothing_sent(
    live: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    # /halt (or the EMERGENCY_STOP file from another process) lands during the write-ahead
    # commit, after the risk check passed: the orders are on disk, but none may leave.
    eng = live.engine
    real_flush = eng.store.flush

    async def flush_then_halt() -> None:
        await real_flush()
        eng.kill_switch.set("halted by test")

    monkeypatch.setattr(eng.store, "flush", flush_then_halt)
    r = await eng.execute(_signal(signal_id="h1"))
    monkeypatch.undo()
    assert not r.ok and r.reasons == ["trading was halted just before sending"]
    assert live.orders() == []
    record = await eng.store.get("trade", "h1")
    assert record is not None and record["status"] == "canceled"
    (entry,) = [o for o in await eng.store.load("order") if o["trade_id"] == "h1"]
    assert entry["status"] == "canceled" and entry["exchange_id"] is None
