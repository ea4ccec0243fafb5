"""The message log (DATA_DIR/messages.jsonl): one JSON line per message the pipeline saw and
what became of it, for the scoreboard per channel. Every source of messages (the Bot API, the
user-account listener, forwards, the console) writes through the desk into this one file.

Recording stays off the pipeline's path: `add` only queues; the lines reach the file in one
write() on an O_APPEND descriptor once the event loop gets to it (while the card is on its way),
or at once outside an event loop.

The log rotates by size (MESSAGE_LOG_MAX_MB, MESSAGE_LOG_KEEP): when a write would take the
file past the limit it becomes `messages.jsonl.1` (the one before, `.2`, and so on; the oldest
beyond the number kept is deleted) and a new file starts. Readers read the rotated files too,
oldest first; `LogTail` reads only what was added since its last read, across rotations.
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
MAX_BYTES = 20 * 1024 * 1024  # the settings' defaults (MESSAGE_LOG_MAX_MB, MESSAGE_LOG_KEEP)
KEEP = 5


def rotated(path: Path, n: int) -> Path:
    """The n-th rotated file (1: the newest); 0: the file written now."""
    return path if n == 0 else path.with_name(f"{path.name}.{n}")


def log_files(path: Path, keep: int = KEEP) -> list[Path]:
    """The log's files that exist, oldest first (the rotated ones, then the current one)."""
    files = [rotated(path, n) for n in range(keep, -1, -1)]
    return [f for f in files if f.exists()]


class JsonlMessageLog:
    """Appends MessageRecords as JSON lines; a line is never split or interleaved, nor split
    between two files."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.keep = keep
        self._fd: int | None = None
        self._size = 0  # of the file written now
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
                self._open()
            if self._size and self._size + len(data) > self.max_bytes:
                self._rotate()
            assert self._fd is not None
            self._size += len(data)
            while data:
                data = data[os.write(self._fd, data) :]
        except OSError as exc:
            log.warning("message log %s not written: %s", self.path, exc)

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._size = os.fstat(self._fd).st_size

    def _rotate(self) -> None:
        """The current file becomes .1, .1 becomes .2, ...; the one past `keep` is dropped."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        for n in range(self.keep, 0, -1):
            older = rotated(self.path, n - 1)
            if older.exists():
                os.replace(older, rotated(self.path, n))  # replaces (drops) the oldest
        self._open()

    def close(self) -> None:
        """Write what waits, then close the file."""
        self.flush()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _parse(chunk: bytes) -> list[MessageRecord]:
    out = []
    for line in chunk.splitlines():
        try:
            out.append(MessageRecord.from_dict(json.loads(line)))
        except (ValueError, KeyError, TypeError):
            continue  # a torn or foreign line
    return out


def _read_from(path: Path, offset: int) -> tuple[list[MessageRecord], int]:
    """The complete lines from byte `offset` on, and the offset after the last of them."""
    try:
        with path.open("rb") as fh:
            fh.seek(offset)
            data = fh.read()
    except FileNotFoundError:
        return [], offset
    end = data.rfind(b"\n") + 1  # a line still being written (or torn) waits
    return _parse(data[:end]), offset + end


def read_messages(path: Path, keep: int = KEEP) -> list[MessageRecord]:
    """Every complete record of the log and its rotated files, oldest first ([] without a
    file; a torn or foreign line is skipped)."""
    out: list[MessageRecord] = []
    for f in log_files(path, keep):
        out += _read_from(f, 0)[0]
    return out


class LogTail:
    """Reads the message log incrementally: each `read` returns the records added since the
    last one, following the file it read into its rotated name when the log rotated."""

    def __init__(self, path: Path, keep: int = KEEP) -> None:
        self.path = Path(path)
        self.keep = keep
        self._inode: int | None = None  # of the file read last
        self._offset = 0  # how far it was read
        self.bytes_read = 0

    def _ino(self, path: Path) -> int | None:
        try:
            return path.stat().st_ino
        except FileNotFoundError:
            return None

    def read(self) -> list[MessageRecord] | None:
        """The new records, oldest first; None when the file it was reading was cut short
        under it (then read again from scratch: `restart`)."""
        files = log_files(self.path, self.keep)
        if self._inode is None:
            todo = [(f, 0) for f in files]
        else:
            found = [i for i, f in enumerate(files) if self._ino(f) == self._inode]
            if not found:
                # Rotated past every file kept since the last read: all of them are new.
                todo = [(f, 0) for f in files]
            else:
                i = found[0]
                todo = [(files[i], self._offset)] + [(f, 0) for f in files[i + 1 :]]
                if files[i].stat().st_size < self._offset:
                    return None
        out: list[MessageRecord] = []
        for f, start in todo:
            ino = self._ino(f)
            records, end = _read_from(f, start)
            out += records
            self.bytes_read += end - start
            if ino is not None:
                self._inode, self._offset = ino, end
        return out

    def restart(self) -> None:
        """Read everything again at the next `read`."""
        self._inode, self._offset = None, 0
