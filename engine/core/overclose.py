"""An exit fill larger than its trade's position: the excess closed other trades' shares.

Several trades on one symbol and side share one position at the exchange (one-way mode, or one
side of hedge mode). A trade's stop is swapped new-first (stop_swap.py): for a moment - or, if
sigcopy is killed in between, until the next start - the old and the new stop both rest. Each is
reduce-only, so together they never close more than the position, but when both fire they close
twice the trade's quantity: the second closes part of the other trades' shares. The exchange
has done it; the store records it the same way, or the position and the open trades disagree
and the other trades keep stops and take-profits for quantity that no longer exists.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from engine.domain.trade import Trade, TradeStatus

ZERO = Decimal(0)


def excess_of(t: Trade, qty: Decimal, entry_known: bool) -> Decimal:
    """How much of an exit fill of `qty` lies beyond what the trade holds. `entry_known`: part
    of its entry is known filled, or none of its entry orders can fill any more; while neither,
    0 (an exit can be learned before the entry fill behind it).

    Once part of the entry is known filled, what lies beyond it is shared out at once, even
    while another entry leg rests (seed 127: kept on the trade, it stayed there when the leg was
    cancelled with the ended trade - over-closed, the other trades holding quantity the exchange
    no longer had). Entries are read before exits (polls and restarts alike), so a resting leg
    had not filled when it was read; should it fill after all, its fill re-opens the trade, and
    the position and the open trades still agree."""
    if not entry_known:
        return ZERO
    return max(qty - max(t.open_qty, ZERO), ZERO)


def share_out(t: Trade, excess: Decimal, trades: Iterable[Trade]) -> list[tuple[Trade, Decimal]]:
    """The other open trades of t's symbol and side, and the part of `excess` each lost, the
    oldest first (what no other trade holds stays with t)."""
    out: list[tuple[Trade, Decimal]] = []
    left = excess
    others = [
        o
        for o in trades
        if o.trade_id != t.trade_id
        and o.symbol == t.symbol
        and o.side == t.side
        and o.status == TradeStatus.OPEN
        and o.open_qty > 0
    ]
    for o in sorted(others, key=lambda x: (x.opened_at, x.trade_id)):
        if left <= 0:
            break
        part = min(left, o.open_qty)
        out.append((o, part))
        left -= part
    return out
