"""`sigcopy run` / `python -m bot`: start the Telegram bot, or the console without a token."""

from __future__ import annotations

import argparse
import asyncio
import sys

USAGE = "sigcopy run [--console]"


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, load settings, run; an exit code, never a traceback for bad settings."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["run"]:
        args = args[1:]
    ap = argparse.ArgumentParser(prog="sigcopy run", description=__doc__)
    ap.add_argument(
        "--console", action="store_true", help="use the terminal console even with a bot token"
    )
    opts = ap.parse_args(args)

    from config import load_settings
    from engine.errors import SigcopyError
    from engine.logging_setup import setup_logging

    try:
        settings = load_settings()
    except SigcopyError as exc:
        print(f"sigcopy: {exc.user_message()}", file=sys.stderr)
        return 1
    telegram = bool(settings.TELEGRAM_BOT_TOKEN) and not opts.console
    setup_logging(settings, console=telegram)
    if not telegram and not opts.console:
        print("No TELEGRAM_BOT_TOKEN: starting the terminal console (see docs/bot.md).")
    from bot.runner import run

    try:
        return asyncio.run(run(settings, console=not telegram))
    except SigcopyError as exc:
        print(f"sigcopy: {exc.user_message()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
