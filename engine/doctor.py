"""`sigcopy doctor`: check settings, files, database, exchange and Telegram; say what to fix.

Each check prints OK, WARN or FAIL with what to do. The exit code is 1 when any check failed.
Nothing secret is printed: keys and tokens are never part of a message (errors from HTTP clients,
whose text may carry a URL with the token, are reported by type only).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from config import load_settings
from engine.doctor_exchange import check_exchange, check_key_source
from engine.doctor_files import check_data_dir, check_database, check_env_file
from engine.doctor_report import FAIL, OK, WARN, Check
from engine.doctor_telegram import TELEGRAM_API, check_telegram, check_telegram_session
from engine.errors import ConfigError

__all__ = [
    "FAIL",
    "OK",
    "TELEGRAM_API",
    "WARN",
    "Check",
    "check_data_dir",
    "check_database",
    "check_env_file",
    "check_exchange",
    "check_key_source",
    "check_telegram",
    "check_telegram_session",
    "main",
    "run_checks",
]


async def run_checks(env_file: Path, clock: Any = None) -> list[Check]:
    """Every check, in order; later ones are skipped when the settings do not load."""
    checks = check_env_file(env_file)
    try:
        settings = load_settings(_env_file=env_file if env_file.exists() else None)
    except ConfigError as exc:
        return [*checks, Check(FAIL, "settings", str(exc), exc.hint)]
    checks.append(
        Check(
            OK,
            "settings",
            f"valid ({settings.TRADING_MODE} mode, {settings.EXCHANGE} {settings.MARKET_TYPE})",
        )
    )
    if settings.TRADING_MODE == "live" and settings.live.DRY_RUN_FIRST:
        checks.append(Check(OK, "dry run", "DRY_RUN_FIRST=true: orders are logged, not sent"))
    checks += check_data_dir(settings)
    checks += check_database(settings)
    checks += check_key_source(settings, clock, env_file)
    checks += await check_exchange(settings)
    checks += await check_telegram(settings)
    checks += check_telegram_session(settings)
    return checks


def main(argv: list[str] | None = None) -> int:
    """Print every check; exit 1 when one failed."""
    p = argparse.ArgumentParser(prog="sigcopy doctor", description=__doc__.splitlines()[0])
    p.add_argument("--env-file", type=Path, default=Path(".env"), help="default: ./.env")
    args = p.parse_args(argv)
    checks = asyncio.run(run_checks(args.env_file))
    for c in checks:
        print(c.render())
    failed = sum(c.status == FAIL for c in checks)
    warned = sum(c.status == WARN for c in checks)
    print(f"\n{len(checks)} checks: {failed} failed, {warned} warnings.")
    sys.stdout.flush()
    return 1 if failed else 0
