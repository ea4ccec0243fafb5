"""The back-off window's wait (engine/adapters/ccxt_retry.RetryAfter.wait_out) on clocks and
sleeps that misbehave: never a request before the window's end on its clock, and never a hang.
The exchange side of it is tested through ccxt in tests/live/test_rate_limit*.py."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from engine import errors
from engine.adapters.ccxt_retry import RetryAfter, RetryPolicy


class Client:
    """The two hooks of a ccxt client RetryAfter uses: answers seen, requests sent."""

    def __init__(self) -> None:
        self.sent: list[float] = []
        self.clock = 1000.0

    def on_rest_response(
        self, code: Any, reason: Any, url: Any, method: Any, headers: Any, *rest: Any
    ) -> Any:
        return rest[-1] if rest else None

    async def fetch(self, *args: Any, **kwargs: Any) -> str:
        self.sent.append(self.clock)
        return "ok"

    def answer(self, code: int, retry_after: str) -> None:
        self.on_rest_response(code, "", "url", "GET", {"Retry-After": retry_after}, "", "")


def _gate(client: Client, sleep: Any, max_wait: float = 30.0) -> RetryAfter:
    policy = RetryPolicy(sleep=sleep, now=lambda: client.clock, max_wait=max_wait)
    return RetryAfter(client, lambda: policy)


async def test_wait_when_every_sleep_returns_short_then_request_still_after_the_window() -> None:
    c = Client()

    async def short(seconds: float) -> None:
        c.clock += seconds * 0.9  # a timer that fires early, every time

    gate = _gate(c, short)
    c.answer(429, "10")
    assert await c.fetch() == "ok"  # (the gated fetch)
    assert gate.window.until is None and len(c.sent) == 1
    assert c.sent[0] >= 1010.0


async def test_wait_when_the_sleep_lets_no_time_pass_then_does_not_hang() -> None:
    c = Client()
    sleeps: list[float] = []

    async def no_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    _gate(c, no_sleep)
    c.answer(429, "10")
    assert await asyncio.wait_for(c.fetch(), 30) == "ok"  # (safety net only)
    assert len(sleeps) == 3 and len(c.sent) == 1


async def test_wait_when_longer_than_max_wait_then_raises_unsent() -> None:
    c = Client()

    async def never(seconds: float) -> None:
        raise AssertionError("no sleep expected")

    _gate(c, never, max_wait=5)
    c.answer(418, "120")
    with pytest.raises(errors.RateLimited, match="nothing was sent") as caught:
        await c.fetch()
    assert c.sent == [] and caught.value.wait == pytest.approx(120)
