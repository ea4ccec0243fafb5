"""Building the ccxt exchange from settings, the per-exchange differences table, and markets."""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import ccxt.async_support as ccxt

from config.settings import Settings
from engine.adapters.backoff_file import host_tag
from engine.domain.market import Market
from engine.errors import ConfigError, RateLimited
from engine.redact import REDACTOR, guard_library_logs


@dataclass(frozen=True)
class ExchangeProfile:
    """What differs between exchanges, as data. A new ccxt exchange is a new row, not new code."""

    client_id_param: str = "clientOrderId"  # create_order param carrying our client order id
    client_id_max_len: int = 32
    # "ccxt": fetch_order(None, symbol, {"clientOrderId": cid}); "mexc_external": the contract
    # API's order/external/{symbol}/{external_oid}; "scan": search open and recent orders.
    lookup: str = "ccxt"
    stop_lookup: str = "ccxt"  # how stop (trigger) orders are found by client id
    trigger_param: str = "triggerPrice"
    trigger_flag_on_cancel: bool = True  # pass {"trigger": True} to cancel/fetch stop orders
    # MEXC contract: leverage is set per position side with openType/positionType.
    leverage_style: str = "ccxt"  # "ccxt" | "mexc" | "binance"
    order_extra: dict[str, Any] = field(default_factory=dict)
    leverage_in_order: bool = False  # MEXC isolated orders carry the leverage
    mexc_trigger_type: bool = False  # MEXC plan orders: triggerType 1 (>=) or 2 (<=)
    states: str = "ccxt"  # whose documented order states to read (order_states.py)
    # Trigger orders that lapse: (param, value, lifetime in seconds) sent with every stop.
    trigger_lifetime: tuple[str, int, float] | None = None
    fill_in_create_response: bool = True  # market orders answer with their fill
    native_stop_market: bool = True
    native_reduce_only: bool = True
    equity_key: str | None = None  # balance info field holding equity, when ccxt's total lacks it
    options: dict[str, Any] = field(default_factory=dict)
    # Market types whose order updates ccxt.pro's watch_orders streams (the rest are polled).
    stream_market_types: tuple[str, ...] = ("swap", "spot")
    # A native trailing stop-market (ccxt's trailingPercent): the callback rate's limits as
    # fractions (min, max); None: the exchange has none, the engine moves the stop itself.
    trailing_rate: tuple[Decimal, Decimal] | None = None
    # The account's trade list by time (ccxt fetch_my_trades(symbol, since)) names each
    # execution's order, side and fee: an order with no exchange id (a fill adopted from the
    # position, core/cover_adopt.py) is matched there for its fee (ccxt_fees.py).
    fees_by_time: bool = True
    # The trade list's largest page, and the param naming a page after the first (None: the
    # list has no page numbers; a full page then leaves its reading undecided).
    trade_page: int = 1000
    trade_page_param: str | None = None
    # The exchange's own side codes in a trade's or an order's info["side"] -> (side, closes),
    # where ccxt does not read them (None: ccxt's side, the position's direction unknown).
    side_codes: dict[str, tuple[str, bool]] | None = None


# MEXC futures' order and deal sides: 1 open long, 2 close short, 3 open short, 4 close long
# (https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/get-plan-order-list; the
# deal list's the same: https://mexcdevelop.github.io/apidocs/contract_v1_en/#get-all-transaction-
# details-of-the-user-s-order). ccxt leaves a plan order's side as the number, and reads a deal's
# 1 as buy and 2 as sell (mexc.py parse_order_side: 2, a close short, is a buy): (side, closes).
MEXC_SIDES = {"1": ("buy", False), "2": ("buy", True), "3": ("sell", False), "4": ("sell", True)}


