"""Telegram Desktop export (result.json): text is a string or a list of strings and entities."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def flatten_text(text: Any) -> str:
    """Plain text of an exported message: strings and entity objects ({"type", "text"}) joined."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    if isinstance(text, dict):
        inner = text.get("text", "")
        return inner if isinstance(inner, str) else flatten_text(inner)
    if isinstance(text, list):
        return "".join(flatten_text(part) for part in text)
    return str(text)


def iter_export_messages(export: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Each message of an export as {"id", "date", "text"} with the text flattened."""
    for msg in export.get("messages", []):
        if not isinstance(msg, dict) or msg.get("type", "message") != "message":
            continue
        yield {"id": msg.get("id"), "date": msg.get("date"), "text": flatten_text(msg.get("text"))}
