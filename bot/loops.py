"""The engine's background work while a front end runs: price ticks and the monitor."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

log = logging.getLogger(__name__)


async def price_loop(engine: Any, interval: float) -> None:
    """Feed prices to the engine: the simulated feed's walk, or polls of the traded symbols."""
    md = engine.market_data
    if getattr(md, "simulated", False) and hasattr(md, "run"):
        await md.run(engine.on_price, interval=interval)
        return
    while True:
        symbols = {str(p["symbol"]) for p in engine.positions()}
        symbols |= {str(t.symbol) for t in engine.pending_trades()}
        symbols |= {str(w["symbol"]) for w in getattr(engine, "waiting_entries", list)()}
        for symbol in sorted(symbols):
            try:
                price = await engine.market_data.get_price(symbol)
            except Exception as exc:  # a missed tick is retried at the next one
                log.warning("price for %s unavailable: %s", symbol, exc)
                continue
            if price is not None:
                await engine.on_price(symbol, float(price))
        await asyncio.sleep(interval)


class EngineLoops:
    """Starts and stops the engine's loops (use ``async with``)."""

    def __init__(self, engine: Any, interval: float = 2.0) -> None:
        self.engine = engine
        self.interval = interval
        self._tasks: list[asyncio.Task[None]] = []

    async def __aenter__(self) -> EngineLoops:
        runner = getattr(self.engine, "run", None)
        if callable(runner):  # the engine drives itself when it can
            self._tasks.append(asyncio.create_task(runner(), name="sigcopy-engine"))
            return self
        self._tasks.append(
            asyncio.create_task(price_loop(self.engine, self.interval), name="sigcopy-prices")
        )
        self._tasks.append(
            asyncio.create_task(
                self.engine.run_monitor(interval=self.interval), name="sigcopy-monitor"
            )
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        for t in self._tasks:
            t.cancel()
        for t in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await t
        self._tasks.clear()
