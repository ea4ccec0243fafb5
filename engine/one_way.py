"""`sigcopy one-way`: put the live futures account in one-way position mode (nothing open)."""

from __future__ import annotations

import asyncio

from config.settings import Settings
from engine.adapters.ccxt_broker import CcxtBroker


async def _run(settings: Settings) -> str:
    broker = CcxtBroker(settings)
    try:
        await broker.load_markets()
        return await broker.switch_to_one_way()
    finally:
        await broker.close()


def main(argv: list[str], settings: Settings | None = None) -> int:
    """Switch and say the result; refusals (a position open, no key) come back as errors."""
    print(asyncio.run(_run(settings or Settings())))
    return 0
