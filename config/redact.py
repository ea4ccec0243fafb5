"""Secret-shaped text: a bot token or an API key is masked wherever it shows up.

The secret settings (keys, token) are masked by name; this catches the same values pasted into
the wrong setting (a bot token in TELEGRAM_ADMIN_IDS, a key in EXCHANGE) and any that reach a
log line, an error or `doctor`'s report by another way.
"""

from __future__ import annotations

import re
from typing import Any

MASK = "***"
# A Telegram bot token: "<bot id>:<35 characters>" (looser here: 20+ characters, 5+ digits).
TOKEN_RE = re.compile(r"(?<![\w-])\d{5,12}:[A-Za-z0-9_-]{20,}")
# An API key or secret: 32+ hex digits, or 40+ base64/url-safe characters mixing upper case,
# lower case and digits (no "/": paths stay readable).
HEX_RE = re.compile(r"(?<![\w-])[0-9a-fA-F]{32,}(?![\w-])")
B64_RE = re.compile(
    r"(?<![\w+-])(?=[\w+-]*\d)(?=[\w+-]*[a-z])(?=[\w+-]*[A-Z])[A-Za-z0-9_+-]{40,}={0,2}"
)
PATTERNS = (TOKEN_RE, HEX_RE, B64_RE)


def mask(text: str) -> str:
    """The text with every token- or key-shaped part replaced by ***."""
    for pattern in PATTERNS:
        text = pattern.sub(MASK, text)
    return text


def looks_secret(value: Any) -> bool:
    """True when a value holds something shaped like a token or a key."""
    return isinstance(value, str) and any(p.search(value) for p in PATTERNS)


def secret_shaped_values(settings: Any) -> list[str]:
    """Every setting value (nested groups included) that holds a token- or key-shaped part."""
    out: list[str] = []
    stack = [settings]
    while stack:
        obj = stack.pop()
        for name in type(obj).model_fields:
            value = getattr(obj, name, None)
            if hasattr(type(value), "model_fields"):
                stack.append(value)
            elif isinstance(value, list | tuple):
                out += [str(v) for v in value if looks_secret(str(v))]
            elif looks_secret(str(value)) and not hasattr(value, "get_secret_value"):
                out.append(str(value))
    return out
