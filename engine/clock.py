"""Clocks: the wall clock for paper and live, a simulated one for backtests and tests."""

from __future__ import annotations

import math
import time
from datetime import UTC, date, datetime


class WallClock:
    """Real time."""

    # Seconds since the epoch: the builtin itself (read about 15 times per signal).
    time = staticmethod(time.time)

    def now(self) -> datetime:
        """Aware UTC now."""
        return datetime.now(UTC)


class SimulatedClock:
    """Time that moves only when told to, and never backwards."""

    def __init__(self, start: float | datetime = 0.0) -> None:
        self._t = start.timestamp() if isinstance(start, datetime) else float(start)

    def time(self) -> float:
        """Current simulated epoch seconds."""
        return self._t

    def now(self) -> datetime:
        """Current simulated UTC datetime."""
        return datetime.fromtimestamp(self._t, UTC)

    def advance_to(self, t: float | datetime) -> None:
        """Move to t; refuses to go back in time."""
        # A float (a replay's bar time, once per bar) as it is; else converted.
        ts = t if type(t) is float else t.timestamp() if isinstance(t, datetime) else float(t)
        if ts < self._t:
            raise ValueError(f"clock cannot go backwards ({ts} < {self._t})")
        self._t = ts

    def advance(self, seconds: float) -> None:
        """Move forward by a number of seconds."""
        self.advance_to(self._t + seconds)


# The last whole second iso_utc formatted, and its text (a trade log line per fill needs one).
_iso_second: list[object] = [None, ""]


def iso_utc(ts: float) -> str:
    """ISO-8601 UTC with a Z, as datetime.fromtimestamp(ts, UTC).isoformat() spells it
    (microseconds rounded half to even, left out when zero): 2024-03-01T12:00:00.500000Z."""
    frac, whole = math.modf(ts)
    us = round(frac * 1e6)
    if us >= 1_000_000:
        whole, us = whole + 1, us - 1_000_000
    elif us < 0:
        whole, us = whole - 1, us + 1_000_000
    if _iso_second[0] != whole:
        _iso_second[0] = whole
        _iso_second[1] = datetime.fromtimestamp(whole, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    text = _iso_second[1]
    return f"{text}.{us:06d}Z" if us else f"{text}Z"


_EPOCH_DAY = date(1970, 1, 1).toordinal()


def utc_day(ts: float) -> str:
    """The UTC calendar day of an epoch time, "YYYY-MM-DD"."""
    day, sec = divmod(ts, 86400)
    # From the day number (no strftime), unless within a microsecond of midnight, where
    # fromtimestamp's rounding may reach the next day; years 1970..9999 only.
    if 0 <= day < 2932897 and sec < 86399.999998:
        return date.fromordinal(_EPOCH_DAY + int(day)).isoformat()
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")
