"""The exchange's rate-limit back-off window on disk, so that it outlives a restart.

A 429 asks for seconds to minutes, a 418 (IP ban) for minutes to days; a restart inside the
window must not send its first requests (markets, reconcile, look-ups) at once: "repeatedly
violating rate limits and/or failing to back off after receiving 429s will result in an automated
IP ban", its length growing each time (Binance USD-M, General Info, "IP Limits":
https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info; the same
words, with "IP bans are tracked and scale in duration for repeat offenders, from 2 minutes to 3
days", in https://developers.binance.com/docs/binance-spot-api-docs/rest-api/limits).

The limit is per IP, so one file per exchange (and API host) serves every book and process of
this machine: DATA_DIR/cache/<exchange>-<host tag>-backoff.json, holding the window's end as
wall-clock time (seconds since the epoch) and nothing else. Written atomically; a missing, expired
or unreadable file is no window (an unreadable one is logged).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
from pathlib import Path

from config.settings import Settings

log = logging.getLogger("sigcopy.ccxt")


def host_tag(settings: Settings) -> str:
    """A short tag for the exchange's API host (its base URL and sandbox flag): the files kept
    per host under DATA_DIR/cache (the market list, the back-off window) tell hosts apart by it."""
    where = f"{settings.EXCHANGE_API_BASE_URL or ''}|{settings.EXCHANGE_SANDBOX}"
    return hashlib.sha1(where.encode()).hexdigest()[:8]


class BackoffFile:
    """Where a back-off window's end is kept between runs (ccxt_retry.RetryAfter uses it)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen: int | None = None  # the file's mtime_ns when last read or written

    @classmethod
    def for_settings(cls, settings: Settings) -> BackoffFile:
        """DATA_DIR/cache/<exchange>-<tag>-backoff.json; the tag tells API hosts apart (a
        testnet's limit is not the main host's), as the market cache's does."""
        name = f"{settings.EXCHANGE.lower()}-{host_tag(settings)}-backoff.json"
        return cls(settings.DATA_DIR / "cache" / name)

    def _mtime(self) -> int | None:
        try:
            return self.path.stat().st_mtime_ns
        except OSError:
            return None

    def changed(self) -> bool:
        """Whether the file was written (by anyone) since this object last read or wrote it."""
        return self._mtime() != self._seen

    def end(self) -> float | None:
        """The window's end (wall-clock seconds), or None: no file, or one that cannot be read
        (logged; never raised)."""
        self._seen = self._mtime()
        if self._seen is None:
            return None
        try:
            data = json.loads(self.path.read_bytes())
            until = float(data["until"])
            if not math.isfinite(until):
                raise ValueError(until)
        except (OSError, ValueError, TypeError, KeyError) as exc:
            log.warning("the rate-limit wait file %s cannot be read (%s); ignored", self.path, exc)
            return None
        return until

    def save(self, until: float) -> None:
        """Record a window ending at `until` (wall-clock seconds), keeping a later end already
        recorded (another book's, another process's). A failure is logged, never raised: the
        running process still keeps the window in memory."""
        known = self.end()
        if known is not None and known >= until:
            return
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps({"until": until}))
            os.replace(tmp, self.path)
        except OSError as exc:
            log.warning("the rate-limit wait could not be written to %s (%s)", self.path, exc)
            return
        self._seen = self._mtime()
