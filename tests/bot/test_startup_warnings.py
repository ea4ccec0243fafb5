"""Start-up warnings reach the admins once the Telegram front is up, each once.

`sigcopy run` starts the engine (markets, the exchange's own checks) before the front exists:
the warnings said then wait for the front (EventBus.say, TelegramFront's held notifications).
Through the real python-telegram-bot Application polling the fake Bot API server, and a live
(dry-run) engine on the fake MEXC, which reports a market closed to API orders.
"""

from __future__ import annotations

from pathlib import Path

from bot.app import TelegramFront
from bot.runner import build_parser
from engine.engine import TradingEngine
from tests.bot.conftest import ADMIN, CHANNEL
from tests.fakes.fake_telegram import FakeTelegram
from tests.fakes.fixtures import live_settings, start_fake


async def test_start_when_the_exchange_warns_then_each_warning_sent_once_after_the_front_is_up(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    fake = await start_fake("mexc")
    settings = live_settings(
        fake,
        "mexc",
        tmp_path,
        TELEGRAM_BOT_TOKEN=tg.token,
        TELEGRAM_ADMIN_IDS=[ADMIN],
        TELEGRAM_CHANNEL_IDS=[CHANNEL],
        TELEGRAM_API_BASE_URL=tg.base_url,
        AI_ENABLED=False,
    )
    engine = TradingEngine(mode="live", settings=settings)  # (DRY_RUN_FIRST: nothing sent)
    front: TelegramFront | None = None
    try:
        await engine.start()  # as `sigcopy run` does: the engine first, then the front
        warnings = engine.startup_warnings
        assert any("apiAllowed=false" in w for w in warnings)
        assert tg.calls_of("sendMessage") == []  # nobody to tell yet
        front = TelegramFront(settings, engine, build_parser(settings))
        await front.start(poll_timeout=1)
        # Held until the front was up (polling), sent only after its start returned.
        assert front.app.updater is not None and front.app.updater.running
        assert tg.calls_of("sendMessage") == []
        await tg.wait_text("apiAllowed=false", chat_id=ADMIN)
        # Each warning once, not again later (a poll after the first send went by).
        mark = tg.mark()
        await tg.wait_for("getUpdates", after=mark)
        texts = tg.sent_texts(ADMIN)
        for w in warnings:
            assert sum(w[:60] in t for t in texts) == 1, (w, texts)
    finally:
        if front is not None:
            await front.stop()
        await engine.aclose()
        await fake.stop()
