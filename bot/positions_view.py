"""/positions (Telegram and the console): the open positions, then what the book holds that has
not filled yet - trades whose limit entries rest with nothing filled, and breakout entries
waiting for their level - each with when it expires and how to cancel it.

Text only; the desk (bot/desk.py) reads the engine's reports and calls render()."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from bot.cards import fmt_num, fmt_signed
from engine.domain.signal import split_symbol

RESTING_HEAD = "🕒 Entries resting, nothing filled yet"
WAITING_HEAD = "⏳ Waiting entries (breakouts: nothing is sent before the level)"
# /cancel ends only what has not filled (bot/desk_closes.py): an open position of it stays.
CANCEL_HINT = "to cancel: /cancel {coin} (only entries of {coin} not yet filled end)"
TTL_LIMIT, TTL_WAITING = "LIMIT_ORDER_TTL_HOURS", "WAITING_ENTRY_TTL_HOURS"


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(ts))


def _line(head: str, sl: Any, targets: Any, more: str, until: tuple[float, str], book: Any,
          now: float) -> list[str]:  # fmt: skip
    """One entry not filled yet: `head` (side, BASE/QUOTE, what rests or waits), its stop and
    targets, `more` (since when, or the price now), when which TTL setting ends it (`until`),
    its book, and how to cancel it."""
    coin = head.split(" ")[1].replace("/", "")
    tps = ", ".join(fmt_num(x) for x in targets or []) or "none"
    expires, ttl = until
    hours = max(0.0, (expires - now) / 3600)
    return [
        f"• {head} · stop {fmt_num(sl)} · targets {tps}{more} · expires {_when(expires)}"
        f" (in {hours:.1f} h, {ttl}) · book {book or '?'}",
        f"  {CANCEL_HINT.format(coin=coin)}",
    ]


def _resting_line(r: Any, now: float) -> list[str]:
    base, quote = split_symbol(str(r.symbol))
    entries = ", ".join(f"{fmt_num(p)} ({fmt_num(q)} {base})" for p, q in r.entries)
    if len(r.entries) > 1 and r.entry_average is not None:
        # What a stop move is checked against while nothing has filled (domain/stop_move.py).
        entries += f" · average {fmt_num(r.entry_average)}"
    head = f"{r.side} {base}/{quote} · limit {entries or 'none'}"
    since = f" · since {_when(r.since)}"
    return _line(head, r.sl, r.take_profits, since, (r.expires_at, TTL_LIMIT), r.book, now)


def _waiting_line(w: dict[str, Any], now: float) -> list[str]:
    base, quote = split_symbol(str(w["symbol"]))
    head = f"{w['side']} {base}/{quote} {w['waiting']}"
    price = f" · price {fmt_num(w.get('current_price'))}"
    until = (float(w["expires_at"]), TTL_WAITING)
    return _line(head, w.get("sl"), w.get("take_profits"), price, until, w.get("book"), now)


def render(
    positions: list[dict[str, Any]],
    resting: Sequence[Any],
    waiting: Sequence[dict[str, Any]],
    now: float,
    books: Sequence[str] = (),
) -> str:
    """The whole /positions text; an empty book says so, naming its book(s)."""
    if not positions and not resting and not waiting:
        named = f" · book {', '.join(books)}" if books else ""
        return f"No open positions, no entries resting or waiting for their level{named}."
    lines = [render_positions(positions)]
    if resting:
        lines.append(RESTING_HEAD)
        for r in resting:
            lines += _resting_line(r, now)
    if waiting:
        lines.append(WAITING_HEAD)
        for w in waiting:
            lines += _waiting_line(w, now)
    return "\n".join(lines)


def render_position(p: dict[str, Any]) -> str:
    """One open position, one line."""
    base, _ = split_symbol(str(p.get("symbol", "?")))
    trailing = _trailing_text(p.get("trailing"))
    rest = ", ".join(fmt_num(x) for x in p.get("resting_entries") or [])
    return (
        f"{str(p.get('side', '?')).upper()} {p.get('symbol')} · {fmt_num(p.get('quantity'))} {base}"
        f" @ {fmt_num(p.get('entry_price'))} → {fmt_num(p.get('current_price'))}"
        f" · PnL {fmt_signed(p.get('unrealized_pnl'))}{trailing}"
        + (f" · entries still resting at {rest}" if rest else "")
    )


def _trailing_text(trail: dict[str, Any] | None) -> str:
    """The trailing stop's state on a position line: active, waiting (for what), or off with
    the reason it cannot trail (nothing when it was never asked for)."""
    if not trail:
        return ""
    state = trail.get("state", "active" if trail.get("active") else "off")
    if state == "active":
        text = f" · trailing stop {fmt_num(trail.get('stop'))} (best {fmt_num(trail.get('best'))})"
        if trail.get("reason"):
            text += f", exchange refused it: {trail['reason']}"
        return text
    if state == "waiting":
        act = str(trail.get("activation") or "entry")
        what = act.upper() if act.startswith("tp") else act
        at = f" at {fmt_num(trail.get('at'))}" if trail.get("at") is not None else ""
        if act.endswith("%"):
            what = f"{act} profit"
        return f" · trailing {fmt_num(trail.get('pct'))}% waits for {what}{at}"
    return f" · trailing off: {trail['reason']}" if trail.get("reason") else ""


def render_positions(positions: list[dict[str, Any]]) -> str:
    """/positions: every open position with its unrealized PnL (bot/positions_view.py adds
    what rests or waits unfilled)."""
    if not positions:
        return "No open positions."
    books = list(dict.fromkeys(str(p.get("book") or "?") for p in positions))
    if len(books) == 1:
        head = "📂 Open positions" + (f" · book {books[0]}" if books[0] != "?" else "")
        return head + "\n" + "\n".join(f"• {render_position(p)}" for p in positions)
    # Several books (COPY_TO): a live line and a paper line would look the same, so a header
    # per book names it, in the order the books came.
    lines = [f"📂 Open positions · {len(books)} books"]
    for book in books:
        lines.append(f"Book {book}:")
        lines += [f"• {render_position(p)}" for p in positions if str(p.get("book") or "?") == book]
    return "\n".join(lines)
