"""A short paper-trading demo on the seeded simulated feed: `python -m engine`."""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile

from config import load_settings
from engine.domain.signal import Signal
from engine.engine import TradingEngine


async def run_demo(steps: int = 400, data_dir: str | None = None) -> dict[str, object]:
    """Trade three signals over `steps` simulated ticks; return the stats."""
    from engine.adapters.simulated_feed import SimulatedFeed

    if data_dir is None:
        with tempfile.TemporaryDirectory(prefix="sigcopy-demo-") as tmp:  # nothing left behind
            return await run_demo(steps, tmp)
    settings = load_settings(
        TRADING_MODE="paper", PAPER_PRICE_SOURCE="simulated", DATA_DIR=data_dir
    )
    feed = SimulatedFeed(seed=settings.SIMULATED_FEED_SEED, volatility=0.002)
    engine = TradingEngine("paper", settings, market_data=feed)
    await engine.start()
    signals = [
        Signal("BTCUSDT", "LONG", take_profits=[42400, 42800], sl=41600, leverage=3, source="demo"),
        Signal("ETH/USDT", "SHORT", take_profits=[2280, 2250], sl=2330, leverage=2, source="demo"),
        Signal(
            "SOLUSDT", "LONG", entries=[94.0, 93.0], take_profits=[97.0], sl=91.0, source="demo"
        ),
    ]
    for s in signals:
        result = await engine.execute(s)
        print(
            f"{s.symbol} {s.side}: {'placed' if result.ok else 'refused: ' + '; '.join(result.reasons)}"
        )
    await feed.run(engine.on_price, interval=0, steps=steps)
    stats = engine.get_stats()
    await engine.aclose()
    return stats


def main(argv: list[str] | None = None) -> int:
    """Run the demo and print the stats as JSON."""
    ap = argparse.ArgumentParser(
        prog="sigcopy demo",
        description="Trade three signals on paper over a seeded simulated feed (nothing is "
        "kept: the data folder is a temporary one) and print the stats as JSON.",
    )
    ap.add_argument("--steps", type=int, default=400, help="simulated ticks (default 400)")
    args = ap.parse_args(argv)
    stats = asyncio.run(run_demo(args.steps))
    print(json.dumps(stats, indent=2, default=str))
    return 0
