"""What a replay is asked to do (options) and what it hands back (result)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from engine.backtest.actions import Outcome
from engine.backtest.candles import Candles

if TYPE_CHECKING:
    from engine.engine import TradingEngine

PESSIMISTIC = "pessimistic"  # the extreme against the oldest open trade first: stop before TP
NEAREST = "nearest"  # open, the extreme nearer the open, the other extreme, close
INTRABAR_PATHS = (PESSIMISTIC, NEAREST)


@dataclass
class ReplayOptions:
    """How bars become ticks."""

    fast: bool = True
    intrabar: str = PESSIMISTIC
    funding_rate_8h: float = 0.0  # paid by longs (received by shorts) on notional every 8 h
    progress: bool = False


@dataclass
class ReplayResult:
    """The engine after the replay, and what the replay counted."""

    engine: TradingEngine
    outcomes: list[Outcome]
    bars: int
    bars_visited: int
    elapsed_s: float
    funding_paid: float = 0.0
    candles: dict[str, Candles] = field(default_factory=dict)
