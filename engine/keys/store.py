"""The encrypted key store: one file (mode 0600) holding a small header and the ciphertext.

The header says only how the file is encrypted (keyring entry name, or the scrypt salt and
cost); every exchange name, label, key, secret, date and permission is inside the ciphertext.
Writes replace the file atomically under an advisory lock, so `sigcopy keys rotate` and a
running bot never lose each other's changes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet

from config.settings import Settings
from engine import redaction
from engine.keys.credentials import Credentials
from engine.keys.crypto import KeyStoreError, Unlock, decrypt, new_protection, open_protection
from engine.ports import Clock

FORMAT = "sigcopy-keys"
DAY = 86400.0
VERSION = 1

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory locks, single writer assumed
    fcntl = None  # type: ignore[assignment]


@dataclass
class KeyEntry:
    """One stored key and what is known about it."""

    exchange: str
    label: str
    credentials: Credentials
    created_at: float
    last_used: float | None = None
    # What the exchange reported the key may do (Binance apiRestrictions); None: not reported.
    permissions: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.exchange}/{self.label}"

    def to_json(self) -> dict[str, Any]:
        c = self.credentials
        return {
            "exchange": self.exchange,
            "label": self.label,
            "api_key": c.key_text(),
            "secret": c.secret_text(),
            "password": c.password_text(),
            "created_at": self.created_at,
            "last_used": self.last_used,
            "permissions": self.permissions,
            "notes": self.notes,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> KeyEntry:
        creds = Credentials.of(d["api_key"], d["secret"], d.get("password"))
        redaction.remember(*creds.texts())
        return cls(
            exchange=str(d["exchange"]),
            label=str(d["label"]),
            credentials=creds,
            created_at=float(d["created_at"]),
            last_used=None if d.get("last_used") is None else float(d["last_used"]),
            permissions=d.get("permissions"),
            notes=list(d.get("notes") or []),
        )


class KeyStore:
    """Read and change the store; the encryption key is asked for once and kept in memory."""

    def __init__(self, path: Path, unlock: Unlock) -> None:
        self.path = Path(path)
        self.unlock = unlock
        self._header: dict[str, Any] | None = None
        self._fernet: Fernet | None = None

    def exists(self) -> bool:
        return self.path.exists()

    def fingerprint(self) -> tuple[int, int, int] | None:
        """Changes whenever the file is replaced (inode, mtime, size); None when absent."""
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _read_file(self) -> tuple[dict[str, Any], str]:
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
            if doc.get("format") != FORMAT or not isinstance(doc.get("ciphertext"), str):
                raise ValueError("not a key store")
        except (OSError, ValueError, AttributeError) as exc:
            raise KeyStoreError(
                f"{self.path} is not a readable sigcopy key store ({type(exc).__name__}).",
                "Restore it from a backup, or set KEYS_FILE to the right file.",
            ) from None
        if int(doc.get("version", 0)) > VERSION:
            raise KeyStoreError(f"{self.path} was written by a newer sigcopy.", "Upgrade sigcopy.")
        header = {k: v for k, v in doc.items() if k != "ciphertext"}
        return header, doc["ciphertext"]

    def read(self) -> list[KeyEntry]:
        """Every stored key ([] when there is no store yet)."""
        if not self.exists():
            return []
        header, token = self._read_file()
        if self._fernet is None or header != self._header:
            self._fernet = open_protection(header, self.unlock)
            self._header = header
        plain = decrypt(self._fernet, token)
        try:
            entries = [KeyEntry.from_json(d) for d in json.loads(plain)["entries"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyStoreError(
                f"{self.path} decrypts but its content is damaged.", "Restore it from a backup."
            ) from exc
        return entries

    def prepare(self) -> None:
        """Unlock the store now (ask for the passphrase, or for a new one when there is no
        store yet), before anything slow or anything that talks to an exchange."""
        if self.exists():
            self.read()
        elif self._fernet is None:
            header, self._fernet = new_protection(self.unlock)
            self._header = {"format": FORMAT, "version": VERSION, **header}

    @contextmanager
    def editing(self) -> Iterator[list[KeyEntry]]:
        """Read, let the caller change the list, write it back; all under the store's lock."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            entries = self.read()
            if self._fernet is None:
                self.prepare()  # a new store
            yield entries
            self._write(entries)
        finally:
            os.close(fd)  # closing the descriptor releases the lock

    def _write(self, entries: list[KeyEntry]) -> None:
        assert self._fernet is not None and self._header is not None
        payload = json.dumps({"entries": [e.to_json() for e in entries]}).encode()
        doc = {**self._header, "ciphertext": self._fernet.encrypt(payload).decode()}
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            if hasattr(os, "fchmod"):  # the umask may have narrowed it; never widened
                os.fchmod(fd, 0o600)
            os.write(fd, json.dumps(doc, indent=1).encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self.path)
        try:
            dfd = os.open(self.path.parent, os.O_RDONLY)
        except OSError:  # pragma: no cover - directories cannot be opened on some systems
            return
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def keys_path(settings: Settings) -> Path:
    """The store file: KEYS_FILE, else DATA_DIR/keys.enc."""
    return settings.keys.KEYS_FILE or settings.DATA_DIR / "keys.enc"


def age_days(entry: KeyEntry, clock: Clock) -> float:
    return max(0.0, (clock.time() - entry.created_at) / DAY)


def reminder(entry: KeyEntry, clock: Clock, max_age_days: int) -> str | None:
    """The rotation reminder for a key older than the limit, else None."""
    days = age_days(entry, clock)
    if days <= max_age_days:
        return None
    return (
        f"the API key {entry.name} ({entry.credentials.masked()}) is {int(days)} days old: "
        f"create a new key on {entry.exchange} and run `sigcopy keys rotate --exchange "
        f"{entry.exchange} --label {entry.label}` (keys older than {max_age_days} days are "
        "worth replacing)."
    )


def find(entries: list[KeyEntry], exchange: str, label: str) -> KeyEntry | None:
    """The entry for an exchange and label, if stored."""
    for e in entries:
        if e.exchange == exchange.lower() and e.label == label:
            return e
    return None
