"""What the trade log, /positions and the approval card say of a trade's trailing stop.

The state is one of: `off` (no trailing for this trade, or it cannot trail here: `reason`),
`waiting` (it starts at `activation`; `at` is the price that starts it, when known) or `active`
(`stop` in force and the `best` price since activation; `native` when the exchange trails it).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from engine.core.trailer import Trailer, TrailSpec, spec_from
from engine.domain.signal import Signal
from engine.domain.trade import Trade
from engine.domain.trailing import activation_price, percent_text


def _f(x: Any) -> float | None:
    return None if x is None else float(x)


def view(trailer: Trailer, t: Trade) -> dict[str, Any]:
    """The trade's trailing state (a JSON-ready dict, always with `state` and `active`)."""
    sp = trailer.spec(t)
    st = t.extra.get("trail")
    st = st if isinstance(st, dict) else {}
    if st.get("active"):
        stop = t.sl
        if st.get("native") and st.get("stop"):
            mirrored = Decimal(st["stop"])
            stop = mirrored if stop is None else (max if t.is_long else min)(stop, mirrored)
        out = {"state": "active", "active": True, "stop": _f(stop), "best": _f(st.get("best"))}
        if sp is not None:
            out["pct"] = float(sp.pct * 100)
        if "native" in st:
            out["native"] = bool(st["native"])
        if st.get("failed"):
            out["reason"] = str(st["failed"])
        return out
    if st.get("off") or sp is None:
        out = {"state": "off", "active": False}
        if st.get("off"):
            out["reason"] = str(st["off"])
        return out
    return {
        "state": "waiting",
        "active": False,
        "pct": float(sp.pct * 100),
        "activation": _activation_text(sp),
        "at": _f(_start_price(sp, t)),
    }


def _activation_text(sp: TrailSpec) -> str:
    act = sp.activation
    if act.profit is not None:
        return f"{percent_text(act.profit)}%"
    return f"tp{act.tp}" if act.tp else "entry"


def _start_price(sp: TrailSpec, t: Trade) -> Decimal | None:
    act = sp.activation
    if act.tp:
        return t.take_profits[act.tp - 1] if len(t.take_profits) >= act.tp else None
    entry = t.avg_entry or (t.entries[0] if t.entries else None)
    return None if entry is None else activation_price(act, t.is_long, entry)


def plan_notes(trailer: Trailer, signal: Signal) -> list[str]:
    """The card's lines on what the trade's stop will do beyond the fixed stop."""
    notes: list[str] = []
    own = signal.trailing_stop_pct is not None
    try:
        sp = (
            spec_from(signal.trailing_stop_pct, signal.trailing_activation or trailer.activation)
            if own
            else trailer.default
        )
    except ValueError:
        sp = None  # refused with its reason by the risk checks
    whose = " (the signal's own)" if own else ""
    if sp is not None:
        why = trailer.cannot(sp)
        if why is not None:
            notes.append(f"Trailing stop{whose}: off here: {why}")
        else:
            notes.append(
                f"Trailing stop{whose}: {percent_text(sp.pct)} % behind the best price, {_when(sp)}"
            )
    if signal.break_even_after_tp is not None:
        notes.append(f"Stop to the entry after TP{signal.break_even_after_tp} (the signal's own)")
    return notes


def _when(sp: TrailSpec) -> str:
    act = sp.activation
    if act.profit is not None:
        return f"once {percent_text(act.profit)} % in profit"
    return f"after TP{act.tp} fills" if act.tp else "from the entry fill"
