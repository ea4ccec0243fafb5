"""Backtest: a channel's history replayed over candles through the live engine."""

from engine.backtest.candles import Candles, load_candles
from engine.backtest.replay import ReplayOptions, ReplayResult, run_replay
from engine.backtest.report import build_report
from engine.backtest.signals_io import Message, load_messages

__all__ = [
    "Candles",
    "Message",
    "ReplayOptions",
    "ReplayResult",
    "build_report",
    "load_candles",
    "load_messages",
    "run_replay",
]