PROFILES: dict[str, ExchangeProfile] = {
    "mexc": ExchangeProfile(
        client_id_param="externalOid",
        lookup="mexc_external",
        stop_lookup="scan",
        leverage_style="mexc",
        leverage_in_order=True,
        mexc_trigger_type=True,
        # planorder/place executeCycle: 1 = 24 hours (ccxt's default), 2 = 7 days, the longest
        # the API offers (https://www.mexc.com/api-docs/futures/account-and-trading-endpoints/
        # place-plan-order; the web page's "long term" has no API value). Re-placed before then.
        trigger_lifetime=("executeCycle", 2, 7 * 86400.0),
        fill_in_create_response=False,  # order/create answers with the order id only
        equity_key="equity",
        states="mexc",
        # Spot order updates come as protobuf behind a listen key: polled instead.
        stream_market_types=("swap",),
        # Its contract deal list (order/list/order_deals, ccxt's fetch_my_trades): page_size at
        # most 100, pages by page_num, newest first (tests/fakes/mexc_deals.py cites the docs).
        trade_page=100,
        trade_page_param="page_num",
        side_codes=MEXC_SIDES,
    ),
    "binanceusdm": ExchangeProfile(
        client_id_param="newClientOrderId",
        client_id_max_len=36,
        leverage_style="binance",
        states="binance",
        options={"fetchCurrencies": False},
        # TRAILING_STOP_MARKET callbackRate [0.1, 10] percent (New Order, USD-M futures:
        # https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api).
        trailing_rate=(Decimal("0.001"), Decimal("0.1")),
    ),
    "binance": ExchangeProfile(
        client_id_param="newClientOrderId",
        client_id_max_len=36,
        leverage_style="binance",
        states="binance",
        options={"fetchCurrencies": False},
    ),
}
DEFAULT_PROFILE = ExchangeProfile()


def profile_for(exchange_id: str) -> ExchangeProfile:
    """The differences table row for an exchange (the generic ccxt one when unlisted)."""
    return PROFILES.get(exchange_id.lower(), DEFAULT_PROFILE)


def rewrite_urls(urls: Any, base_url: str) -> Any:
    """Every http(s) and ws(s) URL in a nested dict/list moved to the base URL's host, paths kept.

    Websocket URLs take ws:// when the base URL is http://, wss:// when it is https://.
    """
    if isinstance(urls, dict):
        return {k: rewrite_urls(v, base_url) for k, v in urls.items()}
    if isinstance(urls, list):
        return [rewrite_urls(v, base_url) for v in urls]
    if isinstance(urls, str) and urls.startswith(("http://", "https://", "ws://", "wss://")):
        parts = urlsplit(urls)
        rest = parts.path + (f"?{parts.query}" if parts.query else "")
        base = base_url.rstrip("/")
        if urls.startswith(("ws://", "wss://")):
            base = re.sub(r"^http", "ws", base)
        return base + rest
    return urls


