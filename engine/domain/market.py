"""A tradable market and its precision rules, in base-asset units; a signal's prices in its
units."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal

from engine.domain.signal import canonical_symbol, split_symbol

# Decimals of the floats seen lately (prices repeat: a signal's levels, the last tick). A
# Decimal is immutable, so sharing one is safe; bounded, and only positive finite floats (NaN
# never equals itself, and -0.0 == 0.0 would share a sign).
_FLOATS: dict[float, Decimal] = {}
_FLOATS_MAX = 4096


def D(value: object) -> Decimal:
    """Exact Decimal from a float/str/int via its shortest repr (0.1 -> Decimal('0.1'))."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        d = _FLOATS.get(value)
        if d is None:
            d = Decimal(repr(value))
            if 0 < value < math.inf:
                if len(_FLOATS) >= _FLOATS_MAX:
                    _FLOATS.clear()
                _FLOATS[value] = d
        return d
    return Decimal(str(value))


@dataclass(frozen=True)
class Market:
    """What the engine needs to know of a market. Quantities are in base units (BTC, not contracts)."""

    symbol: str  # the exchange's unified symbol, e.g. "BTC/USDT:USDT"
    base: str
    quote: str
    amount_step: Decimal = Decimal("0.001")
    price_step: Decimal = Decimal("0.01")
    min_amount: Decimal = Decimal("0")
    min_cost: Decimal = Decimal("0")
    max_leverage: int = 125
    contract_size: Decimal = Decimal("1")
    multiplier: int = 1  # 1000 for 1000PEPE-style contracts: signal prices are per 1 unit
    taker_fee: Decimal | None = None
    maker_fee: Decimal | None = None
    api_allowed: bool = True

    @property
    def key(self) -> str:
        """Canonical "BASE/QUOTE" key, independent of the exchange's spelling."""
        return f"{self.base}/{self.quote}"

    def round_amount(self, amount: Decimal) -> Decimal:
        """Round an amount down to the market's step (never buy more than was sized)."""
        step = self.amount_step
        return (amount / step).to_integral_value(rounding=ROUND_DOWN) * step

    def round_price(self, price: Decimal) -> Decimal:
        """Round a price to the market's tick."""
        step = self.price_step
        return (price / step).to_integral_value(rounding=ROUND_HALF_EVEN) * step


class MarketCatalog:
    """Resolves "BTCUSDT", "BTC/USDT", "BTC/USDT:USDT", "PEPEUSDT" (-> 1000PEPE) to a Market."""

    def __init__(self, markets: dict[str, Market] | None = None) -> None:
        self._by_key: dict[str, Market] = {}
        self._by_symbol: dict[str, Market] = {}
        for m in (markets or {}).values():
            self.add(m)

    def add(self, market: Market) -> None:
        """Register a market under its canonical key and its exchange symbol."""
        self._by_key.setdefault(market.key, market)
        self._by_symbol[market.symbol] = market
        if market.multiplier != 1 and market.base.startswith(str(market.multiplier)):
            plain = market.base[len(str(market.multiplier)) :]
            self._by_key.setdefault(f"{plain}/{market.quote}", market)

    def __len__(self) -> int:
        return len(self._by_symbol)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._by_symbol.values())

    def resolve(self, symbol: str) -> Market | None:
        """The market a signal's symbol names, or None when the exchange has no such market."""
        m = self._by_symbol.get(symbol)
        if m is not None:
            return m
        key = canonical_symbol(symbol)
        m = self._by_key.get(key)
        if m is not None:
            return m
        base, quote = split_symbol(symbol)
        for mult in ("1000", "10000", "1000000", "1M"):
            m = self._by_key.get(f"{mult}{base}/{quote}")
            if m is not None:
                return m
        return None


def _m(
    base: str, amount_step: str, price_step: str, min_amount: str = "0", max_lev: int = 125
) -> Market:
    return Market(
        symbol=f"{base}/USDT:USDT",
        base=base,
        quote="USDT",
        amount_step=Decimal(amount_step),
        price_step=Decimal(price_step),
        min_amount=Decimal(min_amount or amount_step),
        min_cost=Decimal("5"),
        max_leverage=max_lev,
    )


# Used when no exchange is reachable (simulated feed, demos, tests): typical USDT-perp steps.
BUILTIN_MARKETS: dict[str, Market] = {
    m.symbol: m
    for m in (
        _m("BTC", "0.001", "0.1"),
        _m("ETH", "0.01", "0.01"),
        _m("SOL", "0.1", "0.001", max_lev=100),
        _m("BNB", "0.01", "0.01", max_lev=100),
        _m("XRP", "1", "0.0001", max_lev=100),
        _m("LTC", "0.01", "0.01", max_lev=100),
        _m("EOS", "0.1", "0.001", max_lev=75),
        _m("ADA", "1", "0.0001", max_lev=75),
        _m("DOGE", "1", "0.00001", max_lev=75),
        _m("LINK", "0.1", "0.001", max_lev=75),
        _m("OP", "0.1", "0.0001", max_lev=50),
        _m("ARB", "0.1", "0.0001", max_lev=50),
        _m("AVAX", "0.1", "0.001", max_lev=75),
        _m("DOT", "0.1", "0.001", max_lev=75),
        _m("MATIC", "1", "0.0001", max_lev=75),
        _m("TON", "0.1", "0.0001", max_lev=50),
        _m("SUI", "0.1", "0.0001", max_lev=50),
        _m("TRX", "1", "0.00001", max_lev=75),
    )
}
_pepe = Market(
    symbol="1000PEPE/USDT:USDT",
    base="1000PEPE",
    quote="USDT",
    amount_step=Decimal("1"),
    price_step=Decimal("0.0000001"),
    min_amount=Decimal("1"),
    min_cost=Decimal("5"),
    max_leverage=50,
    multiplier=1000,
)
BUILTIN_MARKETS[_pepe.symbol] = _pepe


# A signal's prices in a market's units: on its tick, and times the contract's multiplier when
# a plain "PEPE" signal trades the 1000PEPE contract (the Opener prices every signal with them).


def market_prices(values: list[float], market: Market, k: int) -> list[Decimal]:
    """A signal's prices in the market's units (k: scale()) on its tick."""
    out = []
    for v in values:  # (a loop: a comprehension would close over market and k)
        out.append(market.round_price(D(v) * k if k != 1 else D(v)))  # (market_price, inline)
    return out


def market_price(v: float, market: Market, k: int) -> Decimal:
    """One signal price in the market's units, on its tick (x 1 changes no Decimal: skipped)."""
    return market.round_price(D(v) * k if k != 1 else D(v))


def scale(signal_symbol: str, market: Market) -> int:
    """1000 when a plain "PEPE" signal trades the 1000PEPE contract, else 1."""
    if market.multiplier == 1:
        return 1
    base, _ = split_symbol(signal_symbol)
    return market.multiplier if base != market.base else 1
