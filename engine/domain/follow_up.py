"""What a follow-up is, before any book acts on it: its kinds (which end an entry not filled
yet, which close, which only note), its numbers checked, and the words said of a trade
whose orders could not be cancelled. Pure: no book, no I/O (engine/core/follow_ups.py acts)."""

from __future__ import annotations

import math
from decimal import Decimal

from engine.domain.orders import Order, OrderRole
from engine.domain.signal import canonical_symbol
from engine.domain.trade import Trade, TradeStatus
from engine.domain.waiting import num

# Follow-ups that end an entry not filled yet: a breakout still waiting for its level
# (waiter.py), or limit entries resting with nothing filled. The front ends ask by it too.
ENDS_WAITING = ("CANCEL", "CLOSE", "SL_HIT")
CLOSES = ("CLOSE", "SL_HIT", "CLOSE_PARTIAL")
# Follow-ups that change nothing: the engine only notes them (its reason says why). The front
# ends say "nothing needed doing", not "done".
NOTES_ONLY = ("TP_HIT",)
TP_NOTED = "noted: take-profits are managed by our own orders"
ROUNDS_TO_NOTHING = "the share rounds to nothing at the market's amount step: no order was sent"


def bad_update_numbers(
    kind: str, price: float | None, fraction: float | None, then: str | None = None
) -> str | None:
    """A reason when a follow-up's numbers cannot be acted on, else None."""
    if then is not None and (kind, then) != ("CLOSE_PARTIAL", "MOVE_SL"):
        return f"update {kind} then {then}: only a partial close then a stop move is done"
    if then is not None and fraction is None:
        return "a partial close then a stop move needs the share to close"
    if then is not None:
        return bad_update_numbers(kind, None, fraction) or bad_update_numbers(then, price, None)
    if kind == "CLOSE_PARTIAL" and fraction is None:
        # Never a guess (it was 50%): the share is the channel's to say, or the user's.
        return (
            "a partial close needs the share to close (fraction above 0, at most 1) and none "
            "was given: nothing was closed"
        )
    if kind == "CLOSE_PARTIAL":
        if not (
            isinstance(fraction, int | float) and math.isfinite(fraction) and 0 < fraction <= 1
        ):
            return f"fraction {fraction!r} must be above 0 and at most 1"
    if kind == "MOVE_SL" and price is not None:
        if not (isinstance(price, int | float) and math.isfinite(price) and price > 0):
            return f"stop price {price!r} must be a positive number"
    return None


def stop_text(t: Trade) -> str:
    """What protects a trade, in words (\"its stop at 40000\")."""
    return f"its stop at {t.sl}" if t.sl is not None else "no stop (the signal gave none)"


def still_rest(
    t: Trade,
    left: list[Order],
    why: str | None = None,
    *,
    lead: str | None = None,
    then: str | None = None,
) -> str:
    """A trade with nothing filled whose entry orders could not all be cancelled: they rest on
    the exchange, so the trade stays (its stop is placed if one fills), why (the exchange's
    answer, redacted where it was caught: engine/core/order_sends.py), and what to do. `lead`:
    why they were being cancelled (else a close or cancel); `then`: what to do instead of
    /cancel again."""
    coin = canonical_symbol(t.symbol).replace("/", "")
    lead = lead or f"nothing of the {t.side.lower()} had filled"
    return (
        f"{t.symbol}: {lead}, but {_rest(left, why)}: the trade stays, with its stop placed if "
        "one fills; " + (then or f"/cancel {coin} to try again").replace("{coin}", coin)
    )


def _rest(left: list[Order], why: str | None) -> str:
    """\"2 entry orders could not be cancelled and still rest on the exchange (at 59800 ·
    59600; the exchange answered: ...)\"."""
    n = len(left)
    at = " · ".join(num(p) for o in left if (p := _level(o)) is not None)
    said = "; ".join(x for x in (at and f"at {at}", why and f"the exchange answered: {why}") if x)
    return (
        f"{what_orders(left, counted=True)} could not be cancelled and still "
        f"{'rest' if n != 1 else 'rests'} on the exchange" + (f" ({said})" if said else "")
    )


def _level(o: Order) -> Decimal | None:
    """An order's price, or its trigger (a stop's)."""
    return o.price if o.price is not None else o.trigger_price


# An order's role in words ("2 take-profit orders").
ROLE_WORDS = {
    OrderRole.ENTRY: "entry",
    OrderRole.TAKE_PROFIT: "take-profit",
    OrderRole.STOP_LOSS: "stop",
    OrderRole.CLOSE: "close",
}


def what_orders(left: list[Order], counted: bool = False) -> str:
    """\"entry order\", \"2 take-profit orders\", \"3 orders (2 take-profit, 1 stop)\"
    (`counted`: one is \"1 entry order\")."""
    n = len(left)
    roles: dict[str, int] = {}
    for o in left:
        word = ROLE_WORDS.get(o.role, o.role.value)
        roles[word] = roles.get(word, 0) + 1
    if len(roles) > 1:
        return f"{n} orders (" + ", ".join(f"{k} {w}" for w, k in roles.items()) + ")"
    word = next(iter(roles), "")
    if n == 1:
        return f"1 {word} order" if counted else f"{word} order"
    return f"{n} {word} orders"


def rest_after_close(t: Trade, left: list[Order], why: str | None) -> str:
    """A closed trade whose entry orders could not all be cancelled: one may still open a
    position (it gets its stop), what sigcopy does, and what the user can do."""
    it = "them" if len(left) != 1 else "it"
    return (
        f"{t.symbol}: the {t.side.lower()} is closed, but {_rest(left, why)}: a position it "
        f"opens gets its stop; sigcopy tries the cancel again in a minute, or cancel {it} on "
        "the exchange"
    )


def rest_after_end(t: Trade, left: list[Order], why: str | None) -> str:
    """An ended trade whose orders could not all be cancelled (take-profits, a stop, entries
    after a close: rest_after_close): they rest on the exchange, what harm they can do, what
    sigcopy does and what the user can do."""
    if all(o.role == OrderRole.ENTRY for o in left) and t.status == TradeStatus.CLOSED:
        return rest_after_close(t, left, why)
    coin = canonical_symbol(t.symbol).replace("/", "")
    it = "them" if len(left) != 1 else "it"
    return (
        f"{t.symbol}: the {t.side.lower()} has ended, but {_rest(left, why)}: left there, "
        f"{'it' if len(left) == 1 else 'they'} can close part of your next {coin} position; "
        f"sigcopy keeps trying to cancel {it}, or cancel {it} on the exchange"
    )


def cancelled_now(symbol: str, left: list[Order], that: str = "", then: str = "") -> str:
    """Orders whose cancel had failed (the user was told they rest) are cancelled now:
    \"BTC/USDT:USDT: its entry order that still rested after the close is cancelled now\"."""
    are = "is" if len(left) == 1 else "are"
    return f"{symbol}: its {what_orders(left)}{that} {are} cancelled now{then}"
