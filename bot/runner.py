"""`sigcopy run`: the engine plus its front end (Telegram with a token, else the console)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from typing import IO, Any

from bot.logs import install_redaction
from bot.loops import EngineLoops
from config.env_check import env_file_warnings
from engine.logging_setup import secrets_of
from engine.progress import working

log = logging.getLogger(__name__)


def build_parser(settings: Any) -> Any:
    """The signal parser, with the AI fallback when configured."""
    from parsers import EnhancedParser

    key = settings.AI_API_KEY.get_secret_value() if settings.AI_API_KEY else None
    return EnhancedParser(
        enable_ai=settings.AI_ENABLED,
        ai_base_url=settings.AI_BASE_URL,
        ai_model=settings.AI_MODEL,
        ai_api_key=key,
    )


async def run(
    settings: Any,
    *,
    console: bool | None = None,
    stdin: IO[str] | None = None,
    stop: asyncio.Event | None = None,
    env_file: str = ".env",
) -> int:
    """Run until stopped (Ctrl-C, SIGTERM, /quit or end of stdin); returns an exit code."""
    from engine.books import build_engine

    token = settings.TELEGRAM_BOT_TOKEN.get_secret_value() if settings.TELEGRAM_BOT_TOKEN else ""
    install_redaction(token or None, secrets_of(settings))
    use_console = (not token) if console is None else console
    for warning in env_file_warnings(env_file):
        log.warning(warning)
        if use_console:  # the console's logs go to a file: say it where it is seen
            print(f"warning: {warning}", file=sys.stderr)
    engine = build_engine(settings)  # one engine, or several books (COPY_TO)
    parser = build_parser(settings)
    try:
        async with working(f"starting: {settings.EXCHANGE} markets, saved state"):
            await engine.start()
        async with EngineLoops(engine, float(settings.live.POLL_INTERVAL_S)):
            if use_console:
                from bot.console import Console
                from bot.desk import Desk

                desk = Desk(engine, parser, settings)
                try:
                    return await Console(desk, stdin=stdin).run()
                finally:
                    desk.close()
            return await run_telegram(settings, engine, parser, stop=stop)
    finally:
        await engine.aclose()


async def run_telegram(
    settings: Any, engine: Any, parser: Any, *, stop: asyncio.Event | None = None
) -> int:
    """Poll Telegram until stop is set (or a signal arrives)."""
    from telegram.error import InvalidToken, NetworkError

    from bot.app import TelegramFront

    if not settings.TELEGRAM_ADMIN_IDS:
        log.warning("TELEGRAM_ADMIN_IDS is empty: nobody can approve trades or use commands")
    front = TelegramFront(settings, engine, parser)
    stop = stop or asyncio.Event()
    _on_signals(stop)
    try:
        await front.start()
    except InvalidToken:
        await front.stop()
        print("Telegram refused TELEGRAM_BOT_TOKEN: copy it again from @BotFather.")
        return 1
    except NetworkError as exc:
        await front.stop()
        print(f"Cannot reach Telegram ({exc}). Check the network or TELEGRAM_API_BASE_URL.")
        return 1
    from bot.telethon_source import start_listening

    try:
        listening = start_listening(settings, front.handle_channel_text, stop)
    except Exception:
        await front.stop()
        raise
    try:
        log.info("bot @%s polling (mode %s)", front.app.bot.username, front.desk.mode_label())
        await stop.wait()
    finally:
        if listening is not None:
            stop.set()
            try:
                await listening
            except Exception:
                log.exception("the user-account listener failed")
        await front.stop()
    return 0


def _on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop.set)
