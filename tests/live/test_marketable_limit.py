"""A limit order that fills on arrival is known filled at once, on exchanges whose create answer
carries no fill (MEXC answers order/create with the order id only).

MEXC crash soak finding (seed 3024): a trade's limit entries filled while the bot was down and
the price went on past TP1. After the restart the reconciliation learned of the entry fills and
placed the stop and the take-profits; TP1, a sell limit below the market, filled on arrival. The
broker read the create answer (no fill) as "open, nothing filled", so after the restart the store
had TP1 open and the position whole while the exchange had taken the profit.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from engine.adapters.sqlite_store import read_tables
from engine.domain.orders import OrderStatus
from engine.domain.signal import Signal
from engine.engine import TradingEngine
from tests.fakes.fixtures import BTC_ID, start_fake
from tests.fakes.server import FakeExchangeServer
from tests.live.conftest import Venue
from tests.live.helpers import live_engine, order

BTC = "BTC/USDT:USDT"


def _db(tmp: Path) -> Path:
    """The live book's database (one book folder per account under DATA_DIR/books/)."""
    (db,) = (tmp / "data" / "books").glob("*/sigcopy.db")
    return db


def _engine(fake: FakeExchangeServer, name: str, tmp: Path) -> TradingEngine:
    return live_engine(fake, name, tmp)


def _stored_orders(tmp: Path) -> dict[str, dict[str, Any]]:
    return read_tables(_db(tmp), ("orders",))["orders"]


@pytest.mark.parametrize("name", ["mexc", "binanceusdm"])
async def test_reconcile_when_entries_filled_while_down_and_price_past_tp1_then_tp1_fill_recorded(
    name: str, tmp_path: Path
) -> None:
    fake = await start_fake(name)
    btc = BTC_ID[name]
    csize = fake.book.markets[btc].contract_size
    try:
        first = _engine(fake, name, tmp_path)
        await first.start()
        signal = Signal(
            symbol="BTCUSDT",
            side="LONG",
            entries=[59800, 59600],
            tp=[61000, 62000],
            sl=59000,
            leverage=3,
            signal_id="zone1",
        )
        assert (await first.execute(signal)).ok
        assert len(fake.book.open_orders(btc)) == 2  # the two limit entries rest
        await first.aclose()  # the bot is down from here

        # While it is down both entries fill and the price goes on past TP1 (not TP2).
        fake.set_price(btc, "59600")
        fake.set_price(btc, "61500")
        assert fake.book.positions[btc] > 0

        second = _engine(fake, name, tmp_path)
        await second.start()
        await second.reconcile()  # learns the entry fills, places the stop and the TPs

        mine = {o.client_id: o for o in fake.book.orders.values() if o.client_id}
        (tp1,) = [o for o in mine.values() if o.price == Decimal(61000)]
        assert tp1.status == "FILLED"  # a sell limit below the market fills on arrival
        for cid, o in mine.items():
            assert second.orders[cid].filled == o.filled * csize, cid
        (trade,) = [t for t in second.trades.values() if t.trade_id == "zone1"]
        pos = fake.book.positions[btc] * csize
        assert trade.open_qty == pos > 0 and trade.tps_hit == 1
        (stop,) = fake.book.open_orders(btc, stops=True)
        assert (stop.qty - stop.filled) * csize == pos  # the stop matches what is left
        await second.aclose()

        stored = _stored_orders(tmp_path)
        for cid, o in mine.items():
            assert Decimal(stored[cid]["filled"]) == o.filled * csize, cid
    finally:
        await fake.stop()


async def test_place_limit_when_marketable_then_reported_filled(venue: Venue) -> None:
    m = venue.broker.market(BTC)
    await venue.broker.set_leverage(m, 5)
    assert (await venue.broker.place_order(order("market", "buy", "0.01"))).filled > 0
    venue.broker.note_price(BTC, 60000)
    tp = order("limit", "sell", "0.005", price="59900", reduce_only=True)
    u = await venue.broker.place_order(tp)
    assert u.status == OrderStatus.FILLED
    assert u.filled == Decimal("0.005") and u.avg_price == Decimal(60000)


async def test_place_limit_when_resting_at_a_known_price_then_no_extra_read(venue: Venue) -> None:
    m = venue.broker.market(BTC)
    await venue.broker.set_leverage(m, 5)
    await venue.broker.place_order(order("market", "buy", "0.01"))
    venue.broker.note_price(BTC, 60000)
    n = len(venue.fake.calls)
    u = await venue.broker.place_order(
        order("limit", "sell", "0.005", price="61000", reduce_only=True)
    )
    assert u.status == OrderStatus.OPEN and u.filled == 0
    assert len(venue.fake.calls) == n + 1  # the create only: a resting TP costs no read
