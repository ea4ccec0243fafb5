"""Bot test harness: the real PTB Application polling the fake Telegram server, paper engine."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.app import TelegramFront
from bot.runner import build_parser
from config import LiveConfig, Settings, load_settings
from tests.fakes.fake_telegram import Call, FakeTelegram

ADMIN = 111_111
STRANGER = 999_999
CHANNEL = -1_001_111_111_111
OTHER_CHANNEL = -1_002_222_222_222
# A market-entry signal near the simulated feed's BTC price (42,000).
SIGNAL = "BTCUSDT LONG\nTP: 43000\nSL: 41000\nLeverage 2x"
ETH_SIGNAL = "ETHUSDT SHORT\nTP: 2250\nSL: 2330"


async def edit_said(tg: FakeTelegram, post: dict[str, Any], text: str) -> Call:
    """The channel's post edited to `text` after its trade; what the admin is told of it."""
    mark = tg.mark()
    tg.push_edited_channel_post(post, text)
    return await tg.wait_text("Edited after the trade", chat_id=ADMIN, after=mark)


async def reply_said(tg: FakeTelegram, post: dict[str, Any], text: str, answer: str) -> Call:
    """The channel's `text` in reply to its post; the admin's message containing `answer`."""
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, text, reply_to=post)
    return await tg.wait_text(answer, chat_id=ADMIN, after=mark)


def make_settings(data_dir: Path, tg: FakeTelegram, **live: Any) -> Settings:
    """Paper mode on the simulated feed, the fake server as Telegram."""
    return load_settings(
        TRADING_MODE="paper",
        PAPER_PRICE_SOURCE="simulated",
        DATA_DIR=data_dir,
        LOG_DIR=data_dir / "logs",
        TELEGRAM_BOT_TOKEN=tg.token,
        TELEGRAM_ADMIN_IDS=[ADMIN],
        TELEGRAM_CHANNEL_IDS=[CHANNEL],
        TELEGRAM_API_BASE_URL=tg.base_url,
        AI_ENABLED=False,
        live=LiveConfig(**{"REQUIRE_CONFIRMATION": True, **live}),
    )


def paper_desk(tmp_path: Path, confirm: bool = False) -> tuple[Any, Any]:
    """A paper engine on the simulated feed and the desk over it (no Telegram): what the
    console and the front share. The engine is not started (the first call starts it)."""
    from bot.desk import Desk
    from engine.engine import TradingEngine

    settings = load_settings(
        TRADING_MODE="paper",
        PAPER_PRICE_SOURCE="simulated",
        DATA_DIR=tmp_path,
        LOG_DIR=tmp_path / "logs",
        TELEGRAM_BOT_TOKEN=None,
        live=LiveConfig(REQUIRE_CONFIRMATION=confirm),
    )
    engine = TradingEngine(mode="paper", settings=settings)
    return Desk(engine, build_parser(settings), settings), engine


class BotHarness:
    """Engine + TelegramFront + polling, started and stopped like `sigcopy run` does."""

    def __init__(
        self, settings: Settings, tg: FakeTelegram, *, sweep_every: float | None = None
    ) -> None:
        self.settings = settings
        self.tg = tg
        self.sweep_every = sweep_every  # TelegramFront.sweep_every (None: its own)
        self.engine: Any = None
        self.front: TelegramFront | None = None

    async def start(self) -> BotHarness:
        from engine.engine import TradingEngine

        self.engine = TradingEngine(mode="paper", settings=self.settings)
        await self.engine.start()
        self.front = TelegramFront(self.settings, self.engine, build_parser(self.settings))
        self.front.sweep_every = self.sweep_every
        await self.front.start(poll_timeout=5)
        return self

    async def stop(self) -> None:
        if self.front is not None:
            await self.front.stop()
            self.front = None
        if self.engine is not None:
            await self.engine.aclose()
            self.engine = None

    @property
    def desk(self) -> Any:
        assert self.front is not None
        return self.front.desk


async def eventually(check: Callable[[], Any], timeout: float = 10.0, what: str = "") -> Any:
    """Poll until check() is truthy (generous for slow machines)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or check}")
        await asyncio.sleep(0.02)


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def settings(tmp_path: Path, tg: FakeTelegram) -> Settings:
    return make_settings(tmp_path / "data", tg)


@pytest.fixture
async def bot(settings: Settings, tg: FakeTelegram) -> AsyncIterator[BotHarness]:
    h = BotHarness(settings, tg)
    await h.start()
    try:
        yield h
    finally:
        await h.stop()


@pytest.fixture
async def auto(tmp_path: Path, tg: FakeTelegram) -> AsyncIterator[BotHarness]:
    """The bot without confirmation: signals and follow-ups are applied at once."""
    h = await BotHarness(make_settings(tmp_path, tg, REQUIRE_CONFIRMATION=False), tg).start()
    try:
        yield h
    finally:
        await h.stop()


@pytest.fixture
async def two_books(tmp_path: Path, tg: FakeTelegram) -> AsyncIterator[list[Any]]:
    """Two paper books ("paper", "copy") copying the channel behind one started Telegram
    front: their engines, the first the front's."""
    from engine.books import BookSet
    from tests.engine.conftest import paper_books

    bot = {"TELEGRAM_ADMIN_IDS": [ADMIN], "TELEGRAM_CHANNEL_IDS": [CHANNEL], "AI_ENABLED": False}
    engines = paper_books(
        tmp_path, TELEGRAM_BOT_TOKEN=tg.token, TELEGRAM_API_BASE_URL=tg.base_url, **bot
    )
    books = BookSet(engines)
    await books.start()
    try:
        front = TelegramFront(engines[0].settings, books, build_parser(engines[0].settings))
        await front.start(poll_timeout=5)
        try:
            yield engines
        finally:
            await front.stop()
    finally:
        await books.aclose()
