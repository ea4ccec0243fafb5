"""One exchange API key as an immutable object whose bytes can be wiped, and its masked form."""

from __future__ import annotations

from dataclasses import dataclass


def mask(key: str) -> str:
    """The first 4 and last 4 characters of a key (all hidden when it is too short to show)."""
    if len(key) < 12:
        return "…" * 3
    return f"{key[:4]}…{key[-4:]}"


@dataclass(frozen=True, eq=False)
class Credentials:
    """An API key, its secret and (some exchanges) a passphrase. Never printed: repr is masked.

    The bytes live in bytearrays so that a replaced key can be overwritten in memory (best
    effort: the str copies ccxt needs for signing cannot be wiped, only dropped).
    """

    api_key: bytearray
    secret: bytearray
    password: bytearray | None = None

    @classmethod
    def of(cls, api_key: str, secret: str, password: str | None = None) -> Credentials:
        """Credentials from text (surrounding blanks removed)."""
        pw = bytearray(password.strip().encode()) if password and password.strip() else None
        return cls(bytearray(api_key.strip().encode()), bytearray(secret.strip().encode()), pw)

    def key_text(self) -> str:
        return self.api_key.decode()

    def secret_text(self) -> str:
        return self.secret.decode()

    def password_text(self) -> str | None:
        return None if self.password is None else self.password.decode()

    def texts(self) -> tuple[str, ...]:
        """Every secret value, for masking in output."""
        out = [self.key_text(), self.secret_text()]
        if self.password is not None:
            out.append(self.password_text() or "")
        return tuple(out)

    def masked(self) -> str:
        return mask(self.key_text())

    def same_key(self, other: Credentials) -> bool:
        return bytes(self.api_key) == bytes(other.api_key)

    def wipe(self) -> None:
        """Overwrite the bytes with zeros (the object is useless afterwards)."""
        for buf in (self.api_key, self.secret, self.password):
            if buf is not None:
                buf[:] = bytes(len(buf))

    def __repr__(self) -> str:
        return f"Credentials({mask(self.api_key.decode(errors='replace'))})"

    __str__ = __repr__
