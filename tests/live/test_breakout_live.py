"""Breakout entries in live mode, against the fake Binance USD-M server driven by ccxt: a level
not reached sends nothing; a level passed sends one market order (the record written first)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from tests.fakes.fixtures import start_fake
from tests.live.helpers import live_engine, live_signal


def _order_posts(fake: Any) -> list[dict[str, str]]:
    calls = [c for c in fake.calls if c.path.endswith("/fapi/v1/order") and c.method == "POST"]
    return [{**c.query, **dict(parse_qsl(c.body))} for c in calls]


async def test_live_breakout_when_level_not_reached_then_refused_and_nothing_sent(
    tmp_path: Path,
) -> None:
    fake = await start_fake("binanceusdm")
    eng = live_engine(fake, "binanceusdm", tmp_path, live={"WATCH_ORDERS": False})
    try:
        # The market is at 60,000: "Long above 60,500" would be a buy limit that fills now.
        res = await eng.execute(live_signal(entries=[60500], entry_trigger="above"))
        assert not res.ok
        assert any("entry is a breakout above 60500" in r for r in res.reasons), res.reasons
        assert _order_posts(fake) == []
        assert eng.trades == {}
    finally:
        await eng.aclose()
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
