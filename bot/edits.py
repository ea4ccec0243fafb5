"""What an edit of a signal's post changed, in one line ("LONG 2x → SHORT 3x · Stop 41,000 → …").

A card is bound to the exact signal it shows: an edit makes a new card led by this line, so the
admin sees what changed before approving anything.
"""

from __future__ import annotations

from typing import Any

from bot.cards import fmt_num

TRADED_FIELDS = ("symbol", "side", "leverage", "entries", "take_profits", "sl")


def trade_fields(signal: dict[str, Any]) -> dict[str, Any]:
    """The fields of a stored signal that decide what is traded."""
    return {
        "symbol": str(signal.get("symbol") or "").upper(),
        "side": str(signal.get("side") or "").upper(),
        "leverage": int(signal.get("leverage") or 1),
        "entries": [float(x) for x in signal.get("entries") or []],
        "take_profits": [float(x) for x in signal.get("take_profits") or []],
        "sl": float(signal["sl"]) if signal.get("sl") is not None else None,
    }


def changed(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """True when the edit changes what would be traded."""
    return trade_fields(old) != trade_fields(new)


def describe(old: dict[str, Any], new: dict[str, Any]) -> str:
    """The changes, e.g. "LONG 2x → SHORT 3x · Stop 41,000 → 41,500"; "" when none."""
    a, b = trade_fields(old), trade_fields(new)
    parts = []
    if a["symbol"] != b["symbol"]:
        parts.append(f"{a['symbol']} → {b['symbol']}")
    if (a["side"], a["leverage"]) != (b["side"], b["leverage"]):
        parts.append(f"{a['side']} {a['leverage']}x → {b['side']} {b['leverage']}x")
    for key, label in (("entries", "Entry"), ("take_profits", "Take-profit")):
        if a[key] != b[key]:
            parts.append(f"{label} {_list(a[key])} → {_list(b[key])}")
    if a["sl"] != b["sl"]:
        parts.append(f"Stop {fmt_num(a['sl'])} → {fmt_num(b['sl'])}")
    return " · ".join(parts)


def _list(values: list[float]) -> str:
    return " · ".join(fmt_num(v) for v in values) if values else "market"
