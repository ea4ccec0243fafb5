"""Backtest: a channel's history replayed over candles through the live engine.

The names below load on first use (PEP 562): importing one module of the package (the command
line's `--help`, the channel report's drawdown) does not import the replay, and with it ccxt and
the parser.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from engine.backtest.candles import Candles, load_candles
    from engine.backtest.replay import ReplayOptions, ReplayResult, run_replay
    from engine.backtest.report import build_report
    from engine.backtest.signals_io import Message, load_messages

_HOME = {
    "Candles": "candles",
    "load_candles": "candles",
    "ReplayOptions": "replay",
    "ReplayResult": "replay",
    "run_replay": "replay",
    "build_report": "report",
    "Message": "signals_io",
    "load_messages": "signals_io",
}

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


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
