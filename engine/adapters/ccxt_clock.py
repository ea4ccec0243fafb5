"""The exchange's clock: ccxt keeps its offset (adjustForTimeDifference); a request refused for
its timestamp re-reads it and is sent once more, only when it cannot have taken effect."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import ccxt.async_support as ccxt

from engine import errors
from engine.adapters.ccxt_errors import is_timestamp_error

T = TypeVar("T")
log = logging.getLogger("sigcopy.ccxt")


class ClockGuard:
    """Resyncs ccxt's time offset with the exchange after a timestamp refusal."""

    def __init__(self, exchange: Any, exchange_id: str) -> None:
        self.exchange = exchange
        self.exchange_id = exchange_id

    async def resync(self) -> int | None:
        """Re-read the exchange's time; the local clock's offset in ms (None: not readable)."""
        try:
            diff = await self.exchange.load_time_difference()
        except (ccxt.BaseError, TypeError, ValueError) as exc:
            log.warning("%s: server time not readable (%s)", self.exchange_id, type(exc).__name__)
            return None
        offset = int(diff or 0)
        log.warning(
            "%s refused a request's timestamp: the local clock is %d ms off the exchange's; "
            "requests now carry the exchange's time",
            self.exchange_id,
            offset,
        )
        return offset

    def skew_error(self, offset: int | None) -> errors.ClockSkew:
        """The error said when the exchange still refuses the time after a resync."""
        if offset is None:
            what = "its server time could not be read to correct it"
        else:
            what = f"your clock is {abs(offset)} ms off"
        return errors.ClockSkew(
            f"{self.exchange_id} refused the request's timestamp twice: {what}.",
            "Synchronise the system clock (NTP, e.g. `timedatectl set-ntp true`) and restart.",
        )

    async def call(self, request: Callable[[], Awaitable[T]]) -> T:
        """Run a request that cannot have taken effect if refused for its time (a read, a
        cancel, a leverage setting): on such a refusal resync and send it once more."""
        try:
            return await request()
        except ccxt.BaseError as exc:
            if not is_timestamp_error(exc):
                raise
        offset = await self.resync()
        try:
            return await request()
        except ccxt.BaseError as exc:
            if is_timestamp_error(exc):
                raise self.skew_error(offset) from exc
            raise
