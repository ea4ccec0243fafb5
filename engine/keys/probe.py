"""Trying a key with read-only calls before it is stored: balance, and what the key may do.

Binance reports a key's permissions (GET /sapi/v1/account/apiRestrictions, see
https://developers.binance.com/docs/wallet/account/api-key-permission); a key that may withdraw is
refused. MEXC has no such endpoint (nor do most exchanges in ccxt): the user is told how to check
by hand. Nothing here places, changes or cancels anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import ccxt.async_support as ccxt

from config.settings import Settings
from engine import redaction
from engine.adapters.ccxt_errors import map_ccxt_error
from engine.adapters.ccxt_exchange import build_exchange
from engine.errors import AuthenticationError, SigcopyError
from engine.keys.credentials import Credentials

BINANCE = ("binance", "binanceusdm", "binancecoinm")
# Where each exchange shows a key's permissions, for the check by hand.
MANUAL_CHECK = {
    "mexc": (
        "MEXC does not report a key's permissions through its API. Check by hand: log in to "
        "mexc.com, open Account > API Management (https://www.mexc.com/user/openapi), find the "
        "key {masked} and make sure withdrawal is not ticked (only account reading and "
        "trading/futures order placing are needed), and bind the key to this server's IP."
    ),
}
MANUAL_DEFAULT = (
    "{exchange} does not report a key's permissions through ccxt. Check by hand in the "
    "exchange's API management page that the key {masked} cannot withdraw (sigcopy only reads "
    "and trades), and restrict it to this server's IP."
)


class KeyRefused(SigcopyError):
    """The key works but is not acceptable (it may withdraw), or the exchange rejected it."""


@dataclass
class ProbeResult:
    """What the read-only calls found."""

    equity: Decimal | None = None
    permissions: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)


def _flag(perms: dict[str, Any], name: str) -> bool:
    return str(perms.get(name)).lower() == "true"


def _scrub(text: str, creds: Credentials) -> str:
    for s in creds.texts():
        if s:
            text = text.replace(s, redaction.MASK)
    return redaction.redact(text)


def _binance_findings(perms: dict[str, Any], settings: Settings) -> list[str]:
    """Warnings about a Binance key; raises KeyRefused when it may withdraw."""
    if _flag(perms, "enableWithdrawals"):
        raise KeyRefused(
            "Binance reports that this key may withdraw funds (enableWithdrawals=true); "
            "it was not stored.",
            "sigcopy never withdraws: in Binance's API Management, edit the key's restrictions "
            "and untick 'Enable Withdrawals' (or create a new key without it), then add it again.",
        )
    out = []
    if settings.MARKET_TYPE == "swap" and not _flag(perms, "enableFutures"):
        out.append(
            "Binance reports that this key may not trade futures (enableFutures=false): enable "
            "'Enable Futures' for it in API Management, or live orders will be refused."
        )
    if settings.MARKET_TYPE == "spot" and not _flag(perms, "enableSpotAndMarginTrading"):
        out.append("Binance reports that this key may not trade spot: enable spot trading for it.")
    if not _flag(perms, "ipRestrict"):
        out.append(
            "The key works from any IP address (ipRestrict=false): restrict it to this "
            "server's IP in Binance's API Management."
        )
    return out


async def probe_key(settings: Settings, exchange_id: str, creds: Credentials) -> ProbeResult:
    """Read the balance and (where reported) the permissions with these credentials."""
    redaction.remember(*creds.texts())
    cfg = settings.model_copy(update={"EXCHANGE": exchange_id})
    ex = build_exchange(cfg, with_keys=False)
    ex.apiKey, ex.secret = creds.key_text(), creds.secret_text()
    if creds.password is not None:
        ex.password = creds.password_text()
    ex.timeout = 15000
    result = ProbeResult()
    try:
        try:
            bal = await ex.fetch_balance()
        except ccxt.AuthenticationError as exc:
            raise KeyRefused(
                f"{exchange_id} refused this key: {_scrub(str(map_ccxt_error(exc)), creds)}",
                "Check that the key and secret were copied whole, that the key may read the "
                "account, and that this machine's IP is allowed. Nothing was stored.",
            ) from None
        except ccxt.BaseError as exc:
            err = map_ccxt_error(exc, exchange_id=exchange_id, action="read the balance")
            raise type(err)(_scrub(str(err), creds), err.hint + " Nothing was stored.") from None
        usdt = bal.get("USDT") or {}
        total = usdt.get("total")
        result.equity = None if total is None else Decimal(str(total))
        masked = creds.masked()
        if exchange_id in BINANCE:
            try:
                perms = await ex.sapi_get_account_apirestrictions()
            except ccxt.BaseError as exc:
                result.warnings.append(
                    f"Binance did not report this key's permissions ({type(exc).__name__}): "
                    f"check by hand in API Management that the key {masked} cannot withdraw."
                )
            else:
                result.permissions = dict(perms)
                result.warnings += _binance_findings(result.permissions, settings)
        else:
            text = MANUAL_CHECK.get(exchange_id, MANUAL_DEFAULT)
            result.warnings.append(text.format(exchange=exchange_id, masked=masked))
    except AuthenticationError as exc:
        raise KeyRefused(_scrub(str(exc), creds), exc.hint) from None
    finally:
        await ex.close()
    return result
