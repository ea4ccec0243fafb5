"""Portfolio: the book's balance, positions and aggregates, kept up to date event by event.

Unrealized P&L is linear in price: per symbol the book keeps its signed open quantity and
signed cost, so a tick marks one symbol and a read refreshes only the symbols and trades that
changed since the last one. Used margin moves with each fill, placement and cancel in the same
way. No read walks every open position; `recompute()` does, for restore checks and tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from operator import setitem

from engine.clock import utc_day
from engine.domain.market import D
from engine.domain.risk import RiskContext
from engine.domain.trade import Trade, TradeStatus
from engine.ledger import Ledger
from engine.ports import Clock

ZERO = Decimal(0)


@dataclass(frozen=True)
class Aggregates:
    """The figures every decision reads."""

    unrealized: Decimal
    used_margin: Decimal
    open_trades: int


class Portfolio:
    """Owns the ledger, the trades, the last prices and the balance the exchange reports."""

    def __init__(
        self,
        capital: Decimal,
        clock: Clock,
        reserved: Callable[[Trade], Decimal] | None = None,
    ) -> None:
        self.clock = clock
        self.ledger = Ledger(cash=capital, peak_equity=capital)
        self.trades: dict[str, Trade] = {}  # every trade this process knows (ended ones too)
        self._last: dict[str, float] = {}  # last price per market symbol (see `last`)
        # Prices ticked since the last read, folded into _last by the next read. A tick is one
        # dict write, made by a C-level callable: mark (a backtest's every bar is one).
        self._ticks: dict[str, float] = {}
        self.mark: Callable[[str, float], None] = partial(setitem, self._ticks)
        # Margin held by a trade's resting entry orders (the order manager knows them).
        self.reserved: Callable[[Trade], Decimal] = reserved or (lambda _t: ZERO)
        self._active: dict[str, dict[str, Trade]] = {}  # symbol -> trade id -> active trade
        self._n_active = 0
        self._per_channel: dict[int, int] = {}  # channel chat id -> its active trades
        self._balance: tuple[Decimal, Decimal] | None = None  # (equity, free) from the exchange
        self._day_no = -1
        self.had_ledger = False  # a saved ledger was restored (not this book's first start)
        self.on_day_rolled: Callable[[], None] = lambda: None  # the day's baseline to save
        # Incremental aggregates. Per trade: (symbol, signed qty, signed cost, margin).
        self._part: dict[str, tuple[str, Decimal, Decimal, Decimal]] = {}
        self._net: dict[str, tuple[Decimal, Decimal]] = {}  # symbol -> (signed qty, signed cost)
        self._sym_u: dict[str, Decimal] = {}  # symbol -> unrealized at its last price
        self._unrealized = ZERO
        self._used = ZERO
        self._stale_trades: set[str] = set()
        self._stale_syms: set[str] = set()

    # --- positions ---------------------------------------------------------------------------

    def track(self, t: Trade) -> None:
        """A trade becomes active (pending or open)."""
        self.trades[t.trade_id] = t
        by_id = self._active.setdefault(t.symbol, {})
        if t.trade_id not in by_id:
            by_id[t.trade_id] = t
            self._n_active += 1
            ch = t.extra.get("channel")
            if ch is not None:
                self._per_channel[ch] = self._per_channel.get(ch, 0) + 1
        self._stale_trades.add(t.trade_id)

    def untrack(self, t: Trade) -> None:
        """A trade ended: it no longer holds margin or P&L."""
        by_id = self._active.get(t.symbol)
        if by_id and by_id.pop(t.trade_id, None) is not None:
            self._n_active -= 1
            ch = t.extra.get("channel")
            if ch is not None:
                self._per_channel[ch] -= 1
        self._stale_trades.add(t.trade_id)

    def changed(self, trade_id: str) -> None:
        """A trade's fills or resting entries changed: its share is refreshed on the next read."""
        self._stale_trades.add(trade_id)

    def active(self, symbol: str) -> list[Trade]:
        """Active trades on one market symbol, oldest first."""
        by_id = self._active.get(symbol)
        return list(by_id.values()) if by_id else []

    def has_active(self, symbol: str) -> bool:
        """True when a trade on this market symbol is active."""
        return bool(self._active.get(symbol))

    def is_tracked(self, t: Trade) -> bool:
        """True while the trade is in the active book."""
        return t.trade_id in self._active.get(t.symbol, ())

    def active_trades(self) -> Iterator[Trade]:
        """Every active trade (a walk: not for the signal path)."""
        for by_id in list(self._active.values()):
            yield from list(by_id.values())

    def symbols(self) -> list[str]:
        """Symbols with at least one active trade."""
        return [s for s, ts in self._active.items() if ts]

    @property
    def open_trades(self) -> int:
        """How many trades are active."""
        return self._n_active

    def open_from(self, channel: int) -> int:
        """Active trades that came from this channel (kept as trades start and end)."""
        return self._per_channel.get(channel, 0)

    def same_side_open(self, symbol: str, side: str) -> bool:
        """True when an active trade on this symbol has this side."""
        for t in self._active.get(symbol, {}).values():
            if t.side == side:
                return True
        return False

    # --- prices and balance ------------------------------------------------------------------

    # mark(symbol, price): a price tick, O(1): the symbol's P&L is refreshed when next read
    # (an instance attribute, set in __init__).
    mark: Callable[[str, float], None]

    @property
    def last(self) -> dict[str, float]:
        """Last price per market symbol (read-only use)."""
        if self._ticks:
            self._fold_ticks()
        return self._last

    def _fold_ticks(self) -> None:
        ticks = self._ticks
        self._last.update(ticks)
        self._stale_syms.update(ticks)
        ticks.clear()  # (the same dict: mark stays bound to it)

    def set_balance(self, equity: Decimal, free: Decimal) -> None:
        """The exchange's view of the account (live): it overrides the ledger's figures."""
        self._balance = (equity, free)

    @property
    def balance(self) -> tuple[Decimal, Decimal] | None:
        """(equity, free) as the exchange last reported it, or None (the ledger's own)."""
        return self._balance

    # --- aggregates --------------------------------------------------------------------------

    def _refresh(self) -> None:
        if self._ticks:
            self._fold_ticks()
        if self._stale_trades:
            ids, self._stale_trades = self._stale_trades, set()
            for tid in ids:
                self._refresh_trade(tid)
        if self._stale_syms:
            syms, self._stale_syms = self._stale_syms, set()
            for sym in syms:
                net = self._net.get(sym)
                last = self._last.get(sym)
                u = (
                    ZERO if net is None or last is None else D(last) * net[0] - net[1]
                )  # (D: remembers recent floats)
                self._unrealized += u - self._sym_u.get(sym, ZERO)
                self._sym_u[sym] = u

    def _refresh_trade(self, tid: str) -> None:
        old = self._part.pop(tid, None)
        if old is not None:
            sym, q, c, m = old
            nq, nc = self._net[sym]
            self._net[sym] = (nq - q, nc - c)
            self._used -= m
            self._stale_syms.add(sym)
        t = self.trades.get(tid)
        if t is None or tid not in self._active.get(t.symbol, ()):
            return
        qty = t.open_qty
        avg = t.avg_entry
        cost = avg * qty if avg is not None and qty else ZERO
        if not t.is_long:
            qty, cost = -qty, -cost
        margin = t.margin + self.reserved(t)
        self._part[tid] = (t.symbol, qty, cost, margin)
        nq, nc = self._net.get(t.symbol, (ZERO, ZERO))
        self._net[t.symbol] = (nq + qty, nc + cost)
        self._used += margin
        self._stale_syms.add(t.symbol)

    def aggregates(self) -> Aggregates:
        """Unrealized P&L, used margin and active trades, refreshed for what changed."""
        self._refresh()
        return Aggregates(self._unrealized, self._used, self._n_active)

    def unrealized(self) -> Decimal:
        """Unrealized P&L of every open position at its last price."""
        self._refresh()
        return self._unrealized

    def equity(self) -> Decimal:
        """Exchange equity in live mode, else cash plus unrealized P&L."""
        if self._balance is not None:
            return self._balance[0]
        return self.ledger.cash + self.unrealized()

    def free_margin(self) -> Decimal:
        """Equity not held as margin by positions or resting entries."""
        if self._balance is not None:
            return self._balance[1]
        self._refresh()
        return self.equity() - self._used

    def day_check(self) -> None:
        """Start a new UTC day in the ledger when the clock crossed midnight."""
        t = self.clock.time()
        day_no = int(t // 86400)
        if day_no == self._day_no:
            return
        day = utc_day(t)
        if day != self.ledger.day and self.ledger.roll_day(day, self.equity()):
            self.on_day_rolled()  # the day's baseline survives a restart the same day
        self._day_no = day_no

    def daily_pnl(self) -> Decimal:
        """Realized P&L since 00:00 UTC plus unrealized P&L."""
        self.day_check()
        return self.ledger.day_realized + self.unrealized()

    def restored(self, ledger: Ledger | None) -> None:
        """After a restore: the saved ledger (if any) and every aggregate rebuilt once."""
        if ledger is not None:
            self.ledger = ledger
            self.had_ledger = True
        self._day_no = -1
        self._stale_trades.update(t.trade_id for t in self.active_trades())
        self._stale_syms.update(self.last)

    def context(
        self,
        symbol: str,
        side: str,
        allow_duplicates: bool,
        price: Decimal | None,
        halted: bool,
        halt_reason: str | None,
        channel: int | None = None,
    ) -> RiskContext:
        """What the risk gate needs of the account, from the kept aggregates (no walk)."""
        self.day_check()  # (may read equity: before the figures below)
        self._refresh()
        if self._balance is not None:
            equity, free = self._balance
        else:
            equity = self.ledger.cash + self._unrealized
            free = equity - self._used
        return RiskContext(
            equity=equity,
            free_margin=free,
            open_trades=self._n_active,
            same_side_open=not allow_duplicates and self.same_side_open(symbol, side),
            daily_pnl=self.ledger.day_realized + self._unrealized,
            day_start_equity=self.ledger.day_start_equity,
            halted=halted,
            halt_reason=halt_reason,
            current_price=price,
            channel_open=self.open_from(channel) if channel is not None else 0,
        )

    def recompute(self) -> Aggregates:
        """The aggregates by walking every active trade (slow; checks and tests)."""
        u = used = ZERO
        n = 0
        for t in self.active_trades():
            n += 1
            if t.open_qty:
                u += t.unrealized(self.last.get(t.symbol))
            used += t.margin + self.reserved(t)
        return Aggregates(u, used, n)

    def counts(self) -> tuple[int, int]:
        """(open positions, pending entries) - a walk, for stats."""
        n_open = n_pending = 0
        for by_id in self._active.values():
            for t in by_id.values():
                if t.status == TradeStatus.OPEN:
                    n_open += 1
                elif t.status == TradeStatus.PENDING:
                    n_pending += 1
        return n_open, n_pending
