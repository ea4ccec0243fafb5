"""Order sends: the book's creates and cancels handed to the broker, each answer applied.

The OrderManager (order_manager.py) owns the orders; this part only carries them to the broker
and back: concurrently where each is a round trip, in turn and unawaited where the broker answers
in-process (`AnswersAtOnce`: the simulator). A create is never retried here; a failed one is
marked and said (a rate-limit window's `HeldForWindow` is not a refusal: the callers send again after
it).
"""

from __future__ import annotations

import asyncio
import logging
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from engine import events as ev
from engine.domain.orders import (
    LIVE_STATUSES,
    HeldForWindow,
    Order,
    OrderRole,
    OrderStatus,
    OrderUpdate,
    Resend,
)
from engine.errors import (
    AnswerLost,
    ApiAccessDenied,
    BrokerError,
    NotProcessed,
    RateLimited,
    SigcopyError,
)
from engine.ports import AnswersAtOnce
from engine.redact import REDACTOR

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Iterable

    from engine.core.bus import EventBus
    from engine.core.lost_answers import LostAnswers
    from engine.ports import Broker

log = logging.getLogger("sigcopy.engine")
_DRY_RUN, _REJECTED, _PENDING = OrderStatus.DRY_RUN, OrderStatus.REJECTED, OrderStatus.PENDING
_CLOSE, _ENTRY = OrderRole.CLOSE, OrderRole.ENTRY


class SendOwner(Protocol):
    """What OrderSends uses of the OrderManager that owns it (order_manager.py, which imports
    this module: the manager is named only by this shape, no import circle)."""

    broker: Broker
    bus: EventBus
    instant: bool
    _now: AnswersAtOnce | None
    lost: LostAnswers
    before_cancel: Callable[[list[Order]], Awaitable[dict[str, BaseException]]] | None
    cancel_failed: dict[str, str]
    on_dry_run: Callable[[Order, OrderUpdate], None]
    on_access_denied: Callable[[str], None]
    on_cancel_failed: Callable[[Order, BaseException], None]

    def apply(self, u: OrderUpdate) -> None: ...

    def mark(self, o: Order, status: OrderStatus, why: str) -> None: ...

    def expect_cancels(self, client_ids: Iterable[str]) -> None: ...


