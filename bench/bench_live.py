"""Live-trading latency against the fake exchanges (loopback), with and without 50 ms per response.

Figures (medians over several signals, milliseconds):
- rtt_ms: one public request through ccxt (the fake adds `latency` to every answer);
- entry_accepted_ms: execute_signal() until the entry order's create answer is back;
- all_on_exchange_ms: execute_signal() until entry, stop and every take-profit are accepted
  (on MEXC, whose create answer carries no fill, the read of the fill goes out together with
  the stop and take-profits);
- engine_own_ms (no added latency): execute_signal() minus the time spent waiting on the broker.
The price comes from the feed and the leverage is already set (both happen before a signal).
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from config.trading_config import LiveConfig, RiskConfig
from engine.domain.orders import Order
from engine.domain.signal import Signal
from engine.engine import TradingEngine
from tests.fakes.fixtures import live_settings, start_fake

SIGNALS = 8


class _Timer:
    """Records when each broker call starts and ends (wall clock, perf_counter)."""

    def __init__(self, broker: Any) -> None:
        self.spans: list[tuple[float, float, str]] = []
        place, cancel, fetch = broker.place_order, broker.cancel_order, broker.fetch_order

        async def timed_place(order: Order, **kw: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return await place(order, **kw)
            finally:
                self.spans.append((t0, time.perf_counter(), order.role.value))

        async def timed_fetch(order: Order) -> Any:
            t0 = time.perf_counter()
            try:
                return await fetch(order)
            finally:
                self.spans.append((t0, time.perf_counter(), "read"))

        async def timed_cancel(order: Order) -> Any:
            t0 = time.perf_counter()
            try:
                return await cancel(order)
            finally:
                self.spans.append((t0, time.perf_counter(), "cancel"))

        broker.place_order, broker.cancel_order = timed_place, timed_cancel
        broker.fetch_order = timed_fetch

    def busy(self, start: float, end: float) -> float:
        """Length of the union of broker spans inside [start, end]."""
        spans = sorted((max(a, start), min(b, end)) for a, b, _ in self.spans if b > start)
        total, cur_a, cur_b = 0.0, None, None
        for a, b in spans:
            if cur_b is None or a > cur_b:
                if cur_b is not None and cur_a is not None:
                    total += cur_b - cur_a
                cur_a, cur_b = a, b
            else:
                cur_b = max(cur_b, b)
        if cur_a is not None and cur_b is not None:
            total += cur_b - cur_a
        return total


class _FakeThread:
    """The fake exchange on its own thread and event loop, as a real exchange is not our CPU."""

    def __init__(self, exchange: str) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.fake = asyncio.run_coroutine_threadsafe(start_fake(exchange), self.loop).result()

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.fake.stop(), self.loop).result()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()
        self.loop.close()


async def _measure(exchange: str, latency: float) -> dict[str, float]:
    server = _FakeThread(exchange)
    fake = server.fake
    with tempfile.TemporaryDirectory() as tmp:
        settings = live_settings(
            fake,
            exchange,
            Path(tmp),
            live=LiveConfig(_env_file=None, DRY_RUN_FIRST=False),  # type: ignore[call-arg]
            risk=RiskConfig(  # type: ignore[call-arg]
                _env_file=None, MAX_CONCURRENT_TRADES=50, ALLOW_DUPLICATE_POSITIONS=True
            ),
        )
        eng = TradingEngine(mode="live", settings=settings)
        await eng.start()
        timer = _Timer(eng.broker)
        await eng.on_price("BTC/USDT:USDT", 60000.0)
        await eng.set_leverage("BTC/USDT:USDT", 3)
        fake.set_latency(latency)
        rtts, entry, done, own = [], [], [], []
        for _ in range(SIGNALS):
            t0 = time.perf_counter()
            await eng.broker.exchange.fetch_ticker("BTC/USDT:USDT")
            rtts.append(time.perf_counter() - t0)
        for _ in range(SIGNALS):
            timer.spans.clear()
            sig = Signal(
                symbol="BTCUSDT", side="LONG", tp=[61000, 62000, 63000], sl=59000, leverage=3
            )
            t0 = time.perf_counter()
            ok = await eng.execute_signal(sig)
            t1 = time.perf_counter()
            assert ok, "signal not executed"
            accepted = [
                at
                for cid, at in eng.broker.accepted_at.items()  # type: ignore[attr-defined]
                if at >= t0 and "entry" in cid
            ]
            entry.append(min(accepted) - t0)
            done.append(max(b for _, b, what in timer.spans if what != "read") - t0)
            own.append((t1 - t0) - timer.busy(t0, t1))
        fake.set_latency(0)
        await eng.close_all()
        await eng.aclose()
    server.stop()
    ms = 1000.0
    return {
        "rtt_ms": round(statistics.median(rtts) * ms, 2),
        "entry_accepted_ms": round(statistics.median(entry) * ms, 2),
        "all_on_exchange_ms": round(statistics.median(done) * ms, 2),
        "engine_own_ms": round(statistics.median(own) * ms, 2),
    }


async def _run() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for exchange in ("binanceusdm", "mexc"):
        slow = await _measure(exchange, 0.050)
        fast = await _measure(exchange, 0.0)
        rtt = slow["rtt_ms"]
        out[exchange] = {
            "latency_50ms": slow,
            "no_latency": fast,
            "entry_budget_ms": round(rtt + 5, 2),
            "all_budget_ms": round(2 * rtt + 10, 2),
            "entry_within_budget": slow["entry_accepted_ms"] <= rtt + 5,
            "all_within_budget": slow["all_on_exchange_ms"] <= 2 * rtt + 10,
            "engine_own_within_3ms": fast["engine_own_ms"] <= 3.0,
        }
    return out


def run() -> dict[str, Any]:
    """Bench entry point: {"live": {...}} with the figures per exchange."""
    import logging

    logging.getLogger("sigcopy").setLevel(logging.WARNING)
    return {"live": asyncio.run(_run())}


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
