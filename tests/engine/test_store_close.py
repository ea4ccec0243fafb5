"""Closing the store ends aiosqlite's worker thread before close() returns: nothing it logs
can reach a handler the caller has closed since (the stray "--- Logging error ---" that
test runs printed when a test's captured stderr closed under the thread's last debug line)."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from engine.adapters.sqlite_store import SqliteStore


class SlowHandler(logging.Handler):
    """Takes its time over the worker's last line, as a busy or contended handler does."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        if "close_and_stop" in msg and "completed" in msg:
            time.sleep(0.5)
        self.lines.append(msg)


async def test_close_when_returned_then_worker_thread_ended_and_logged_its_last(
    tmp_path: Path,
) -> None:
    logger = logging.getLogger("aiosqlite")
    handler, level = SlowHandler(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        before = set(threading.enumerate())
        store = SqliteStore(tmp_path / "sigcopy.db")
        await store.open()
        (worker,) = [
            t for t in threading.enumerate() if t not in before and "connection_worker" in t.name
        ]
        await store.close()
        # Nothing is left to log after close(): the thread is gone, its last line written.
        assert not worker.is_alive()
        assert any("close_and_stop" in ln and "completed" in ln for ln in handler.lines)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
