"""Never a live position without a stop: the signal's own, a default distance, or a refusal."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from engine.domain.market import D, Market


@dataclass(frozen=True)
class StopDecision:
    """The stop to place (None with a reason: refuse the signal), and a note for the card."""

    sl: Decimal | None
    refusal: str | None = None
    note: str | None = None


def resolve_stop(
    side: str,
    entry: Decimal | None,
    sl: Decimal | None,
    default_pct: float | None,
    market: Market,
    *,
    required: bool,
) -> StopDecision:
    """The stop for a signal: its own when given; else, when one is required, the default
    distance from the entry (DEFAULT_STOP_LOSS_PCT) or a refusal saying how to allow it."""
    if sl is not None or not required:
        return StopDecision(sl)
    if default_pct is None:
        return StopDecision(
            None,
            refusal="the signal has no stop loss, and live trading never opens a position "
            "without one: set DEFAULT_STOP_LOSS_PCT (e.g. 0.03 for 3 % from the entry) to "
            "trade such signals with a default stop",
        )
    if entry is None or entry <= 0:
        return StopDecision(None, refusal="no entry price to place the default stop from")
    distance = entry * D(default_pct)
    price = entry - distance if side == "LONG" else entry + distance
    stop = market.round_price(price)
    pct = default_pct * 100
    return StopDecision(stop, note=f"no stop in the signal: default stop {stop} ({pct:g}% away)")
