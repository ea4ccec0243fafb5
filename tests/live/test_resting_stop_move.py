"""A stop moved while the trade's limit entry rests (nothing filled, so no stop on the exchange
yet) is the stop sent when the entry fills: no stop rests before the fill, and the one that goes
out with the fill triggers at the moved price, not the signal's. Through real ccxt against the
fake MEXC and Binance USD-M (price 60,000; the long's entry rests at 59,500), moved by the
engine's API or by an edit of the channel's post through the bot."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from bot.app import TelegramFront
from bot.runner import build_parser
from engine.domain.trade import Trade, TradeStatus
from engine.engine import TradingEngine
from tests.bot.conftest import ADMIN, CHANNEL
from tests.fakes.fake_telegram import FakeTelegram
from tests.fakes.fixtures import BTC_ID
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import live_engine, live_signal


async def _fills_with_stop(
    eng: TradingEngine, fake: FakeExchangeServer, sym: str, t: Trade, moved: Decimal
) -> None:
    """The trade holds the moved stop; no stop rests before its entry fills (nothing to
    protect); the price goes through the entry (59,500), above both stops: it fills, and the
    one stop on the exchange triggers at the moved price."""
    assert t.sl == moved
    await eng.monitor_pass()
    assert fake.book.open_orders(sym, stops=True) == []
    fake.set_price(sym, 59400)
    await eng.monitor_pass()
    assert t.status == TradeStatus.OPEN and t.entry_qty > 0
    (stop,) = fake.book.open_orders(sym, stops=True)
    assert stop.trigger == moved


async def test_move_stop_when_entry_rests_then_the_moved_stop_goes_out_with_the_fill(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    name, fake = fake_venue
    sym = BTC_ID[name]
    eng = live_engine(fake, name, tmp_path, live={"WATCH_ORDERS": False})
    await eng.start()
    try:
        fake.set_price(sym, 60000)
        await eng.on_price("BTC/USDT:USDT", 60000)
        assert (await eng.execute(live_signal(signal_id="a", entry=59500))).ok
        a = eng.trades["a"]
        assert a.entry_qty == 0 and fake.book.open_orders(sym, stops=True) == []
        moved = await eng.apply_update("MOVE_SL", trade_id="a", price=59200)
        assert moved.ok, moved.reasons
        await _fills_with_stop(eng, fake, sym, a, Decimal(59200))
    finally:
        await eng.aclose()


async def test_edit_when_entry_rests_then_the_edited_stop_goes_out_with_the_fill(
    fake_venue: tuple[str, FakeExchangeServer], tmp_path: Path
) -> None:
    # The channel edits its post (the stop 59,000 → 59,200) while the entry rests: through the
    # real bot (fake Bot API) over the live engine, no stop rests before the fill, and the one
    # sent with the fill triggers at the edited price: the position is never without it.
    name, fake = fake_venue
    sym = BTC_ID[name]
    async with FakeTelegram() as tg:
        telegram = {
            "TELEGRAM_BOT_TOKEN": tg.token,
            "TELEGRAM_API_BASE_URL": tg.base_url,
            "TELEGRAM_ADMIN_IDS": [ADMIN],
            "TELEGRAM_CHANNEL_IDS": [CHANNEL],
            "AI_ENABLED": False,
        }
        live = {"WATCH_ORDERS": False, "REQUIRE_CONFIRMATION": False}
        eng = live_engine(fake, name, tmp_path, live=live, settings=telegram)
        await eng.start()
        front = TelegramFront(eng.settings, eng, build_parser(eng.settings))
        await front.start(poll_timeout=5)
        try:
            await eng.on_price("BTC/USDT:USDT", 60000)
            text = "BTCUSDT LONG\nEntry: 59500\nTP: 61000\nSL: 59000\nLeverage 3x"
            mark = tg.mark()
            post = tg.push_channel_post(CHANNEL, text)
            await tg.wait_text("Executed", chat_id=ADMIN, after=mark)
            (t,) = eng.trades.values()
            assert t.entry_qty == 0 and fake.book.open_orders(sym, stops=True) == []
            mark = tg.mark()
            tg.push_edited_channel_post(post, text.replace("SL: 59000", "SL: 59200"))
            said = await tg.wait_text("Edited after the trade", chat_id=ADMIN, after=mark)
            assert "Stop 59,000 → 59,200" in said["text"] and "move sl: done" in said["text"]
            await _fills_with_stop(eng, fake, sym, t, Decimal(59200))
        finally:
            await front.stop()
            await eng.aclose()
