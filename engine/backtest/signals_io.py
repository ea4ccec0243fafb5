"""Channel history in: a Telegram Desktop export (result.json) or JSONL lines."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.backtest.candles import parse_time
from engine.errors import ConfigError
from parsers.export import flatten_text


@dataclass(frozen=True)
class Message:
    """One channel post: when, what, from where, and which post it answers."""

    time: float  # epoch seconds
    text: str
    source: str
    msg_id: str
    reply_to: str | None = None


def _export_time(msg: dict[str, Any]) -> float:
    # date_unixtime is exact; "date" is written in the exporting machine's local time and
    # carries no zone, so it is read as UTC.
    if msg.get("date_unixtime"):
        return float(msg["date_unixtime"])
    if msg.get("date") is None:
        raise ConfigError(f"message {msg.get('id')} has no date", "Re-export the channel.")
    return parse_time(msg["date"])


def load_export(data: dict[str, Any], source: str | None = None) -> list[Message]:
    """Messages of a Telegram Desktop export (type "message" with text), oldest first."""
    name = source or str(data.get("name") or data.get("id") or "telegram")
    out = []
    for msg in data.get("messages", []):
        if not isinstance(msg, dict) or msg.get("type", "message") != "message":
            continue
        text = flatten_text(msg.get("text"))
        if not text.strip():
            continue
        reply = msg.get("reply_to_message_id")
        out.append(
            Message(
                _export_time(msg),
                text,
                name,
                str(msg.get("id")),
                str(reply) if reply is not None else None,
            )
        )
    return out


def load_jsonl(lines: list[str], source: str | None = None) -> list[Message]:
    """{"time", "text", "source"[, "id", "reply_to"]} per line; blank lines skipped."""
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            when = parse_time(d["time"])
            text = str(d["text"])
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(
                f"signals line {n}: {exc}",
                'Each line must be {"time": ..., "text": ..., "source": ...}.',
            ) from exc
        src = source or str(d.get("source") or "jsonl")
        reply = d.get("reply_to")
        out.append(
            Message(when, text, src, str(d.get("id", n)), str(reply) if reply is not None else None)
        )
    return out


def load_messages(path: str | Path, source: str | None = None) -> list[Message]:
    """Read a result.json export or a JSONL file, sorted by time (stable)."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read signals {p}: {exc}", "Check the --signals path.") from exc
    stripped = raw.lstrip()
    msgs: list[Message]
    if stripped.startswith("{") and '"messages"' in raw[:200_000]:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("messages"), list):
            msgs = load_export(data, source)
            return sorted(msgs, key=lambda m: m.time)
    msgs = load_jsonl(raw.splitlines(), source)
    return sorted(msgs, key=lambda m: m.time)
