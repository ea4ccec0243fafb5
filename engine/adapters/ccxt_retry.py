"""Retrying reads (tickers, balances, order status) with exponential backoff and jitter, and
never sooner than the exchange asked.

A 429 or 418 answer carries a Retry-After header: the seconds to wait, for a 429 to avoid an IP
ban, for a 418 until the ban is over; not backing off after a 429 earns the ban, from 2 minutes
to 3 days (Binance: https://developers.binance.com/docs/derivatives/usds-margined-futures/
general-info, "Limits"; https://dev.binance.vision/t/how-to-deal-with-http-status-code-at-
binance-api/). A read that asks for longer than `max_wait` is not retried in place.

The wait asked is remembered per exchange client (RetryAfter) and every request that client
sends, order creates and cancels included, waits until it has passed, or fails at once
(NetworkTrouble, nothing sent) when the rest is longer than `max_wait`: never sent early.
Its end is also written to a file under DATA_DIR (backoff_file.BackoffFile): read at the first
request (a restart inside the window waits it out), and again only when its modification time
shows another writer changed it (one `stat` a request, 2.6 µs measured): another process of this
machine on the same IP (`sigcopy backtest`'s candle download, `sigcopy doctor`) or another
book's client of the same exchange waits it out too (docs/engine.md).
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import ccxt.async_support as ccxt

from engine import errors
from engine.adapters.ccxt_errors import RATE_LIMITED, RETRYABLE, unresolved_host
from engine.adapters.create_fate import lost_why

if TYPE_CHECKING:
    from engine.adapters.backoff_file import BackoffFile

T = TypeVar("T")
log = logging.getLogger("sigcopy.ccxt")
# Seconds past the end of a back-off window before the next request goes out (wait_out).
WINDOW_MARGIN = 0.05
# Rate-limit refusals an exchange writes in the body, not as a 429: exchange id -> (code, the
# seconds waited, it sending no Retry-After). MEXC futures: code 510 "Excessive frequency of
# requests" (contract v1 error codes, https://mexcdevelop.github.io/apidocs/contract_v1_en/
# #error-code-example); its HTTP status is not documented (MEXC's contract answers are HTTP 200
# {"success": false, "code": ...}), ccxt raises RateLimitExceeded for it either way (mexc.py
# `exceptions`, '510'). The wait: the period of its endpoints' documented limits ("Rate limit:
# 20 times / 2 seconds", same page).
BODY_LIMITS = {"mexc": (510, 2.0)}


@dataclass
class RetryPolicy:
    """`attempts` calls at most: the first one plus attempts-1 retries. Never used for creates."""

    attempts: int = 4
    base_delay: float = 0.25
    max_delay: float = 4.0
    rng: random.Random = field(default_factory=random.Random)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    # The longest Retry-After a read waits out in place (it may hold the book's lock); longer,
    # it fails at once and the next monitor pass reads again.
    max_wait: float = 30.0
    # The clock `sleep` moves (seconds): the back-off window is measured on it.
    now: Callable[[], float] = time.monotonic
    # The wall clock (seconds since the epoch) a window's end is written to disk in.
    wall: Callable[[], float] = time.time

    def delay(self, retry: int) -> float:
        """Full-jitter exponential delay before retry number `retry` (1-based)."""
        cap = min(self.max_delay, self.base_delay * (2 ** (retry - 1)))
        return cap / 2 + self.rng.uniform(0, cap / 2)


@dataclass
class Window:
    """The exchange's back-off window: no request before `until`, on `now` (the clock of the
    policy that set it; the clients sharing a window share one clock)."""

    until: float | None = None
    now: Callable[[], float] = time.monotonic


class RetryAfter:
    """The exchange's back-off window for an exchange client: the wait the last 429 or 418
    answer asked for (Retry-After). Every request the client sends passes `wait_out` first.
    Clients of one exchange from one machine share it (`share_window`), in one process; across
    processes and restarts through `file` (its end in wall-clock time)."""

    def __init__(
        self,
        exchange: Any,
        policy: Callable[[], RetryPolicy] = RetryPolicy,
        file: BackoffFile | None = None,
    ) -> None:
        self.seconds: float | None = None  # the last answer's, for the read that got it
        self.window = Window()
        self.policy = policy
        self.file = file
        # Seconds left of a window found in the file at this client's first request (one set
        # before a restart, or by another process): said at start-up. None: none was open.
        self.restored: float | None = None
        self._first = True
        inner, fetch = exchange.on_rest_response, exchange.fetch
        in_body = BODY_LIMITS.get(str(getattr(exchange, "id", "")))

        def seen(code: Any, reason: Any, url: Any, method: Any, headers: Any, *rest: Any) -> Any:
            # Every answer passes here right before ccxt raises for it (nothing else runs in
            # between), so the value read after a rate-limit error is that answer's.
            self.seconds = _header_seconds(headers) if code in (418, 429) else None
            if self.seconds is None and in_body is not None and rest:
                self.seconds = _body_limit(rest[0], *in_body)
            if self.seconds is not None:
                policy = self.policy()
                w, now = self.window, policy.now
                until = now() + self.seconds
                w.until, w.now = max(until, w.until or until), now
                if self.file is not None:
                    self.file.save(policy.wall() + self.seconds)
            return inner(code, reason, url, method, headers, *rest)

        async def gated(*args: Any, **kwargs: Any) -> Any:
            self.sync()
            await self.wait_out()
            return await fetch(*args, **kwargs)

        exchange.on_rest_response = seen
        exchange.fetch = gated  # ccxt's one way out for every REST request

    def sync(self) -> None:
        """Take in a window recorded in the file since this client last looked (before a
        restart, or by another client of this exchange): its end, from wall-clock time to the
        window's clock. An expired or unreadable one is ignored."""
        first, self._first = self._first, False
        if self.file is None or not self.file.changed():
            return
        end = self.file.end()
        if end is None:
            return
        policy = self.policy()
        left = end - policy.wall()
        if left <= 0:
            return
        if first:
            self.restored = left
        w = self.window
        if w.until is not None and w.until - w.now() >= left:
            return  # known already (this client's own, or a shared client's)
        w.until, w.now = policy.now() + left, policy.now
        log.warning(
            "a rate-limit wait recorded in %s (before a restart, or by another client of this "
            "exchange) is not over: %.0fs left; nothing is sent before it ends",
            self.file.path,
            left,
        )

    async def wait_out(self) -> None:
        """Return once the back-off window has passed; raise RateLimited (nothing sent) when
        the rest of it is longer than the policy's max_wait.

        The window's end is checked again after each sleep, on the clock it was set on: a
        timer that fires early (asyncio may, by up to its clock's resolution) or a clock that
        counts whole milliseconds cannot let a request out before it. Each sleep is rounded up
        to the millisecond, plus WINDOW_MARGIN: the exchange counts from its own receipt,
        earlier still. (Three sleeps in a row that let hardly any time pass on that clock end the
        wait: a sleep that does not sleep cannot hang the client.)"""
        policy, w = self.policy(), self.window
        stuck = 0  # sleeps in a row that let less than half their time pass on its clock
        while w.until is not None:
            before = w.now()
            left = w.until - before
            if left <= 0:
                w.until = None
                return
            if left > policy.max_wait:
                raise errors.RateLimited(
                    f"The exchange asked to wait {left:.0f}s before the next request "
                    "(rate limit); nothing was sent.",
                    "Reads, stops and closes are tried again after that wait; an entry is not "
                    "sent later. "
                    "Sending sooner would get the IP banned.",
                    wait=left,
                )
            if stuck >= 3:
                log.warning("the back-off window's clock does not move; sending")
                return
            log.warning("the exchange asks to wait %.2fs before the next request", left)
            asked = math.ceil(left * 1000) / 1000 + WINDOW_MARGIN
            await policy.sleep(asked)
            stuck = stuck + 1 if w.now() - before < asked / 2 else 0

    def rest(self) -> float:
        """Seconds left of the back-off window (0: none is open)."""
        w = self.window
        return 0.0 if w.until is None else max(0.0, w.until - w.now())

    def take(self, exc: BaseException) -> float | None:
        """The seconds the answer behind `exc` asked to wait (None: it asked nothing)."""
        if not isinstance(exc, RATE_LIMITED):
            return None
        seconds, self.seconds = self.seconds, None
        return seconds


