"""Logging that never shows the bot token (PTB and httpx put it in URLs)."""

from __future__ import annotations

import logging
import re

_TOKEN_RE = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")


class RedactingFilter(logging.Filter):
    """Replaces the token (and anything shaped like a bot token) in every record."""

    def __init__(self, secrets: list[str] | None = None) -> None:
        super().__init__()
        self.secrets = [s for s in (secrets or []) if s]

    def redact(self, text: str) -> str:
        """The text with secrets replaced by a marker."""
        for s in self.secrets:
            text = text.replace(s, "<redacted>")
        return _TOKEN_RE.sub("<redacted>", text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: let logging report it
            return True
        clean = self.redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def install_redaction(token: str | None) -> RedactingFilter:
    """Quiet httpx/httpcore (they log URLs) and redact every handler of the root logger."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    filt = RedactingFilter([token] if token else [])
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
