"""Watchlist: per symbol, the band of prices that trigger nothing the engine itself watches
(TP1 of pending entries; the best or activation price of trailing stops; the waiting entries'
levels and stops, core/waiter.py), and the heap of limit-entry expiries (and the next waiting
entry's). A tick strictly inside its symbol's band (and the broker's) is quiet."""

from __future__ import annotations

import heapq
from collections.abc import Callable

from config.trading_config import RiskConfig
from engine.core.portfolio import Portfolio
from engine.core.trailer import Trailer
from engine.domain.market import Market
from engine.domain.trade import Trade, TradeStatus

INF = float("inf")
NO_BAND = (-INF, INF)
_PENDING = TradeStatus.PENDING  # (a module global: an enum class's attribute costs more)


class Watchlist:
    """Owns the watched band per symbol, the pending trades per symbol and the expiry heap."""

    def __init__(
        self,
        portfolio: Portfolio,
        trailer: Trailer,
        risk: RiskConfig,
        resolve: Callable[[str], Market | None],
        broker_bands: dict[str, tuple[float, float]] | None,
    ) -> None:
        self.portfolio = portfolio
        self.trailer = trailer
        self.risk = risk
        self.resolve = resolve
        # symbol -> watched band (read on every tick: a plain dict, not a method)
        self.bands: dict[str, tuple[float, float]] = {}
        # The next expiry (inf when none): kept current, since every bar of a backtest reads it.
        self.next_expiry = INF
        # A simulated broker's resting bands by market symbol (its own dict, changed in place).
        self._broker_bands = broker_bands
        self._expiries: list[tuple[float, str]] = []  # (expiry, trade id) of pending trades
        # Pending trades whose expiry is tried again later (their entries' cancel failed:
        # core/entry_ends.py): trade id -> when; an earlier heap entry of theirs is stale.
        self.later: dict[str, float] = {}
        # Trades with a fill whose other entries still rest: those expire too (`partly_filled`).
        self.partly: set[str] = set()
        self._pending: dict[str, dict[str, Trade]] = {}  # symbol -> trades pending when watched
        # The waiting entries' bands and next expiry (core/waiter.py: set through rewatch).
        self.waiting_bands: dict[str, tuple[float, float]] = {}
        self.waiting_expiry = INF

    def watch(self, t: Trade) -> None:
        """A trade was tracked or ended: its symbol's band and the expiries follow."""
        sym = t.symbol
        pending = self._pending.setdefault(sym, {})
        if t.status == _PENDING and t.is_active:
            ttl = self.risk.LIMIT_ORDER_TTL_HOURS * 3600
            heapq.heappush(self._expiries, (t.opened_at + ttl, t.trade_id))
            pending[t.trade_id] = t
        elif not t.is_active:
            self.later.pop(t.trade_id, None)
            self.partly.discard(t.trade_id)
        self.next_changed()
        if pending or self.trailer.by_symbol.get(sym):
            self.rebuild(sym)
        else:  # (nothing pending or trailing on the symbol: rebuild would find its waiting band)
            self.bands[sym] = self.waiting_bands.get(sym, NO_BAND)

    def partly_filled(self, t: Trade) -> None:
        """A trade with a fill whose other entries still rest: they expire at its time too
        (its heap entry stays until Protector.check_expiry has handed them to be cancelled)."""
        if t.trade_id not in self.partly:
            self.partly.add(t.trade_id)
            ttl = self.risk.LIMIT_ORDER_TTL_HOURS * 3600
            heapq.heappush(self._expiries, (t.opened_at + ttl, t.trade_id))
            self.next_changed()

    def defer(self, trade_id: str, at: float) -> None:
        """This pending trade's expiry is tried again at `at` (not at every tick before)."""
        self.later[trade_id] = at
        heapq.heappush(self._expiries, (at, trade_id))
        self.next_changed()

    def rewatch(self, symbol: str, waiting_expiry: float) -> None:
        """The waiting entries of a symbol (or their next expiry) changed."""
        self.waiting_expiry = waiting_expiry
        self.next_changed()
        self.rebuild(symbol)

    def rebuild(self, symbol: str) -> None:
        """Levels the engine itself watches: TP1 of trades whose entry has not filled yet.

        Only the symbol's pending trades are looked at (those filled or ended since are
        dropped here), so open positions on the symbol cost nothing."""
        lo, hi = self.waiting_bands.get(symbol, NO_BAND)
        pending = self._pending.get(symbol, {})
        for tid, t in list(pending.items()):
            if t.status != _PENDING:
                del pending[tid]
            elif t.take_profits and self.risk.CANCEL_ENTRIES_WHEN_TP1_REACHED:
                tp1 = float(t.take_profits[0])
                if t.is_long:
                    hi = min(hi, tp1)
                else:
                    lo = max(lo, tp1)
        trailing = self.trailer.by_symbol.get(symbol, {})
        for tid, t in list(trailing.items()):
            if not t.is_active or t.open_qty <= 0:
                del trailing[tid]
                continue
            level = self.trailer.level(t)
            if level is not None:
                if t.is_long:
                    hi = min(hi, level)
                else:
                    lo = max(lo, level)
        self.bands[symbol] = (lo, hi)

    def pending(self, symbol: str) -> list[Trade]:
        """The trades of a symbol pending when last watched (some may have filled since)."""
        return list(self._pending.get(symbol, {}).values())

    def band(self, symbol: str) -> tuple[float, float] | None:
        """The watched band of a symbol, or None when it was never set."""
        return self.bands.get(symbol)

    def levels(self, symbol: str) -> tuple[float, float]:
        """(lo, hi): a price strictly between them triggers nothing for this symbol right now."""
        market = self.resolve(symbol)
        return NO_BAND if market is None else self.market_levels(market.symbol)

    def market_levels(self, sym: str) -> tuple[float, float]:
        """levels() of a market symbol as the engine spells it (no look-up: a replay asks this
        after every tick of a bar that moves)."""
        lo, hi = self.bands.get(sym, NO_BAND)
        if self._broker_bands is not None:
            band = self._broker_bands.get(sym)
            if band is not None:
                blo, bhi = band
                if blo > lo:
                    lo = blo
                if bhi < hi:
                    hi = bhi
        return lo, hi

    def next_changed(self) -> None:
        """The heap or a pending trade changed: drop the tops no longer pending (each once)."""
        heap, trades, later = self._expiries, self.portfolio.trades, self.later
        while heap:
            at, tid = heap[0]
            t = trades.get(tid)
            if (
                t is not None
                and (t.status == _PENDING or tid in self.partly)
                and later.get(tid, at) <= at
            ):
                break
            heapq.heappop(heap)
        top = heap[0][0] if heap else INF
        self.next_expiry = top if top < self.waiting_expiry else self.waiting_expiry
