"""channels.toml as the running bot sees it (issue 17.2).

Read again whenever the file changes on disk, so a change by hand applies to the next post; a
bad change keeps the last good settings and says why (the bot never stops over it). /channels
edits one key of one channel in place with tomlkit, which keeps the other keys, the comments and
the layout, and writes the file atomically (a temporary file in the same folder, then a rename)
after checking that the new text still loads.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError

from config.channels import ChannelConfig, Channels, load_channels, parse_channels
from engine.errors import ConfigError

log = logging.getLogger(__name__)


class ChannelEditError(ConfigError):
    """A /channels change could not be written; the file is as it was."""


class ChannelStore:
    """The last good channels.toml, reloaded when the file changes, and edited in place."""

    def __init__(self, path: Path | None) -> None:
        self.path = Path(path) if path is not None else None
        self._channels = load_channels(self.path)  # at start a bad file stops the bot, named
        self._stamp = self._stat()
        self.error: str | None = None  # why the file on disk is not the one in use
        self._lock = asyncio.Lock()

    def _stat(self) -> tuple[int, int] | None:
        if self.path is None:
            return None
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    def current(self) -> Channels:
        """The settings in force: the file's, read again if it changed since the last look."""
        stamp = self._stat()
        if stamp != self._stamp:
            self._stamp = stamp
            try:
                self._channels = load_channels(self.path)
                self.error = None
                log.info(
                    "channels: %s read again (%d channels)", self.path, len(self._channels.all)
                )
            except ConfigError as exc:
                self.error = exc.user_message()
                log.warning("channels: %s; the previous settings stay in force", self.error)
            except Exception as exc:  # noqa: BLE001 - a file edited by hand never stops the bot
                log.exception("channels: %s could not be read", self.path)
                self.error = f"{self.path} could not be read: {type(exc).__name__}: {exc}"
        return self._channels

    def find(self, key: str) -> ChannelConfig | None:
        """A channel by the key its buttons carry (its id, or @username)."""
        for c in self.current().all:
            if key_of(c) == key:
                return c
        return None

    async def set(self, key: str, field: str, value: Any) -> ChannelConfig:
        """Write one key of one channel back to the file, atomically; then it is in force.
        Raises ChannelEditError (the file unchanged) when that cannot be done."""
        if self.path is None:
            raise ChannelEditError("no channels file is set", "set CHANNELS_FILE")
        async with self._lock:
            self.current()  # a hand edit that broke the file: refused, named, nothing written
            if self.error is not None:
                raise ChannelEditError(f"channels not changed: {self.error}")
            await asyncio.to_thread(self._write, key, field, value)
            self._stamp = None  # read at once, whatever the clock's resolution
            found = self.find(key)
        if found is None or self.error is not None:
            raise ChannelEditError(
                f"{self.path} changed while writing: {self.error or 'channel gone'}",
                "send /channels again",
            )
        return found

    def _write(self, key: str, field: str, value: Any) -> None:
        assert self.path is not None
        path = self.path
        try:
            text = path.read_text(encoding="utf-8")
            doc = tomlkit.parse(text)
        except (OSError, TOMLKitError) as exc:
            raise ChannelEditError(
                f"{path} could not be read: {exc}", "fix the file, then tap again"
            ) from None
        table = next((t for t in doc.get("channels", []) if _key_of_table(t) == key), None)
        if table is None:
            raise ChannelEditError(f"channel {key} is no longer in {path}", "send /channels again")
        table[field] = value
        new_text = tomlkit.dumps(doc)
        try:
            parse_channels(new_text, path)  # what is written must load
        except ConfigError as exc:
            raise ChannelEditError(f"channels not changed: {exc.user_message()}") from None
        _atomic_write(path, new_text)


def key_of(c: ChannelConfig) -> str:
    """The key a channel's buttons carry: its chat id, else @username."""
    return str(c.id) if c.id is not None else "@" + (c.username or "").lstrip("@").lower()


def _key_of_table(t: Any) -> str | None:
    if not hasattr(t, "get"):
        return None
    if t.get("id") is not None:
        return str(t.get("id"))
    name = t.get("username")
    return "@" + str(name).lstrip("@").lower() if name else None


def _atomic_write(path: Path, text: str) -> None:
    """Write next to the file, flush to disk, then rename over it: never half a file."""
    try:
        mode = path.stat().st_mode & 0o777
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ChannelEditError(
            f"{path} could not be written: {exc.strerror or exc}",
            "let the bot write the file and its folder",
        ) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ChannelEditError(
            f"{path} could not be written: {exc.strerror or exc}",
            "let the bot write the file and its folder",
        ) from None
