"""Risk gate: the book's limits between a signal and its orders. Pure: no I/O, no state.

A signal from a channel with its own limits (signal.limits, from channels.toml) is judged with
the book's settings where the channel sets a key replaced by the channel's, plus the channel's
symbol lists and max_open.
"""

from __future__ import annotations

from decimal import Decimal

from config.trading_config import RiskConfig
from engine.domain.channel_checks import channel_reasons
from engine.domain.market import D, Market
from engine.domain.risk import RiskContext, RiskDecision, evaluate
from engine.domain.signal import Signal


class RiskGate:
    """Judges an entry against the book's risk settings and the account's figures."""

    def __init__(self, cfg: RiskConfig) -> None:
        self.cfg = cfg

    def config_for(self, signal: Signal) -> RiskConfig:
        """The settings this signal is judged by: the book's, with its channel's keys."""
        limits = signal.limits
        return self.cfg if limits is None else limits.over(self.cfg)

    def check(
        self,
        signal: Signal,
        market: Market,
        entries: list[Decimal],
        tps: list[Decimal],
        sl: Decimal | None,
        ctx: RiskContext,
        cfg: RiskConfig | None = None,
    ) -> RiskDecision:
        """Every rule, with reasons for each refusal (see engine.domain.risk.evaluate); cfg is
        config_for(signal) when the caller already has it."""
        decision = evaluate(signal, market, entries, tps, sl, ctx, cfg or self.config_for(signal))
        if signal.limits is not None:
            more = channel_reasons(signal.limits, signal, market, ctx.channel_open)
            if more:
                decision.reasons += more
                decision.approved = False
        return decision

    def daily_limit_hit(self, ctx: RiskContext) -> bool:
        """True when the day's loss has reached DAILY_LOSS_LIMIT_PCT of the day's start."""
        return ctx.daily_pnl <= -ctx.day_start_equity * D(self.cfg.DAILY_LOSS_LIMIT_PCT)
