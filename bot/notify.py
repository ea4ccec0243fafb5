"""Engine events as messages for the admins."""

from __future__ import annotations

from typing import Any

from engine import events as ev

ICONS = {
    ev.ENTRY_FILLED: "📥 Entry filled",
    ev.TAKE_PROFIT_HIT: "🎯 Take-profit hit",
    ev.STOP_HIT: "🛑 Stop hit",
    ev.POSITION_CLOSED: "🏁 Position closed",
    ev.ORDER_FAILED: "⚠️ Order failed",
    ev.ERROR: "⚠️ Error",
    ev.DAILY_LIMIT_REACHED: "⛔ Daily loss limit reached",
    ev.HALTED: "⛔ Halted",
    ev.RESUMED: "▶️ Resumed",
    ev.WAITING_ENTERED: "⚡ Breakout entered",
    ev.WAITING_ENDED: "⏳ Waiting entry ended",
    ev.CLOSE_SENT: "📤 Close sent",
    ev.LOOKED_UP: "🔎 Order looked up",
    ev.ENTRIES_CANCELLED: "🚫 Entries cancelled",
    ev.ORDERS_CANCELLED: "🚫 Orders cancelled",
}
# Shown on cards already, or routine: not worth a message.
QUIET = frozenset({ev.SIGNAL_REFUSED, ev.RECONCILED})
ERROR_HINT = "Check /positions and the logs; /halt stops new trades."


def event_text(event: Any) -> str | None:
    """The notification for an event, or None when the event is not notified."""
    kind = str(getattr(event, "kind", ""))
    if kind in QUIET:
        return None
    title = ICONS.get(kind, f"ℹ️ {kind.replace('_', ' ')}")
    parts = [title]
    symbol = getattr(event, "symbol", None)
    if symbol:
        parts[0] += f" · {symbol}"
    text = str(getattr(event, "text", "") or "").strip()
    if text:
        parts.append(text)
    data = getattr(event, "data", None) or {}
    pnl = data.get("pnl", data.get("realized_pnl"))
    if pnl is not None and "pnl" not in text.lower():
        try:
            parts.append(f"PnL: {float(pnl):+,.2f} USDT")
        except (TypeError, ValueError):
            pass
    if kind in (ev.ERROR, ev.ORDER_FAILED):
        hint = data.get("hint")
        parts.append(f"What to do: {hint or ERROR_HINT}")
    if kind == ev.DAILY_LIMIT_REACHED:
        parts.append("No new trades until tomorrow (UTC); open positions keep their stops.")
    return "\n".join(parts)
