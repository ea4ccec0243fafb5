"""`sigcopy doctor`: check settings, files, database, exchange and Telegram; say what to fix.

Each check prints OK, WARN or FAIL with what to do. The exit code is 1 when any check failed.
Nothing secret is printed: keys and tokens are never part of a message (errors from HTTP clients,
whose text may carry a URL with the token, are reported by type only).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from config import Settings, load_settings
from config.env_check import env_file_warnings
from config.redact import mask
from engine.errors import AuthenticationError, ConfigError, SigcopyError

OK, WARN, FAIL = "OK", "WARN", "FAIL"
TELEGRAM_API = "https://api.telegram.org"


@dataclass
class Check:
    """One line of the report."""

    status: str
    name: str
    detail: str
    fix: str = ""

    def render(self) -> str:
        line = f"[{self.status:>4}] {self.name}: {self.detail}"
        line += f"\n       fix: {self.fix}" if self.fix and self.status != OK else ""
        return mask(line)  # a token or key pasted into any setting never reaches the screen


def check_env_file(path: Path) -> list[Check]:
    """The .env file: present, and readable by its owner only (the start-up check's rule)."""
    if not path.exists():
        return [Check(OK, ".env", f"{path} not found; settings come from the environment")]
    warnings = env_file_warnings(path)
    if warnings:
        return [Check(WARN, ".env", w, f"chmod 600 {path}") for w in warnings]
    return [Check(OK, ".env", f"{path} is private (mode {stat.S_IMODE(path.stat().st_mode):o})")]


def check_data_dir(settings: Settings) -> list[Check]:
    """DATA_DIR exists (or can be created) and is writable."""
    d = settings.DATA_DIR
    if not d.exists():
        parent = next((p for p in d.parents if p.exists()), Path("."))
        if os.access(parent, os.W_OK):
            return [Check(OK, "data directory", f"{d} will be created at first start")]
        return [
            Check(
                FAIL,
                "data directory",
                f"{d} does not exist and {parent} is not writable",
                "Create it, or set DATA_DIR to a writable folder.",
            )
        ]
    if not d.is_dir():
        return [Check(FAIL, "data directory", f"{d} is not a folder", "Set DATA_DIR to a folder.")]
    probe = d / ".doctor-probe"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        return [
            Check(
                FAIL,
                "data directory",
                f"{d} is not writable ({exc.strerror})",
                "Fix its permissions or free disk space; no trade is sent without its record.",
            )
        ]
    return [Check(OK, "data directory", f"{d} is writable")]


def check_database(settings: Settings) -> list[Check]:
    """Each book's SQLite store (and one left from before books): integrity and schema."""
    legacy = settings.DATA_DIR / "sigcopy.db"
    dbs = [legacy] if legacy.exists() else []
    dbs += sorted((settings.DATA_DIR / "books").glob("*/sigcopy.db"))
    if not dbs:
        return [Check(OK, "database", f"{settings.DATA_DIR} has none yet: created at first start")]
    return [c for db in dbs for c in _check_one_database(db)]


def _check_one_database(db: Path) -> list[Check]:
    from engine.adapters.sqlite_store import SCHEMA_VERSION

    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            row = conn.execute("SELECT version FROM schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [
            Check(
                FAIL,
                "database",
                f"{db} cannot be read: {exc}",
                "Restore it from a backup, or move it away to start afresh.",
            )
        ]
    out = []
    if result != ["ok"]:
        out.append(
            Check(
                FAIL,
                "database",
                f"integrity_check: {'; '.join(result[:3])}",
                "Stop the bot and restore the database from a backup.",
            )
        )
    else:
        out.append(Check(OK, "database", "integrity_check ok"))
    version = row[0] if row else 0
    if version > SCHEMA_VERSION:
        out.append(
            Check(
                FAIL,
                "database schema",
                f"version {version} is newer than this sigcopy ({SCHEMA_VERSION})",
                "Upgrade sigcopy.",
            )
        )
    elif version < SCHEMA_VERSION:
        out.append(
            Check(
                OK,
                "database schema",
                f"version {version}; migrated to {SCHEMA_VERSION} at next start",
            )
        )
    else:
        out.append(Check(OK, "database schema", f"version {version}"))
    return out


async def _binance_permissions(broker: Any) -> list[Check]:
    ex = broker.exchange
    try:
        r = await ex.sapi_get_account_apirestrictions()
    except Exception as exc:  # noqa: BLE001 - reported, never fatal
        return [
            Check(
                WARN,
                "key permissions",
                f"could not be read ({type(exc).__name__})",
                "Check in Binance's API management that futures are on, withdrawal off.",
            )
        ]
    out = []
    if str(r.get("enableFutures")).lower() != "true":
        out.append(
            Check(
                FAIL,
                "futures trading",
                "the key may not trade futures",
                "Enable futures for this key in Binance's API management.",
            )
        )
    else:
        out.append(Check(OK, "futures trading", "allowed for this key"))
    if str(r.get("enableWithdrawals")).lower() == "true":
        out.append(
            Check(
                WARN,
                "withdrawal permission",
                "the key may withdraw funds",
                "Create a key without withdrawal permission: sigcopy never withdraws.",
            )
        )
    else:
        out.append(Check(OK, "withdrawal permission", "off"))
    if str(r.get("ipRestrict")).lower() != "true":
        out.append(
            Check(
                WARN,
                "IP restriction",
                "the key works from any IP address",
                "Restrict the key to this server's IP address.",
            )
        )
    return out


def check_key_source(
    settings: Settings, clock: Any = None, env_file: Path | None = None
) -> list[Check]:
    """Which exchange key is used (the key manager's or .env's), and the manager key's age."""
    from engine.clock import WallClock
    from engine.keys.crypto import KeyStoreError
    from engine.keys.live import managed_key
    from engine.keys.store import keys_path, reminder

    path = keys_path(settings)
    key, secret = settings.api_credentials()
    in_env = key is not None and secret is not None
    try:
        live = managed_key(settings)
    except KeyStoreError as exc:
        return [Check(FAIL, "key source", f"{path} cannot be opened: {exc}", exc.hint)]
    if live is None:
        if in_env:
            return [Check(OK, "key source", ".env (plain text; `sigcopy keys add` encrypts it)")]
        return []
    entry = live.entry
    out = [
        Check(
            OK,
            "key source",
            f"key manager: {entry.name} ({entry.credentials.masked()}) from {path}",
        )
    ]
    if in_env:
        out.append(
            Check(
                WARN,
                "key source",
                ".env also holds an exchange key in plain text (not used)",
                "Delete the exchange key and secret lines from .env.",
            )
        )
    note = reminder(entry, clock or WallClock(), settings.keys.KEY_MAX_AGE_DAYS)
    if note:
        out.append(Check(WARN, "key age", note, "sigcopy keys rotate"))
    if env_file is not None and env_file.exists():
        if "SIGCOPY_KEYS_PASSPHRASE" in env_file.read_text(encoding="utf-8", errors="replace"):
            out.append(
                Check(
                    WARN,
                    "key store passphrase",
                    f"{env_file} holds SIGCOPY_KEYS_PASSPHRASE next to the encrypted store",
                    "Set it in the service's environment instead, and delete it from .env.",
                )
            )
    return out


async def check_exchange(settings: Settings) -> list[Check]:
    """Reachable, markets, keys valid, trade/futures permission, withdrawal permission."""
    from engine.adapters import exchange_check
    from engine.adapters.ccxt_broker import CcxtBroker
    from engine.adapters.ccxt_exchange import has_credentials

    name = f"exchange {settings.EXCHANGE}"
    live = settings.TRADING_MODE == "live"
    if settings.TRADING_MODE == "backtest" or (
        settings.TRADING_MODE == "paper" and settings.PAPER_PRICE_SOURCE == "simulated"
    ):
        return [Check(OK, name, f"not used ({settings.TRADING_MODE} mode on simulated prices)")]
    try:
        broker = CcxtBroker(settings)
    except ConfigError as exc:
        return [Check(FAIL, name, str(exc), exc.hint)]
    broker.exchange.timeout = 10000
    out: list[Check] = []
    try:
        try:
            markets = await broker.load_markets()
        except SigcopyError as exc:
            return [Check(FAIL if live else WARN, name, f"unreachable: {exc}", exc.hint)]
        out.append(Check(OK, name, f"reachable, {len(markets)} {settings.MARKET_TYPE} markets"))
        if not has_credentials(broker.exchange):
            if live:
                out.append(
                    Check(
                        FAIL,
                        "exchange keys",
                        "no API key set",
                        "Set the key and secret in .env (trade on, withdrawal off).",
                    )
                )
            else:
                out.append(Check(OK, "exchange keys", "not set (not needed for paper trading)"))
            return out
        try:
            bal = await broker.fetch_balance()
        except AuthenticationError as exc:
            out.append(Check(FAIL, "exchange keys", f"rejected: {exc}", exc.hint))
            return out
        except SigcopyError as exc:
            out.append(Check(FAIL, "exchange keys", f"balance unreadable: {exc}", exc.hint))
            return out
        equity = f"{bal.equity:.2f}" if bal is not None else "?"
        out.append(Check(OK, "exchange keys", f"valid (equity {equity} USDT)"))
        if broker.exchange_id in ("binance", "binanceusdm"):
            out += await _binance_permissions(broker)
        else:
            out.append(
                Check(
                    WARN,
                    "withdrawal permission",
                    f"{broker.exchange_id} does not report key permissions via ccxt",
                    "Check in the exchange's API page: trade on, withdrawal off.",
                )
            )
        for w in await exchange_check.check_exchange(broker):
            if "No API key" in w:
                continue
            out.append(Check(WARN, "exchange", w))
    finally:
        await broker.close()
    return out


async def check_telegram(settings: Settings) -> list[Check]:
    """The bot token: getMe answers with the bot's name."""
    import httpx

    if settings.TELEGRAM_BOT_TOKEN is None:
        return [Check(OK, "telegram", "no token: `sigcopy run` starts the terminal console")]
    token = settings.TELEGRAM_BOT_TOKEN.get_secret_value()
    base = (settings.TELEGRAM_API_BASE_URL or TELEGRAM_API).rstrip("/")
    try:
        async with httpx.AsyncClient(timeout=10) as client:
            resp = await client.get(f"{base}/bot{token}/getMe")
    except httpx.HTTPError as exc:
        # The exception text may hold the URL, and the URL holds the token: type only.
        return [
            Check(
                FAIL,
                "telegram",
                f"cannot reach {base} ({type(exc).__name__})",
                "Check the network, or TELEGRAM_API_BASE_URL.",
            )
        ]
    if resp.status_code in (401, 404):
        return [
            Check(
                FAIL,
                "telegram",
                "the bot token was rejected",
                "Copy TELEGRAM_BOT_TOKEN again from @BotFather.",
            )
        ]
    try:
        me = resp.json().get("result") or {}
    except ValueError:
        me = {}
    if resp.status_code != 200 or not me:
        return [
            Check(
                FAIL,
                "telegram",
                f"getMe answered HTTP {resp.status_code}",
                "Check TELEGRAM_API_BASE_URL, or try again later.",
            )
        ]
    out = [Check(OK, "telegram", f"token valid: @{me.get('username', '?')}")]
    if not settings.TELEGRAM_ADMIN_IDS:
        out.append(
            Check(
                WARN,
                "telegram admins",
                "TELEGRAM_ADMIN_IDS is empty: nobody may control the bot",
                "Set your Telegram user id in TELEGRAM_ADMIN_IDS.",
            )
        )
    return out


def check_telegram_session(settings: Settings) -> list[Check]:
    """The user-account session file (issue 17): owner-only, like the .env file."""
    from config.session_file import session_file_problem, session_path

    if not settings.TELEGRAM_API_ID:
        return []
    problem = session_file_problem(settings)
    if problem is not None:
        return [Check(FAIL, "telegram session", problem, "It lets anyone read as your account.")]
    if settings.TELEGRAM_SESSION is None and not session_path(settings).exists():
        return [Check(WARN, "telegram session", "not signed in", "Run `sigcopy login`.")]
    return [Check(OK, "telegram session", "owner-only")]


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
