"""Risk gate: the book's limits between a signal and its orders. Pure: no I/O, no state."""

from __future__ import annotations

from decimal import Decimal

from config.trading_config import RiskConfig
from engine.domain.market import D, Market
from engine.domain.risk import RiskContext, RiskDecision, evaluate
from engine.domain.signal import Signal


class RiskGate:
    """Judges an entry against the book's risk settings and the account's figures."""

    def __init__(self, cfg: RiskConfig) -> None:
        self.cfg = cfg

    def check(
        self,
        signal: Signal,
        market: Market,
        entries: list[Decimal],
        tps: list[Decimal],
        sl: Decimal | None,
        ctx: RiskContext,
    ) -> RiskDecision:
        """Every rule, with reasons for each refusal (see engine.domain.risk.evaluate)."""
        return evaluate(signal, market, entries, tps, sl, ctx, self.cfg)

    def daily_limit_hit(self, ctx: RiskContext) -> bool:
        """True when the day's loss has reached DAILY_LOSS_LIMIT_PCT of the day's start."""
        return ctx.daily_pnl <= -ctx.day_start_equity * D(self.cfg.DAILY_LOSS_LIMIT_PCT)
