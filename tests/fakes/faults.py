"""What a fake exchange does wrong next (errors, lost or late answers, rate limits), set by the
tests through the fake's methods and read by tests/fakes/server.py and the book."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Faults:
    """What the fake does wrong next; tests set these through the fake's methods."""

    fail_next: list[tuple[int, str | None]] = field(default_factory=list)  # (status, path part)
    maintenance: bool = False
    timeout_after_accept: int = 0
    partial_fill: Decimal | None = None
    # The next n market orders are accepted, then cancelled with nothing filled (no liquidity
    # within the exchange's price protection band).
    unfilled_next: int = 0
    reject_stops: int = 0
    garbage_next: int = 0
    latency: float = 0.0
    # Every order creation is accepted at once and answered only after this many seconds.
    answer_delay: float = 0.0
    # The next n requests (matching the path part) answer 200 with a cut-off JSON body.
    bad_json_next: list[str | None] = field(default_factory=list)
    # The next n requests (path part, method) take effect, then their 200 answer arrives cut off.
    garble_next: list[tuple[str | None, str]] = field(default_factory=list)
    # Every request takes effect, then its answer is held (an outage timing clients out).
    hang: bool = False
    # The next n requests are refused with an error body that echoes the API key, the signature
    # and the whole signed query back (as a misconfigured proxy or a verbose gateway does).
    echo_next: int = 0
    echo_path: str | None = None  # only requests to a path holding this (None: any)
    # The next matching requests are refused with the exchange's own error of a kind, before
    # they take effect: (kind, path part, method or None).
    reject_next: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    # The next matching requests take effect, then are answered with the exchange's error of a
    # kind (Binance's 503 -1007 "execution status unknown"): (kind, path part, method or None).
    error_after_accept: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    # The next matching requests (path part) are lost on the way: nothing is done, and no answer
    # comes before the client gives up (a 504, held until released, to nobody).
    lose_next: list[tuple[str | None, str | None]] = field(default_factory=list)  # (part, method)
    # The next matching requests are refused 429 with Retry-After: (seconds, path part or None,
    # method or None).
    # A request before that wait is over is banned (418, Retry-After: the ban, 2 minutes):
    # stricter than Binance, which bans those that keep on, so one early retry is caught.
    rate_limit_next: list[tuple[float, str | None, str | None]] = field(default_factory=list)
    backoff_until_ms: int = 0
    bans: int = 0
