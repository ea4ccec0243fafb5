"""A channel's cancel reaches the signal's limit entries resting on the exchange: the same
engine code as paper, through the bot's desk (auto mode) and the real ccxt client against the
fake MEXC and Binance USD-M. With nothing filled the orders are cancelled on the exchange and
the trade ends; after a fill only the unfilled entry is cancelled, and the stop stays."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from bot.desk import Desk
from bot.runner import build_parser
from engine.domain.trade import TradeStatus
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_engine

# Two limit entries below the fake's price (60,000): both rest on the exchange.
ZONE = "BTCUSDT LONG\nEntry 1: 59800\nEntry 2: 59600\nTP: 61000\nSL: 59000\nLeverage 3x"


async def _desk(fake: FakeExchangeServer, name: str, tmp: Path) -> Desk:
    eng = live_engine(fake, name, tmp, live={"REQUIRE_CONFIRMATION": False})
    desk = Desk(eng, build_parser(eng.settings), eng.settings)
    await desk.start()
    return desk


async def test_cancel_when_limit_entries_rest_on_the_exchange_then_cancelled_there_and_trade_ends(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    name, fake = fake_venue
    sym = BTC_ID[name]
    desk = await _desk(fake, name, tmp_path)
    try:
        r = await desk.handle_text(ZONE, source="Channel A", signal_id="tgA_1")
        assert r.ok, r.text
        resting = fake.book.open_orders(sym, stops=False)
        assert sorted(o.price for o in resting) == [Decimal(59600), Decimal(59800)]
        said = await desk.handle_text(
            "Signal cancelled", source="Channel A", signal_id="tgA_2", reply_to="tgA_1"
        )
        assert said.ok, said.text
        assert "cancel the resting entries of LONG BTC/USDT:USDT 3x" in said.text
        assert fake.book.open_orders(sym, stops=False) == []
        assert fake.book.open_orders(sym, stops=True) == []
        assert {o.status for o in resting} == {"CANCELED"}
        (t,) = desk.engine.trades.values()
        assert t.status == TradeStatus.CANCELED and t.entry_qty == 0
        fake.set_price(sym, "59500")  # past both levels: nothing can fill any more
        await desk.engine.monitor_pass()
        assert fake.book.positions.get(sym, 0) == 0
    finally:
        await desk.engine.aclose()


async def test_cancel_when_one_entry_filled_on_the_exchange_then_only_the_other_is_cancelled(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    name, fake = fake_venue
    sym = BTC_ID[name]
    cs = fake.book.markets[sym].contract_size
    desk = await _desk(fake, name, tmp_path)
    try:
        assert (await desk.handle_text(ZONE, source="Channel A", signal_id="tgA_1")).ok
        fake.set_price(sym, "59800")  # the first entry fills on the exchange
        await desk.engine.monitor_pass()
        (t,) = desk.engine.trades.values()
        assert t.status == TradeStatus.OPEN and t.open_qty > 0
        said = await desk.handle_text(
            "cancel BTC", source="Channel A", signal_id="tgA_2"
        )  # by its symbol, from the same channel
        assert said.ok, said.text
        assert "the filled position stays open with its stop at 59,000" in said.text
        entries = [o for o in fake.book.open_orders(sym, stops=False) if not o.reduce_only]
        assert entries == []  # the 59,600 entry is cancelled on the exchange
        (stop,) = fake.book.open_orders(sym, stops=True)
        assert stop.trigger == Decimal(59000) and stop.qty * cs == t.open_qty
        assert abs(fake.book.positions[sym]) * cs == t.open_qty
        assert t.status == TradeStatus.OPEN
    finally:
        await desk.engine.aclose()
