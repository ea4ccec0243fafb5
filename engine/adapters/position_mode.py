"""The account's position mode (one-way or hedge), read at start and respected in every order.

Binance USD-M: GET/POST /fapi/v1/positionSide/dual (`dualSidePosition`); in hedge mode every
order names its positionSide, LONG or SHORT, and reduceOnly is not accepted (the side pair
says it: SELL + LONG closes a long). https://developers.binance.com/docs/derivatives/
usds-margined-futures/trade/rest-api/Change-Position-Mode and .../New-Order. MEXC contract:
GET position/position_mode (1 hedge, 2 one-way), POST position/change_position_mode; orders
carry side 1 open long, 2 close short, 3 open short, 4 close long, and positionMode.
"""

from __future__ import annotations

from typing import Any

import ccxt.async_support as ccxt

from engine import errors
from engine.adapters.ccxt_errors import error_code, map_ccxt_error

# Binance: -4061 position side does not match the account's setting, -4059 no need to change,
# -4067 open orders exist, -4068 a position exists (https://developers.binance.com/docs/
# derivatives/usds-margined-futures/error-code).
# MEXC contract (https://www.mexc.com/api-docs/futures/error-code): 2022 "Wrong position type";
# 2019 "There is an active open position", what position/change_position_mode answers while an
# order, plan order or position is open (.../account-and-trading-endpoints/
# modify-user-position-mode). The table names no code for an order whose positionMode is not
# the account's: 2022 is the documented one that says so, and 7002 is what MEXC answered users
# whose account was in the other mode (https://github.com/ccxt/ccxt/issues/12458).
MISMATCH_CODES = {"binance": ("-4061",), "mexc": ("2022", "7002")}
BUSY_CODES = {"binance": ("-4067", "-4068"), "mexc": ("2019",)}
_WHERE = {
    "binance": "on Binance's futures page, Preferences > Position Mode > One-way",
    "mexc": "on MEXC's futures page, the settings (gear) icon > Position Mode > One-way Mode",
}


def _family(exchange_id: str) -> str:
    return "mexc" if exchange_id.lower().startswith("mexc") else "binance"


def one_way_how(exchange_id: str) -> str:
    """How to put this exchange's account in one-way mode."""
    return (
        "switch the account to one-way mode with no position or order open: `sigcopy one-way`, "
        f"or {_WHERE[_family(exchange_id)]}"
    )


def hedge_params(style: str, side: str, reduce_only: bool, params: dict[str, Any]) -> None:
    """Adjust an order's params for an account in hedge mode (in place)."""
    if style == "binance":
        long_side = (side == "buy") != reduce_only  # buy opens a long, sell closes one
        params["positionSide"] = "LONG" if long_side else "SHORT"
        params.pop("reduceOnly", None)  # refused in hedge mode: the side pair says it
    elif style == "mexc":
        params["positionMode"] = 1


def mismatch_error(exc: BaseException, exchange_id: str, hedged: bool) -> errors.BrokerError:
    """The message for an order refused because the account's mode changed under us."""
    mode = "hedge" if hedged else "one-way"
    return errors.PositionModeMismatch(
        f"{exchange_id} refused the order: its position side does not match the account's "
        f"position mode (sigcopy read {mode} mode at start-up; it has been changed since).",
        f"Restart sigcopy so it reads the mode again, or {one_way_how(exchange_id)}.",
    )


def is_mismatch(exc: BaseException, exchange_id: str) -> bool:
    """True when the exchange refused an order for the account's position mode."""
    return error_code(exc) in MISMATCH_CODES[_family(exchange_id)]


async def read_hedged(exchange: Any, exchange_id: str) -> bool:
    """True when the account is in hedge mode (dual side positions)."""
    try:
        found = await exchange.fetch_position_mode()
    except ccxt.BaseError as exc:
        raise map_ccxt_error(exc, exchange_id=exchange_id, action="read position mode") from exc
    return bool((found or {}).get("hedged"))


async def switch_to_one_way(broker: Any) -> str:
    """Put the account in one-way mode; refused with the reason while a position is open."""
    positions = await broker.fetch_positions()
    if positions:
        held = ", ".join(f"{p.symbol} {p.side}" for p in positions)
        raise errors.InvalidOrder(
            f"{broker.exchange_id}: position mode not changed: positions are open ({held}).",
            "Close them first (the exchange refuses the change while one is open).",
        )
    if not broker.hedged:
        return f"{broker.exchange_id} is already in one-way mode."
    try:
        await broker.exchange.set_position_mode(False)
    except ccxt.BaseError as exc:
        if error_code(exc) == "-4059":  # no need to change
            broker.hedged = False
            return f"{broker.exchange_id} is already in one-way mode."
        if error_code(exc) in BUSY_CODES[_family(broker.exchange_id)]:
            raise errors.InvalidOrder(
                f"{broker.exchange_id}: position mode not changed: an order or position is open.",
                "Cancel open orders (stops included) and close positions first, then run it again.",
            ) from exc
        raise map_ccxt_error(exc, exchange_id=broker.exchange_id, action="set one-way") from exc
    broker.hedged = False
    return f"{broker.exchange_id} is now in one-way mode."
