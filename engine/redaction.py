"""Secrets known at run time (keys from the key manager): masked wherever text leaves the bot.

The settings' own secrets are masked by the log filter from the start; keys decrypted later (the
key manager's, a rotated one) are remembered here, and the log filter and the exchange-error
mapper mask them too.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_known: tuple[str, ...] = ()
MASK = "***"


def remember(*secrets: str | None) -> None:
    """Mask these values from now on (values shorter than 4 characters are ignored)."""
    global _known
    with _lock:
        fresh = [s for s in secrets if s and len(s) >= 4 and s not in _known]
        # Longest first, so a secret containing another is masked whole.
        _known = tuple(sorted((*_known, *fresh), key=len, reverse=True))


def redact(text: str) -> str:
    """The text with every remembered secret replaced by ***."""
    for s in _known:
        if s in text:
            text = text.replace(s, MASK)
    return text
