"""Logging to LOG_DIR (rotated) with every known secret redacted."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from config import Settings
from config.redact import mask, secret_shaped_values
from engine import redaction


class RedactingFilter(logging.Filter):
    """Replaces each secret (and anything shaped like a bot token or a key) with ***."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 4]

    def redact(self, text: str) -> str:
        """The text with secrets masked."""
        for s in self.secrets:
            text = text.replace(s, "***")
        return mask(redaction.redact(text))

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        clean = self.redact(msg)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if clean != msg or record.args:
            record.msg, record.args = clean, None
        return True


def secrets_of(settings: Settings) -> list[str]:
    """Every secret value the settings hold, and every token-shaped value in another setting."""
    out = secret_shaped_values(settings)
    for name in (
        "MEXC_API_KEY",
        "MEXC_API_SECRET",
        "EXCHANGE_API_KEY",
        "EXCHANGE_API_SECRET",
        "EXCHANGE_API_PASSWORD",
        "TELEGRAM_BOT_TOKEN",
        "AI_API_KEY",
    ):
        v = getattr(settings, name, None)
        if v is not None:
            out.append(v.get_secret_value())
    return out


def setup_logging(settings: Settings, console: bool = False) -> RedactingFilter:
    """Rotating file log in LOG_DIR; optional console output; secrets never written."""
    root = logging.getLogger()
    root.setLevel(getattr(logging, settings.LOG_LEVEL.upper(), logging.INFO))
    for h in list(root.handlers):
        if getattr(h, "_sigcopy", False):
            root.removeHandler(h)
    flt = RedactingFilter(secrets_of(settings))
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    try:
        Path(settings.LOG_DIR).mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                Path(settings.LOG_DIR) / "sigcopy.log",
                maxBytes=5_000_000,
                backupCount=5,
                encoding="utf-8",
            )
        )
    except OSError as exc:
        print(f"warning: cannot write logs to {settings.LOG_DIR}: {exc}")
    if console:
        handlers.append(logging.StreamHandler())
    for h in handlers:
        h.setFormatter(fmt)
        h.addFilter(flt)
        h._sigcopy = True  # type: ignore[attr-defined]
        root.addHandler(h)
    # httpx logs request URLs, which carry the bot token: keep it quiet.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return flt
