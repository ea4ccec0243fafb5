"""The replay's time line: every symbol's bars in one time order, and each message at its bar."""

from __future__ import annotations

import numpy as np

from engine.backtest.actions import Action
from engine.backtest.candles import Candles
from engine.domain.market import Market, MarketCatalog
from engine.domain.signal import split_symbol

__all__ = ["ActionPlacer", "Timeline"]


class Timeline:
    """Every symbol's bars in one time order (ties by symbol), and where each symbol's are."""

    def __init__(self, candles: list[Candles]) -> None:
        cs = self.candles = candles
        ts = np.concatenate([c.ts for c in cs]) if cs else np.zeros(0)
        sym = (
            np.concatenate([np.full(len(c), i, dtype=np.int64) for i, c in enumerate(cs)])
            if cs
            else np.zeros(0, dtype=np.int64)
        )
        loc = np.concatenate([np.arange(len(c)) for c in cs]) if cs else np.zeros(0, np.int64)
        self._order = order = np.lexsort((sym, ts))
        # Each bar's time, symbol index and index among its symbol's bars, in the time order.
        self.ts, self.sym, self.loc = ts[order], sym[order], loc[order]
        self.n = int(self.ts.shape[0])
        self.pos_of = [np.flatnonzero(self.sym == i) for i in range(len(cs))]  # each one's bars
        # Per symbol, rows of (open, high, low, close): a bar's four as Python floats in one
        # call (numpy scalars would reach the engine's Decimal conversion as "np.float64(..)").
        self.ohlc = [np.column_stack((c.open, c.high, c.low, c.close)) for c in cs]
        self.hl = [(c.high, c.low) for c in cs]

    def in_order(self, columns: list[np.ndarray]) -> list[float]:
        """One column of every symbol's bars, in the time line's order."""
        if not columns:
            return []
        if len(columns) == 1:  # one symbol: its bars are the time line, in order
            return columns[0].tolist()  # type: ignore[no-any-return]
        return np.concatenate(columns)[self._order].tolist()  # type: ignore[no-any-return]


class ActionPlacer:
    """Names each message's symbol by the data's markets and places each action at its bar."""

    def __init__(
        self, markets: dict[str, Market], sym_of: dict[str, int], timeline: Timeline
    ) -> None:
        self._sym_of = sym_of  # market symbol -> its index in the time line
        self._tl = timeline
        self._catalog = MarketCatalog({m.symbol: m for m in markets.values()})
        self._by_base = {m.base: m.symbol for m in markets.values()}
        self._resolved: dict[str, str | None] = {}  # a message's symbol -> its market symbol
        self._symbol_of_trade: dict[str, str] = {}

    def market_symbol(self, symbol: str | None) -> str | None:
        """The data's market a message's symbol names, or None."""
        if not symbol:
            return None
        if symbol in self._resolved:  # (a channel names the same few symbols again and again)
            return self._resolved[symbol]
        m = self._catalog.resolve(symbol)
        # "BTCUSD" data, "BTC/USDT" signals: by the base when no market is named exactly.
        msym = m.symbol if m is not None else self._by_base.get(split_symbol(symbol)[0])
        self._resolved[symbol] = msym
        return msym

    def _action_symbol(self, a: Action) -> int | None:
        """The index of the symbol whose bars an action waits for (None: any symbol's)."""
        msym: str | None = None
        if a.signal is not None:
            msym = self.market_symbol(a.signal.symbol)
            if msym is not None:
                a.signal.symbol = msym
                self._symbol_of_trade[str(a.signal.signal_id)] = msym
        elif a.update is not None:
            msym = self._symbol_of_trade.get(a.target or "") or self.market_symbol(a.update.symbol)
        return self._sym_of.get(msym or "")

    def place(self, actions: list[Action]) -> None:
        """Each action's position (a.pos): the first bar of its symbol (of any symbol when it
        names none) at or after its message's time; n when there is none. One searchsorted
        per symbol for all its actions (in message order: an update finds its signal's symbol).
        Then the actions are sorted by it (message order within a bar)."""
        tl = self._tl
        groups: dict[int | None, list[Action]] = {}
        for a in actions:
            groups.setdefault(self._action_symbol(a), []).append(a)
        for s, acts in groups.items():
            when = np.fromiter((a.outcome.msg.time for a in acts), np.float64, len(acts))
            if s is None:
                pos = np.searchsorted(tl.ts, when, "left")
            else:
                at = tl.pos_of[s]  # the symbol's bars' global positions (never empty)
                j = np.searchsorted(tl.candles[s].ts, when, "left")
                pos = np.where(j < len(at), at[np.minimum(j, len(at) - 1)], tl.n)
            for a, p in zip(acts, pos.tolist(), strict=True):
                a.pos = p
        actions.sort(key=lambda a: (a.pos, a.seq))
