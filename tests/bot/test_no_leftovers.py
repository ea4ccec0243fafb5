"""No leftovers: a signal whose execution fails part way (the exchange refuses the leverage)
leaves no approval waiting and no order on the exchange, and its card says what happened.

The live engine trades on the fake Binance USDⓈ-M server (real ccxt client); the bot is the real
PTB Application on the fake Bot API server.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import TelegramFront
from bot.runner import build_parser
from config import LiveConfig
from engine.engine import TradingEngine
from tests.bot.conftest import ADMIN, CHANNEL
from tests.bot.test_approval_faults import APPROVE, buttons
from tests.fakes.fake_binance import FakeBinance
from tests.fakes.fake_telegram import FakeTelegram
from tests.fakes.fixtures import live_settings, start_fake

SIGNAL = "BTCUSDT LONG\nTP: 62000\nSL: 58000\nLeverage 3x"


@pytest.fixture
async def exchange() -> AsyncIterator[FakeBinance]:
    fake = await start_fake("binanceusdm")
    assert isinstance(fake, FakeBinance)
    try:
        yield fake
    finally:
        await fake.stop()


@pytest.fixture
async def live_bot(
    tmp_path: Path, tg: FakeTelegram, exchange: FakeBinance
) -> AsyncIterator[TelegramFront]:
    settings = live_settings(
        exchange,
        "binanceusdm",
        tmp_path,
        TELEGRAM_BOT_TOKEN=tg.token,
        TELEGRAM_API_BASE_URL=tg.base_url,
        TELEGRAM_ADMIN_IDS=[ADMIN],
        TELEGRAM_CHANNEL_IDS=[CHANNEL],
        AI_ENABLED=False,
        live=LiveConfig(REQUIRE_CONFIRMATION=True, DRY_RUN_FIRST=False),
    )
    engine = TradingEngine(mode="live", settings=settings)
    await engine.start()
    front = TelegramFront(settings, engine, build_parser(settings))
    await front.start(poll_timeout=5)
    try:
        yield front
    finally:
        await front.stop()
        await engine.aclose()


async def test_approve_when_exchange_refuses_leverage_then_card_says_so_and_nothing_left(
    live_bot: TelegramFront, tg: FakeTelegram, exchange: FakeBinance
):
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, SIGNAL)
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark, timeout=30)
    assert "LIVE" in card["text"] and "3x" in card["text"]
    exchange.book.markets["BTCUSDT"].max_leverage = 2  # changed since: the exchange says no
    mark = tg.mark()
    tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
    edit = await tg.wait_for("editMessageText", after=mark, timeout=30)
    assert "Not executed" in edit["text"] and "leverage" in edit["text"].lower()
    assert not edit.get("reply_markup")
    # No leftovers: no approval waiting, no order on the exchange, no position.
    assert live_bot.desk.book.waiting() == []
    pid = buttons(card)[APPROVE].split(":")[1]
    stored = await live_bot.engine.store.get("pending", pid)
    assert stored is not None and stored["status"] == "failed"
    assert exchange.book.placed() == [] and exchange.book.open_orders() == []
    assert live_bot.engine.positions() == []
    tg.push_command(ADMIN, "/pending")
    await tg.wait_text("Nothing waiting", after=mark)
    # The card's buttons are spent: a second tap changes nothing.
    tg.push_callback(ADMIN, card, buttons(card)[APPROVE])
    again = await tg.wait_for(
        "answerCallbackQuery", lambda c: "already" in c.get("text", "").lower(), after=mark
    )
    assert "failed" in again["text"]
    assert exchange.book.placed() == []
