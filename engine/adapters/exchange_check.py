"""Start-up check of the live exchange: what it reports, said plainly before any money moves."""

from __future__ import annotations

from typing import Any

from engine import errors
from engine.adapters.ccxt_exchange import has_credentials

ALTERNATIVES = (
    "EXCHANGE=binanceusdm (Binance USD-M futures), or another ccxt exchange with USDT "
    "perpetuals (bybit, okx, bitget); or MARKET_TYPE=spot on MEXC (no leverage, no shorts)"
)


async def check_exchange(broker: Any) -> list[str]:
    """Human-readable warnings about live trading on this exchange; [] when all looks fine."""
    from engine.clock import WallClock
    from engine.keys.live import start_warnings

    warnings = start_warnings(broker.exchange, broker.settings, broker.clock or WallClock())
    ex_id = broker.exchange_id
    try:
        markets = await broker.load_markets()
    except errors.BrokerError as exc:
        return [*warnings, f"{ex_id}: markets could not be loaded: {exc.user_message()}"]
    restored = getattr(getattr(broker, "retry_after", None), "restored", None)
    if restored is not None:
        warnings.append(
            f"{ex_id} had asked sigcopy to wait {restored:.0f}s more (rate limit or IP ban) "
            "when this start began: a wait recorded before the restart, or by another book on "
            "this machine. Nothing was sent to the exchange before it was over."
        )
    if not markets:
        warnings.append(f"{ex_id} lists no {broker.settings.MARKET_TYPE} markets.")
    blocked = sorted(m.symbol for m in markets.values() if not m.api_allowed)
    if blocked:
        share = len(blocked) / max(1, len(markets))
        shown = ", ".join(blocked[:8]) + (" ..." if len(blocked) > 8 else "")
        if share >= 0.5:
            warnings.append(
                f"{ex_id} refuses order placement through the API on {len(blocked)} of "
                f"{len(markets)} markets (apiAllowed=false): live trading there cannot work "
                f"for this account. Alternatives: {ALTERNATIVES}."
            )
        else:
            warnings.append(
                f"{ex_id} does not allow API orders on {shown} (apiAllowed=false); "
                "signals for them will be refused."
            )
    if not has_credentials(broker.exchange):
        warnings.append(
            f"No API key for {ex_id}: live orders cannot be sent. Create a key with trade "
            "permission and without withdrawal permission, then set it in .env."
        )
        return warnings
    try:
        await broker.fetch_balance()
    except errors.AuthenticationError as exc:
        warnings.append(exc.user_message())
    except errors.BrokerError as exc:
        warnings.append(f"{ex_id}: balance could not be read: {exc.user_message()}")
    if getattr(broker, "hedged", False):
        warnings.append(
            f"{ex_id} account is in hedge mode: every order names its position side (LONG or "
            "SHORT). That works; to trade in one-way mode instead, with no position or order "
            "open, run `sigcopy one-way` (or change Position Mode on the exchange's futures page)."
        )
    if ex_id == "mexc" and broker.settings.MARKET_TYPE == "swap":
        allowed = len(markets) - len(blocked)
        warnings.append(
            "MEXC futures: MEXC decides per account whether its futures API may place orders "
            "(it refused most accounts for a long time and has opened it again for some). "
            f"It reports apiAllowed=true on {allowed} of {len(markets)} markets; whether this "
            "account may place orders shows only when one is sent. If MEXC refuses it "
            '(code 1002 or 701-704), live trading halts with "futures API not enabled for '
            f'this key/account". Alternatives: {ALTERNATIVES}.'
        )
    return warnings
