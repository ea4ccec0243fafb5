"""Logging that never shows the bot token (PTB and httpx put it in URLs)."""

from __future__ import annotations

import logging

from engine.logging_setup import RedactingFilter

__all__ = ["RedactingFilter", "install_redaction"]


def install_redaction(token: str | None, others: list[str] | None = None) -> RedactingFilter:
    """Quiet httpx/httpcore (they log URLs) and redact every handler of the root logger."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    filt = RedactingFilter([token] if token else [])
    filt.secrets += [s for s in others or [] if s]
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    for handler in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(filt)
    for name in ("telegram", "httpx", "httpcore", "bot"):
        logging.getLogger(name).addFilter(filt)
    return filt
