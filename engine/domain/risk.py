"""Risk rules: pure functions that return a decision with reasons; a refusal never raises."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

from config.trading_config import RiskConfig
from engine.domain.market import D, Market
from engine.domain.signal import Signal
from engine.domain.trailing import parse_activation

MAX_EXCHANGE_LEVERAGE = 125


class Reason(str):
    """A refusal's text (numbers and all), with a stable kind to count refusals by."""

    kind: str

    def __new__(cls, kind: str, text: str) -> Reason:
        obj = super().__new__(cls, text)
        obj.kind = kind
        return obj


@dataclass(slots=True)
class RiskContext:
    """What the rules need to know of the account right now."""

    equity: Decimal
    free_margin: Decimal
    open_trades: int
    same_side_open: bool
    daily_pnl: Decimal
    day_start_equity: Decimal
    halted: bool = False
    halt_reason: str | None = None
    current_price: Decimal | None = None
    channel_open: int = 0  # open or pending trades from the signal's channel (its max_open)


@dataclass(slots=True)
class RiskDecision:
    """Approved or not, why, and the numbers the order will use."""

    approved: bool
    reasons: list[str] = field(default_factory=list)
    leverage: int = 1
    requested_leverage: int = 1
    leverage_clamped: bool = False
    quantity: Decimal = Decimal(0)
    position_value: Decimal = Decimal(0)
    margin: Decimal = Decimal(0)
    reference_price: Decimal | None = None
    sized_by_risk: bool = False  # RISK_PER_TRADE_PCT gave the smaller size


_INF = math.inf
_NUMBER = (int, float)  # (a tuple: `int | float` would build a union object per call)


def _bad_number(x: float | None) -> bool:
    return x is None or not isinstance(x, _NUMBER) or not math.isfinite(x) or x <= 0


def validate_signal(signal: Signal) -> list[str]:
    """Shape checks that need no market: side, prices, leverage."""
    reasons: list[str] = []
    if signal.side not in ("LONG", "SHORT"):
        reasons.append(f"unknown side {signal.side!r}: expected LONG or SHORT")
    for name, values in (("entry", signal.entries), ("take-profit", signal.take_profits)):
        for v in values:  # (a positive finite float, most prices, is good without the call)
            if not (type(v) is float and 0.0 < v < _INF) and _bad_number(v):
                reasons.append(f"{name} price {v!r} is not a positive finite number")
    sl = signal.sl
    if sl is not None and not (type(sl) is float and 0.0 < sl < _INF) and _bad_number(sl):
        reasons.append(f"stop-loss {sl!r} is not a positive finite number")
    lev = signal.leverage
    if not isinstance(lev, int) or isinstance(lev, bool) or not 1 <= lev <= MAX_EXCHANGE_LEVERAGE:
        reasons.append(f"leverage {lev!r} is outside 1..{MAX_EXCHANGE_LEVERAGE}")
    reasons += _trailing_problems(signal)
    return reasons


def _trailing_problems(signal: Signal) -> list[str]:
    """The signal's own trailing stop and break-even, when it carries them, must make sense."""
    out: list[str] = []
    pct = signal.trailing_stop_pct
    if pct is not None and (_bad_number(pct) or pct >= 1):
        out.append(f"trailing stop {pct!r} is not a fraction between 0 and 1 (0.02 = 2 %)")
    if signal.trailing_activation is not None:
        try:
            parse_activation(signal.trailing_activation)
        except ValueError:
            out.append(
                f"trailing activation {signal.trailing_activation!r} is not understood: "
                "entry, tp1, tp2 ... or a profit percent such as 1.5%"
            )
    be = signal.break_even_after_tp
    if be is not None and (not isinstance(be, int) or isinstance(be, bool) or be < 1):
        out.append(f"break-even after TP {be!r}: expected 1 (TP1) or later")
    return out


def size_position(
    equity: Decimal, pct: float, price: Decimal, leverage: int, market: Market
) -> tuple[Decimal, Decimal, Decimal]:
    """(quantity, position_value, margin): margin = equity x pct, value = margin x leverage."""
    margin = equity * D(pct)
    value = margin * leverage
    qty = market.round_amount(value / price) if price > 0 else Decimal(0)
    return qty, value, margin


def risk_size(equity: Decimal, pct: float, ref: Decimal, sl: Decimal, market: Market) -> Decimal:
    """The quantity whose loss from ref to the stop is pct of equity (fees aside)."""
    distance = abs(ref - sl)
    return market.round_amount(equity * D(pct) / distance) if distance > 0 else Decimal(0)


def check_prices(side: str, ref: Decimal, tps: list[Decimal], sl: Decimal | None) -> list[str]:
    """TP above and SL below the entry for a long (mirrored for a short)."""
    reasons: list[str] = []
    long = side == "LONG"
    for i, tp in enumerate(tps, 1):
        if (tp <= ref) if long else (tp >= ref):
            where = "above" if long else "below"
            reasons.append(
                Reason(
                    "take-profit on the wrong side of the entry",
                    f"TP{i} {tp} is on the wrong side: a {side} needs it {where} entry {ref}",
                )
            )
    if sl is not None and ((sl >= ref) if long else (sl <= ref)):
        where = "below" if long else "above"
        reasons.append(
            Reason(
                "stop on the wrong side of the entry",
                f"stop {sl} is on the wrong side: a {side} needs it {where} entry {ref}",
            )
        )
    return reasons