def build_exchange(settings: Settings, *, with_keys: bool = True, module: Any = None) -> Any:
    """The ccxt async exchange described by the settings (rate limiter on, keys only if asked).

    `module` is where the exchange class comes from: ccxt.async_support, or ccxt.pro for the
    websocket client of the same exchange.
    """
    exchange_id = settings.EXCHANGE.lower()
    cls = getattr(module or ccxt, exchange_id, None)
    if cls is None or not isinstance(cls, type):
        raise ConfigError(
            f"EXCHANGE={settings.EXCHANGE!r} is not an exchange ccxt knows.",
            "Use a ccxt id such as mexc, binanceusdm, bybit, okx or bitget.",
        )
    profile = profile_for(exchange_id)
    config: dict[str, Any] = {
        "enableRateLimit": True,
        # A rolling window keeps to the exchange's per-minute weight but lets the stop and the
        # take-profits leave together; the default leaky bucket spaces every request 50-100 ms.
        "rateLimiterAlgorithm": "rollingWindow",
        "rollingWindowSize": 60000,
        # ccxt reads the exchange's clock when it loads the markets and signs every request
        # with the exchange's time from then on (a local clock a few seconds off is harmless).
        "options": {
            "defaultType": settings.MARKET_TYPE,
            "adjustForTimeDifference": True,
            **profile.options,
        },
    }
    if with_keys:
        key, secret = settings.api_credentials()
        if key is not None and secret is not None:
            config["apiKey"] = key.get_secret_value()
            config["secret"] = secret.get_secret_value()
        if settings.EXCHANGE_API_PASSWORD is not None:
            config["password"] = settings.EXCHANGE_API_PASSWORD.get_secret_value()
        # Errors that echo them back are masked at the broker boundary (engine/redact.py).
        REDACTOR.add(config.get("apiKey"), config.get("secret"), config.get("password"))
        guard_library_logs()
    exchange = cls(config)
    if settings.EXCHANGE_SANDBOX:
        try:
            exchange.set_sandbox_mode(True)
        except ccxt.NotSupported as exc:
            raise ConfigError(
                f"{exchange_id} has no testnet in ccxt.", "Set EXCHANGE_SANDBOX=false."
            ) from exc
    if settings.EXCHANGE_API_BASE_URL:
        exchange.urls["api"] = rewrite_urls(exchange.urls["api"], settings.EXCHANGE_API_BASE_URL)
        if settings.EXCHANGE_API_BASE_URL.startswith("http://"):
            # close() sleeps timeout_on_exit (250 ms) so that TLS transports finish closing
            # (ccxt PR 23470; aiohttp's graceful-shutdown note: zero is enough without TLS).
            # A plain-HTTP endpoint (a local proxy, the test servers) has nothing to wait for.
            exchange.timeout_on_exit = 0
    if with_keys:
        from engine.keys.live import bind_managed_credentials

        bind_managed_credentials(exchange, settings)  # the key manager's key wins over .env's
    return exchange


def has_credentials(exchange: Any) -> bool:
    """True when the exchange was given a key and a secret."""
    return bool(getattr(exchange, "apiKey", None)) and bool(getattr(exchange, "secret", None))


def exchange_client_id(client_id: str, max_len: int) -> str:
    """Our client order id in the characters and length every exchange accepts, deterministically."""
    clean = re.sub(r"[^A-Za-z0-9_-]", "_", client_id)
    if len(clean) <= max_len:
        return clean
    digest = hashlib.sha1(client_id.encode()).hexdigest()
    keep = max_len - 11
    return f"{clean[:keep]}_{digest[:10]}"


_MULT_RE = re.compile(r"^(1000000|100000|10000|1000|100|1M)([A-Z0-9]+)$")


def _step(exchange: Any, value: Any) -> Decimal | None:
    if value is None:
        return None
    if exchange.precisionMode == ccxt.TICK_SIZE:
        return Decimal(str(value))
    return Decimal(1).scaleb(-int(value))


def listed_max_leverage(m: dict[str, Any]) -> Any:
    """The maximum leverage a ccxt market's listing carries (limits, or the raw maxLeverage
    MEXC sends), or None when it has none (Binance USD-M: see its leverage tiers)."""
    found = ((m.get("limits") or {}).get("leverage") or {}).get("max")
    info = m.get("info")
    if found is None and isinstance(info, dict):
        found = info.get("maxLeverage")
    return found


def to_market(exchange: Any, m: dict[str, Any]) -> Market:
    """A ccxt market as the engine's Market: steps and minimums in base units."""
    contract_size = Decimal(str(m.get("contractSize") or 1))
    amount_step = _step(exchange, (m.get("precision") or {}).get("amount")) or Decimal("0.00000001")
    price_step = _step(exchange, (m.get("precision") or {}).get("price")) or Decimal("0.00000001")
    limits = m.get("limits") or {}
    min_amount = Decimal(str((limits.get("amount") or {}).get("min") or 0)) * contract_size
    min_cost = Decimal(str((limits.get("cost") or {}).get("min") or 0))
    max_lev = listed_max_leverage(m)
    info = m.get("info") or {}
    base = str(m["base"])
    found = _MULT_RE.match(base)
    multiplier = 1
    if found:
        multiplier = 1_000_000 if found.group(1) == "1M" else int(found.group(1))
    api_allowed = True
    if isinstance(info, dict) and "apiAllowed" in info:
        api_allowed = info["apiAllowed"] not in (False, "false", 0, "0")

    def fee(key: str) -> Decimal | None:
        v = m.get(key)
        return None if v is None else Decimal(str(v))

    return Market(
        symbol=str(m["symbol"]),
        base=base,
        quote=str(m["quote"]),
        amount_step=amount_step * contract_size,
        price_step=price_step,
        min_amount=min_amount,
        min_cost=min_cost,
        max_leverage=int(float(max_lev)) if max_lev else 125,
        contract_size=contract_size,
        multiplier=multiplier,
        taker_fee=fee("taker"),
        maker_fee=fee("maker"),
        api_allowed=api_allowed,
    )