def share_window(*clients: object) -> None:
    """One back-off window for these clients (a broker, a price feed; DryRunBroker's `inner`)
    of one exchange from this machine: a 429 or 418 one of them got holds the others' requests
    too. Binance USD-M counts its limits per IP, not per key, and bans the IP (418): "The limits
    on the API are based on the IPs, not the API keys"
    (https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info,
    "IP Limits"). MEXC counts keyed requests per account and keyless ones per IP, each on
    its own, but bans the IP as Binance does (https://mexcdevelop.github.io/apidocs/spot_v3_en/,
    "Limits"); sharing there costs at most the other client's wait."""
    gates = [c if isinstance(c, RetryAfter) else _gate(c) for c in clients]
    found = [g for g in gates if isinstance(g, RetryAfter)]
    for g in found[1:]:
        g.window = found[0].window


def gave_up(
    exc: BaseException, exchange_id: str, action: str, attempts: int, then: str
) -> errors.BrokerError | None:
    """The error for a read that rate limits, outages or timeouts made give up after its
    retries (or a back-off window longer than it may wait): how often it was tried, why, and
    `then`, what to do. None for other failures (map_ccxt_error's)."""
    if isinstance(exc, errors.RateLimited):
        return errors.RateLimited(
            f"{exchange_id} {action} not tried: the exchange asks to wait {exc.wait:.0f}s "
            "(rate limit).",
            then,
            wait=exc.wait,
        )
    if not isinstance(exc, RETRYABLE) or unresolved_host(exc) is not None:
        return None
    if isinstance(exc, RATE_LIMITED):
        why = "it answered 429/418 (rate limit) every time"
    elif isinstance(exc, ccxt.ExchangeNotAvailable):
        why = "it answered that it is unavailable (5xx or maintenance) every time"
    else:
        why = f"no answer came ({type(exc).__name__})"
    kind = errors.ExchangeUnavailable if isinstance(exc, ccxt.ExchangeNotAvailable) else None
    return (kind or errors.NetworkTrouble)(
        f"{exchange_id} {action} gave up after {attempts} attempts: {why}.", then
    )