def _far_from(entries: list[Decimal], price: Decimal, max_pct: Decimal) -> list[Decimal]:
    """The entries farther than max_pct (a fraction) from the price."""
    out = []
    for e in entries:  # (a loop: a comprehension would close over evaluate's locals)
        if abs(e - price) / price > max_pct:
            out.append(e)
    return out


def evaluate(
    signal: Signal,
    market: Market,
    entries: list[Decimal],
    tps: list[Decimal],
    sl: Decimal | None,
    ctx: RiskContext,
    cfg: RiskConfig,
) -> RiskDecision:
    """Every rule checked before an order; prices already scaled to the market's units."""
    reasons: list[str] = []
    if ctx.halted:
        reasons.append(
            Reason(
                "trading is halted",
                f"trading is halted ({ctx.halt_reason or 'emergency stop'}); /resume to continue",
            )
        )
    limit = ctx.day_start_equity * D(cfg.DAILY_LOSS_LIMIT_PCT)
    if ctx.daily_pnl <= -limit:
        reasons.append(
            Reason(
                "daily loss limit reached (DAILY_LOSS_LIMIT_PCT)",
                f"daily loss limit reached ({ctx.daily_pnl:.2f} against a limit of -{limit:.2f}); "
                "new entries resume at 00:00 UTC",
            )
        )
    if ctx.open_trades >= cfg.MAX_CONCURRENT_TRADES:
        reasons.append(
            Reason(
                "MAX_CONCURRENT_TRADES reached",
                f"MAX_CONCURRENT_TRADES reached ({ctx.open_trades} open)",
            )
        )
    if ctx.same_side_open:
        reasons.append(
            Reason(
                "a position on that side is already open",
                f"a {signal.side} position on {market.symbol} is already open",
            )
        )
    if not market.api_allowed:
        reasons.append(
            f"the exchange does not accept API orders on {market.symbol} (apiAllowed=false)"
        )
    price = ctx.current_price
    if price is None or price <= 0:
        reasons.append(f"no current price for {market.symbol}")
    ref: Decimal | None = (sum(entries, Decimal(0)) / len(entries)) if entries else price
    if ref is not None and ref > 0:
        reasons += check_prices(signal.side, ref, tps, sl)
    if entries and price:
        far = _far_from(entries, price, D(cfg.MAX_ENTRY_DISTANCE_PCT))
        if far:
            pct = float(abs(far[0] - price) / price * 100)
            reasons.append(
                Reason(
                    "entry too far from the market price (MAX_ENTRY_DISTANCE_PCT)",
                    f"entry {far[0]} is {pct:.1f}% from the market price {price} "
                    f"(MAX_ENTRY_DISTANCE_PCT is {cfg.MAX_ENTRY_DISTANCE_PCT * 100:.0f}%)",
                )
            )
    requested = signal.leverage
    lev = min(requested, cfg.MAX_LEVERAGE, market.max_leverage)
    decision = RiskDecision(
        approved=False,
        leverage=lev,
        requested_leverage=requested,
        leverage_clamped=lev < requested,
        reference_price=ref,
    )
    if ref is not None and ref > 0:
        qty, value, margin = size_position(ctx.equity, cfg.MAX_POSITION_SIZE_PCT, ref, lev, market)
        if cfg.RISK_PER_TRADE_PCT is not None:
            if sl is None:
                reasons.append(
                    Reason(
                        "no stop to size the trade by risk (RISK_PER_TRADE_PCT)",
                        "the signal has no stop loss, and RISK_PER_TRADE_PCT sizes a trade by "
                        "its stop: set DEFAULT_STOP_LOSS_PCT (or the channel's "
                        "default_stop_loss_pct) to trade such signals with a default stop",
                    )
                )
            elif (by_risk := risk_size(ctx.equity, cfg.RISK_PER_TRADE_PCT, ref, sl, market)) < qty:
                qty, value = by_risk, by_risk * ref
                margin = value / lev
                decision.sized_by_risk = True
        decision.quantity, decision.position_value, decision.margin = qty, value, margin
        if qty <= 0 or qty < market.min_amount:
            reasons.append(
                Reason(
                    "quantity below the market's minimum",
                    f"quantity {qty} is below the market's minimum "
                    f"{market.min_amount} {market.base}",
                )
            )
        elif qty * ref < market.min_cost:
            reasons.append(
                Reason(
                    "order value below the market's minimum",
                    f"order value {qty * ref:.2f} is below the minimum {market.min_cost}",
                )
            )
        if margin > ctx.free_margin:
            reasons.append(
                Reason(
                    "margin exceeds free equity",
                    f"margin {margin:.2f} exceeds free equity {ctx.free_margin:.2f}",
                )
            )
    decision.reasons = reasons
    decision.approved = not reasons
    return decision
