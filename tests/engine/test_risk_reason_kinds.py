"""A risk refusal keeps its numbers in its text and carries a kind to be counted by."""

from __future__ import annotations

from decimal import Decimal

from config.trading_config import RiskConfig
from engine.domain.market import BUILTIN_MARKETS, MarketCatalog
from engine.domain.risk import Reason, RiskContext, evaluate
from engine.domain.signal import Signal

D = Decimal


def _ctx(**kw: object) -> RiskContext:
    base: dict[str, object] = {
        "equity": D(10_000),
        "free_margin": D(10_000),
        "open_trades": 0,
        "same_side_open": False,
        "daily_pnl": D(0),
        "day_start_equity": D(10_000),
        "current_price": D(42_000),
    }
    base.update(kw)
    return RiskContext(**base)  # type: ignore[arg-type]


def test_evaluate_when_refused_then_each_reason_has_its_kind_and_its_numbers() -> None:
    market = MarketCatalog(BUILTIN_MARKETS).resolve("BTC/USDT")
    assert market is not None
    cfg = RiskConfig(MAX_CONCURRENT_TRADES=2)
    ctx = _ctx(open_trades=2, same_side_open=True, daily_pnl=D(-600), halted=True)
    d = evaluate(
        Signal("BTCUSDT", "LONG", entry=30_000.0, tp=29_000.0, sl=31_000.0),
        market,
        [D(30_000)],
        [D(29_000)],
        D(31_000),
        ctx,
        cfg,
    )
    assert not d.approved
    kinds = {r.kind: str(r) for r in d.reasons if isinstance(r, Reason)}
    assert len(kinds) == len(d.reasons)  # every reason of the gate has a kind
    assert kinds["MAX_CONCURRENT_TRADES reached"] == "MAX_CONCURRENT_TRADES reached (2 open)"
    assert kinds["entry too far from the market price (MAX_ENTRY_DISTANCE_PCT)"].startswith(
        "entry 30000 is 28.6% from the market price 42000"
    )
    assert (
        "-600.00 against a limit of -500.00"
        in kinds["daily loss limit reached (DAILY_LOSS_LIMIT_PCT)"]
    )
    assert "TP1 29000 is on the wrong side" in kinds["take-profit on the wrong side of the entry"]
    assert "stop 31000 is on the wrong side" in kinds["stop on the wrong side of the entry"]
    assert "trading is halted" in kinds and "a position on that side is already open" in kinds
