"""Retrying reads (tickers, balances, order status) with exponential backoff and jitter."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

from engine.adapters.ccxt_errors import RETRYABLE, unresolved_host

T = TypeVar("T")
log = logging.getLogger("sigcopy.ccxt")


@dataclass
class RetryPolicy:
    """`attempts` calls at most: the first one plus attempts-1 retries. Never used for creates."""

    attempts: int = 4
    base_delay: float = 0.25
    max_delay: float = 4.0
    rng: random.Random = field(default_factory=random.Random)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def delay(self, retry: int) -> float:
        """Full-jitter exponential delay before retry number `retry` (1-based)."""
        cap = min(self.max_delay, self.base_delay * (2 ** (retry - 1)))
        return cap / 2 + self.rng.uniform(0, cap / 2)


async def retry_read(
    call: Callable[[], Awaitable[T]], policy: RetryPolicy, what: str = "read"
) -> T:
    """Run a read; on a retryable ccxt error wait and try again, up to policy.attempts calls."""
    for attempt in range(1, policy.attempts + 1):
        try:
            return await call()
        except RETRYABLE as exc:
            # A host name that does not resolve will not resolve a second later: say so now
            # (offline, the retries made the first start take tens of seconds).
            if attempt >= policy.attempts or unresolved_host(exc) is not None:
                raise
            wait = policy.delay(attempt)
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
