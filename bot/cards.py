"""Card and report texts, shared by the Telegram bot and the terminal console (plain text)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from engine.domain.signal import split_symbol

MODE_BANNERS = {
    "PAPER": "🧪 PAPER TRADING · no real money",
    "LIVE": "🔴 LIVE TRADING · REAL MONEY",
    "DRY RUN": "🟡 DRY RUN · orders are built, never sent",
    "BACKTEST": "⏪ BACKTEST",
}
SIMULATED = "⚠️ SIMULATED PRICES"


def fmt_num(value: float | None, *, max_decimals: int = 8) -> str:
    """A price or amount with thousands separators and no trailing zeros; "—" when unknown."""
    if value is None:
        return "—"
    try:
        x = float(value)
    except (TypeError, ValueError):
        return str(value)
    ax = abs(x)
    if ax >= 1000:
        decimals = 2
    elif ax >= 1:
        decimals = 4
    elif ax == 0:
        decimals = 0
    else:
        decimals = max_decimals
    text = f"{x:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def fmt_money(value: float | None, quote: str = "USDT") -> str:
    """An amount of money, two decimals, with its currency."""
    if value is None:
        return "—"
    return f"{float(value):,.2f} {quote}"


def fmt_signed(value: float | None, quote: str = "USDT") -> str:
    """Money with an explicit sign (PnL)."""
    if value is None:
        return "—"
    v = float(value)
    return f"{'+' if v >= 0 else '−'}{abs(v):,.2f} {quote}"


def fmt_pct(value: float | None, *, signed: bool = True) -> str:
    """A fraction as a percentage (0.0123 -> +1.23%)."""
    if value is None:
        return "—"
    v = float(value) * 100
    return f"{v:+.2f}%" if signed else f"{v:.2f}%"


def _pct_points(value: float | None) -> str:
    # Already a percentage (12.5 means 12.5%).
    return "—" if value is None else f"{float(value):.2f}%"


def _join(values: Iterable[float]) -> str:
    items = [fmt_num(v) for v in values]
    return " · ".join(items) if items else "—"


def mode_banner(mode_label: str, simulated_prices: bool = False) -> str:
    """The first line of every card: the trading mode, unmistakably."""
    banner = MODE_BANNERS.get(str(mode_label).upper(), f"⚙️ {str(mode_label).upper()}")
    return f"{banner}\n{SIMULATED}" if simulated_prices else banner


def stop_note(parsed: Any) -> str | None:
    """What the channel meant by its stop, when it is not a plain touch of the level."""
    if getattr(parsed, "stop_kind", None) != "candle_close":
        return None
    tf = getattr(parsed, "stop_timeframe", None)
    on = f" {tf}" if tf else " a"
    return (
        f"🕯 The channel meant a candle-close stop: exit if{on} candle closes beyond "
        f"{fmt_num(parsed.stop_loss)}. The stop order placed triggers on a touch of that level."
    )


def render_card(
    preview: Any, *, source: str | None = None, notes: Iterable[str | None] = ()
) -> str:
    """The signal card: what would be traded, how big, what is at risk, in which mode."""
    base, quote = split_symbol(str(preview.symbol))
    side = str(preview.side).upper()
    arrow = "🟢" if side in ("LONG", "BUY") else "🔴"
    lev = f"{preview.leverage}x"
    if getattr(preview, "leverage_clamped", False):
        lev += f" (asked {preview.requested_leverage}x, clamped)"
    entries = list(preview.entries or [])
    waiting = getattr(preview, "waiting", None)
    entry = f"{waiting}, then market" if waiting else _join(entries) if entries else "market"
    lines = [
        mode_banner(preview.mode_label, bool(getattr(preview, "simulated_prices", False))),
        f"{arrow} {side} {base}/{quote} · {lev}",
        f"Entry: {entry}",
        f"Take-profit: {_join(preview.take_profits or [])}",
        f"Stop: {fmt_num(preview.sl)}",
        *(f"📌 {n}" for n in getattr(preview, "notes", None) or []),
        f"Size: {fmt_num(preview.quantity)} {base} ≈ {fmt_money(preview.position_value, quote)}"
        f" · margin {fmt_money(preview.margin, quote)}",
    ]
    rr = preview.reward_risk
    rr_text = f"{float(rr):.2f}" if rr is not None else "—"
    lines.append(f"Loss at stop: {fmt_money(preview.loss_at_stop, quote)} · R:R {rr_text}")
    price = preview.current_price
    if price is not None:
        dist = preview.distance_pct
        # distance_pct is already in percent: (entry - price) / price * 100
        dist_text = ""
        if dist is not None:
            where = "above" if float(dist) > 0 else "below"
            dist_text = f" · entry {abs(float(dist)):.2f}% {where}"
        lines.append(f"Price now: {fmt_num(price)}{dist_text}")
    else:
        lines.append("Price now: unknown")
    if source:
        lines.append(f"From: {source}")
    lines.extend(n for n in notes if n)
    reasons = list(getattr(preview, "reasons", []) or [])
    if not getattr(preview, "approved", True):
        lines.append("⛔ Refused by the risk rules:")
        lines.extend(f"  • {r}" for r in reasons)
    elif reasons:
        lines.extend(f"ℹ️ {r}" for r in reasons)
    lines.extend(_book_lines(getattr(preview, "books", None) or []))
    return "\n".join(lines)


def _book_lines(books: list[dict[str, Any]]) -> list[str]:
    """With several books (COPY_TO): what each book would do."""
    if not books:
        return []
    out = ["Books:"]
    for b in books:
        if b.get("approved"):
            out.append(f"  ✅ {b['book']} · {fmt_num(b.get('quantity'))} at {b.get('leverage')}x")
            out.extend(f"     📌 {n}" for n in b.get("notes") or [])
        else:
            why = "; ".join(b.get("reasons") or []) or "refused"
            out.append(f"  ⛔ {b['book']}: {why}")
    return out


def mark_unread(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The message with each unread part marked ⚠️⟦like this⟧ (plain text: no markup needed)."""
    out: list[str] = []
    last = 0
    for start, end in sorted(spans):
        if start < last:
            continue
        out.append(text[last:start])
        out.append(f"⚠️⟦{text[start:end]}⟧")
        last = end
    out.append(text[last:])
    return "".join(out)


