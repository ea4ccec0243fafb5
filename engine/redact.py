"""The one redactor: every text that leaves sigcopy loses keys, secrets, signatures, queries.

Exchanges echo requests back in their errors (Binance's -1102 quotes the parameter, a proxy's
error page quotes the URL, ccxt's HTTP errors carry method + URL + body), and a signed URL holds
the API key's signature and the full query. Every text that leaves the broker boundary (error
messages, log lines, store records, Telegram) passes through `REDACTOR.text` first.

It masks, in order: the secret values it was told about (`REDACTOR.add`: the settings' keys, the
key manager's decrypted keys, a rotated key), signed query strings and `name=value` credential
pairs, and finally anything shaped like a bot token or an API key (`config.redact.mask`, kept in
`config` so the settings can use the same shapes without importing the engine).
"""

from __future__ import annotations

import logging
import re
import threading

from config.redact import MASK, mask

__all__ = ["MASK", "REDACTOR", "Redactor", "guard_library_logs"]

# key=value pairs whose value is a credential or a signature, in a query string, a JSON body
# or a header dump: signature=ab12.., "Signature": "ab12..", ApiKey: xyz, X-MBX-APIKEY=...
_PAIR_RE = re.compile(
    r"(?i)(?P<name>signature|sign|apikey|api_key|api-key|x-mbx-apikey|x-mexc-apikey|secret"
    r"|listenkey|access[_-]?key|passphrase|password)"
    r"(?P<sep>[\"']?\s*[=:]\s*[\"']?)(?P<value>[^\s\"'&,}]{4,})"
)
# The query string of a URL: its parameters are what was signed.
_QUERY_RE = re.compile(r"(?P<url>(?:https?|wss?)://[^\s?\"']+)\?[^\s\"']*")
# A bare signed query echoed without its URL: a=1&b=2&timestamp=...&signature=...
_SIGNED_QS_RE = re.compile(r"[\w.\-]+=[^\s&\"']*(?:&[\w.\-]+=[^\s&\"']*)*&signature=[^\s&\"']*")
# A 64-hex-digit HMAC-SHA256 digest anywhere: never useful to a reader, always a signature.
_HEX64_RE = re.compile(r"\b[0-9a-fA-F]{64}\b")


class Redactor:
    """Masks known secret values and anything shaped like a signature or signed query."""

    def __init__(self) -> None:
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

        self._ordered: tuple[str, ...] = ()

    def add(self, *values: str | None) -> None:
        """Remember secret values (API keys, secrets, passwords) to mask wherever they appear.

        Values shorter than 4 characters are ignored (masking them would mangle ordinary text).
        """
        with self._lock:
            self._secrets.update(v for v in values if v and len(v) >= 4)
            # Longest first, so a secret containing another is masked whole.
            self._ordered = tuple(sorted(self._secrets, key=len, reverse=True))

    def text(self, text: str) -> str:
        """The text with every known secret, signature, signed query and secret shape masked."""
        for s in self._ordered:
            if s in text:
                text = text.replace(s, MASK)
        text = _QUERY_RE.sub(r"\g<url>?(query hidden)", text)
        text = _SIGNED_QS_RE.sub("(signed query hidden)", text)
        text = _PAIR_RE.sub(lambda m: f"{m['name']}{m['sep']}{MASK}", text)
        return mask(_HEX64_RE.sub(MASK, text))

    def scrub(self, exc: BaseException) -> BaseException:
        """Mask the exception's own arguments in place (its text survives in tracebacks)."""
        exc.args = tuple(self.text(a) if isinstance(a, str) else a for a in exc.args)
        return exc


REDACTOR = Redactor()


class _RecordFilter(logging.Filter):
    """Masks a log record's text before any handler (file, console, a test's) sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        clean = REDACTOR.text(msg)
        if clean != msg:
            record.msg, record.args = clean, None
        return True


_FILTER = _RecordFilter()
# ccxt's own logger prints every request's headers (ApiKey, Signature) at DEBUG level.
LIBRARY_LOGGERS = ("ccxt", "ccxt.base.exchange")


def guard_library_logs() -> None:
    """Attach the redactor to the loggers of the exchange library (idempotent)."""
    for name in LIBRARY_LOGGERS:
        lg = logging.getLogger(name)
        if _FILTER not in lg.filters:
            lg.addFilter(_FILTER)
