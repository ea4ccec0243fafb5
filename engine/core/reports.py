"""Reports: what a book shows its user - stats, positions, previews. Read-only."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from engine.core import trailing_view
from engine.core.book import Book
from engine.core.opener import Decision
from engine.domain.market import BUILTIN_MARKETS, D, Market, MarketCatalog
from engine.domain.orders import OrderRole, resting_average
from engine.domain.risk import size_position
from engine.domain.signal import Signal
from engine.domain.trade import Trade, TradeStatus
from engine.results import TradePreview


def positions(book: Book) -> list[dict[str, Any]]:
    """Open positions with their unrealized PnL, each saying its book."""
    out = []
    last_of = book.portfolio.last
    for t in book.portfolio.active_trades():
        if t.status != TradeStatus.OPEN:
            continue
        last = last_of.get(t.symbol)
        out.append(
            {
                "trade_id": t.trade_id,
                "book": book.name,
                "symbol": t.symbol,
                "side": t.side,
                "quantity": float(t.open_qty),
                "entry_price": float(t.avg_entry or 0),
                "current_price": last,
                "unrealized_pnl": float(t.unrealized(last)),
                "leverage": t.leverage,
                "sl": float(t.sl) if t.sl is not None else None,
                "take_profits": [float(x) for x in t.take_profits],
                "source": t.source,
                "trailing": trailing_view.view(book.protector.trailer, t),
                # Its limit entries still resting unfilled (a channel's cancel ends them).
                "resting_entries": [
                    float(o.price)
                    for o in book.orders.live(t.trade_id, OrderRole.ENTRY)
                    if o.price is not None
                ],
            }
        )
    return out


def pending(book: Book) -> list[Trade]:
    """Trades whose entry orders rest unfilled."""
    return [t for t in book.portfolio.active_trades() if t.status == TradeStatus.PENDING]


@dataclass(frozen=True, slots=True)
class RestingTrade:
    """A trade whose limit entries rest on the book's exchange with nothing filled yet."""

    trade_id: str
    book: str
    symbol: str
    side: str
    entries: list[tuple[float, float]]  # (limit price, quantity) of each entry still resting
    sl: float | None
    take_profits: list[float]
    since: float  # epoch seconds: when it was opened
    expires_at: float  # when LIMIT_ORDER_TTL_HOURS cancels what is still unfilled
    source: str | None
    leverage: int = 1
    price_now: float | None = None  # the last price seen for the symbol (None: none yet)
    # The average of `entries` weighted by their quantities: the entry a stop move on this
    # trade is checked against (engine/domain/stop_move.py; None: no priced entry rests).
    entry_average: float | None = None


def resting(book: Book, ttl_hours: float) -> list[RestingTrade]:
    """The book's trades with nothing filled yet, each with its resting entries (oldest first)."""
    out = []
    for t in sorted(pending(book), key=lambda t: t.opened_at):
        orders = book.orders.live(t.trade_id, OrderRole.ENTRY)
        out.append(
            RestingTrade(
                trade_id=t.trade_id,
                book=book.name,
                symbol=t.symbol,
                side=t.side,
                entries=[(float(o.price), float(o.amount - o.filled)) for o in orders if o.price],
                sl=float(t.sl) if t.sl is not None else None,
                take_profits=[float(x) for x in t.take_profits],
                since=t.opened_at,
                expires_at=t.opened_at + float(ttl_hours) * 3600,
                source=t.source,
                leverage=t.leverage,
                price_now=book.portfolio.last.get(t.symbol),
                entry_average=_float(resting_average(orders)),
            )
        )
    return out


def _float(x: Decimal | None) -> float | None:
    return None if x is None else float(x)


def position_size(
    book: Book, pct: float, market: Market | None, entry_price: float, leverage: int
) -> dict[str, float]:
    """quantity, position_value and margin_required for a price and leverage (BTC/USDT's
    steps when the market is unknown)."""
    market = market or MarketCatalog(BUILTIN_MARKETS).resolve("BTC/USDT")
    assert market is not None
    qty, value, margin = size_position(
        book.portfolio.equity(), pct, D(entry_price), leverage, market
    )
    return {
        "quantity": float(qty),
        "position_value": float(value),
        "margin_required": float(margin),
    }


def stats(book: Book, mode_label: str, halt_reason: str | None, halted: bool) -> dict[str, Any]:
    """The book's figures (see docs/dev/architecture.md, "Engine API")."""
    pf = book.portfolio
    lg = pf.ledger
    closed = lg.wins + lg.losses
    unrealized = pf.unrealized()
    equity = pf.equity()
    dd = lg.max_drawdown_pct
    if lg.peak_equity > 0 and equity < lg.peak_equity:
        dd = max(dd, float((lg.peak_equity - equity) / lg.peak_equity * 100))
    n_open, n_pending = pf.counts()
    return {
        "mode": mode_label,
        "book": book.name,
        "signals_processed": lg.signals_processed,
        "signals_refused": lg.signals_refused,
        "trades_executed": lg.trades_executed,
        "trades_failed": lg.trades_failed,
        "total_fees_paid": float(lg.total_fees),
        "equity": float(equity),
        "free_margin": float(pf.free_margin()),
        "open_positions": n_open,
        "pending_entries": n_pending,
        "waiting_entries": len(book.waiter.entries),
        "realized_pnl": float(lg.realized),
        "unrealized_pnl": float(unrealized),
        "win_rate": (lg.wins / closed) if closed else 0.0,
        "wins": lg.wins,
        "losses": lg.losses,
        "max_drawdown_pct": dd,
        "daily_pnl": float(lg.day_realized + unrealized),
        "halted": halted,
        "halt_reason": halt_reason if halted else None,
    }


def preview(d: Decision, signal: Signal, mode_label: str, simulated_prices: bool) -> TradePreview:
    """What executing the signal now would do, from the gate's decision."""
    decision, market = d.decision, d.market
    ref, sl, qty, price = decision.reference_price, d.sl, decision.quantity, d.price
    loss = rr = dist = None
    if ref is not None and sl is not None and qty:
        loss = float(abs(ref - sl) * qty)
        if d.tps and ref != sl:
            rr = float(abs(d.tps[-1] - ref) / abs(ref - sl))
    if price and d.entries:
        dist = float((d.entries[0] - price) / price * 100)
    return TradePreview(
        symbol=market.symbol if market else signal.symbol,
        side=signal.side,
        entries=[float(x) for x in d.entries],
        take_profits=[float(x) for x in d.tps],
        sl=float(sl) if sl is not None else None,
        leverage=decision.leverage,
        requested_leverage=decision.requested_leverage,
        leverage_clamped=decision.leverage_clamped,
        quantity=float(qty),
        position_value=float(decision.position_value),
        margin=float(decision.margin),
        loss_at_stop=loss,
        reward_risk=rr,
        current_price=float(price) if price is not None else None,
        distance_pct=dist,
        mode_label=mode_label,
        simulated_prices=simulated_prices,
        approved=decision.approved,
        reasons=list(decision.reasons),
        notes=list(d.notes),
        waiting=d.wait.label() if d.wait is not None else None,
    )
