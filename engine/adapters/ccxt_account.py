"""The account side of a ccxt exchange: leverage and margin mode, balance, positions, the last
price, and what is read once with the markets (position mode, leverage tiers).

Functions of the CcxtBroker (engine/adapters/ccxt_broker.py), which calls them."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import ccxt.async_support as ccxt

from engine import errors
from engine.adapters.ccxt_errors import map_ccxt_error
from engine.adapters.ccxt_exchange import has_credentials, listed_max_leverage
from engine.adapters.ccxt_lookup import dec
from engine.adapters.ccxt_retry import retry_read
from engine.adapters.position_mode import read_hedged
from engine.domain.market import Market
from engine.domain.orders import Balance, ExchangePosition

if TYPE_CHECKING:
    from engine.adapters.ccxt_parts import BrokerParts

log = logging.getLogger("sigcopy.ccxt")


async def read_position_mode(broker: BrokerParts) -> None:
    """Hedge or one-way, read once at start (swap accounts with keys, where supported)."""
    ex = broker.exchange
    if broker.settings.MARKET_TYPE != "swap" or not has_credentials(ex):
        return
    if not ex.has.get("fetchPositionMode"):
        return
    try:
        broker.hedged = await broker._read(lambda: read_hedged(ex, broker.exchange_id), "mode")
    except errors.BrokerError as exc:
        log.warning("%s: position mode not read (%s); one-way assumed", broker.exchange_id, exc)


async def leverage_from_tiers(broker: BrokerParts) -> None:
    """Markets whose listing carries no maximum leverage (Binance USD-M keeps it in its
    leverage brackets, a private endpoint) get it from the exchange's leverage tiers, read
    once at start-up. Without keys, or if the read fails, the cap stays at 125 and the
    exchange's own refusal still guards it."""
    ex = broker.exchange
    raw = getattr(ex, "markets", None) or {}
    unknown = [s for s in broker.markets if not listed_max_leverage(raw.get(s) or {})]
    if not unknown or not ex.has.get("fetchLeverageTiers") or not has_credentials(ex):
        return
    try:
        tiers = await retry_read(
            lambda: ex.fetch_leverage_tiers(unknown), broker.retry, "leverage tiers"
        )
    except (ccxt.BaseError, TypeError, ValueError) as exc:
        log.warning(
            "%s: maximum leverage per market not read (%s); 125 is assumed and the "
            "exchange's own limit still applies",
            broker.exchange_id,
            type(exc).__name__,
        )
        return
    for symbol, levels in (tiers or {}).items():
        caps = [int(float(t["maxLeverage"])) for t in levels or () if t.get("maxLeverage")]
        m = broker.markets.get(symbol)
        if m is not None and caps:
            broker.markets[symbol] = replace(m, max_leverage=max(caps))


async def set_leverage(broker: BrokerParts, market: Market, leverage: int) -> None:
    """Leverage and margin mode for a market, capped at its maximum; cached per symbol."""
    if broker.settings.MARKET_TYPE != "swap":
        return
    lev = max(1, min(int(leverage), market.max_leverage))
    mode = broker.settings.MARGIN_MODE
    if broker._leverage.get(market.symbol) == (lev, mode):
        return
    ex, sym = broker.exchange, market.symbol
    calls: list[Any]
    if broker.profile.leverage_style == "mexc":
        open_type = 1 if mode == "isolated" else 2
        calls = [
            ex.set_leverage(lev, sym, {"openType": open_type, "positionType": pt}) for pt in (1, 2)
        ]
    elif broker.profile.leverage_style == "binance":
        calls = [set_margin_mode(broker, mode, sym), ex.set_leverage(lev, sym)]
    else:
        calls = [ex.set_leverage(lev, sym, {"marginMode": mode})]
        if ex.has.get("setMarginMode"):
            calls.insert(0, set_margin_mode(broker, mode, sym))
    try:
        await asyncio.gather(*calls)
    except ccxt.BaseError as exc:
        raise map_ccxt_error(exc, exchange_id=broker.exchange_id, action="set leverage") from exc
    broker._leverage[sym] = (lev, mode)


async def set_margin_mode(broker: BrokerParts, mode: str, symbol: str) -> None:
    try:
        await broker.exchange.set_margin_mode(mode, symbol)
    except (ccxt.MarginModeAlreadySet, ccxt.NoChange):
        pass


async def fetch_balance(broker: BrokerParts) -> Balance | None:
    """Equity and free margin of the quote currency (USDT), from the exchange."""
    if not has_credentials(broker.exchange):
        raise errors.AuthenticationError(
            f"No API key configured for {broker.exchange_id}.",
            "Set the exchange API key and secret in .env (trade permission, no withdrawal).",
        )
    try:
        bal = await broker._read(lambda: balance_once(broker), "balance")
    except ccxt.BaseError as exc:
        raise map_ccxt_error(exc, exchange_id=broker.exchange_id, action="fetch balance") from exc
    usdt = bal.get("USDT") or {}
    total = dec(usdt.get("total")) or Decimal(0)
    if broker.profile.equity_key:
        # ccxt's total leaves out position margin on some exchanges (MEXC contract)
        for entry in (bal.get("info") or {}).get("data") or []:
            if isinstance(entry, dict) and entry.get("currency") == "USDT":
                total = dec(entry.get(broker.profile.equity_key)) or total
    free = dec(usdt.get("free")) or Decimal(0)
    return Balance(equity=total, free=free)


async def balance_once(broker: BrokerParts) -> dict[str, Any]:
    bal: dict[str, Any] = await broker.exchange.fetch_balance()
    if not isinstance(bal.get("info"), dict | list):
        # A proxy's error page parsed as an empty balance: treat it as network trouble.
        raise ccxt.NetworkError(f"{broker.exchange_id} answered the balance request with garbage")
    return bal


async def fetch_positions(broker: BrokerParts) -> list[ExchangePosition] | None:
    """Open positions in base units (None for spot, which has no positions)."""
    if broker.settings.MARKET_TYPE != "swap":
        return None
    try:
        raw = await broker._read(lambda: broker.exchange.fetch_positions(), "positions")
    except ccxt.BaseError as exc:
        raise map_ccxt_error(exc, exchange_id=broker.exchange_id, action="fetch positions") from exc
    out: list[ExchangePosition] = []
    for p in raw:
        contracts = dec(p.get("contracts")) or Decimal(0)
        if contracts == 0:
            continue
        sym = str(p.get("symbol"))
        mk = broker.markets.get(sym)
        csize = mk.contract_size if mk else dec(p.get("contractSize")) or Decimal(1)
        side = "LONG" if str(p.get("side")).lower() == "long" else "SHORT"
        out.append(ExchangePosition(sym, side, abs(contracts) * csize, dec(p.get("entryPrice"))))
    return out


async def fetch_price(broker: BrokerParts, symbol: str) -> Decimal | None:
    """Last traded price (retried read)."""
    try:
        t = await broker._read(lambda: broker.exchange.fetch_ticker(symbol), "ticker")
    except ccxt.BaseError as exc:
        raise map_ccxt_error(exc, exchange_id=broker.exchange_id, action="fetch price") from exc
    price = dec(t.get("last") or t.get("close"))
    if price is not None:
        broker._last_price[symbol] = price
    return price
