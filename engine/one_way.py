"""`sigcopy one-way`: put the live futures account in one-way position mode (nothing open)."""

from __future__ import annotations

import asyncio
import sys

from config.settings import Settings
from engine.adapters.ccxt_broker import CcxtBroker


async def _run(settings: Settings) -> str:
    broker = CcxtBroker(settings)
    try:
        await broker.load_markets()
        return await broker.switch_to_one_way()
    finally:
        await broker.close()


USAGE = """usage: sigcopy one-way

Switch the live futures account (EXCHANGE, with its API key) to one-way position mode.
The exchange refuses the change while a position or an order is open: close them first.
"""


def main(argv: list[str], settings: Settings | None = None) -> int:
    """Switch and say the result; refusals (a position open, no key) come back as errors."""
    if argv:
        wanted_help = argv[0] in ("-h", "--help")
        print(USAGE, file=sys.stdout if wanted_help else sys.stderr)
        return 0 if wanted_help else 2
    print(asyncio.run(_run(settings or Settings())))
    return 0
