"""A channel's own refusals (its symbol lists and max_open, with reasons naming the list and
the channel) and what a trade keeps of its channel, from the signal's ChannelLimits
(channel_limits.py) (pure)."""

from __future__ import annotations

from typing import Any

from config.trading_config import RiskConfig
from engine.domain.channel_limits import ChannelLimits
from engine.domain.market import Market
from engine.domain.risk import Reason
from engine.domain.signal import Signal, canonical_symbol, split_symbol


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