def render_review(parsed: Any, *, source: str | None = None, confirm: bool = True) -> str:
    """A signal that was not read with certainty: what was read, why it is not traded, and
    the message with the unread part highlighted. It has no approve button: a guessed field is
    never traded, even with a tap."""
    base, quote = split_symbol(str(parsed.symbol))
    side = str(parsed.side).upper()
    arrow = "🟢" if side == "LONG" else "🔴"
    lev = f" · {parsed.leverage}x" if parsed.leverage else ""
    entries = list(parsed.entries or [])
    lines = [
        "🔎 NEEDS REVIEW · not traded",
        f"{arrow} {side} {base}/{quote}{lev}",
        f"Entry: {_join(entries) if entries else '⚠️ not read'}",
        f"Take-profit: {_join(parsed.take_profits or [])}",
        f"Stop: {fmt_num(parsed.stop_loss) if parsed.stop_loss is not None else '⚠️ not read'}",
    ]
    note = stop_note(parsed)
    if note:
        lines.append(note)
    if source:
        lines.append(f"From: {source}")
    lines.append("Why:")
    lines.extend(f"  • {r}" for r in parsed.problems())
    if confirm:
        text = str(getattr(parsed, "raw_text", "") or "")
        lines += ["", "The message, unread part marked:", mark_unread(text, parsed.unread)]
    lines += ["", "Send a corrected copy of the signal to trade it."]
    return "\n".join(lines)


def render_waiting(expires_at: float, now: float | None = None) -> str:
    """The card's footer while it waits for a tap."""
    now = time.time() if now is None else now
    minutes = max(0.0, (expires_at - now) / 60)
    hhmm = time.strftime("%H:%M", time.gmtime(expires_at))
    return f"⏳ Waiting for approval · expires {hhmm} UTC (in {minutes:.0f} min)"


def render_result(result: Any) -> str:
    """What execution did: the orders and fills, or the refusal and why (per book)."""
    books = getattr(result, "books", None) or {}
    if books:
        return "\n".join(f"[{name}] {_render_one(r)}" for name, r in books.items())
    return _render_one(result)


def _render_one(result: Any) -> str:
    if not getattr(result, "ok", False):
        reasons = list(getattr(result, "reasons", []) or []) or ["no reason given"]
        return "⛔ Not executed:\n" + "\n".join(f"  • {r}" for r in reasons)
    waiting = getattr(result, "waiting", None)
    if waiting:
        return (
            f"⏳ Accepted · trade {result.trade_id} · {waiting}\n"
            "Nothing is sent until the price gets there; then it enters at market."
        )
    lines = [f"✅ Executed · trade {result.trade_id}"]
    orders = list(getattr(result, "orders", []) or [])
    for o in orders:
        price = o.get("avg_price") or o.get("price")
        at = f" @ {fmt_num(price)}" if price is not None else ""
        ident = f" · id {o['exchange_id']}" if o.get("exchange_id") else ""
        lines.append(
            f"  {o.get('role', '?')} {o.get('side', '?')} {o.get('type', '?')} "
            f"{fmt_num(o.get('amount'))}{at} · {o.get('status', '?')}{ident}"
        )
    filled = float(getattr(result, "filled_qty", 0) or 0)
    if filled > 0:
        lines.append(f"Filled {fmt_num(filled)} at {fmt_num(result.avg_entry)}")
    elif any(o.get("role") == "entry" and o.get("status") == "pending" for o in orders):
        # Its answer was lost (engine/core/lost_answers.py): not "resting", not refused.
        lines.append("Entry unknown: its answer was lost; it is looked up, never sent twice")
    else:
        lines.append("Entry orders resting, nothing filled yet")
    lines += [f"⚠️ {r}" for r in getattr(result, "reasons", None) or ()]
    return "\n".join(lines)


