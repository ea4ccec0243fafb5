"""Lost answers: orders whose create went out but whose answer never came back.

A create that times out, loses its connection or gets a 5xx may have been carried out: Binance
says of a 503 that "the execution status is UNKNOWN and could have been a success"
(https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info). The
broker looks such an order up by its client id at once; when that look-up fails too - above
all while the exchange's rate-limit window is open (429 / 418 with Retry-After: anything sent
into it gets the IP banned, rate_hold.py) - the order is *unknown* (errors.AnswerLost):

1. it is never marked rejected: it stays pending (a live status: an entry keeps its trade
   pending, a stop counts as resting, so nothing is sent in its place and an old stop it was to
   replace is not cancelled), and the user is told plainly that its fate is unknown;
2. at the first settle after the window's end (the monitor pass runs every POLL_INTERVAL_S) it
   is looked up by its client id (Binance `origClientOrderId` on GET /fapi/v1/order or
   `clientAlgoId` on GET /fapi/v1/algoOrder; MEXC GET order/external/{symbol}/{external_oid},
   its stops by a scan of the plan orders) unless a poll or the order stream told its state
   first;
3. found, its state there is booked (a fill as any fill); not found, it is marked never placed
   and its trade made to match again (a stop is placed then, new first: a live position is never
   left without one; an entry is not sent again). The user is told which.
4. *Not found right after* an answer that said nothing of its fate (`AnswerLost.absent`: a
   5xx such as Binance's 503 -1007 "Send status unknown; execution status unknown", a timeout)
   is not "never placed" either: the exchange may carry the order out a moment later (Binance,
   general-info "HTTP Return Codes": "It is important to NOT treat this as a failure
   operation"; error-code page, -1007). An entry or take-profit stays pending and is looked up
   again after each of LATE_S (about 5 minutes in all, counted from its send: a restart goes on
   with the schedule where it stood, `late_again`). Found, it is booked as above (a filled
   entry's stop goes out at once). Each look-up of an entry also reads its market's position:
   what the exchange holds beyond the book gets a stop at once (position_cover.py), since an
   order carried out may stay unseen by its query. Still not there at the end: an entry whose
   symbol's position on the exchange differs from what sigcopy booked is not called never
   placed (the user is told to check, and it is looked up every LATE_S[-1], MOVED_LOOKUPS
   times at most: then the look-ups stop and the user is told; the monitor's poll still asks
   for it, and found so it counts as found, `stopped`); otherwise it is marked never placed and
   the user told. It is never sent again meanwhile, under any client id.

Only the protector acts on what is found (protector.py, `settle_lost`); this part owns which
orders are unknown and until when.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from engine import events as ev
from engine.core.bus import EventBus
from engine.domain.orders import (
    LIVE_STATUSES,
    ExchangePosition,
    FateUnknown,
    Order,
    OrderRole,
    OrderStatus,
    OrderUpdate,
)
from engine.domain.trade import Trade
from engine.errors import AnswerLost, BrokerError, RateLimited, SigcopyError
from engine.ports import Broker, Clock

log = logging.getLogger("sigcopy.engine")
AGAIN_S = 10.0  # a look-up that failed for another reason than the window is asked again then
NEVER_PLACED = "never placed: its answer was lost and a look-up by client id did not find it"
LOST = "answer lost, looked up later"  # how a lost answer's order record starts its error
# Seconds between the look-ups of an order not found right after an answer that said nothing of
# its fate (4. above): 8 look-ups, 300 s in all, then never placed (if nothing moved).
LATE_S = (5.0, 10.0, 15.0, 30.0, 60.0, 60.0, 60.0, 60.0)
# Look-ups every LATE_S[-1] after those of LATE_S while the position still differs from the book
# (then they stop, and the user is told): 30 minutes in all.
MOVED_LOOKUPS = 25
# (order, whether its look-ups of LATE_S are over) -> whether its symbol's position on the
# exchange differs from what is booked (None: it could not be read).
Moved = Callable[[Order, bool], Awaitable[bool | None]]


def due(done: int) -> float:
    """Seconds after its send at which an order not found right after its lost answer is looked
    up once `done` of its look-ups are over: LATE_S, then every LATE_S[-1] (MOVED_LOOKUPS)."""
    if done < len(LATE_S):
        return sum(LATE_S[: done + 1])
    return sum(LATE_S) + (done + 1 - len(LATE_S)) * LATE_S[-1]


def looked_up_by(elapsed: float) -> int:
    """How many of those look-ups were due `elapsed` seconds after the send (the last one
    never counted: it is always asked)."""
    done, last = 0, len(LATE_S) + MOVED_LOOKUPS - 1
    while done < last and due(done) <= elapsed:
        done += 1
    return done


_NAMES = {
    OrderRole.ENTRY: "entry",
    OrderRole.STOP_LOSS: "stop",
    OrderRole.TAKE_PROFIT: "take-profit",
}


def name(o: Order) -> str:
    """The order as the user knows it: "the stop at 59000", "the entry order"..."""
    if o.role == OrderRole.STOP_LOSS and o.trigger_price is not None:
        return f"the stop at {o.trigger_price}"
    if o.role == OrderRole.STOP_LOSS:
        return "the exchange's trailing stop"
    if o.role == OrderRole.TAKE_PROFIT and o.price is not None:
        return f"the take-profit at {o.price}"
    return f"the {_NAMES.get(o.role, o.role.value)} order"


@dataclass(frozen=True, slots=True)
class Later:
    """A look-up that could not run: ask again in `wait` seconds."""

    wait: float


async def ask(broker: Broker, o: Order) -> OrderUpdate | None | Later:
    """One look-up of `o` by its client id: its state on the exchange, None (never placed), or
    Later when the look-up itself failed: the rate-limit window's rest, else AGAIN_S (not at
    every settle: each tick's would read the exchange under the book's lock). Shared by the
    lost answers here and the held closes (close_hold.py)."""
    try:
        return await broker.fetch_order(o)
    except RateLimited as exc:  # another window: wait for it too
        return Later(max(exc.wait, 0.0))
    except BrokerError as exc:  # still unknown: nothing is sent; asked again later
        log.warning("%s: %s not looked up yet: %s", o.symbol, o.client_id, exc.user_message())
        return Later(AGAIN_S)


class LostOwner(Protocol):
    """What LostAnswers uses of the OrderManager that owns it (order_manager.py, which imports
    this module: the manager is named only by this shape, no import circle)."""

    broker: Broker
    orders: dict[str, Order]

    def put(self, o: Order, ack: bool = False) -> None: ...

    def mark(self, o: Order, status: OrderStatus, why: str) -> None: ...

    def apply(self, u: OrderUpdate) -> None: ...

    def live(self, trade_id: str, role: OrderRole | None = None) -> list[Order]: ...


class LostAnswers:
    """The orders whose fate is unknown, and when each is looked up."""

    def __init__(self, om: LostOwner, clock: Clock, bus: EventBus) -> None:
        self.om = om
        self.clock = clock
        self.bus = bus
        self.until: dict[str, float] = {}  # client id -> when it is looked up (clock.time())
        # Client ids not found right after their lost answer -> look-ups of LATE_S done.
        self.late: dict[str, int] = {}
        # Client ids whose look-ups stopped (MOVED_LOOKUPS) while still pending: no more
        # requests for them, but once the monitor's poll (or the order stream) tells their state
        # they count as found (their trade's cover dropped, the user told, the trade matched).
        self.stopped: set[str] = set()
        # Told when an entry's look-ups stop with the position still moved (position_cover.py).
        self.gave_up: Callable[[Order], None] | None = None

    def lost(self, o: Order, exc: AnswerLost) -> FateUnknown:
        """The create of `o` went out and its answer was lost (`exc`): unknown until looked up.
        Its record is queued (pending, with why); the user is told."""
        o.error = f"{LOST}: {exc}"
        self.om.put(o)
        self.until[o.client_id] = self.clock.time() + (LATE_S[0] if exc.absent else exc.wait)
        if exc.absent:
            self.late[o.client_id] = 0
        log.warning(
            "%s: %s of %s unknown (answer lost): %s", o.symbol, o.client_id, o.trade_id, exc
        )
        if exc.absent:
            when = (
                f"again over the next {sum(LATE_S) / 60:.0f} minutes (not found right after: "
                "the exchange may carry it out late)"
            )
        elif exc.wait > 0:
            when = f"once the exchange's rate-limit wait ({exc.wait:.0f}s) is over"
        else:
            when = "at the next check"
        what = (
            f"{o.symbol}: {name(o)} may or may not be on the exchange: the exchange's answer "
            f"was lost. It is looked up by its client id {when}"
        )
        if o.role == OrderRole.ENTRY:
            text = f"{what}, and never sent again; the stop goes out as soon as a fill is found."
            hint = "Nothing to do; check the exchange if you want to know sooner."
        elif o.role == OrderRole.STOP_LOSS:
            kept = [
                s
                for s in self.om.live(o.trade_id, OrderRole.STOP_LOSS)
                if s is not o and s.status == OrderStatus.OPEN
            ]
            meanwhile = (
                f"the previous stop at {kept[-1].trigger_price} rests meanwhile"
                if kept and kept[-1].trigger_price is not None
                else "until then the position may be without a stop"
            )
            text = f"{what}, and placed then if it is not there; {meanwhile}."
            hint = (
                "" if kept else "Watch the position until then, or set a stop on the exchange. "
            ) + "If rate limits happen often, give sigcopy an exchange key and IP of its own."
        else:
            text = f"{what}, and placed then if it is not there."
            hint = "Nothing to do."
        self.bus.emit(ev.Event(ev.ERROR, text, o.symbol, o.trade_id, {"hint": hint}))
        return FateUnknown(text, exc.wait)

    def unknown(self, o: Order, wait: float) -> None:
        """After a restart: `o` was found pending (sent, no answer recorded) and the start's
        look-up failed; it is looked up again after `wait` seconds, never sent again."""
        self.until[o.client_id] = self.clock.time() + wait
        log.warning(
            "%s: %s of %s still unknown after the restart", o.symbol, o.client_id, o.trade_id
        )

    def late_again(self, o: Order, wait: float = 0.0) -> None:
        """After a restart: `o`, recorded with its answer lost (LOST), is not found by the
        start's look-up (or the look-up failed: asked again after `wait`); the exchange may
        still carry it out (4. above): looked up again, never sent again. Its schedule goes on
        where it stood: it runs from when the order was sent (its record's `created_at`, written
        before the send; the answer was lost at most a client timeout later), so a restart
        neither starts the 5 minutes of LATE_S (nor the MOVED_LOOKUPS after them) again nor
        stretches them: restarted past them, its next look-up is its last."""
        now = self.clock.time()
        sent = o.created_at or now
        done = looked_up_by(now - sent)
        self.late[o.client_id] = done
        # Past the 5 minutes, at once (the next look-up decides; every LATE_S[-1] after that).
        at = sent + due(done) if done < len(LATE_S) else now
        self.until[o.client_id] = max(now + wait, at)
        log.warning(
            "%s: %s of %s not found yet after the restart (%d of its look-ups were due)",
            o.symbol,
            o.client_id,
            o.trade_id,
            done,
        )

    async def look_up(self, moved: Moved | None = None) -> tuple[list[Order], list[Order]]:
        """The unknown orders whose time has come, looked up by client id: (found there, and
        booked as found; never placed, marked so). Those still blocked wait again; those not
        found right after their answer are asked again after LATE_S, and an entry's `moved`
        symbol keeps it unknown at the end (4. above)."""
        now = self.clock.time()
        due = [cid for cid, at in self.until.items() if at <= now]
        found: list[Order] = []
        absent: list[Order] = []
        om = self.om
        for cid in list(self.stopped):  # told by a poll since their look-ups stopped
            o = om.orders.get(cid)
            if o is None or o.status != OrderStatus.PENDING:
                self.stopped.discard(cid)
                if o is not None and (o.filled > 0 or o.status == OrderStatus.OPEN):
                    found.append(o)  # (not one ended with its trade: nothing found of it)
        for cid in due:
            o = om.orders.get(cid)
            if o is None or o.status != OrderStatus.PENDING:
                # Told meanwhile (a poll, the order stream): its state is booked already.
                del self.until[cid]
                self.late.pop(cid, None)
                if o is not None:
                    found.append(o)
                continue
            u = await ask(om.broker, o)
            if isinstance(u, Later):
                self.until[cid] = self.clock.time() + u.wait
                continue
            if u is None and cid in self.late and not await self._gone(o, moved):
                continue  # not there yet: asked again later, never sent again
            del self.until[cid]
            self.late.pop(cid, None)
            if u is None:
                om.mark(o, OrderStatus.REJECTED, NEVER_PLACED)
                absent.append(o)
            else:
                o.error = None
                om.apply(u)
                found.append(o)
        for o in found:
            self._say(o, True)
        for o in absent:
            self._say(o, False)
        return found, absent

    async def _gone(self, o: Order, moved: Moved | None) -> bool:
        """An order not found again after its lost answer (4. above): True once it may be
        called never placed; else its next look-up is set. An entry's look-ups read its
        market's position too (`moved`: what the exchange holds beyond the book gets a stop,
        position_cover.py, and at the end, the user is told what was done); with the position
        still moved, it is looked up every LATE_S[-1] at most MOVED_LOOKUPS times more, then
        no more (`gave_up` says so; it stays pending, and a poll that finds it books it)."""
        cid, tries = o.client_id, self.late[o.client_id] + 1
        self.late[cid] = tries
        final = tries >= len(LATE_S)
        shifted = (
            await moved(o, final) if moved is not None and o.role == OrderRole.ENTRY else False
        )
        if not final:
            self.until[cid] = self.clock.time() + LATE_S[tries]
            return False
        if not shifted:
            if shifted is None:  # the position could not be read: asked again
                self.until[cid] = self.clock.time() + AGAIN_S
            return shifted is not None
        if tries >= len(LATE_S) + MOVED_LOOKUPS:
            del self.until[cid], self.late[cid]  # looked up no more (a poll may still tell it)
            self.stopped.add(cid)
            log.warning("%s: %s of %s: look-ups stopped", o.symbol, cid, o.trade_id)
            if self.gave_up is not None:
                self.gave_up(o)
            return False
        self.until[cid] = self.clock.time() + LATE_S[-1]
        return False

    def _say(self, o: Order, there: bool) -> None:
        if there:
            if o.filled > 0:
                state = f"filled {o.filled} at {o.avg_price}"
            elif o.status in LIVE_STATUSES:
                state = "rests there"
            else:
                state = f"is {o.status.value}"
            text = (
                f"{o.symbol}: {name(o)} whose answer was lost is on the exchange: it {state}; "
                "booked."
            )
        elif o.role == OrderRole.ENTRY:
            text = (
                f"{o.symbol}: {name(o)} whose answer was lost never reached the exchange: "
                "nothing was bought or sold, and it is not sent again."
            )
        else:
            text = (
                f"{o.symbol}: {name(o)} whose answer was lost never reached the exchange: "
                "it is placed now."
            )
        log.info("%s (%s)", text, o.client_id)
        self.bus.emit(ev.Event(ev.LOOKED_UP, text, o.symbol, o.trade_id))


async def position_gap(broker: Broker, trades: list[Trade], symbol: str) -> Decimal | None:
    """The exchange's net position on `symbol` (base units, long positive) minus the open
    amounts of sigcopy's active `trades` there; None when it could not be read. A market with no
    positions (spot) cannot tell: 0."""
    try:
        positions = await broker.fetch_positions()
    except SigcopyError as exc:
        log.warning("%s: positions not read: %s", symbol, exc.user_message())
        return None
    return net_gap(positions, trades, symbol)


def net_gap(positions: list[ExchangePosition] | None, trades: list[Trade], symbol: str) -> Decimal:
    """`positions`' net amount on `symbol` (long positive) minus the open amounts of `trades`
    there; 0 when the market has no positions (spot: None)."""
    if positions is None:
        return Decimal(0)
    held = sum(
        (p.amount if p.side == "LONG" else -p.amount for p in positions if p.symbol == symbol),
        Decimal(0),
    )
    booked = sum((t.open_qty if t.is_long else -t.open_qty for t in trades), Decimal(0))
    return held - booked
