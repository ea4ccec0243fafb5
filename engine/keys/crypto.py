"""The store's encryption key: a random key kept in the OS keyring, or one derived by scrypt from
a passphrase. Encryption itself is Fernet (AES-128-CBC with HMAC-SHA256, from `cryptography`)."""

from __future__ import annotations

import base64
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from engine import redaction
from engine.errors import ConfigError

SERVICE = "sigcopy"
# scrypt cost: 2**15 x 8 x 1 is ~32 MB and ~0.1 s per unlock (the parameters the cryptography
# docs and RFC 7914 give for interactive logins), written in the store so they can change.
SCRYPT = {"n": 2**15, "r": 8, "p": 1}


class KeyStoreError(ConfigError):
    """The key store cannot be opened: locked, wrong passphrase, damaged, keyring missing."""


def scrypt_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """A Fernet key derived from the passphrase."""
    raw = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode())
    return base64.urlsafe_b64encode(raw)


def keyring_module() -> Any:
    """The `keyring` package, or None when it is not installed."""
    try:
        import keyring
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return keyring


def keyring_available() -> bool:
    """True when an OS keyring backend is usable (the fail/null backends have priority <= 0)."""
    kr = keyring_module()
    if kr is None:
        return False
    try:
        return float(kr.get_keyring().priority) > 0
    except Exception:  # noqa: BLE001 - any backend trouble means: not available
        return False


@dataclass
class Unlock:
    """How to get the store's key: the protector to use for a new store, and the passphrase
    source (the setting, else a prompt; `confirm` asks twice for a new passphrase)."""

    protector: str = "auto"  # auto | keyring | passphrase
    passphrase: Callable[[bool], str] | None = None

    def ask(self, confirm: bool) -> str:
        if self.passphrase is None:
            raise KeyStoreError(
                "The key store is protected by a passphrase and none was given.",
                "Set SIGCOPY_KEYS_PASSPHRASE in the environment, or run the command in a terminal.",
            )
        value = self.passphrase(confirm)
        redaction.remember(value)
        return value


def new_protection(unlock: Unlock) -> tuple[dict[str, Any], Fernet]:
    """The header of a new store and its Fernet: keyring when asked for or available."""
    want = unlock.protector
    if want == "keyring" or (want == "auto" and keyring_available()):
        kr = keyring_module()
        key = Fernet.generate_key()
        name = f"keys-store-{uuid.uuid4().hex}"
        try:
            kr.set_password(SERVICE, name, key.decode())
        except Exception as exc:  # noqa: BLE001 - keyring backends raise their own types
            if want == "keyring":
                raise KeyStoreError(
                    f"The OS keyring refused to store the key ({type(exc).__name__}).",
                    "Unlock the keyring, or set KEYS_PROTECTOR=passphrase.",
                ) from None
        else:
            return {"protector": "keyring", "keyring": {"service": SERVICE, "name": name}}, Fernet(
                key
            )
    passphrase = unlock.ask(confirm=True)
    if len(passphrase) < 8:
        raise KeyStoreError(
            "The passphrase is too short.", "Use at least 8 characters (a few words is best)."
        )
    salt = os.urandom(16)
    key = scrypt_key(passphrase, salt, **SCRYPT)
    kdf = {"name": "scrypt", "salt": base64.b64encode(salt).decode(), **SCRYPT}
    return {"protector": "passphrase", "kdf": kdf}, Fernet(key)


def open_protection(header: dict[str, Any], unlock: Unlock) -> Fernet:
    """The Fernet of an existing store, from its header (keyring entry or passphrase)."""
    if header.get("protector") == "keyring":
        ref = header.get("keyring") or {}
        kr = keyring_module()
        try:
            key = kr.get_password(ref.get("service", SERVICE), ref.get("name", ""))
        except Exception:  # noqa: BLE001 - reported below
            key = None
        if not key:
            raise KeyStoreError(
                "The key store's encryption key is not in the OS keyring "
                f"(service {ref.get('service')!r}, name {ref.get('name')!r}).",
                "Run sigcopy where the keyring is unlocked; if that key is lost, move the store "
                "away and add the keys again with `sigcopy keys add`.",
            )
        return Fernet(key.encode())
    kdf = header.get("kdf") or {}
    try:
        salt = base64.b64decode(kdf["salt"])
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyStoreError(
            "The key store's header is damaged.", "Restore it from a backup."
        ) from exc
    return Fernet(scrypt_key(unlock.ask(confirm=False), salt, n, r, p))


def decrypt(fernet: Fernet, token: str) -> bytes:
    """The plaintext; KeyStoreError when the key is wrong or the store damaged."""
    try:
        return fernet.decrypt(token.encode())
    except (InvalidToken, ValueError):
        raise KeyStoreError(
            "The key store could not be decrypted: wrong passphrase, or the file is damaged.",
            "Check SIGCOPY_KEYS_PASSPHRASE (or type it again); nothing was changed.",
        ) from None
