"""Per-channel settings (issue 17.2): `channels.toml` (path from CHANNELS_FILE), one
`[[channels]]` table each. Unset keys fall back to the global settings; an unknown key is an
error naming it. Fractions as in the global settings (0.01 = 1 %)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from engine.domain.channel_limits import ChannelLimits
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
    trailing_stop_pct: float | None = Field(None, ge=0, lt=1)  # 0: this channel never trails
    trailing_activation: str | None = None

    @field_validator("trailing_activation")
    @classmethod
    def _activation(cls, v: str | None) -> str | None:
        from engine.domain.trailing import parse_activation

        if v is None:
            return None
        parse_activation(v)  # raises with what to write
        return v.strip().lower()

    @property
    def label(self) -> str:
        """How messages name the channel: its name, else @username, else its id."""
        if self.name:
            return self.name
        if self.username:
            return "@" + self.username.lstrip("@")
        return str(self.id)

    def limits(self, chat_id: int) -> ChannelLimits:
        """The keys that bear on a trade, for the engine (chat_id: the chat it posted in)."""
        return ChannelLimits(
            channel=chat_id,
            name=self.label,
            size_pct=self.size_pct,
            risk_pct=self.risk_pct,
            max_leverage=self.max_leverage,
            default_stop_loss_pct=self.default_stop_loss_pct,
            trailing_stop_pct=self.trailing_stop_pct,
            trailing_activation=self.trailing_activation,
            allow=tuple(self.allow) if self.allow is not None else None,
            deny=tuple(self.deny),
            max_open=self.max_open,
        )


@dataclass(frozen=True)
class ChannelMatch:
    """A post's channel as channels.toml lists it, and the chat the post came from."""

    config: ChannelConfig
    chat_id: int

    @property
    def confirm(self) -> bool | None:
        """Ask on a card (True), copy at once (False), or as REQUIRE_CONFIRMATION (None)."""
        return self.config.confirm

    def limits(self) -> ChannelLimits:
        """The channel's limits for the engine, counted by this chat."""
        return self.config.limits(self.chat_id)


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

    def match(self, chat_id: int, username: str | None = None) -> ChannelMatch | None:
        """This chat's settings with its id, or None when the file does not list it."""
        found = self.get(chat_id, username)
        return ChannelMatch(found, chat_id) if found is not None else None

    def enabled(self, chat_id: int, username: str | None = None) -> bool:
        """False only for a channel the file pauses (enabled = false)."""
        found = self.get(chat_id, username)
        return found is None or found.enabled


def load_channels(path: Path | None) -> Channels:
    """Read and check the file; no path or no file: no per-channel settings."""
    if path is None or not Path(path).exists():
        return Channels([])
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path} could not be read: {exc}", hint="make it a readable UTF-8 text file"
        ) from None
    return parse_channels(text, path)


def parse_channels(text: str, path: Path) -> Channels:
    """Check a channels.toml text (path: how errors name it)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{path} is not valid TOML: {exc}", hint="fix the line it names"
        ) from None
    unknown_top = sorted(set(data) - {"channels"})
    if unknown_top:
        raise ConfigError(f"{path}: unknown key {unknown_top[0]!r}", hint="use [[channels]] tables")
    tables = data.get("channels", [])
    if not isinstance(tables, list):
        raise ConfigError(f"{path}: 'channels' is not a list", hint="use [[channels]] tables")
    out = [_one(path, n, table) for n, table in enumerate(tables, start=1)]
    keys = [str(c.id) if c.id is not None else (c.username or "").lstrip("@").lower() for c in out]
    twice = next((k for k in keys if keys.count(k) > 1), None)
    if twice is not None:
        raise ConfigError(f"{path}: channel {twice} is listed twice", hint="keep one table")
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
