"""Breakout entries in live mode, against the fake Binance USD-M server driven by ccxt: a level
not reached sends nothing and waits (no order rests on the exchange: docs/paper.md, "Breakout
entries"); the first price at the level, or a level already passed, sends one market order (its
record written first) and its stop."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from bot.loops import price_loop
from tests.bot.conftest import eventually
from tests.fakes.fixtures import start_fake
from tests.live.helpers import live_engine, live_signal


def _order_posts(fake: Any) -> list[dict[str, str]]:
    calls = [c for c in fake.calls if c.path.endswith("/fapi/v1/order") and c.method == "POST"]
    return [{**c.query, **dict(parse_qsl(c.body))} for c in calls]


async def test_live_breakout_when_level_not_reached_then_waits_and_enters_once_at_the_level(
    tmp_path: Path,
) -> None:
    """Nothing is sent while the entry waits (no order rests on the exchange); the first price
    at the level sends one market order, its record and the signal's "accepted" on disk before
    the request arrives, and the stop follows on the exchange."""
    fake = await start_fake("binanceusdm")
    eng = live_engine(fake, "binanceusdm", tmp_path, live={"WATCH_ORDERS": False})
    seen: list[tuple[bool, list[str]]] = []

    def at_entry(call: Any, phase: str) -> None:
        if phase != "received" or call.method != "POST" or not call.path.endswith("/order"):
            return
        params = {**call.query, **dict(parse_qsl(call.body))}
        if params.get("reduceOnly") == "true":
            return
        store: Any = eng.store
        recorded = {d["client_id"] for d in store.read_sync("order")}
        accepted = [d["signal_id"] for d in store.read_sync("signal", ("accepted",))]
        seen.append((params["newClientOrderId"] in recorded, accepted))

    try:
        # The market is at 60,000: "Long above 60,500" would be a buy limit that fills now.
        res = await eng.execute(live_signal(entries=[60500], entry_trigger="above"))
        assert res.ok and res.waiting == "waiting for 60500 (above)", res
        await eng.on_price("BTCUSDT", 60400.0)
        assert _order_posts(fake) == [] and eng.trades == {}
        fake.hooks.append(at_entry)
        fake.set_price("BTCUSDT", "60500")
        await eng.on_price("BTCUSDT", 60500.0)
        entries = [p for p in _order_posts(fake) if p.get("reduceOnly") != "true"]
        assert [(p["side"], p["type"]) for p in entries] == [("BUY", "MARKET")]
        assert seen == [(True, [res.trade_id])]  # written ahead, with the signal's record
        stops = fake.book.open_orders("BTCUSDT", stops=True)
        assert stops and all(o.trigger == 59000 for o in stops)
        t = eng.trades[res.trade_id]
        assert t.entry_qty > 0 and t.avg_entry is not None and t.avg_entry >= 60500
        await eng.on_price("BTCUSDT", 60600.0)
        assert len([p for p in _order_posts(fake) if p.get("reduceOnly") != "true"]) == 1
    finally:
        await eng.aclose()
        await fake.stop()


async def test_live_breakout_when_restarted_while_waiting_then_restored_and_entered_once(
    tmp_path: Path,
) -> None:
    fake = await start_fake("binanceusdm")
    first = live_engine(fake, "binanceusdm", tmp_path, live={"WATCH_ORDERS": False})
    second = None
    try:
        res = await first.execute(live_signal(entries=[60500], entry_trigger="above"))
        assert res.waiting is not None
        await first.aclose()
        second = live_engine(fake, "binanceusdm", tmp_path, live={"WATCH_ORDERS": False})
        assert [w["trade_id"] for w in second.waiting_entries()] == [res.trade_id]
        fake.set_price("BTCUSDT", "60550")
        await second.on_price("BTCUSDT", 60550.0)
        await second.on_price("BTCUSDT", 60560.0)
        entries = [p for p in _order_posts(fake) if p.get("reduceOnly") != "true"]
        assert [(p["side"], p["type"]) for p in entries] == [("BUY", "MARKET")]
        assert second.trades[res.trade_id].entry_qty > 0
    finally:
        if second is not None:
            await second.aclose()
        await fake.stop()


async def test_live_breakout_when_level_passed_then_one_market_order_and_its_stop(
    tmp_path: Path,
) -> None:
    fake = await start_fake("binanceusdm")
    eng = live_engine(fake, "binanceusdm", tmp_path, live={"WATCH_ORDERS": False})
    try:
        res = await eng.execute(live_signal(entries=[59500], entry_trigger="above"))
        assert res.ok, res.reasons
        posts = _order_posts(fake)
        entries = [p for p in posts if p.get("reduceOnly") != "true"]
        assert [(p["side"], p["type"]) for p in entries] == [("BUY", "MARKET")]
        assert fake.book.open_orders("BTCUSDT", stops=True)  # the stop is on the exchange
        t = eng.trades[res.trade_id]
        assert t.entry_qty > 0
    finally:
        await eng.aclose()
        await fake.stop()


async def test_price_loop_when_entry_waits_then_its_symbol_is_polled_and_entered(
    tmp_path: Path,
) -> None:
    """With no position and no resting order, the front end's price loop still polls the
    waiting entry's symbol (bot/loops.py), so the level is seen when the exchange gets there."""
    fake = await start_fake("binanceusdm")
    eng = live_engine(fake, "binanceusdm", tmp_path, live={"WATCH_ORDERS": False})
    task = None
    try:
        res = await eng.execute(live_signal(entries=[60500], entry_trigger="above"))
        assert res.waiting is not None and eng.trades == {}
        fake.set_price("BTCUSDT", "60600")
        task = asyncio.create_task(price_loop(eng, 0.01))
        # generous: the entry is several requests, slow on a loaded machine (failed once at 10 s)
        # (The trade is in the book from its write-ahead record on, before its entry's answer
        # is booked: under load the check came in between. Waited for the fill itself.)
        await eventually(
            lambda: res.trade_id in eng.trades and eng.trades[res.trade_id].entry_qty > 0,
            timeout=60.0,
            what="the waiting entry entered",
        )
        assert eng.trades[res.trade_id].entry_qty > 0
    finally:
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await eng.aclose()
        await fake.stop()