def convert_markets(exchange: Any, market_type: str) -> dict[str, Market]:
    """The loaded ccxt markets of the configured type (linear USDT swaps, or spot), as Markets."""
    out: dict[str, Market] = {}
    for sym, m in (exchange.markets or {}).items():
        if market_type == "swap":
            if not (m.get("swap") and m.get("linear")):
                continue
        elif not m.get("spot"):
            continue
        if m.get("active") is False:
            continue
        out[sym] = to_market(exchange, m)
    return out


async def load_markets_once(
    exchange: Any,
    market_type: str,
    retry: Any,
    exchange_id: str,
    cache: MarketsCache | None = None,
    after: Any = None,
) -> dict[str, Market]:
    """The exchange's markets of one type as Markets (reads retried on network trouble, never
    sooner than a 429's Retry-After: `after`, the client's RetryAfter), from the cache when it
    holds a fresh copy."""
    from engine.adapters.ccxt_errors import map_ccxt_error
    from engine.adapters.ccxt_retry import gave_up, retry_read

    if cache is not None and cache.restore(exchange):
        return convert_markets(exchange, market_type)
    try:
        await retry_read(lambda: exchange.load_markets(), retry, "load_markets", after)
    except (ccxt.BaseError, RateLimited) as exc:
        then = "Try again later; the exchange's status page says when it is back."
        mapped = gave_up(exc, exchange_id, "load markets", retry.attempts, then)
        raise mapped or map_ccxt_error(exc, exchange_id=exchange_id, action="load markets") from exc
    if cache is not None:
        cache.save(exchange)
    return convert_markets(exchange, market_type)


class MarketsCache:
    """The exchange's market list on disk, reused while younger than max_age_s.

    MEXC's two market lists are megabytes and take seconds to download (tens on a slow line);
    they change a few times a week. A copy is kept per exchange and API URL.
    """

    def __init__(self, path: Path, max_age_s: float) -> None:
        self.path = path
        self.max_age_s = max_age_s

    @classmethod
    def for_settings(cls, settings: Settings) -> MarketsCache | None:
        """DATA_DIR/cache/markets-<exchange>[-<url hash>].json, or None when turned off."""
        if settings.MARKETS_CACHE_HOURS <= 0:
            return None
        name = f"markets-{settings.EXCHANGE.lower()}-{host_tag(settings)}.json"
        return cls(settings.DATA_DIR / "cache" / name, settings.MARKETS_CACHE_HOURS * 3600)

    def restore(self, exchange: Any) -> bool:
        """Give the exchange the cached markets; False when there is no fresh, readable copy."""
        try:
            if time.time() - self.path.stat().st_mtime > self.max_age_s:
                return False
            markets = json.loads(self.path.read_bytes())
            if not isinstance(markets, list) or not markets:
                return False
            exchange.set_markets(markets)
        except (OSError, ValueError, TypeError, KeyError):
            return False  # missing, old or damaged: the exchange is asked instead
        return True

    def save(self, exchange: Any) -> None:
        """Write the loaded markets (atomically); a failure only costs the next start time."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(list((exchange.markets or {}).values())))
            os.replace(tmp, self.path)
        except (OSError, TypeError, ValueError):
            pass
