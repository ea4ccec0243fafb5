"""One channel's own limits (issue 17.2), carried with its signals to the risk gate (pure).

A front end resolves the channel's settings (channels.toml) into a ChannelLimits and sets it on
the Signal; every book then judges the signal with its own risk settings, where each key the
channel sets replaces the book's (unset keys: the book's own). Symbol lists and the count of
the channel's open trades are checked here, with reasons naming the list and the channel.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from config.trading_config import RiskConfig
from engine.domain.market import Market
from engine.domain.risk import Reason
from engine.domain.signal import Signal, canonical_symbol, split_symbol

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


def _names(signal: Signal, market: Market) -> set[str]:
    """The ways a list may name this market: BTC/USDT (as the signal or the exchange says)."""
    return {canonical_symbol(signal.symbol), f"{market.base}/{market.quote}".upper()}


def listed(entry: str, names: set[str]) -> bool:
    """True when a list entry (BTC, BTCUSDT, BTC/USDT, BTC/USDT:USDT) names one of names."""
    text = entry.strip().upper()
    base, _ = split_symbol(text)
    bare = text.lstrip("#$") == base and "/" not in text  # "BTC": any quote
    if bare:
        return any(n.split("/", 1)[0] == base for n in names)
    return canonical_symbol(text) in names


def channel_reasons(
    limits: ChannelLimits, signal: Signal, market: Market, open_from_channel: int
) -> list[str]:
    """The channel's own refusals: its symbol lists and its max_open."""
    reasons: list[str] = []
    names = _names(signal, market)
    shown = canonical_symbol(signal.symbol)
    if limits.allow is not None and not any(listed(e, names) for e in limits.allow):
        reasons.append(
            Reason(
                "symbol not in the channel's allow list",
                f"{shown} is not in the allow list of channel {limits.name} "
                f"(channels.toml: allow = {list(limits.allow)})",
            )
        )
    hit = next((e for e in limits.deny if listed(e, names)), None)
    if hit is not None:
        reasons.append(
            Reason(
                "symbol in the channel's deny list",
                f"{shown} is in the deny list of channel {limits.name} "
                f"(channels.toml: deny has {hit!r})",
            )
        )
    if limits.max_open is not None and open_from_channel >= limits.max_open:
        reasons.append(
            Reason(
                "the channel's max_open reached",
                f"channel {limits.name} already has {open_from_channel} open trade"
                f"{'s' if open_from_channel != 1 else ''} (channels.toml: max_open = "
                f"{limits.max_open})",
            )
        )
    return reasons


def channel_extra(signal: Signal, cfg: RiskConfig) -> dict[str, Any]:
    """What a trade keeps of its channel: the chat id (its max_open counts by it) and, when the
    channel sets its own, the trailing stop it trails by (the protector reads it per trade)."""
    limits = signal.limits
    if limits is None:
        return {}
    extra: dict[str, Any] = {"channel": limits.channel}
    if limits.sets_trailing:
        # The same form as a signal's own (the Trailer reads it); a pct of 0 or None: off.
        extra["trail_spec"] = {
            "pct": cfg.TRAILING_STOP_PCT,
            "activation": cfg.TRAILING_ACTIVATION,
        }
    return extra
