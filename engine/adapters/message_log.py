"""The message log (DATA_DIR/messages.jsonl): one JSON line per message the pipeline saw and
what became of it, for the scoreboard per channel. Every source of messages (the Bot API, the
user-account listener, forwards, the console) writes through the desk into this one file.

Recording stays off the pipeline's path: `add` only queues; the lines reach the file in one
write() on an O_APPEND descriptor once the event loop gets to it (while the card is on its way),
or at once outside an event loop.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from pathlib import Path

import orjson

from engine.core.scoreboard import MessageRecord

log = logging.getLogger("sigcopy.messages")
MESSAGE_LOG = "messages.jsonl"


class JsonlMessageLog:
    """Appends MessageRecords as JSON lines; a line is never split or interleaved."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self._queued: list[bytes] = []
        self._scheduled = False

    def add(self, record: MessageRecord) -> None:
        """Queue one record; written soon (never raises: the scoreboard is not worth a trade)."""
        self._queued.append(orjson.dumps(record.to_dict(), option=orjson.OPT_APPEND_NEWLINE))
        if self._scheduled:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.flush()
            return
        self._scheduled = True
        loop.call_soon(self.flush)

    def flush(self) -> None:
        """Write what is queued, in one write()."""
        self._scheduled = False
        if not self._queued:
            return
        data, self._queued = b"".join(self._queued), []
        try:
            if self._fd is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            while data:
                data = data[os.write(self._fd, data) :]
        except OSError as exc:
            log.warning("message log %s not written: %s", self.path, exc)

    def close(self) -> None:
        """Write what waits, then close the file."""
        self.flush()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def read_messages(path: Path) -> list[MessageRecord]:
    """Every complete record, oldest first ([] without a file; a torn or foreign line is
    skipped)."""
    if not path.exists():
        return []
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                continue
            try:
                out.append(MessageRecord.from_dict(json.loads(line)))
            except (ValueError, KeyError, TypeError):
                continue
    return out