def _gate(client: object) -> object:
    return getattr(getattr(client, "inner", client), "retry_after", None)


def rate_refusal(
    exc: BaseException, asked: float | None, exchange_id: str, role: str
) -> errors.RateLimited | None:
    """The error for an order the exchange refused for its rate limit (429, or 418: banned) and
    that is not on it afterwards, with the wait it asked (1 s when it asked none); None for any
    other failure. A 429 is a refusal: Binance, General Info, "HTTP 4XX return codes are used
    for malformed requests; the issue is on the sender's side"."""
    if not isinstance(exc, RATE_LIMITED):
        return None
    wait = 1.0 if asked is None else asked
    what = {"sl": "stop", "tp": "take-profit"}.get(role, role)
    return errors.RateLimited(
        f"{exchange_id} refused the {what} order for its rate limit and asks to wait "
        f"{wait:.0f}s; the order was not placed.",
        "A stop or a close is sent again after that wait; an entry is not sent again (send "
        "the signal again if you still want it).",
        wait=wait,
    )


def lost_answer(
    exc: BaseException | None,
    exchange_id: str,
    role: str,
    wait: float,
    *,
    unreadable: bool = False,
    absent: bool = False,
) -> errors.AnswerLost:
    """The error for an order whose create went out but whose answer was lost (`exc`: a timeout,
    a dropped connection, a 5xx) or could not be read (`unreadable`), when the look-up by client
    id that followed failed too (the rate-limit window, `wait` seconds of it left, or the same
    trouble): its fate is unknown."""
    what = {"sl": "stop", "tp": "take-profit"}.get(role, role)
    why = lost_why(exc, unreadable)  # (create_fate.py)
    if absent:
        # Binance's -1007 says "Send status unknown; execution status unknown": the backend
        # may carry the order out after the look-up (error-code page, https://developers.
        # binance.com/docs/derivatives/usds-margined-futures/error-code): not found is not
        # "never placed" yet.
        return errors.AnswerLost(
            f"{exchange_id} may have placed the {what} order: its answer was lost ({why}) and "
            "a look-up by its client id right after did not find it, but the exchange may still "
            "carry it out a moment later: whether it is on the exchange is unknown.",
            "Nothing to do: it is looked up again by its client id for a few minutes and never "
            "sent again; you are told what was found.",
            absent=True,
        )
    if wait > 0:
        blocked = f"its rate-limit wait ({wait:.0f}s) keeps sigcopy from looking it up yet"
        when = "once that wait is over"
    else:
        blocked = "the look-up by its client id failed too"
        when = "at the next check"
    return errors.AnswerLost(
        f"{exchange_id} may have placed the {what} order, but its answer was lost ({why}) and "
        f"{blocked}: whether it is on the exchange is unknown.",
        f"Nothing to do: it is looked up by its client id {when} and never sent again before "
        "that; you are told what was found.",
        wait=wait,
    )


def _body_limit(body: Any, code: int, seconds: float) -> float | None:
    """`seconds` when the answer's body is the exchange's rate-limit refusal `code`."""
    if not isinstance(body, str) or str(code) not in body:  # (every answer passes here)
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    found = data.get("code") if isinstance(data, dict) else None
    return seconds if str(found) == str(code) else None


def _header_seconds(headers: Any) -> float | None:
    for k, v in (headers or {}).items():
        if str(k).lower() == "retry-after":
            try:
                return max(0.0, float(v))
            except ValueError:
                return None  # (an HTTP date: not what these exchanges send)
    return None


async def retry_read(
    call: Callable[[], Awaitable[T]],
    policy: RetryPolicy,
    what: str = "read",
    after: RetryAfter | None = None,
) -> T:
    """Run a read; on a retryable ccxt error wait and try again, up to policy.attempts calls,
    never sooner than a rate-limit answer's Retry-After (`after`)."""
    for attempt in range(1, policy.attempts + 1):
        try:
            return await call()
        except RETRYABLE as exc:
            asked = after.take(exc) if after is not None else None
            # A host name that does not resolve will not resolve a second later: say so now
            # (offline, the retries made the first start take tens of seconds).
            if attempt >= policy.attempts or unresolved_host(exc) is not None:
                raise
            if asked is not None and asked > policy.max_wait:
                # Not waited out in place: the next call's gate (RetryAfter.wait_out) fails at
                # once with RateLimited, nothing sent.
                log.warning("%s: the exchange asks to wait %.0fs; not retried now", what, asked)
                continue
            wait = max(policy.delay(attempt), asked or 0.0)
            log.warning(
                "%s failed (%s), retry %d/%d in %.2fs",
                what,
                type(exc).__name__,
                attempt,
                policy.attempts - 1,
                wait,
            )
            await policy.sleep(wait)
    raise AssertionError("unreachable")  # pragma: no cover
