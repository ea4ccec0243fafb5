"""Creates the exchange carries out late: accepted, answered with an error that says nothing of
their fate, and invisible to every query until they take effect a few requests later.

Binance USD-M documents this: a 503 "Unknown error, please check your request or try again
later" / -1007 TIMEOUT "Timeout waiting for response from backend server. Send status unknown;
execution status unknown." means "the API successfully sent the message but not get a response
within the timeout period. It is important to NOT treat this as a failure operation; the
execution status is UNKNOWN and could have been a success"
(https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info, "HTTP
Return Codes"; the code from https://developers.binance.com/docs/derivatives/usds-margined-
futures/error-code). Until the backend has processed it, "Query Order" by origClientOrderId
finds nothing (-2013 "Order does not exist.") and the position has not moved. When it does
take effect, it is an order like any other: a market order fills at the price then, and it is
refused like any other (-4116 "ClientOrderId is duplicated." if an open order holds its client
id by then: "newClientOrderId: A unique id among open orders", New Order,
https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api).

How late is not documented; a test says it: after n more requests to the exchange, or never
until it calls `release()` (n None). MEXC documents no such answer; a timeout (the answer held
past the client's timeout, kind None) is the same unknown there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.fakes.core import Book
from tests.fakes.orders import FakeOrder, FakeReject


def may_be_done(kinds: frozenset[str], kind: str) -> None:
    """Refuse to answer a request the fake carried out with an error the exchange documents as
    a failure (Binance 503 -1001: "a failure API operation and you can resend your request",
    general-info above, "HTTP Return Codes"): only `kinds` ("execution status unknown")."""
    if kind not in kinds:
        raise ValueError(f"{kind!r} says the request was not carried out: use reject_next")


@dataclass
class Late:
    """One armed fault: the next create matching (path part, method) is carried out after
    `after` more requests (None: at release()), and answered the exchange's error `kind` (None:
    its answer is held until the client gives up)."""

    after: int | None
    part: str | None
    method: str
    kind: str | None


@dataclass
class LateOrders:
    """The armed faults and the orders accepted but not carried out yet (with the requests
    each still waits: None until released)."""

    book: Book
    armed: list[Late] = field(default_factory=list)
    queued: list[tuple[FakeOrder, list[int | None]]] = field(default_factory=list)
    dropped: list[FakeOrder] = field(default_factory=list)  # refused when they took effect
    _now: Late | None = None  # the fault of the create being handled

    def __post_init__(self) -> None:
        self.book.take_late = self.take

    def match(self, path: str, method: str) -> Late | None:
        """The armed fault this request triggers (taken off the list), if any."""
        for i, f in enumerate(self.armed):
            if (f.part is None or f.part in path) and f.method == method:
                del self.armed[i]
                return f
        return None

    def handling(self, f: Late | None) -> None:
        """The request about to be handled carries `f` (None: none)."""
        self._now = f

    def take(self, o: FakeOrder) -> bool:
        """Book.submit's hook: True when `o` is queued instead of placed (its request is armed)."""
        if self._now is None:
            return False
        self.queued.append((o, [self._now.after]))
        self._now = None
        return True

    def tick(self) -> None:
        """A request reached the exchange: the queued orders whose turn it is take effect."""
        for o, left in list(self.queued):
            if left[0] == 0:
                self._carry_out(o)
            elif left[0] is not None:
                left[0] -= 1

    def release(self) -> None:
        """Every queued order takes effect now."""
        for o, _ in list(self.queued):
            self._carry_out(o)

    def _carry_out(self, o: FakeOrder) -> None:
        self.queued = [q for q in self.queued if q[0] is not o]
        if o.client_id and any(
            x.live and x.client_id == o.client_id for x in self.book.orders.values()
        ):
            self.dropped.append(o)  # -4116: an open order holds its id by now
            return
        try:
            self.book.submit(o)
        except FakeReject:
            self.dropped.append(o)  # refused as it would have been at once
