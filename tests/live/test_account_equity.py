"""Live risk against the real account: the exchange's equity at the day's start, kept."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.fakes.fixtures import start_fake
from tests.live.helpers import live_engine


async def test_live_start_when_account_differs_from_initial_capital_then_exchange_equity_used(
    tmp_path: Path,
) -> None:
    fake = await start_fake("binanceusdm")
    fake.book.wallet = Decimal(5000)  # INITIAL_CAPITAL stays at its 10,000 default
    a = live_engine(fake, "binanceusdm", tmp_path, live={"WATCH_ORDERS": False})
    try:
        await a.start()
        assert a.ledger.day_start_equity == Decimal(5000)
        assert a.ledger.peak_equity == Decimal(5000)  # no phantom 50 % drawdown
        assert a.get_stats()["max_drawdown_pct"] == 0
    finally:
        await a.aclose()
    fake.book.wallet = Decimal(4000)  # a loss, then a restart the same day
    b = live_engine(fake, "binanceusdm", tmp_path, live={"WATCH_ORDERS": False})
    try:
        await b.start()
        assert b.ledger.day_start_equity == Decimal(5000)  # the day's baseline is kept
    finally:
        await b.aclose()
        await fake.stop()
