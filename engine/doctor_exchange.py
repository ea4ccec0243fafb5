"""`sigcopy doctor`'s checks of the exchange: which key is used and its age, reachability,
markets, the key's validity and permissions (Binance reports them), the account's settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from config import Settings
from engine.doctor_report import FAIL, OK, WARN, Check
from engine.errors import AuthenticationError, ConfigError, SigcopyError


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
