"""/positions (Telegram and the console): the open positions, then what the book holds that has
not filled yet - trades whose limit entries rest with nothing filled, and breakout entries
waiting for their level - each with when it expires and how to cancel it.

Text only; the desk (bot/desk.py) reads the engine's reports and calls render()."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from bot.cards import fmt_num, render_positions
from engine.domain.signal import split_symbol

RESTING_HEAD = "🕒 Entries resting, nothing filled yet"
WAITING_HEAD = "⏳ Waiting entries (breakouts: nothing is sent before the level)"
# The closest existing way to cancel one (a channel's cancel, in the user's own words): it
# cancels only what has not filled; an open position of the symbol stays (bot/desk_followups.py).
CANCEL_HINT = "to cancel: send “Cancel {base}” here (only unfilled entries of {base} end)"


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(ts))


def _resting_line(r: Any, now: float) -> list[str]:
    base, quote = split_symbol(str(r.symbol))
    entries = ", ".join(f"{fmt_num(p)} ({fmt_num(q)} {base})" for p, q in r.entries)
    targets = ", ".join(fmt_num(x) for x in r.take_profits) or "none"
    hours = max(0.0, (r.expires_at - now) / 3600)
    return [
        f"• {r.side} {base}/{quote} · limit {entries or 'none'} · stop {fmt_num(r.sl)}"
        f" · targets {targets} · since {_when(r.since)} · expires {_when(r.expires_at)}"
        f" (in {hours:.1f} h, LIMIT_ORDER_TTL_HOURS) · book {r.book}",
        f"  {CANCEL_HINT.format(base=base)}",
    ]


def _waiting_line(w: dict[str, Any], now: float) -> list[str]:
    base, quote = split_symbol(str(w["symbol"]))
    targets = ", ".join(fmt_num(x) for x in w.get("take_profits") or []) or "none"
    expires = float(w["expires_at"])
    hours = max(0.0, (expires - now) / 3600)
    return [
        f"• {w['side']} {base}/{quote} {w['waiting']} · stop {fmt_num(w.get('sl'))}"
        f" · targets {targets} · price {fmt_num(w.get('current_price'))}"
        f" · expires {_when(expires)} (in {hours:.1f} h, WAITING_ENTRY_TTL_HOURS)"
        f" · book {w.get('book') or '?'}",
        f"  {CANCEL_HINT.format(base=base)}",
    ]


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
    lines = [render_positions(positions) if positions else "No open positions."]
    if resting:
        lines.append(RESTING_HEAD)
        for r in resting:
            lines += _resting_line(r, now)
    if waiting:
        lines.append(WAITING_HEAD)
        for w in waiting:
            lines += _waiting_line(w, now)
    return "\n".join(lines)
