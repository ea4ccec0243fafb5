"""Per-channel settings (issue 17.2): `channels.toml` (path from CHANNELS_FILE), one
`[[channels]]` table each. Unset keys fall back to the global settings; an unknown key is an
error naming it. Fractions as in the global settings (0.01 = 1 %)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from engine.errors import ConfigError


class ChannelConfig(BaseModel):
    """One channel's table; None means "as the global setting"."""

    model_config = ConfigDict(extra="forbid")

    id: int | None = None
    username: str | None = None
    name: str | None = None
    enabled: bool = True
    confirm: bool | None = None
    size_pct: float | None = Field(None, gt=0, le=1)
    risk_pct: float | None = Field(None, gt=0, le=1)
    max_leverage: int | None = Field(None, ge=1, le=125)
    default_stop_loss_pct: float | None = Field(None, gt=0, lt=1)
    allow: list[str] | None = None
    deny: list[str] = Field(default_factory=list)
    max_open: int | None = Field(None, ge=1)


class Channels:
    """The channels.toml tables by chat id (and by @username)."""

    def __init__(self, channels: list[ChannelConfig]) -> None:
        self.all = channels
        self._by_id = {c.id: c for c in channels if c.id is not None}
        self._by_name = {c.username.lstrip("@").lower(): c for c in channels if c.username}

    def get(self, chat_id: int, username: str | None = None) -> ChannelConfig | None:
        """This chat's settings, or None when the file does not list it."""
        found = self._by_id.get(chat_id)
        if found is None and username:
            found = self._by_name.get(username.lstrip("@").lower())
        return found

    def enabled(self, chat_id: int, username: str | None = None) -> bool:
        """False only for a channel the file pauses (enabled = false)."""
        found = self.get(chat_id, username)
        return found is None or found.enabled


def load_channels(path: Path | None) -> Channels:
    """Read and check the file; no path or no file: no per-channel settings."""
    if path is None or not Path(path).exists():
        return Channels([])
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{path} is not valid TOML: {exc}", hint="fix the line it names"
        ) from None
    unknown_top = sorted(set(data) - {"channels"})
    if unknown_top:
        raise ConfigError(f"{path}: unknown key {unknown_top[0]!r}", hint="use [[channels]] tables")
    out = []
    for n, table in enumerate(data.get("channels", []), start=1):
        out.append(_one(path, n, table))
    return Channels(out)


def _one(path: Path, n: int, table: Any) -> ChannelConfig:
    try:
        cfg = ChannelConfig.model_validate(table)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "?"
        if err["type"] == "extra_forbidden":
            raise ConfigError(
                f"{path}: channel {n}: unknown key {key!r}",
                hint="see docs/listener.md for the keys a channel takes",
            ) from None
        raise ConfigError(
            f"{path}: channel {n}: {key}: {err['msg']}", hint="fix this value"
        ) from None
    if cfg.id is None and not cfg.username:
        raise ConfigError(
            f"{path}: channel {n} has neither id nor username", hint="add id = -100..."
        )
    return cfg
