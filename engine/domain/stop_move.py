"""Where a stop may be moved to: the one rule every caller of a stop move gets (the engine's
apply_update("MOVE_SL"), a close-then-move, a backtest's replay, and the bot, which asks the
engine's stop_move_problem before it shows a card: the price on the market's tick), so a stop
is never put where it would fire at once, never past the liquidation, and never somewhere a
typo put it ("move SL to 1" on a 60,000 long).

Pure: the caller hands the numbers (Decimal). The rule, as traders expect it:

- a long's stop below the price now (a short's above): a stop on the wrong side fires at once;
- with nothing filled yet, a long's stop below every entry still to fill (a short's above):
  else the position would close as soon as it opened;
- on the loss side of the entry (below a long's), not past the liquidation price at the
  trade's leverage (the entry moved 1/leverage against it): the exchange would liquidate the
  position before the stop fired. freqtrade keeps every stop inside the liquidation price
  (https://www.freqtrade.io/en/stable/leverage/, "liquidation_buffer");
- on the loss side, at most 50 % from the entry: further is taken for a typo (at 1x nothing is
  liquidated, so "1" would pass the rule above). Cornix refuses prices more than 10x from the
  price now or from each other ("Some prices are too far from each other",
  https://help.cornix.io/en/articles/11382662); 50 % is tighter, because a stop is the one
  level that trades the whole position.

A stop on the profit side (break-even, a target already passed) is never "too far": it is
between the entry and the price now, which the first rule already checks.
"""

from __future__ import annotations

from decimal import Decimal

from engine.domain.waiting import num as _n  # a price as written: 41500, 0.0123

# A stop further than this from the entry, on the loss side, is taken for a typo.
MAX_STOP_DISTANCE = Decimal("0.5")


def stop_move_problem(
    *,
    long: bool,
    stop: Decimal,
    price_now: Decimal | None,
    entry: Decimal | None,
    leverage: int,
    unfilled_entries: list[Decimal] | None = None,
) -> str | None:
    """Why a stop cannot move to `stop`, or None.

    `entry`: the average entry of what filled, else of the entries still to fill (None when
    unknown); `unfilled_entries`: the entry prices still resting when nothing has filled yet
    (None or empty once something filled); `price_now`: the last price (None: not known)."""
    side = "long" if long else "short"
    if stop <= 0:
        return f"stop {_n(stop)} must be above zero"
    if price_now is not None and ((stop >= price_now) if long else (stop <= price_now)):
        return f"stop {_n(stop)} would be past the market price {_n(price_now)}"
    if unfilled_entries:
        worst = min(unfilled_entries) if long else max(unfilled_entries)
        if (stop >= worst) if long else (stop <= worst):
            where = "below" if long else "above"
            return (
                f"stop {_n(stop)} is not {where} the entry {_n(worst)} of the {side}, which has "
                "not filled yet: the position would close as soon as it opened"
            )
    if entry is None or entry <= 0:
        return None
    loss_side = (stop < entry) if long else (stop > entry)
    if not loss_side:
        return None
    lev = max(1, int(leverage))
    if lev > 1:
        liq = entry * (1 - Decimal(1) / lev) if long else entry * (1 + Decimal(1) / lev)
        if (stop <= liq) if long else (stop >= liq):
            return (
                f"stop {_n(stop)} is beyond the liquidation price of the {side} (about "
                f"{_n(liq.quantize(Decimal('1.' + '0' * 8)))} at {lev}x from the entry "
                f"{_n(entry)}): the exchange would liquidate it before the stop"
            )
    if abs(stop - entry) / entry > MAX_STOP_DISTANCE:
        return (
            f"stop {_n(stop)} is more than {MAX_STOP_DISTANCE:.0%} away from the entry "
            f"{_n(entry)} of the {side}: it looks like a typo"
        )
    return None
