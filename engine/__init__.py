"""sigcopy trading engine: one engine for paper, live and backtest modes."""

from engine.domain.signal import Signal

__all__ = ["Signal", "TradingEngine"]


def __getattr__(name: str) -> object:
    # Imported lazily so that `from engine import Signal` stays cheap for the parser.
    if name == "TradingEngine":
        from engine.engine import TradingEngine

        return TradingEngine
    raise AttributeError(name)
