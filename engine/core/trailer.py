"""Trailing stops of one book: which trades trail, when they start, where their stop goes.

TRAILING_STOP_PCT / TRAILING_ACTIVATION apply unless the signal carried its own trailing
(`trade.extra["trail_spec"]`). The stop follows the best price since activation at that fraction
behind it and never moves back (domain/trailing.py). The state lives in `trade.extra["trail"]`
(`active`, `best`, `stop`, `native`), so the trade log, /positions and a restart all see it.

On a simulated broker the engine moves the stop itself, on ticks and candles. Where the broker
has a native trailing stop (Binance USD-M), the exchange moves it: at activation the protector
places the exchange's trailing stop (new first, then the fixed stop cancelled), and from then on
the engine only mirrors best price and stop for display. Elsewhere (MEXC, or a distance outside
the exchange's limits, or a trailing stop it refused) the engine moves the exchange stop itself,
step by step and rate-limited (services/stop_mover.py), each move a stop swap (new first).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from config.trading_config import RiskConfig
from engine.core.portfolio import Portfolio
from engine.domain.market import Market
from engine.domain.trade import Trade
from engine.domain.trailing import (
    Activation,
    Limits,
    activation_price,
    is_reached,
    parse_activation,
    rate_problem,
    trail,
)
from engine.errors import ConfigError

log = logging.getLogger("sigcopy.engine")
_activation = functools.lru_cache(maxsize=64)(parse_activation)  # asked per trade, per tick


@dataclass(frozen=True)
class TrailSpec:
    """How one trade trails: the distance (a fraction) and when it starts."""

    pct: Decimal
    activation: Activation


def spec_from(pct: Any, activation: Any) -> TrailSpec | None:
    """A spec from settings-like values (None when there is no distance, or it is 0: off)."""
    if pct is None or Decimal(str(pct)) == 0:
        return None
    return TrailSpec(Decimal(str(pct)), _activation(str(activation or "entry")))


class Trailer:
    """Trades that trail, by symbol; `follow` moves their stops on a price."""

    def __init__(
        self,
        portfolio: Portfolio,
        risk: RiskConfig,
        resolve: Callable[[str], Market | None],
        *,
        simulated: bool,
        native: Limits | None,
        allow: Callable[[Trade, Decimal | None], bool] | None = None,
        venue: str = "the exchange",
    ) -> None:
        self.portfolio = portfolio
        self.resolve = resolve
        self.native = None if simulated else native
        # An exchange stop moved by the engine: may it move now (stop_mover.py)? None: always.
        self.allow = None if simulated else allow
        self.works = simulated or native is not None or allow is not None
        self.activation = risk.TRAILING_ACTIVATION
        self.default = spec_from(risk.TRAILING_STOP_PCT, risk.TRAILING_ACTIVATION)
        if self.default is not None and native is not None and not simulated:
            # Refused at start rather than at the first activation, naming the exchange's limit.
            problem = rate_problem(self.default.pct, native, venue)
            if problem is not None:
                raise ConfigError(
                    f"TRAILING_STOP_PCT: {problem}.",
                    f"Set TRAILING_STOP_PCT between {native[0]} and {native[1]} "
                    "(a fraction: 0.02 = 2 %), or unset it.",
                )
        self.venue = venue
        self.by_symbol: dict[str, dict[str, Trade]] = {}
        self.to_native: set[str] = set()  # activated: the exchange's trailing stop to place

    def spec(self, t: Trade) -> TrailSpec | None:
        """The trade's own trailing (from its signal), else the book's setting."""
        own = t.extra.get("trail_spec")
        if isinstance(own, dict):  # without its own start, the book's TRAILING_ACTIVATION
            return spec_from(own.get("pct"), own.get("activation") or self.activation)
        return self.default

    def track(self, t: Trade) -> bool:
        """An open trade: trail it if its spec says so and this book can. True when tracked."""
        if not (t.is_active and t.open_qty > 0):
            return False
        sp = self.spec(t)
        if sp is None:
            return False
        why = self.cannot(sp)
        if why is not None:
            st = t.extra.setdefault("trail", {"active": False})
            if st.get("off") != why:
                st["off"] = why
                log.warning("%s: trailing stays off: %s", t.symbol, why)
            return False
        self.by_symbol.setdefault(t.symbol, {})[t.trade_id] = t
        st = t.extra.get("trail")
        if (
            isinstance(st, dict)
            and st.get("active")
            and self.native_for(sp, st)
            and not st.get("native")
        ):
            self.to_native.add(t.trade_id)  # activated before a restart, not yet placed
        return True

    def cannot(self, sp: TrailSpec) -> str | None:
        """Why this book cannot trail with this spec, or None when it can."""
        if not self.works:
            return f"{self.venue}: the engine cannot move this book's stop"
        if self.native is not None and self.allow is None:
            return rate_problem(sp.pct, self.native, self.venue)
        return None

    def native_for(self, sp: TrailSpec, st: dict[str, Any] | None = None) -> bool:
        """True when the exchange trails this trade itself: it has a trailing stop, the distance
        is within its limits, and it has not refused this trade's (else: moved step by step)."""
        if self.native is None or rate_problem(sp.pct, self.native, self.venue) is not None:
            return False
        return not (st and st.get("failed"))

    def level(self, t: Trade) -> float | None:
        """The price past which this trade's trailing has work: its best price once active,
        else its profit activation price (TP activations come with a fill)."""
        st = t.extra.get("trail")
        if st and st.get("active"):
            return float(st["best"])
        sp, entry = self.spec(t), t.avg_entry
        if sp is None or entry is None:
            return None
        at = activation_price(sp.activation, t.is_long, entry)
        return None if at is None else float(at)

    def follow(self, symbol: str, price: float) -> set[str]:
        """The symbol's trailing trades see a price (activated first where due). Returns the
        trades whose stop the engine must re-place (never on a native book: the exchange
        trails there, the engine only mirrors best and stop)."""
        trades = self.by_symbol.get(symbol)
        if not trades:
            return set()
        market = self.resolve(symbol)
        if market is None:
            return set()
        p = Decimal(str(price))
        moved: set[str] = set()
        for tid, t in list(trades.items()):
            sp, entry = self.spec(t), t.avg_entry
            if not t.is_active or t.open_qty <= 0 or sp is None:
                del trades[tid]
                continue
            if entry is None:
                continue
            st = t.extra.get("trail")
            if not (st and st.get("active")):
                if not is_reached(sp.activation, t.is_long, entry, t.tps_hit, p):
                    continue
                st = t.extra["trail"] = {"active": True, "best": str(p)}
                if self.native_for(sp):
                    st["native"] = False
                    self.to_native.add(tid)
            if self.native_for(sp, st):
                old = Decimal(st["stop"]) if st.get("stop") else None
                stop, best = trail(
                    t.is_long, old, Decimal(st["best"]), p, sp.pct, market.round_price
                )
                st["best"], st["stop"] = str(best), str(stop)
                if stop != old and st.get("native"):
                    moved.add(tid)  # its fixed stop may be superseded now (native_diff)
                continue
            sl, best = trail(t.is_long, t.sl, Decimal(st["best"]), p, sp.pct, market.round_price)
            st["best"] = str(best)
            if sl != t.sl and (self.allow is None or self.allow(t, sl)):
                t.sl = sl
                st["stop"] = str(sl)
                moved.add(tid)
        return moved

    def restart(self, t: Trade, price: Decimal) -> None:
        """The exchange's trailing stop was (re)placed at this price: it trails from here."""
        sp, market, st = self.spec(t), self.resolve(t.symbol), t.extra.get("trail")
        if sp is None or market is None or not isinstance(st, dict):
            return
        stop, best = trail(t.is_long, None, price, price, sp.pct, market.round_price)
        st["best"], st["stop"] = str(best), str(stop)

    def take_native(self) -> list[str]:
        """Trades whose exchange trailing stop is to be placed now (each handed out once)."""
        out, self.to_native = sorted(self.to_native), set()
        return out


def is_native(t: Trade) -> bool:
    """True once the exchange's own trailing stop protects this trade."""
    st = t.extra.get("trail")
    return bool(isinstance(st, dict) and st.get("native"))
