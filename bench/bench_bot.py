"""Bot latency: from an update handed to the Application to its card arriving at Telegram.

Measured against the fake Telegram server on loopback (no added latency), the engine in paper
mode on the simulated feed, confirmation on (so each card also creates a pending approval).
The clock starts when the Updater hands the update to the Application (its update_queue) and
stops when the card's sendMessage request arrives at the fake. The fake shares the event loop, so
the figure is an upper bound of the bot's own time (it includes the fake parsing the request).
getupdates_to_card_p50_ms starts earlier, when the fake answers getUpdates.
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

SIGNAL = "BTCUSDT LONG\nTP: 43000\nSL: 41000\nLeverage 2x"
ADMIN = 111_111


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


async def _measure(n: int, warmup: int) -> dict[str, float]:
    from bot.app import TelegramFront
    from bot.runner import build_parser
    from config import LiveConfig, load_settings
    from engine.engine import TradingEngine
    from tests.fakes.fake_telegram import FakeTelegram

    samples: list[float] = []
    with tempfile.TemporaryDirectory(prefix="sigcopy-bench-bot-") as tmp:
        async with FakeTelegram() as tg:
            settings = load_settings(
                TRADING_MODE="paper",
                PAPER_PRICE_SOURCE="simulated",
                DATA_DIR=Path(tmp),
                LOG_DIR=Path(tmp) / "logs",
                TELEGRAM_BOT_TOKEN=tg.token,
                TELEGRAM_ADMIN_IDS=[ADMIN],
                TELEGRAM_CHANNEL_IDS=[],
                TELEGRAM_API_BASE_URL=tg.base_url,
                AI_ENABLED=False,
                live=LiveConfig(REQUIRE_CONFIRMATION=True),
            )
            engine = TradingEngine(mode="paper", settings=settings)
            await engine.start()
            front = TelegramFront(settings, engine, build_parser(settings))
            await front.start(poll_timeout=10)
            handed = _time_handover(front.app.update_queue)
            from_fetch: list[float] = []
            try:
                for i in range(warmup + n):
                    mark = tg.mark()
                    tg.push_forward(ADMIN, SIGNAL, origin_message_id=10_000 + i)
                    update_id = max(tg.pushed_at)
                    card = await tg.wait_for(
                        "sendMessage", lambda c: bool(c.buttons), after=mark, timeout=30
                    )
                    if i >= warmup:
                        samples.append((card.at - handed[update_id]) * 1000)
                        from_fetch.append((card.at - tg.delivered_at[update_id]) * 1000)

            finally:
                await front.stop()
                await engine.aclose()
    return {
        "update_to_card_p50_ms": round(statistics.median(samples), 3),
        "p99": round(_pct(samples, 0.99), 3),
        "max_ms": round(max(samples), 3),
        "samples": len(samples),
        # From the fake's getUpdates answer instead: adds the HTTP transfer and JSON decoding.
        "getupdates_to_card_p50_ms": round(statistics.median(from_fetch), 3),
    }


def _time_handover(queue: Any) -> dict[int, float]:
    """Record when the Updater hands each update to the Application (its update_queue)."""
    handed: dict[int, float] = {}
    put = queue.put

    async def timed_put(item: Any) -> None:
        uid = getattr(item, "update_id", None)
        if uid is not None:
            handed[uid] = time.perf_counter()
        await put(item)

    queue.put = timed_put
    return handed


def run(n: int = 200, warmup: int = 20) -> dict[str, Any]:
    """{"bot": {"update_to_card_p50_ms": ..., "p99": ...}} (milliseconds)."""
    previous = logging.root.manager.disable
    logging.disable(logging.INFO)  # logging is not what is measured
    try:
        result = asyncio.run(_measure(n, warmup))
    finally:
        logging.disable(previous)
    return {"bot": result}


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