def render_stats(stats: dict[str, Any]) -> str:
    """/stats: the engine's figures."""
    halted = stats.get("halted")
    halt = f"⛔ HALTED ({stats.get('halt_reason') or 'no reason'})" if halted else "▶️ running"
    win = stats.get("win_rate")
    win_text = fmt_pct(win, signed=False) if win is not None else "—"
    sim = bool(stats.get("simulated_prices"))
    return "\n".join(
        [
            f"📊 Stats · {str(stats.get('mode', '?')).upper()}{_book(stats)} · {halt}",
            f"Equity: {fmt_money(stats.get('equity'))}",
            f"PnL today: {fmt_signed(stats.get('daily_pnl'))}",
            f"PnL total: {fmt_signed(stats.get('realized_pnl'))} realized, "
            f"{fmt_signed(stats.get('unrealized_pnl'))} open",
            f"Win rate: {win_text} · max drawdown {_pct_points(stats.get('max_drawdown_pct'))}",
            f"Open positions: {stats.get('open_positions', 0)}"
            + (f" · {n} waiting for their level" if (n := stats.get("waiting_entries")) else ""),
            f"Fees paid: {fmt_money(stats.get('total_fees_paid'))}",
            f"Signals: {stats.get('signals_processed', 0)} processed · "
            f"{stats.get('trades_executed', 0)} traded · {stats.get('signals_refused', 0)} refused"
            f" · {stats.get('trades_failed', 0)} failed",
            *(
                f"Book {name}: equity {fmt_money(b.get('equity'))} · "
                f"{b.get('open_positions', 0)} open · {b.get('trades_executed', 0)} traded"
                for name, b in (stats.get("books") or {}).items()
            ),
            *([f"{SIMULATED}: no exchange prices, the feed is a random walk"] if sim else []),
        ]
    )


def _book(stats: dict[str, Any]) -> str:
    """' · book NAME' when the figures say which book they are about."""
    return f" · book {stats['book']}" if stats.get("book") else ""


def render_help(settings: Any, mode_label: str, *, console: bool = False) -> str:
    """/start and /help: the mode, the exchange, the limits and how to use the bot."""
    risk = settings.risk
    confirm = settings.live.REQUIRE_CONFIRMATION
    how = (
        "Paste a signal and end it with an empty line; answer y/n to the card."
        if console
        else "Forward a signal from a channel to me (or add me as an admin of the channel);"
        " I answer with a card to approve or reject."
    )
    commands = [
        "/stats – equity, PnL, win rate, open positions",
        "/positions – open positions with unrealized PnL",
        "/close SYMBOL [BOOK] – close one position (/close SYMBOL 25% closes a quarter)",
        "/cancel SYMBOL [BOOK] – cancel its entries not yet filled (an open position stays)",
        "/pending – signals waiting for approval",
        "/halt – stop new trades at once (/halt close also closes every position)",
        "/resume – allow new trades again",
    ]
    if console:
        commands.append("/quit – leave")
    else:
        commands.append("/channels – channels: pause, resume, ask or copy automatically")
    return "\n".join(
        [
            "🤖 sigcopy – copies trading signals",
            mode_banner(mode_label),
            f"Exchange: {settings.EXCHANGE} ({settings.MARKET_TYPE})",
            f"Confirmation: {'on, every trade needs a tap' if confirm else 'off, trades at once'}",
            f"Limits: {risk.MAX_POSITION_SIZE_PCT * 100:g}% of equity a position, "
            f"{risk.MAX_CONCURRENT_TRADES} positions at most, leverage ≤ {risk.MAX_LEVERAGE}x, "
            f"daily loss limit {risk.DAILY_LOSS_LIMIT_PCT * 100:g}%",
            "",
            how,
            "Reply “close”, “move SL to entry”… to a signal to manage its trade.",
            "",
            *commands,
        ]
    )
