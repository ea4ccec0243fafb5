"""One channel's own limits (issue 17.2), carried with its signals to the risk gate (pure).

A front end resolves the channel's settings (channels.toml) into a ChannelLimits and sets it on
the Signal; every book then judges the signal with its own risk settings, where each key the
channel sets replaces the book's (unset keys: the book's own). Symbol lists and the count of
the channel's open trades are checked here, with reasons naming the list and the channel.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from config.trading_config import RiskConfig

# ChannelLimits field -> the RiskConfig setting it replaces for the channel's signals.
OVERRIDES = {
    "size_pct": "MAX_POSITION_SIZE_PCT",
    "risk_pct": "RISK_PER_TRADE_PCT",
    "max_leverage": "MAX_LEVERAGE",
    "default_stop_loss_pct": "DEFAULT_STOP_LOSS_PCT",
    "trailing_stop_pct": "TRAILING_STOP_PCT",
    "trailing_activation": "TRAILING_ACTIVATION",
}
TRAILING_KEYS = ("trailing_stop_pct", "trailing_activation")


@dataclass(frozen=True)
class ChannelLimits:
    """A channel's settings that bear on a trade; None (or an empty list) means the book's."""

    channel: int  # the chat id its open trades are counted by
    name: str  # how refusals name the channel
    size_pct: float | None = None
    risk_pct: float | None = None
    max_leverage: int | None = None
    default_stop_loss_pct: float | None = None
    trailing_stop_pct: float | None = None
    trailing_activation: str | None = None
    allow: tuple[str, ...] | None = None  # only these symbols (None: any)
    deny: tuple[str, ...] = ()
    max_open: int | None = None  # open or pending trades from this channel at once

    @property
    def sets_trailing(self) -> bool:
        """True when the channel sets its own trailing stop distance or activation."""
        return self.trailing_stop_pct is not None or self.trailing_activation is not None

    def over(self, cfg: RiskConfig) -> RiskConfig:
        """The book's risk settings with this channel's keys in place of the book's."""
        update = {OVERRIDES[k]: v for k in OVERRIDES if (v := getattr(self, k)) is not None}
        return cfg.model_copy(update=update) if update else cfg

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form (a pending approval keeps the limits its card was made with)."""
        d = asdict(self)
        d["allow"] = list(self.allow) if self.allow is not None else None
        d["deny"] = list(self.deny)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> ChannelLimits | None:
        """Inverse of to_dict; None for None (or a record from before limits were kept)."""
        if not d:
            return None
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in known}
        if kw.get("allow") is not None:
            kw["allow"] = tuple(kw["allow"])
        kw["deny"] = tuple(kw.get("deny") or ())
        return cls(**kw)