class OrderSends:
    """Creates and cancels of one OrderManager's orders; keeps nothing of its own."""

    def __init__(self, om: SendOwner) -> None:
        self.om = om  # (its broker and `_now` are read at each call: a test may swap them)

    async def each(self, call: Any, orders: list[Order]) -> list[Any]:
        """call(order) for each order: concurrently when each is a round trip, else in turn.

        Exceptions come back as values, in order.
        """
        if len(orders) > 1 and not self.om.instant:
            return list(await asyncio.gather(*map(call, orders), return_exceptions=True))
        answers: list[Any] = []
        for o in orders:
            try:
                answers.append(await call(o))
            except Exception as exc:  # noqa: BLE001 - the caller maps it to a reason
                answers.append(exc)
        return answers

    async def send_all(
        self, orders: list[Order], *, read_fill: bool = True, say: bool = True
    ) -> list[OrderUpdate | str]:
        """Send orders concurrently (already in the store); apply each answer. Never retried.

        read_fill=False lets the broker answer a market order before its fill is known
        (info["fill_unknown"]); the caller then reads it. say=False: the caller tells the user
        of a failure itself (what failed and what to do), not the generic "order failed"."""
        if not orders:
            return []
        if self.om._now is not None:  # (answered in-process: no coroutine per order)
            return self.send_now(orders, say)
        place = self.om.broker.place_order
        answers = await self.each(place if read_fill else partial(place, read_fill=False), orders)
        return self._answered(orders, answers, say)

    def send_now(self, orders: list[Order], say: bool = True) -> list[OrderUpdate | str]:
        """send_all() where the broker answers at once (AnswersAtOnce): nothing to await."""
        now = self.om._now
        assert now is not None, "the broker does not answer at once: use send_all"
        answers: list[Any] = []
        for o in orders:
            try:
                answers.append(now.place_now(o))
            except Exception as exc:  # noqa: BLE001 - the caller maps it to a reason
                answers.append(exc)
        return self._answered(orders, answers, say)

    def _answered(
        self, orders: list[Order], answers: list[Any], say: bool = True
    ) -> list[OrderUpdate | str]:
        """Each send's answer applied (an exception: the order marked rejected, said; a lost
        answer that could not be looked up: unknown, lost_answers.py)."""
        om = self.om
        out: list[OrderUpdate | str] = []
        for o, a in zip(orders, answers, strict=True):
            if isinstance(a, OrderUpdate):
                om.apply(a)
                status = a.status
                if status == _DRY_RUN:
                    om.on_dry_run(o, a)
                if status == _REJECTED:
                    out.append(f"{o.role.value} order rejected: {a.error or 'no reason given'}")
                else:
                    out.append(a)
            else:
                # An error that is not ours was not mapped at the broker boundary: its text may
                # echo the request (a signed URL, a key), and it reaches the order's record and
                # the user's messages (the close's reason, FollowUps._close), so it is redacted.
                msg = a.user_message() if isinstance(a, SigcopyError) else REDACTOR.text(_named(a))
                if isinstance(a, AnswerLost) and o.role != _CLOSE:
                    out.append(om.lost.lost(o, a))  # unknown, never rejected: looked up later
                    continue
                if not isinstance(a, SigcopyError | BrokerError):
                    log.error("unexpected broker failure", exc_info=a)
                if isinstance(a, ApiAccessDenied):
                    om.on_access_denied(str(a))
                om.mark(o, OrderStatus.REJECTED, msg)
                why = f"{o.role.value} order failed: {msg}"
                # A close's lost answer: held like one the window kept back, its attempt looked
                # up by client id before it is sent again (close_hold.py).
                held = isinstance(a, RateLimited | AnswerLost)
                # Held back, a stop, take-profit or close is not failed: it is sent after the
                # window, and the part that sends it again says so (rate_hold.py for stops and
                # take-profits, close_hold.py for closes). A held entry is not sent later: said.
                if say and not (held and o.role != _ENTRY):
                    om.bus.emit(ev.Event(ev.ORDER_FAILED, why, o.symbol, o.trade_id))
                if held:
                    out.append(HeldForWindow(why, a.wait))
                else:  # (not carried out, and may be sent again: a stop is, once)
                    out.append(Resend(why) if isinstance(a, NotProcessed) else why)
        return out

    async def cancel_all(self, orders: list[Order]) -> dict[str, BaseException]:
        """Cancel the live ones among these orders; apply each answer (a late fill counts).
        Returns the failed ones' errors by client id (a rate-limit window's rest: `wait`)."""
        om = self.om
        by_id: dict[str, Order] = {}
        errors: dict[str, BaseException] = {}
        unknown: list[Order] = []  # entries whose fate is not known (their answer was lost)
        for o in orders:
            if o.status in LIVE_STATUSES:
                by_id[o.client_id] = o
                if o.status is _PENDING and o.role is _ENTRY:
                    unknown.append(o)
        if unknown and om.before_cancel is not None:
            by_id = await self._before(unknown, by_id, errors)
        if not by_id:
            return errors
        om.expect_cancels(by_id)
        live = list(by_id.values())
        now: AnswersAtOnce | None = om._now
        if now is not None:  # (answered in-process: no coroutine per order)
            answers: list[Any] = []
            for o in live:
                try:
                    answers.append(now.cancel_now(o))
                except Exception as exc:  # noqa: BLE001 - logged below, as a failed cancel
                    answers.append(exc)
        else:
            answers = await self.each(om.broker.cancel_order, live)
        failed = om.cancel_failed
        for o, a in zip(live, answers, strict=True):
            if isinstance(a, OrderUpdate):
                failed.pop(o.client_id, None)
                om.apply(a)
            else:
                # Said to the user (domain/follow_up.py still_rest): an exchange's answer may
                # echo the request, so it is redacted as a failed send's is (above).
                why = REDACTOR.text(str(a) if isinstance(a, SigcopyError) else _named(a))
                failed[o.client_id] = why
                errors[o.client_id] = a
                log.warning("cancel of %s failed: %s", o.client_id, why)
                _tell_failed(om, o, a)  # an ended trade's order: tried again later
        return errors

    async def _before(
        self, unknown: list[Order], by_id: dict[str, Order], errors: dict[str, BaseException]
    ) -> dict[str, Order]:
        """Unknown entries about to be cancelled, settled first (cover_adopt.py: one the
        exchange's position says filled is booked so, no longer live); those it refuses to
        cancel now fail as a cancel does, with why. The orders still to cancel."""
        om = self.om
        assert om.before_cancel is not None
        refused = await om.before_cancel(unknown)
        for cid, exc in refused.items():
            why = REDACTOR.text(str(exc) if isinstance(exc, SigcopyError) else _named(exc))
            om.cancel_failed[cid] = why
            errors[cid] = exc
            log.warning("cancel of %s held: %s", cid, why)
        return {
            cid: o for cid, o in by_id.items() if cid not in refused and o.status in LIVE_STATUSES
        }


def _tell_failed(om: SendOwner, o: Order, error: BaseException) -> None:
    """The cancel-failed hook, guarded: an exception in it must not stop the other cancels'
    answers from being applied, nor undo what was recorded of this one (the order stays live,
    its failure kept in `cancel_failed`, and a restart queues it again: recovery.py). Logged
    redacted (the text may quote the exchange's answer; the log's filter redacts the
    traceback too: logging_setup.py)."""
    try:
        om.on_cancel_failed(o, error)
    except Exception as exc:  # noqa: BLE001 - a hook's bug is logged, the settle goes on
        why = REDACTOR.text(_named(exc))
        log.error("cancel of %s failed, then its hook: %s", o.client_id, why, exc_info=exc)


def _named(exc: BaseException) -> str:
    """An error that is not sigcopy's, with its type's name (its text alone may be empty)."""
    return f"{type(exc).__name__}: {exc}"
