"""When a failed cancel is tried again: one definition for every part that retries cancels
(ended_orders.py: the orders of ended trades; entry_ends.py: the entries of trades ended with
nothing filled).

The first try again a minute after the failure, the wait doubled at each failure in a row, at
most 15 minutes however long it keeps failing (an outage, a key without trading rights), and
never inside the exchange's rate-limit window: its rest when that is longer (the error's
`wait`, `errors.RateLimited`), so no request is spent where the exchange would refuse it (a
418 ban grows with every request sent into it).
"""

from __future__ import annotations

import math

RETRY_S = 60.0  # the first try again, a minute after the failure
MAX_S = 900.0  # the longest wait between two tries (15 minutes)
# Doublings counted at most: RETRY_S doubled this often is past MAX_S already, and an unbounded
# exponent overflows a float after 1,024 failures (about 10.6 days of refusals).
DOUBLINGS = math.ceil(math.log2(MAX_S / RETRY_S))


def retry_wait(failures: int, error: BaseException | None = None) -> float:
    """Seconds until the next try after `failures` failures in a row (1 for the first): the
    capped doubling, or the rate-limit window's rest when `error` carries a longer one."""
    backoff = min(RETRY_S * 2 ** min(max(failures, 1) - 1, DOUBLINGS), MAX_S)
    return max(backoff, float(getattr(error, "wait", 0.0) or 0.0))
