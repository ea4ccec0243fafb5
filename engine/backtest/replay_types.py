"""What a replay is asked to do (options) and what it hands back (result)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from engine.backtest.actions import Outcome
from engine.backtest.candles import Candles
from engine.domain.channel_limits import ChannelLimits

if TYPE_CHECKING:
    from engine.engine import TradingEngine

PESSIMISTIC = "pessimistic"  # the extreme against the oldest open trade first: stop before TP
NEAREST = "nearest"  # open, the extreme nearer the open, the other extreme, close
INTRABAR_PATHS = (PESSIMISTIC, NEAREST)


@dataclass
class ReplayOptions:
    """How bars become ticks."""

    fast: bool = True
    # Bar by bar (fast=False) only: show the engine every bar's every tick (its open, each level
    # crossed, both extremes, its close), even a bar no price of which can reach a level. The
    # reference the two quicker ways are tested against (the same trades); the slowest.
    every_tick: bool = False
    intrabar: str = PESSIMISTIC
    funding_rate_8h: float = 0.0  # paid by longs (received by shorts) on notional every 8 h
    progress: bool = False
    limits: ChannelLimits | None = None  # the channel's own settings (backtest --channel)


@dataclass(repr=False)
class ReplayResult:
    """The engine after the replay, and what the replay counted."""

    engine: TradingEngine
    outcomes: list[Outcome]
    bars: int
    bars_visited: int
    elapsed_s: float
    funding_paid: float = 0.0
    candles: dict[str, Candles] = field(default_factory=dict)

    def __repr__(self) -> str:
        # Short: asyncio.run (Python 3.11) formats the main task, and so this result, as it
        # puts the SIGINT handler back; the full form (every candle and outcome) took ~2 ms.
        return (
            f"ReplayResult(bars={self.bars}, visited={self.bars_visited}, "
            f"outcomes={len(self.outcomes)}, elapsed_s={self.elapsed_s:.4f})"
        )
